"""The GPU operator's values: the time-slicing config applies to every node, in a form Helm keeps."""

from __future__ import annotations

import jsonschema
import pytest
from cdk8s import App

from homelab_ai import AiNamespaceChart, GpuSharing, _yaml
from homelab_ai.gpu_operator import VALUES_KEY
from tests.crd_schemas import load_crd_schemas
from tests.support import find


def values_of(chart: AiNamespaceChart) -> dict[str, object]:
    config_map = find(list(chart.cluster.to_json()), "ConfigMap", "gpu-operator-time-slicing-values")
    assert config_map["metadata"]["namespace"] == "gpu-operator"
    assert config_map["metadata"]["labels"]["reconcile.fluxcd.io/watch"] == "Enabled"
    result: dict[str, object] = _yaml.load(config_map["data"][VALUES_KEY])
    return result


def test_values_name_the_config_and_its_default_key() -> None:
    assert values_of(AiNamespaceChart(App(), "ai")) == {
        "devicePlugin": {"config": {"name": "time-slicing-config", "default": "any"}}
    }


def device_plugin_schema() -> dict[str, object]:
    policy = load_crd_schemas()[("nvidia.com/v1", "ClusterPolicy")]
    schema: dict[str, object] = policy["properties"]["spec"]["properties"]["devicePlugin"]
    return schema


def test_values_fit_the_cluster_policy_device_plugin_schema() -> None:
    values = values_of(AiNamespaceChart(App(), "ai"))
    jsonschema.validate(values["devicePlugin"], device_plugin_schema())


def test_the_schema_check_catches_a_misspelled_key() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"config": {"name": "time-slicing-config", "defualt": "any"}}, device_plugin_schema())


def test_time_slicing_replicas_follow_the_settings() -> None:
    chart = AiNamespaceChart(App(), "ai", gpu_sharing=GpuSharing(time_slicing_replicas=8))
    config = find(list(chart.cluster.to_json()), "ConfigMap", "time-slicing-config")
    resources = _yaml.load(config["data"]["any"])["sharing"]["timeSlicing"]["resources"]
    assert resources == [{"name": "nvidia.com/gpu", "replicas": 8}]


def test_renamed_slices_and_the_release_namespace_are_settings() -> None:
    from homelab_ai import ClusterPlan, Gpu

    app = App()
    chart = AiNamespaceChart(
        app,
        "ai",
        gpu_sharing=GpuSharing(
            rename_by_default=True, gpu=Gpu(resource="nvidia.com/gpu.shared"), operator_release_namespace="flux-system"
        ),
    )
    assert ClusterPlan.of(app).errors() == []
    config = find(list(chart.cluster.to_json()), "ConfigMap", "time-slicing-config")
    assert "renameByDefault: true" in config["data"]["any"]
    values = find(list(chart.cluster.to_json()), "ConfigMap", "gpu-operator-time-slicing-values")
    assert values["metadata"]["namespace"] == "flux-system"
