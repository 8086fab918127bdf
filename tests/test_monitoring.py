"""The monitoring layer follows the plan: its rules, dashboard and docs change with the plan, it
has its own Flux layer after the monitoring stack, and a setting turns it off."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
from cdk8s import App, Chart
from cdk8s_plus_28 import k8s

from homelab_ai import RTX_3090, AiNamespaceChart, ClusterPlan, GpuSharing, _yaml
from homelab_ai.flux import FluxChart, FluxSettings
from homelab_ai.gpu_operator import VALUES_KEY, GpuMetrics
from homelab_ai.monitoring import MonitoringChart, MonitoringSettings
from homelab_ai.synth import project_app, synthesize
from tests.crd_schemas import load_crd_schemas
from tests.monitoring_support import Rendered, render, rules_named
from tests.support import ROOT, find


@pytest.fixture(scope="module")
def design() -> Rendered:
    return render()


def plan_with(**plan: Any) -> Any:
    def build(app: App) -> None:
        sharing = plan.pop("gpu_sharing", GpuSharing(metrics=GpuMetrics()))
        ClusterPlan(app, **plan)
        AiNamespaceChart(app, "ai", gpu_sharing=sharing)

    return build


def test_every_alert_has_a_summary_a_description_a_severity_and_a_runbook_section(design: Rendered) -> None:
    docs = (ROOT / "docs" / "monitoring.md").read_text()
    headings = {line[4:].strip().lower() for line in docs.splitlines() if line.startswith("### ")}
    rules = [rule for group in design.groups for rule in group["rules"]]
    assert len(rules) >= 20
    for rule in rules:
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]
        anchor = rule["annotations"]["runbook_url"].partition("#")[2]
        assert anchor in headings, f"{rule['alert']}: no section #{anchor} in docs/monitoring.md"


def test_the_rule_is_labelled_for_kube_prometheus_stacks_rule_selector(design: Rendered) -> None:
    assert design.rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    assert design.dashboard["metadata"]["labels"]["grafana_dashboard"] == "1"


def test_thresholds_come_from_the_plan(design: Rendered) -> None:
    (slices,) = rules_named(design, "HomelabAiGpuResourcesNotAsPlanned")
    assert "!= 4)" in slices["expr"] and "4 nvidia.com/gpu" in slices["annotations"]["description"]
    (card,) = rules_named(design, "HomelabAiGpuCardNotAsPlanned")
    assert f"- {20 * 1024})" in card["expr"]
    volumes = {r["labels"]["persistentvolumeclaim"]: r["expr"] for r in rules_named(design, "HomelabAiVolumeNearlyFull")}
    claims = {
        m["metadata"]["name"]: m["spec"]["resources"]["requests"]["storage"]
        for m in design.charts["ai"]
        if m["kind"] == "PersistentVolumeClaim"
    }
    assert sorted(volumes) == sorted(claims)
    assert volumes["sd-data"].endswith(f"> {round(0.85 * 150 * 2**30)}") and claims["sd-data"] == "150Gi"
    apps = {r["labels"]["app"]: r.get("for") for r in rules_named(design, "HomelabAiAppUnavailable")}
    # The wait is each app's startup budget (README: Stable Diffusion 30 min, Whisper 20 min).
    assert apps["stable-diffusion"] == "30m" and apps["faster-whisper"] == "20m"


def test_more_slices_and_another_card_change_the_thresholds_the_dashboard_and_the_docs(design: Rendered) -> None:
    other = render(plan_with(gpu_card=RTX_3090, gpu_sharing=GpuSharing(time_slicing_replicas=8, metrics=GpuMetrics())))
    (slices,) = rules_named(other, "HomelabAiGpuResourcesNotAsPlanned")
    assert "!= 8)" in slices["expr"]
    (card,) = rules_named(other, "HomelabAiGpuCardNotAsPlanned")
    assert f"- {24 * 1024})" in card["expr"]
    assert "RTX 3090" in rules_named(other, "HomelabAiGpuVramNearFull")[0]["annotations"]["description"]
    ours, theirs = (json.loads(r.dashboard["data"]["homelab-ai.json"]) for r in (design, other))
    assert ours != theirs
    vram = next(p for p in theirs["panels"] if "VRAM used" in p.get("title", ""))
    assert vram["fieldConfig"]["defaults"]["max"] == 24
    app = project_app("homelab-ai")
    plan_with(gpu_card=RTX_3090)(app)
    MonitoringChart(app, "ai-monitoring")
    docs = synthesize(app, root=ROOT).docs["monitoring.md"]
    assert "RTX 3090 (24 GB)" in docs and "RTX 3090" not in (ROOT / "docs" / "monitoring.md").read_text()


def test_a_node_whose_apps_fit_gets_the_heavy_end_alert(design: Rendered) -> None:
    # The design's apps add up to 27.5 GB on a 20 GB card: no heavy-end rule, the docs say why.
    assert rules_named(design, "HomelabAiGpuVramAbovePlan") == []
    assert "add up to 27.5 GB" in (ROOT / "docs" / "monitoring.md").read_text()
    from homelab_ai import A100_40GB

    bigger = render(plan_with(gpu_card=A100_40GB))
    (rule,) = rules_named(bigger, "HomelabAiGpuVramAbovePlan")
    assert rule["expr"].endswith(f"> {27.5 * 1024:g}")


def test_jobs_of_other_layers_are_watched_by_name_and_check_label() -> None:
    def build(app: App) -> None:
        plan_with()(app)
        verify = Chart(app, "ai-verify", namespace="ai", disable_resource_name_hashes=True)
        k8s.KubeJob(
            verify,
            "Check",
            metadata=k8s.ObjectMeta(
                name="verify-gpu-slices",
                labels={"app.kubernetes.io/name": "ai-verify", "homelab-ai.dev/check": "gpu-slices"},
            ),
            spec=k8s.JobSpec(template=k8s.PodTemplateSpec(spec=k8s.PodSpec(containers=[], restart_policy="Never"))),
        )

    rendered = render(build, checked=False)  # the stand-in Job has no container
    jobs = {r["labels"]["job_name"]: r for r in rules_named(rendered, "HomelabAiJobFailed")}
    assert sorted(jobs) == ["ollama-pull-models", "verify-gpu-slices"]
    assert jobs["verify-gpu-slices"]["labels"]["check"] == "gpu-slices"
    assert 'kube_job_status_failed{namespace="ai",job_name="verify-gpu-slices"}' in jobs["verify-gpu-slices"]["expr"]


def test_the_layer_waits_for_the_monitoring_stack_and_the_namespace() -> None:
    flux = _yaml.load((ROOT / "dist" / "flux" / "kustomization-ai-monitoring.yaml").read_text())
    assert [d["name"] for d in flux["spec"]["dependsOn"]] == ["ai-cluster", "kube-prometheus-stack"]
    assert flux["spec"]["path"] == "./dist/ai-monitoring"
    app = App()
    ClusterPlan(app)
    ai = AiNamespaceChart(app, "ai")
    monitoring = MonitoringChart(app, "ai-monitoring")
    settings = FluxSettings(monitoring_stack=None)
    layer = monitoring.flux_layer(settings, after=[ai.cluster])
    assert layer.depends_on == ("ai-cluster",)
    chart = FluxChart(app, "flux", layers=[*ai.flux_layers(settings), layer], settings=settings)
    kustomization = find(list(chart.to_json()), "Kustomization", "ai-monitoring")
    assert [d["name"] for d in kustomization["spec"]["dependsOn"]] == ["ai-cluster"]


def test_turning_monitoring_off_drops_the_layer_and_the_service_monitor(monkeypatch: pytest.MonkeyPatch) -> None:
    import main

    monkeypatch.setattr(main, "MONITORING", MonitoringSettings(enabled=False))
    app = project_app("homelab-ai")
    main.build(app)
    synthesis = synthesize(app, root=ROOT)
    assert not any(path.startswith("ai-monitoring/") for path in synthesis.files)
    assert "kustomization-ai-monitoring.yaml" not in synthesis.files["flux/kustomization.yaml"]
    assert "dcgmExporter" not in synthesis.files["ai-cluster/configmap-gpu-operator-time-slicing-values.yaml"]
    assert "monitoring.md" not in synthesis.docs


def test_the_dcgm_exporter_values_fit_the_cluster_policy_schema() -> None:
    values = _yaml.load(
        _yaml.load((ROOT / "dist/ai-cluster/configmap-gpu-operator-time-slicing-values.yaml").read_text())["data"][VALUES_KEY]
    )
    schema = load_crd_schemas()[("nvidia.com/v1", "ClusterPolicy")]["properties"]["spec"]["properties"]["dcgmExporter"]
    jsonschema.validate(values["dcgmExporter"], schema)
    assert values["dcgmExporter"]["serviceMonitor"]["additionalLabels"] == {"release": "kube-prometheus-stack"}
    per_app = GpuMetrics(per_app_vram=True).values()
    jsonschema.validate(per_app, schema)
    assert per_app["hostPID"] is True and {"name": "KUBERNETES_VIRTUAL_GPUS", "value": "true"} in per_app["env"]
    misspelled = {"serviceMonitor": {"enabled": True, "honourLabels": True}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(misspelled, schema)


def test_a_missing_service_monitor_is_noted() -> None:
    app = project_app("homelab-ai")
    plan_with(gpu_sharing=GpuSharing())(app)
    MonitoringChart(app, "ai-monitoring")
    notes = synthesize(app, root=ROOT).notes
    assert any("no GPU operator values in the App turn its ServiceMonitor on" in note for note in notes)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            MonitoringSettings(vram_full_ratio=1.5),
            "ai-monitoring: settings.vram_full_ratio 1.5 is not allowed: use a share between 0 and 1",
        ),
        (MonitoringSettings(namespace="AI"), "ai-monitoring: settings.namespace"),
        (MonitoringSettings(pending_minutes=0), "ai-monitoring: settings.pending_minutes"),
    ],
)
def test_rejects_bad_settings(settings: MonitoringSettings, message: str) -> None:
    app = App()
    with pytest.raises(ValueError, match=re.escape(message)):
        MonitoringChart(app, "ai-monitoring", settings=settings)


def test_the_grafana_sdk_loads_only_when_a_dashboard_renders() -> None:
    import subprocess
    import sys

    code = (
        "import sys, homelab_ai, homelab_ai.monitoring; loaded = 'grafana_foundation_sdk' in sys.modules; "
        "from cdk8s import App; from homelab_ai import AiNamespaceChart, ClusterPlan; app = App(); ClusterPlan(app); "
        "AiNamespaceChart(app, 'ai'); homelab_ai.monitoring.MonitoringChart(app, 'm'); "
        "print(loaded, 'grafana_foundation_sdk' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.split() == ["False", "False"]
