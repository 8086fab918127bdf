"""The GPU operator's time-slicing settings, in a form Flux can own without fighting Helm.

The design patches the operator's ClusterPolicy with ``kubectl patch``. The ClusterPolicy
belongs to the operator's Helm release, so the next ``helm upgrade`` (Flux runs one on every
chart or values change) silently puts it back. The operator's chart takes the same setting as
values (``devicePlugin.config.name`` and ``.default``); this ConfigMap carries them for the
release to read with ``valuesFrom``, and asks helm-controller to watch it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import plain_object
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.device_plugin import DevicePluginConfig
from homelab_ai.time_slicing import GpuTimeSlicing

VALUES_KEY = "values.yaml"


@dataclass(frozen=True, kw_only=True)
class GpuMetrics:
    """dcgm-exporter's metrics, scraped by the cluster's Prometheus (kube-prometheus-stack).

    The operator's chart (NVIDIA/gpu-operator, deployments/gpu-operator/values.yaml, v25.10.1)
    ships ``dcgmExporter.serviceMonitor.enabled: false``; with it on, the operator creates the
    ServiceMonitor ``nvidia-dcgm-exporter`` (controllers/object_controls.go), but reports its
    state NotReady on a cluster without the ServiceMonitor CRD: turn metrics on only where
    Prometheus runs.

    Attributes:
        release_label: kube-prometheus-stack's Helm release name: its Prometheus selects
            ServiceMonitors labelled ``release: <name>`` (``serviceMonitorSelectorNilUsesHelmValues``,
            prometheus-community/helm-charts charts/kube-prometheus-stack 88.5.3).
        interval_seconds: How often Prometheus scrapes the exporter.
        per_app_vram: Ask dcgm-exporter for each pod's own VRAM on a shared GPU
            (``KUBERNETES_VIRTUAL_GPUS=true`` and ``hostPID: true``, which lets it map GPU processes
            to pods through ``/proc/<pid>/cgroup``). Per-process ``DCGM_FI_DEV_FB_USED`` exists from
            dcgm-exporter 4.5.3-4.8.2 (GPU operator v26.3.3; NVIDIA/dcgm-exporter
            internal/pkg/transformation/process_metrics.go and pidmapper.go); older exporters
            (4.4.2-4.7.0, internal/pkg/transformation/kubernetes.go) give every pod on a card a
            copy of the card's total, so leave it off there.
    """

    release_label: str = "kube-prometheus-stack"
    interval_seconds: int = 15
    per_app_vram: bool = False

    def values(self) -> dict[str, Any]:
        """The ``dcgmExporter`` block of the operator's Helm values."""
        block: dict[str, Any] = {
            "serviceMonitor": {
                "enabled": True,
                "interval": f"{self.interval_seconds}s",
                # The exporter's own pod/namespace/container labels name the GPU workload's pod;
                # without this Prometheus renames them exported_pod and so on.
                "honorLabels": True,
                "additionalLabels": {"release": self.release_label},
                # The alerts and the dashboard group the cards by the node's name.
                "relabelings": [
                    {"sourceLabels": ["__meta_kubernetes_pod_node_name"], "targetLabel": "node", "action": "replace"}
                ],
            }
        }
        if self.per_app_vram:
            block["hostPID"] = True
            block["env"] = [{"name": "KUBERNETES_VIRTUAL_GPUS", "value": "true"}]
        return block


class GpuOperatorValues(Construct):
    """Defines the Helm values that make the GPU operator apply a time-slicing config.

    Reference it from the operator's HelmRelease::

        valuesFrom:
          - kind: ConfigMap
            name: gpu-operator-time-slicing-values
            valuesKey: values.yaml
            optional: true   # the first install may run before this ConfigMap exists

    helm-controller looks a ``valuesFrom`` source up in the HelmRelease's own namespace only,
    whatever the release's ``targetNamespace``; with ``optional: true`` a ConfigMap in any other
    namespace is silently never read, the device plugin keeps one slice per GPU and the second
    GPU pod stays Pending. So ``namespace`` must be the HelmRelease's, and ``make synth`` prints
    how to check it (``note``).

    Example:
        GpuOperatorValues(chart, "OperatorValues", time_slicing=slicing)

    Attributes:
        name: The ConfigMap's name.
        namespace: The HelmRelease's namespace.
        release_name: The HelmRelease's name.
        values: The Helm values, as a mapping.
        note: What to check on the cluster, printed by ``make synth``.
        config_map: The ConfigMap (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        time_slicing: GpuTimeSlicing | DevicePluginConfig,
        name: str = "gpu-operator-time-slicing-values",
        release_name: str = "gpu-operator",
        namespace: str | None = None,
        metrics: GpuMetrics | None = None,
    ) -> None:
        """Creates the values ConfigMap.

        Args:
            scope: The parent construct.
            id: The construct id.
            time_slicing: The config the device plugin should use (name and key).
            name: Defaults to ``gpu-operator-time-slicing-values``.
            release_name: The operator's HelmRelease; defaults to ``gpu-operator``.
            namespace: The HelmRelease's namespace (``kubectl get helmreleases -A``); defaults
                to the time-slicing config's (``gpu-operator``).
            metrics: Turns dcgm-exporter's ServiceMonitor on; defaults to off (no Prometheus assumed).
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _validate.dns_label(self, "namespace", namespace or time_slicing.namespace)
        self.release_name = _validate.dns_label(self, "release_name", release_name)
        # Without `default` the operator applies the config only to nodes labelled
        # nvidia.com/device-plugin.config, which is to say to none.
        self.values: dict[str, object] = {
            "devicePlugin": {"config": {"name": time_slicing.name, "default": time_slicing.config_key}}
        }
        mig_config = getattr(time_slicing, "mig_config_name", None)
        if mig_config:
            # The operator's MIG strategy overrides the one in the device plugin configs (it sets
            # MIG_STRATEGY): mixed keeps whole GPUs as nvidia.com/gpu on the nodes without MIG.
            self.values["mig"] = {"strategy": "mixed"}
            self.values["migManager"] = {"config": {"name": mig_config, "default": "all-disabled"}}
        if metrics is not None:
            _validate.positive_int(self, "metrics.interval_seconds", metrics.interval_seconds)
            _validate.dns_label(self, "metrics.release_label", metrics.release_label)
            self.values["dcgmExporter"] = metrics.values()
        self.config_map = plain_object(
            self,
            "Resource",
            api_version="v1",
            kind="ConfigMap",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=self.namespace,
                labels={
                    **_scope.ownership_labels(scope),
                    # helm-controller reconciles the release when a watched valuesFrom source changes.
                    "reconcile.fluxcd.io/watch": "Enabled",
                },
            ),
            body={"data": {VALUES_KEY: yaml.safe_dump(self.values, sort_keys=False)}},
        )
        self.note = (
            f"the GPU operator reads its time-slicing values from ConfigMap {self.namespace}/{self.name} only if its "
            f"HelmRelease is {self.namespace}/{self.release_name} (helm-controller reads valuesFrom from the release's "
            f"own namespace) and lists it in valuesFrom: check with `kubectl -n {self.namespace} get helmrelease "
            f"{self.release_name} -o jsonpath='{{.spec.valuesFrom}}'`; if the release lives elsewhere, set "
            "GpuSharing(operator_release_namespace=..., operator_release_name=...)"
        )
        ClusterPlan.of(scope).register_note(self.note)
