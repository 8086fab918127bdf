"""The Flux layers: what applies dist/, in which order, with what it needs."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch

from homelab_ai import AiNamespaceChart
from homelab_ai._scope import folder_of
from homelab_ai.flux import FluxChart, FluxLayer, FluxSettings
from tests.support import Manifest


def flux(settings: FluxSettings = FluxSettings()) -> dict[str, Manifest]:
    app = App()
    ai = AiNamespaceChart(app, "ai")
    chart = FluxChart(app, "flux", layers=ai.flux_layers(settings), settings=settings)
    return {m["metadata"]["name"]: m for m in chart.to_json()}


def test_one_kustomization_per_folder_with_prune_and_sops() -> None:
    layers = flux()
    assert sorted(layers) == ["ai", "ai-cluster"]
    for name, layer in layers.items():
        spec = layer["spec"]
        assert layer["metadata"]["namespace"] == "flux-system"
        assert spec["path"] == f"./dist/{name}"
        assert spec["prune"] is True
        assert spec["sourceRef"] == {"kind": "GitRepository", "name": "flux-system"}
        assert spec["decryption"] == {"provider": "sops", "secretRef": {"name": "sops-age"}}


def test_time_slicing_precedes_the_gpu_workloads() -> None:
    layers = flux()
    assert layers["ai-cluster"]["spec"]["dependsOn"] == [{"name": "gpu-operator"}]
    assert layers["ai"]["spec"]["dependsOn"] == [{"name": "ai-cluster"}, {"name": "longhorn"}, {"name": "cilium"}]


def test_workload_layer_waits_for_its_workloads_within_a_sized_timeout() -> None:
    spec = flux()["ai"]["spec"]
    assert {(c["kind"], c["name"]) for c in spec["healthChecks"]} == {
        ("StatefulSet", "ollama"),
        ("Deployment", "open-webui"),
        ("Deployment", "faster-whisper"),
        ("Deployment", "stable-diffusion"),
    }
    # 20 minutes to pull the largest image + Stable Diffusion's 30-minute startup budget.
    assert spec["timeout"] == "50m"
    assert "healthChecks" not in flux()["ai-cluster"]["spec"]


def test_names_are_configurable_and_unmanaged_add_ons_are_left_out() -> None:
    settings = FluxSettings(namespace="flux", source="homelab", sops_secret="age-key", path_prefix="./apps/ai/dist", cilium=None)
    layers = flux(settings)
    assert layers["ai"]["spec"]["dependsOn"] == [{"name": "ai-cluster"}, {"name": "longhorn"}]
    assert layers["ai"]["spec"]["path"] == "./apps/ai/dist/ai"
    assert layers["ai"]["spec"]["sourceRef"]["name"] == "homelab"
    assert layers["ai"]["spec"]["decryption"]["secretRef"]["name"] == "age-key"
    assert layers["ai"]["metadata"]["namespace"] == "flux"


def test_folder_names_follow_chart_paths() -> None:
    app = App()
    ai = AiNamespaceChart(app, "ai")
    assert (folder_of(ai), folder_of(ai.cluster)) == ("ai", "ai-cluster")


def layers_for(chart: Chart, depends_on: tuple[Any, ...]) -> list[FluxLayer]:
    return [FluxLayer(chart=chart, depends_on=depends_on)]


@pytest.mark.parametrize(
    ("depends_on", "message"),
    [
        (("",), "flux: layers[ai].depends_on '' names nothing: give a Kustomization name"),
        ((None,), "flux: layers[ai].depends_on None names nothing"),
        (("Long Horn",), "flux: layers[ai].depends_on 'Long Horn' is not a valid DNS-1123 label"),
        (("ai",), "flux: layers[ai].depends_on 'ai' is the layer itself: drop it"),
        (("longhorn", "longhorn"), "flux: layers[ai].depends_on 'longhorn' is listed twice"),
    ],
)
def test_rejects_dependencies_that_name_nothing(depends_on: tuple[Any, ...], message: str) -> None:
    app = App()
    chart = Chart(app, "ai")
    with pytest.raises(ValueError) as error:
        FluxChart(app, "flux", layers=layers_for(chart, depends_on))
    assert str(error.value).startswith(message)


def test_rejects_layers_that_wait_for_each_other() -> None:
    app = App()
    one, two = Chart(app, "one"), Chart(app, "two")
    with pytest.raises(ValueError, match=r"flux: layers depend on each other in a cycle \(one -> two -> one\)"):
        FluxChart(app, "flux", layers=[FluxLayer(chart=one, depends_on=("two",)), FluxLayer(chart=two, depends_on=("one",))])


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (FluxSettings(path_prefix="dist"), "flux: settings.path_prefix 'dist' is not a path inside the repository"),
        (FluxSettings(path_prefix="./../x"), "flux: settings.path_prefix './../x' is not a path inside the repository"),
        (FluxSettings(source="Flux System"), "flux: settings.source 'Flux System' is not a valid DNS-1123 subdomain"),
        (FluxSettings(interval_minutes=0), "flux: settings.interval_minutes 0 is not allowed"),
    ],
)
def test_rejects_bad_settings(settings: FluxSettings, message: str) -> None:
    app = App()
    with pytest.raises(ValueError) as error:
        FluxChart(app, "flux", layers=layers_for(Chart(app, "ai"), ()), settings=settings)
    assert str(error.value).startswith(message)


def test_a_dependency_must_be_a_layer_or_a_known_kustomization() -> None:
    app = App()
    chart = Chart(app, "ai")
    with pytest.raises(ValueError) as error:
        FluxChart(app, "flux", layers=layers_for(chart, ("ai-clustr",)))
    assert str(error.value) == (
        "flux: layers[ai].depends_on 'ai-clustr' names nothing: it is neither a layer (ai) nor a Kustomization in "
        "FluxSettings (gpu-operator, longhorn, cilium, kube-prometheus-stack); fix the name or add it to other_kustomizations"
    )
    settings = FluxSettings(other_kustomizations=("ai-clustr",))
    FluxChart(App(), "flux", layers=layers_for(Chart(App(), "ai"), ("ai-clustr",)), settings=settings)


def test_main_passes_its_flux_settings_to_the_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    import main

    monkeypatch.setattr(main, "FLUX", FluxSettings(source="homelab-ai", sops_secret="my-age", gpu_operator="nvidia"))
    app = App()
    main.build(app)
    flux_chart = next(c for c in app.charts if c.node.id == "flux")
    layers = {m["metadata"]["name"]: m["spec"] for m in flux_chart.to_json()}
    assert layers["ai"]["sourceRef"]["name"] == "homelab-ai"
    assert layers["ai"]["decryption"]["secretRef"]["name"] == "my-age"
    assert layers["ai-cluster"]["dependsOn"] == [{"name": "nvidia"}]


def test_a_waiting_layer_waits_for_its_jobs_instead_of_health_checks() -> None:
    app = App()
    ai = AiNamespaceChart(app, "ai")
    jobs = Chart(app, "jobs", namespace="ai", disable_resource_name_hashes=True)
    for name, deadline in (("short", 600), ("long", 3000)):
        ApiObject(jobs, name, api_version="batch/v1", kind="Job", metadata=ApiObjectMetadata(name=name)).add_json_patch(
            JsonPatch.add(
                "/spec", {"activeDeadlineSeconds": deadline, "template": {"spec": {"automountServiceAccountToken": False}}}
            )
        )
    layers = [*ai.flux_layers(FluxSettings()), FluxLayer(chart=jobs, depends_on=("ai",), wait=True, force=True)]
    rendered = {m["metadata"]["name"]: m["spec"] for m in FluxChart(app, "flux", layers=layers).to_json()}
    spec = rendered["jobs"]
    assert (spec["wait"], spec["force"]) == (True, True)
    # Flux ignores healthChecks when wait is set: none are written.
    assert "healthChecks" not in spec
    # 20 minutes to pull the image + the longest Job deadline (50 minutes).
    assert spec["timeout"] == "70m"
    assert "wait" not in rendered["ai"] and "force" not in rendered["ai"]


def test_rejects_a_wait_that_is_not_a_bool() -> None:
    app = App()
    ai = AiNamespaceChart(app, "ai")
    with pytest.raises(ValueError) as error:
        FluxChart(app, "flux", layers=[FluxLayer(chart=ai, wait="yes")])  # type: ignore[arg-type]
    assert str(error.value) == "flux: layers[ai] wait and force are true or false"


def test_the_folders_charts_record_when_created_are_their_paths() -> None:
    """Charts the library creates know their folder without asking jsii; it must be the path's."""
    from homelab_ai.monitoring import MonitoringChart
    from homelab_ai.verify import VerifyChart

    app = App()
    ai = AiNamespaceChart(app, "Lab-AI", namespace="lab-ai")
    charts = [ai, ai.cluster, VerifyChart(app, "Lab-Verify", namespace="lab-ai"), MonitoringChart(app, "Lab-Watch")]
    recorded = [getattr(chart, "_homelab_ai_folder", None) for chart in charts]
    assert recorded == [chart.node.path.replace("/", "-").lower() for chart in charts]
    assert [folder_of(chart) for chart in charts] == ["lab-ai", "lab-ai-cluster", "lab-verify", "lab-watch"]
