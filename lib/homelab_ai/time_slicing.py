"""The NVIDIA device plugin's time-slicing configuration."""

from __future__ import annotations

import yaml
from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import plain_object
from homelab_ai.gpu_nodes import TimeSlicing, device_plugin_config


class GpuTimeSlicing(Construct):
    """Defines the ConfigMap that makes the device plugin advertise one GPU as several slices.

    The GPU operator reads it once its ClusterPolicy names it (``devicePlugin.config.name``) and
    picks the key given as ``devicePlugin.config.default`` (``any`` here). Time-slicing shares
    compute, not memory: the slices' VRAM must fit the card together.

    Example:
        GpuTimeSlicing(chart, "TimeSlicing", replicas=4)

    Attributes:
        name: The ConfigMap's name, to set as ``devicePlugin.config.name``.
        namespace: The GPU operator's namespace.
        config_key: The data key, to set as ``devicePlugin.config.default``.
        replicas: Slices per physical GPU.
        resource: The resource name pods request (``nvidia.com/gpu``, or ``<resource>.shared``
            when ``rename_by_default`` is on).
        fail_requests_greater_than_one: Whether a pod asking for more than one slice is refused.
        config_map: The ConfigMap object (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        replicas: int = 4,
        name: str = "time-slicing-config",
        namespace: str = "gpu-operator",
        config_key: str = "any",
        gpu_resource: str = "nvidia.com/gpu",
        rename_by_default: bool = False,
        fail_requests_greater_than_one: bool = False,
    ) -> None:
        """Creates the ConfigMap.

        Args:
            scope: The parent construct.
            id: The construct id.
            replicas: Defaults to 4 slices per GPU, as designed.
            name: Defaults to ``time-slicing-config``.
            namespace: Defaults to ``gpu-operator``, where the operator looks for it.
            config_key: Defaults to ``any``.
            gpu_resource: Defaults to ``nvidia.com/gpu``.
            rename_by_default: Defaults to false: slices keep the name ``nvidia.com/gpu``.
            fail_requests_greater_than_one: Defaults to false, as designed: a request for 2 slices
                is granted but gives no more compute than 1.

        Raises:
            ValueError: an invalid name, namespace, key, resource or replica count.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _validate.dns_label(self, "namespace", namespace)
        self.config_key = config_key
        if not config_key or not all(c.isalnum() or c in "-._" for c in config_key):
            raise _validate.fail(
                self, "config_key", f"{config_key!r} is not a valid ConfigMap key: use letters, digits, '-', '_' and '.'"
            )
        # One replica would advertise the GPU unshared: that is no time-slicing config at all.
        self.replicas = _validate.positive_int(self, "replicas", replicas, minimum=2)
        _validate.label_key(self, "gpu_resource", gpu_resource)
        self.resource = f"{gpu_resource}.shared" if rename_by_default else gpu_resource
        self.fail_requests_greater_than_one = fail_requests_greater_than_one
        sharing = TimeSlicing(
            replicas=self.replicas, rename=rename_by_default, fail_requests_greater_than_one=fail_requests_greater_than_one
        )
        config = yaml.safe_dump(device_plugin_config(sharing, resource=gpu_resource), sort_keys=False)
        self.config_map = plain_object(
            self,
            "Resource",
            api_version="v1",
            kind="ConfigMap",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=self.namespace,
                labels=_scope.ownership_labels(scope),
            ),
            body={"data": {config_key: config}},
        )
