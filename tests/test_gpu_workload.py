from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart

from homelab_ai import Gpu, GpuTimeSlicing, GpuWorkload, Vram, Workload, WorkloadKind
from tests.support import container, find, quick_health, small_resources, synth


def model_server(chart: Chart, **overrides: Any) -> GpuWorkload:
    props: dict[str, Any] = {
        "name": "llm",
        "image": "ollama/ollama:0.12.3",
        "port": 11434,
        "resources": small_resources(),
        "health": quick_health(),
        "vram": Vram(min_gb=5, max_gb=7, basis="8B Q4 model"),
        **overrides,
    }
    return GpuWorkload(chart, "Llm", **props)


def test_requests_one_gpu_slice_in_limits_and_tolerates_the_taint() -> None:
    pod = find(synth(model_server), "Deployment", "llm")["spec"]["template"]["spec"]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert "nvidia.com/gpu" not in pod["containers"][0]["resources"]["requests"]
    assert pod["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    assert pod["runtimeClassName"] == "nvidia"
    assert "nodeSelector" not in pod


def test_gpu_workload_uses_recreate() -> None:
    assert find(synth(model_server), "Deployment", "llm")["spec"]["strategy"] == {"type": "Recreate"}


def test_gpu_workload_can_be_a_statefulset() -> None:
    statefulset = find(synth(lambda c: model_server(c, kind=WorkloadKind.STATEFUL_SET)), "StatefulSet", "llm")
    assert statefulset["spec"]["template"]["spec"]["runtimeClassName"] == "nvidia"


def test_runtime_class_can_be_turned_off_and_node_selected() -> None:
    gpu = Gpu(runtime_class=None, node_selector={"nvidia.com/gpu.present": "true"})
    pod = find(synth(lambda c: model_server(c, gpu=gpu)), "Deployment", "llm")["spec"]["template"]["spec"]
    assert "runtimeClassName" not in pod
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}


def test_renamed_shared_resource_and_count_are_requested() -> None:
    def build(chart: Chart) -> None:
        GpuTimeSlicing(chart, "TimeSlicing", rename_by_default=True)
        model_server(chart, gpu=Gpu(count=2, resource="nvidia.com/gpu.shared"))

    limits = container(find(synth(build), "Deployment", "llm"))["resources"]["limits"]
    assert limits["nvidia.com/gpu.shared"] == 2
    assert "nvidia.com/gpu" not in limits


def test_never_sets_visible_devices() -> None:
    app = container(find(synth(model_server), "Deployment", "llm"))
    assert all(item["name"] not in ("NVIDIA_VISIBLE_DEVICES", "CUDA_VISIBLE_DEVICES") for item in app.get("env", []))
    with pytest.raises(ValueError, match="env name 'NVIDIA_VISIBLE_DEVICES' must not be set"):
        synth(lambda c: model_server(c).add_env("NVIDIA_VISIBLE_DEVICES", "all"))


def test_is_a_workload_with_a_gpu() -> None:
    workloads: list[GpuWorkload] = []
    synth(lambda c: workloads.append(model_server(c)))
    assert isinstance(workloads[0], Workload)
    assert workloads[0].gpu == Gpu()


@pytest.mark.parametrize(
    ("gpu", "message"),
    [
        (Gpu(count=0), "test/Llm: gpu.count 0 is not allowed: use a whole number of at least 1"),
        (Gpu(count=-1), "test/Llm: gpu.count -1 is not allowed"),
        (Gpu(resource="nvidia com/gpu"), "test/Llm: gpu.resource 'nvidia com/gpu' is not a valid label key"),
        (Gpu(runtime_class="Nvidia_Runtime"), "test/Llm: gpu.runtime_class 'Nvidia_Runtime' is not a valid DNS-1123 subdomain"),
        (Gpu(node_selector={"gpu": "yes please"}), "test/Llm: gpu.node_selector['gpu'] 'yes please' is not a valid label value"),
        ("nvidia", "test/Llm: gpu 'nvidia' is not a Gpu: use Gpu(count=1)"),
    ],
)
def test_rejects_bad_gpu_settings(gpu: object, message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: model_server(c, gpu=gpu))
    assert message in str(error.value)
