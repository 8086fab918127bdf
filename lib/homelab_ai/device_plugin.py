"""The NVIDIA device plugin's configs for several GPU nodes, and the MIG layouts they need.

One ConfigMap holds a key per distinct sharing mode of the plan's nodes; the GPU operator gives
it to every node, the first node's key as the default (``devicePlugin.config.default``) and the
node label ``nvidia.com/device-plugin.config`` choosing another. MIG layouts go to the MIG
manager in a ConfigMap of their own (key ``config.yaml``), chosen by ``nvidia.com/mig.config``.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml
from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import plain_object
from homelab_ai.gpu_nodes import GpuNode, Mig, config_key, device_plugin_config

MIG_CONFIG_KEY = "config.yaml"


class DevicePluginConfig(Construct):
    """Defines the device plugin config ConfigMap for the plan's nodes (and the MIG layouts).

    Example:
        DevicePluginConfig(cluster_chart, "TimeSlicing", nodes=plan.nodes)

    Attributes:
        name: The ConfigMap's name, the operator's ``devicePlugin.config.name``.
        namespace: The GPU operator's namespace.
        config_key: The default key, the operator's ``devicePlugin.config.default``.
        keys: The config keys, each with the nodes that need it.
        mig_config_name: The MIG manager's ConfigMap, or ``None`` when no node uses MIG.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        nodes: Sequence[GpuNode],
        name: str = "time-slicing-config",
        mig_config_name: str = "custom-mig-config",
        namespace: str = "gpu-operator",
    ) -> None:
        """Creates the ConfigMaps.

        Args:
            scope: The parent construct (a chart without a namespace).
            id: The construct id.
            nodes: The plan's GPU nodes (``ClusterPlan.nodes``); the first one's config is the default.
            name: Defaults to ``time-slicing-config``.
            mig_config_name: Defaults to ``custom-mig-config``.
            namespace: Defaults to ``gpu-operator``.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _validate.dns_label(self, "namespace", namespace)
        if not nodes:
            raise _validate.fail(self, "nodes", "is empty: declare ClusterPlan(nodes=[GpuNode(...)])")
        self.config_key = config_key(nodes[0].sharing)
        self.keys: dict[str, list[str]] = {}
        data: dict[str, str] = {}
        for node in nodes:
            key = config_key(node.sharing)
            self.keys.setdefault(key, []).append(node.name)
            data.setdefault(key, yaml.safe_dump(device_plugin_config(node.sharing), sort_keys=False))
        labels = _scope.ownership_labels(scope)
        meta = ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=labels)
        self.config_map = plain_object(self, "Resource", api_version="v1", kind="ConfigMap", metadata=meta, body={"data": data})
        layouts = {node.sharing.config_name: dict(node.sharing.layout) for node in nodes if isinstance(node.sharing, Mig)}
        self.mig_config_name: str | None = None
        if layouts:
            self.mig_config_name = _validate.dns_subdomain(self, "mig_config_name", mig_config_name)
            configs = {"all-disabled": [{"devices": "all", "mig-enabled": False}]}
            configs.update(
                {
                    name: [{"devices": "all", "mig-enabled": True, "mig-devices": layout}]
                    for name, layout in sorted(layouts.items())
                }
            )
            plain_object(
                self,
                "MigConfig",
                api_version="v1",
                kind="ConfigMap",
                metadata=ApiObjectMetadata(name=self.mig_config_name, namespace=self.namespace, labels=labels),
                body={"data": {MIG_CONFIG_KEY: yaml.safe_dump({"version": "v1", "mig-configs": configs}, sort_keys=False)}},
            )
