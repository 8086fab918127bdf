"""Several GPU nodes: declared in the plan, placed by card, share or MIG profile, checked per node."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cdk8s import App, Chart

from examples.two_gpu_nodes import NODES, build
from homelab_ai import (
    A100_40GB,
    RTX_3090,
    RTX_4000_SFF_ADA,
    AiNamespaceChart,
    ClusterPlan,
    DefaultDenyIngress,
    Exclusive,
    Gpu,
    GpuNode,
    GpuSharing,
    GpuWorkload,
    Mig,
    Mps,
    TimeSlicing,
    Vram,
    _yaml,
)
from homelab_ai.synth import project_app, synthesize
from tests.support import ROOT, find, l1_gpu_deployment, quick_health, small_resources


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    app = project_app("two-gpu-nodes-example")
    build(app)
    synthesis = synthesize(app, root=Path("/nonexistent"))
    return {"files": {p: _yaml.load(t) for p, t in synthesis.files.items()}, "docs": synthesis.docs, "notes": synthesis.notes}


def pod(manifest: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = manifest["spec"]["template"]["spec"]
    return result


def test_each_app_lands_on_the_node_its_gpu_needs(example: dict[str, Any]) -> None:
    files = example["files"]
    large = pod(files["llm/statefulset-ollama-large.yaml"])
    assert large["nodeSelector"] == {"kubernetes.io/hostname": "gpu-a100"}
    assert large["containers"][0]["resources"]["limits"]["nvidia.com/mig-3g.20gb"] == 1
    comfy = pod(files["comfyui/deployment-comfyui.yaml"])
    assert comfy["nodeSelector"] == {"kubernetes.io/hostname": "gpu-3090"}
    assert comfy["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1
    for name in ("deployment-faster-whisper", "deployment-stable-diffusion", "statefulset-ollama"):
        assert pod(files[f"ai/{name}.yaml"])["nodeSelector"] == {"kubernetes.io/hostname": "gpu-ada"}


def test_one_device_plugin_config_with_a_key_per_sharing_mode(example: dict[str, Any]) -> None:
    files = example["files"]
    config = files["ai-cluster/configmap-time-slicing-config.yaml"]["data"]
    assert sorted(config) == ["mig-mixed", "mps-2", "time-slicing-4"]
    assert _yaml.load(config["mps-2"])["sharing"]["mps"]["resources"] == [{"name": "nvidia.com/gpu", "replicas": 2}]
    values = _yaml.load(files["ai-cluster/configmap-gpu-operator-time-slicing-values.yaml"]["data"]["values.yaml"])
    assert values == {
        "devicePlugin": {"config": {"name": "time-slicing-config", "default": "time-slicing-4"}},
        "mig": {"strategy": "mixed"},
        "migManager": {"config": {"name": "custom-mig-config", "default": "all-disabled"}},
    }
    mig = _yaml.load(files["ai-cluster/configmap-custom-mig-config.yaml"]["data"]["config.yaml"])
    assert mig["mig-configs"]["homelab-2x2g.10gb-1x3g.20gb"] == [
        {"devices": "all", "mig-enabled": True, "mig-devices": {"3g.20gb": 1, "2g.10gb": 2}}
    ]


def test_the_operator_values_fit_the_cluster_policy_schema(example: dict[str, Any]) -> None:
    import jsonschema

    from tests.crd_schemas import load_crd_schemas

    values = _yaml.load(example["files"]["ai-cluster/configmap-gpu-operator-time-slicing-values.yaml"]["data"]["values.yaml"])
    spec = load_crd_schemas()[("nvidia.com/v1", "ClusterPolicy")]["properties"]["spec"]["properties"]
    for key in ("devicePlugin", "mig", "migManager"):
        jsonschema.validate(values[key], spec[key])


def test_notes_and_docs_say_which_labels_each_node_needs(example: dict[str, Any]) -> None:
    notes = "\n".join(example["notes"])
    assert "node gpu-3090 needs its sharing labels: kubectl label node <gpu-3090> nvidia.com/device-plugin.config=mps-2" in notes
    assert "nvidia.com/mig.config=homelab-2x2g.10gb-1x3g.20gb" in notes
    gpu = example["docs"]["gpu.md"]
    assert "## gpu-a100" in gpu and "| `nvidia.com/mig-3g.20gb` | 1 advertised, 1 requested" in gpu
    assert "xychart-beta" in gpu and "| Sharing | MPS, 2 replicas |" in gpu


def test_the_example_runs_as_a_module(tmp_path: Path) -> None:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        [sys.executable, "-m", "examples.two_gpu_nodes", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "dist" / "llm" / "statefulset-ollama-large.yaml").is_file()
    assert (tmp_path / "docs" / "gpu.md").is_file()


# --- refusals ---------------------------------------------------------------------------------


def refused(build: Any) -> str:
    with pytest.raises(ValueError) as caught:
        build()
    return str(caught.value)


@pytest.mark.parametrize(
    ("nodes", "message"),
    [
        (
            [GpuNode(name="a100", card=A100_40GB, sharing=Mig(layout={"3g.40gb": 1}))],
            "ClusterPlan: nodes['a100'].sharing.layout profile '3g.40gb' is not one of the NVIDIA A100-SXM4-40GB's: "
            "use one of 1g.5gb, 1g.10gb, 2g.10gb, 3g.20gb, 4g.20gb, 7g.40gb",
        ),
        (
            [GpuNode(name="a100", card=A100_40GB, sharing=Mig(layout={"3g.20gb": 2, "1g.5gb": 1}))],
            "ClusterPlan: nodes['a100'].sharing.layout {'3g.20gb': 2, '1g.5gb': 1} does not fit one NVIDIA A100-SXM4-40GB "
            "(7 of 7 compute slices, 9 of 8 memory slices, placed by NVIDIA's rules): use fewer or smaller instances",
        ),
        (
            [GpuNode(name="rtx", card=RTX_3090, sharing=Mig(layout={"1g.5gb": 1}))],
            "ClusterPlan: nodes['rtx'].sharing asks for MIG, which the NVIDIA GeForce RTX 3090 does not support",
        ),
        (
            [GpuNode(name="ada", sharing=TimeSlicing(replicas=0))],
            "ClusterPlan: nodes['ada'].sharing.replicas 0 is not allowed: the device plugin needs at least 2 replicas",
        ),
        (
            [GpuNode(name="rtx", card=RTX_3090, sharing=Mps(replicas=-1))],
            "ClusterPlan: nodes['rtx'].sharing.replicas -1 is not allowed: the device plugin needs at least 2 replicas",
        ),
        (
            [GpuNode(name="gpu"), GpuNode(name="gpu", card=RTX_3090)],
            "ClusterPlan: nodes['gpu'].name 'gpu' is declared twice: give each node its own name",
        ),
    ],
    ids=[
        "unknown MIG profile",
        "MIG layout over the card",
        "MIG on a card without",
        "zero replicas",
        "negative replicas",
        "twice",
    ],
)
def test_bad_nodes_are_refused(nodes: list[GpuNode], message: str) -> None:
    assert refused(lambda: ClusterPlan(App(), nodes=nodes)).startswith(message)


def plan_chart(nodes: list[GpuNode]) -> Chart:
    app = App()
    ClusterPlan(app, nodes=nodes)
    chart = Chart(app, "apps", namespace="apps", disable_resource_name_hashes=True)
    DefaultDenyIngress(chart, "DefaultDeny")
    return chart


def gpu_app(chart: Chart, name: str, gpu: Gpu, vram_gb: float = 4) -> GpuWorkload:
    return GpuWorkload(
        chart,
        name.title(),
        name=name,
        image="ghcr.io/example/app:1.0.0",
        port=8080,
        resources=small_resources(),
        health=quick_health(),
        vram=Vram(min_gb=vram_gb, max_gb=vram_gb, basis="test"),
        gpu=gpu,
    )


def test_placement_refusals_name_the_field_and_the_nodes() -> None:
    nodes = [GpuNode(name="ada"), GpuNode(name="rtx", card=RTX_3090, sharing=Mps(replicas=2))]
    assert refused(lambda: gpu_app(plan_chart(nodes), "x", Gpu(node_selector={"kubernetes.io/hostname": "nope"}))) == (
        "apps/X: gpu.node_selector {'kubernetes.io/hostname': 'nope'} matches no declared node (ada, rtx): fix the labels"
    )
    assert refused(lambda: gpu_app(plan_chart(nodes), "x", Gpu(), vram_gb=48)) == (
        "apps/X: vram needs 48 GB of VRAM, more than any node gives it (at most 20 GB per nvidia.com/gpu on ada): "
        "choose a smaller model or a bigger card"
    )
    assert refused(lambda: gpu_app(plan_chart(nodes), "x", Gpu(mig_profile="3g.20gb"))).startswith(
        "apps/X: gpu.mig_profile '3g.20gb' is in no node's MIG layout"
    )
    assert refused(lambda: gpu_app(plan_chart(nodes), "x", Gpu(exclusive=True))) == (
        "apps/X: gpu.exclusive cannot be met: no node gives whole GPUs (ada, rtx)"
    )


def test_a_workload_several_nodes_can_host_gets_an_affinity_and_a_note() -> None:
    chart = plan_chart([GpuNode(name="one"), GpuNode(name="two")])
    gpu_app(chart, "x", Gpu())
    deployment = find(list(chart.to_json()), "Deployment", "x")
    terms = pod(deployment)["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert [t["matchExpressions"][0]["values"] for t in terms] == [["one"], ["two"]]
    assert "Deployment apps/x may run on one, two: the scheduler places it" in "\n".join(ClusterPlan.of(chart).notes())


def test_slices_and_shares_are_checked_per_node() -> None:
    nodes = [GpuNode(name="rtx", card=RTX_3090, sharing=Mps(replicas=2))]
    chart = plan_chart(nodes)
    for name in ("a", "b", "c"):
        gpu_app(chart, name, Gpu(card=RTX_3090))
    assert ClusterPlan.of(chart).errors() == [
        "ClusterPlan: node rtx gives 2 nvidia.com/gpu, but 3 are pinned to it (apps/A 1, apps/B 1, apps/C 1): add replicas "
        "or GPUs to the node, or place some apps elsewhere"
    ]
    chart = plan_chart(nodes)
    gpu_app(chart, "big", Gpu(card=RTX_3090), vram_gb=10)
    assert ClusterPlan.of(chart).errors() == []
    # 13 GB does not fit half a 24 GB card: refused before it is built.
    assert refused(lambda: gpu_app(plan_chart(nodes), "bigger", Gpu(card=RTX_3090), vram_gb=13)).startswith(
        "apps/Bigger: vram needs 13 GB of VRAM, more than any node gives it (at most 12 GB per nvidia.com/gpu on rtx)"
    )


def test_mps_refuses_two_slices_naming_the_count() -> None:
    chart = plan_chart([GpuNode(name="rtx", card=RTX_3090, sharing=Mps(replicas=2))])
    gpu_app(chart, "pair", Gpu(card=RTX_3090, count=2))
    assert ClusterPlan.of(chart).errors() == [
        "apps/Pair: gpu.count 2: requests 2 nvidia.com/gpu per pod, which the device plugin refuses on rtx (mps-2): set it to 1"
    ]


def test_objects_built_without_the_library_are_placed_too() -> None:
    chart = plan_chart([GpuNode(name="ada"), GpuNode(name="a100", card=A100_40GB, sharing=Mig(layout={"2g.10gb": 3}))])
    l1_gpu_deployment(chart, "raw", 1, resource="nvidia.com/mig-3g.20gb")
    assert ClusterPlan.of(chart).errors() == [
        "apps/Raw: requests 1 nvidia.com/mig-3g.20gb, but no declared node can host it (ada, a100): the nodes it may run on "
        "(ada, a100) do not advertise it; fix the request or declare the node"
    ]


def test_single_node_settings_are_refused_beside_declared_nodes() -> None:
    with pytest.raises(ValueError, match=r"^ClusterPlan: nodes are given with gpu_card, gpus or node_capacity"):
        ClusterPlan(App(), nodes=[GpuNode(name="x")], gpus=2)
    app = App()
    ClusterPlan(app, nodes=[GpuNode(name="x")])
    with pytest.raises(ValueError, match=r"^ai: gpu_sharing.time_slicing_replicas is set, but the plan declares its GPU nodes"):
        AiNamespaceChart(app, "ai", gpu_sharing=GpuSharing(time_slicing_replicas=8))


def test_the_design_node_is_the_default_and_its_dist_unchanged() -> None:
    plan = ClusterPlan(App())
    assert [(n.name, n.card, n.gpus) for n in plan.nodes] == [("gpu-node", RTX_4000_SFF_ADA, 1)]
    assert not plan.explicit_nodes
    assert NODES[0].card is RTX_4000_SFF_ADA and isinstance(NODES[0].sharing, TimeSlicing)


def test_exclusive_nodes_give_whole_gpus() -> None:
    chart = plan_chart([GpuNode(name="ada"), GpuNode(name="big", card=A100_40GB, gpus=2, sharing=Exclusive())])
    gpu_app(chart, "trainer", Gpu(exclusive=True, count=2), vram_gb=30)
    deployment = find(list(chart.to_json()), "Deployment", "trainer")
    assert pod(deployment)["nodeSelector"] == {"kubernetes.io/hostname": "big"}
    assert pod(deployment)["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 2
    assert ClusterPlan.of(chart).errors() == []


def test_a_node_selector_on_feature_discovery_labels_finds_its_node() -> None:
    chart = plan_chart([GpuNode(name="ada"), GpuNode(name="rtx", card=RTX_3090, sharing=Mps(replicas=2))])
    # GPU feature discovery names a shared card's product with -SHARED.
    gpu_app(chart, "x", Gpu(node_selector={"nvidia.com/gpu.product": "NVIDIA-GeForce-RTX-3090-SHARED"}))
    assert pod(find(list(chart.to_json()), "Deployment", "x"))["nodeSelector"] == {"kubernetes.io/hostname": "rtx"}
