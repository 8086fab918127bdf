"""Charts that complete their objects in one pass when they render (``_filling_chart``)."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch

from homelab_ai import DefaultDenyIngress, NamespaceQuota, Workload
from homelab_ai._filling_chart import FillingChart, Manifest
from homelab_ai._pod import PodController, PodObject
from tests.support import quick_health, small_resources


def chart_with_a_filled_config_map(outdir: str = "dist") -> tuple[FillingChart, ApiObject, list[str]]:
    chart = FillingChart(App(outdir=outdir), "filled", namespace="ai", disable_resource_name_hashes=True)
    reads: list[str] = []

    def fill(rendered: Manifest) -> Manifest:
        reads.append(chart.once_per_render("figure", lambda: f"read {len(reads)}"))
        return {**rendered, "data": {**rendered.get("data", {}), "figure": reads[-1]}}

    target = chart.filled_object(
        "Settings", api_version="v1", kind="ConfigMap", metadata=ApiObjectMetadata(name="settings"), fill=fill
    )
    chart.filled_object("Other", api_version="v1", kind="ConfigMap", metadata=ApiObjectMetadata(name="other"), fill=fill)
    return chart, target, reads


def by_name(manifests: list[Any]) -> dict[str, Manifest]:
    return {m["metadata"]["name"]: m for m in manifests}


def test_the_chart_completes_its_objects_after_their_json_patches() -> None:
    chart, target, _ = chart_with_a_filled_config_map()
    target.add_json_patch(JsonPatch.add("/data", {"patched": "yes"}))
    settings = by_name(chart.to_json())["settings"]
    assert settings["data"] == {"patched": "yes", "figure": "read 0"}
    assert settings["metadata"]["namespace"] == "ai"
    # Alone, the object is what it is before its chart completes it.
    assert "figure" not in target.to_json()["data"]


def test_a_value_is_read_once_per_render_and_afresh_in_the_next() -> None:
    chart, _, _ = chart_with_a_filled_config_map()
    first = by_name(chart.to_json())
    assert first["settings"]["data"]["figure"] == first["other"]["data"]["figure"] == "read 0"
    second = by_name(chart.to_json())
    assert second["settings"]["data"]["figure"] == "read 2"
    assert chart.once_per_render("figure", lambda: "outside") == "outside"


def test_cdk8s_synth_completes_them_too(tmp_path: Any) -> None:
    chart, _, _ = chart_with_a_filled_config_map(outdir=str(tmp_path))
    app = chart.node.scope
    assert isinstance(app, App)
    app.synth()
    assert "figure: read 0" in next(tmp_path.glob("*.yaml")).read_text()


def test_a_filled_object_without_a_name_is_refused() -> None:
    chart = FillingChart(App(), "filled")
    with pytest.raises(ValueError, match=r"filled/Nameless: metadata.name is not set.*ApiObjectMetadata\(name=\.\.\.\)"):
        chart.filled_object("Nameless", api_version="v1", kind="ConfigMap", metadata=ApiObjectMetadata(), fill=lambda m: m)


def test_pods_of_a_completing_chart_are_completed_by_it_and_counted_by_its_quota() -> None:
    """In such a chart a pod-running object has no to_json of its own (no jsii callback): the
    chart drops its empty pod lists and its quota reads it in the same pass."""
    chart = FillingChart(App(), "apps", namespace="ai", disable_resource_name_hashes=True)
    DefaultDenyIngress(chart, "DefaultDeny")
    web = Workload(
        chart, "Web", name="web", image="ghcr.io/example/web:1.2.3", port=8080, resources=small_resources(), health=quick_health()
    )
    NamespaceQuota(chart, "Quota", gpu_supply={})
    assert type(web.controller) is PodObject
    assert web.controller.to_json()["spec"]["template"]["spec"]["containers"][0]["env"] == []
    rendered = by_name(chart.to_json())
    assert "env" not in rendered["web"]["spec"]["template"]["spec"]["containers"][0]
    hard = rendered["homelab-ai"]["spec"]["hard"]
    # One pod and a rolling update's surge only when there is more than one replica.
    assert (hard["requests.cpu"], hard["limits.memory"]) == ("500m", "1Gi")


def test_pods_of_another_chart_complete_themselves() -> None:
    chart = Chart(App(), "apps", namespace="ai", disable_resource_name_hashes=True)
    DefaultDenyIngress(chart, "DefaultDeny")
    web = Workload(
        chart, "Web", name="web", image="ghcr.io/example/web:1.2.3", port=8080, resources=small_resources(), health=quick_health()
    )
    assert type(web.controller) is PodController
    assert "env" not in web.controller.to_json()["spec"]["template"]["spec"]["containers"][0]
