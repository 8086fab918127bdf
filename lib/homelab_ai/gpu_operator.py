"""The GPU operator's time-slicing settings, in a form Flux can own without fighting Helm.

The design patches the operator's ClusterPolicy with ``kubectl patch``. The ClusterPolicy
belongs to the operator's Helm release, so the next ``helm upgrade`` (Flux runs one on every
chart or values change) silently puts it back. The operator's chart takes the same setting as
values (``devicePlugin.config.name`` and ``.default``); this ConfigMap carries them for the
release to read with ``valuesFrom``, and asks helm-controller to watch it.
"""

from __future__ import annotations

import yaml
from cdk8s_plus_28 import k8s
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.time_slicing import GpuTimeSlicing

VALUES_KEY = "values.yaml"


class GpuOperatorValues(Construct):
    """Defines the Helm values that make the GPU operator apply a time-slicing config.

    Reference it from the operator's HelmRelease (in the same namespace)::

        valuesFrom:
          - kind: ConfigMap
            name: gpu-operator-time-slicing-values
            valuesKey: values.yaml
            optional: true   # the first install may run before this ConfigMap exists

    Example:
        GpuOperatorValues(chart, "OperatorValues", time_slicing=slicing)

    Attributes:
        name: The ConfigMap's name.
        namespace: The HelmRelease's namespace.
        values: The Helm values, as a mapping.
        config_map: The ConfigMap (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        time_slicing: GpuTimeSlicing,
        name: str = "gpu-operator-time-slicing-values",
        namespace: str | None = None,
    ) -> None:
        """Creates the values ConfigMap.

        Args:
            scope: The parent construct.
            id: The construct id.
            time_slicing: The config the device plugin should use (name and key).
            name: Defaults to ``gpu-operator-time-slicing-values``.
            namespace: Defaults to the time-slicing config's (``gpu-operator``), where the
                operator's HelmRelease usually lives.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _validate.dns_label(self, "namespace", namespace or time_slicing.namespace)
        # Without `default` the operator applies the config only to nodes labelled
        # nvidia.com/device-plugin.config, which is to say to none.
        self.values = {"devicePlugin": {"config": {"name": time_slicing.name, "default": time_slicing.config_key}}}
        self.config_map = k8s.KubeConfigMap(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=self.name,
                namespace=self.namespace,
                labels={
                    **_scope.ownership_labels(),
                    # helm-controller reconciles the release when a watched valuesFrom source changes.
                    "reconcile.fluxcd.io/watch": "Enabled",
                },
            ),
            data={VALUES_KEY: yaml.safe_dump(self.values, sort_keys=False)},
        )
        ClusterPlan.of(scope).register_name(self, "ConfigMap", self.namespace, self.name)
