"""The GPU operator's time-slicing settings, in a form Flux can own without fighting Helm.

The design patches the operator's ClusterPolicy with ``kubectl patch``. The ClusterPolicy
belongs to the operator's Helm release, so the next ``helm upgrade`` (Flux runs one on every
chart or values change) silently puts it back. The operator's chart takes the same setting as
values (``devicePlugin.config.name`` and ``.default``); this ConfigMap carries them for the
release to read with ``valuesFrom``, and asks helm-controller to watch it.
"""

from __future__ import annotations

import yaml
from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import plain_object
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.device_plugin import DevicePluginConfig
from homelab_ai.time_slicing import GpuTimeSlicing

VALUES_KEY = "values.yaml"


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
