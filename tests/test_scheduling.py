"""The cluster enforces the plan: the namespace's quota and the apps' priorities."""

from __future__ import annotations

import pytest
from cdk8s import App

from homelab_ai import AiNamespaceChart, ClusterPlan, NamespaceQuota, SchedulingSettings, Workload
from tests.support import Manifest, find, new_chart, quick_health, small_resources


@pytest.fixture(scope="module")
def chart() -> AiNamespaceChart:
    return AiNamespaceChart(App(), "ai")


def pods_of(chart: AiNamespaceChart) -> list[Manifest]:
    return [m for m in chart.to_json() if m["kind"] in ("Deployment", "StatefulSet", "Job", "CronJob")]


def pod_spec(manifest: Manifest) -> Manifest:
    spec = manifest["spec"]
    spec = spec.get("jobTemplate", {}).get("spec", spec)
    result: Manifest = spec["template"]["spec"]
    return result


def test_the_quota_covers_what_the_namespace_s_pods_request(chart: AiNamespaceChart) -> None:
    quota = find(list(chart.to_json()), "ResourceQuota", "homelab-ai")
    # The design's 8.25 cores and 44.5Gi (45Gi with Open WebUI's memory, deviation 30), the model
    # pull (50m, 64Mi) and the smoke test when run (50m, 64Mi); GPU slices capped at the 4
    # time-slicing gives.
    assert quota["spec"]["hard"] == {
        "requests.cpu": "8350m",
        "requests.memory": "46208Mi",
        "limits.cpu": "19500m",
        "limits.memory": "72192Mi",
        "requests.nvidia.com/gpu": "4",
    }


def test_apps_outrank_batch_work_that_never_preempts(chart: AiNamespaceChart) -> None:
    classes = {m["metadata"]["name"]: m for m in chart.cluster.to_json() if m["kind"] == "PriorityClass"}
    assert classes["homelab-ai-interactive"]["value"] > classes["homelab-ai-batch"]["value"]
    assert classes["homelab-ai-batch"]["preemptionPolicy"] == "Never"
    priorities = {m["metadata"]["name"]: pod_spec(m)["priorityClassName"] for m in pods_of(chart)}
    assert priorities == {
        "ollama": "homelab-ai-interactive",
        "open-webui": "homelab-ai-interactive",
        "faster-whisper": "homelab-ai-interactive",
        "stable-diffusion": "homelab-ai-interactive",
        "ollama-pull-models": "homelab-ai-batch",
        "gpu-smoke-test": "homelab-ai-batch",
    }


def test_both_can_be_turned_off() -> None:
    chart = AiNamespaceChart(App(), "ai", scheduling=SchedulingSettings(quota=False, priority_classes=False))
    kinds = {m["kind"] for m in [*chart.to_json(), *chart.cluster.to_json()]}
    assert not kinds & {"ResourceQuota", "PriorityClass"}
    assert all("priorityClassName" not in pod_spec(m) for m in pods_of(chart))


def test_a_workload_added_later_is_in_the_quota_with_its_surge_pod() -> None:
    chart = new_chart()
    NamespaceQuota(chart, "Quota", gpu_supply={})
    Workload(
        chart, "Web", name="web", image="ghcr.io/example/web:1.2.3", port=8080, resources=small_resources(), health=quick_health()
    )
    Workload(
        chart,
        "Api",
        name="api",
        image="ghcr.io/example/api:1.2.3",
        port=8080,
        replicas=2,
        resources=small_resources(),
        health=quick_health(),
    )
    hard = find(list(chart.to_json()), "ResourceQuota", "homelab-ai")["spec"]["hard"]
    # web 1 pod, api 2 pods plus one rolling-update surge pod: 4 x (500m, 256Mi).
    assert hard == {"requests.cpu": "2", "requests.memory": "1Gi", "limits.cpu": "4", "limits.memory": "4Gi"}
    assert ClusterPlan.of(chart).errors() == []
