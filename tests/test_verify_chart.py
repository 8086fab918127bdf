"""The verify chart: hardened Jobs named by what they test, reached only where they must go."""

from __future__ import annotations

import pytest
from cdk8s import ApiObject, App, JsonPatch

import main
from homelab_ai import AiNamespaceChart, SchedulingSettings, WhisperSettings
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.flux import FluxChart, FluxSettings
from homelab_ai.synth import project_app
from homelab_ai.verify import CHECK_LABEL, CHECKS, VerifyChart, VerifySettings
from tests.support import Manifest, find


def render(**ai_settings: object) -> tuple[dict[str, list[Manifest]], VerifyChart]:
    app = App()
    ai = AiNamespaceChart(app, "ai", **ai_settings)  # type: ignore[arg-type]
    verify = VerifyChart(app, "ai-verify", namespace="ai")
    FluxChart(app, "flux", layers=[*ai.flux_layers(FluxSettings()), verify.flux_layer(after=ai)])
    return ClusterPlan.of(app).render(), verify


@pytest.fixture(scope="module")
def design() -> dict[str, list[Manifest]]:
    return render()[0]


def jobs(charts: dict[str, list[Manifest]]) -> dict[str, Manifest]:
    return {m["metadata"]["labels"][CHECK_LABEL]: m for m in charts["ai-verify"] if m["kind"] == "Job"}


def test_one_job_and_one_config_map_per_check_named_by_its_hash(design: dict[str, list[Manifest]]) -> None:
    by_check = jobs(design)
    assert sorted(by_check) == sorted(CHECKS)
    for check, job in by_check.items():
        name = job["metadata"]["name"]
        assert name.startswith(f"{check}-") and len(name) == len(check) + 11
        config = find(design["ai-verify"], "ConfigMap", name)
        assert set(config["data"]) == {"checks.py", "plan.json"}
        assert job["spec"]["template"]["spec"]["volumes"][1] == {"name": "verify", "configMap": {"name": name}}
        assert job["metadata"]["namespace"] == "ai"
    sample = find(design["ai-verify"], "ConfigMap", by_check["faster-whisper"]["metadata"]["name"])["binaryData"]["speech.wav"]
    # Far below the 1 MiB an object may hold.
    assert 100_000 < len(sample) < 200_000


def test_labels_let_the_workstation_find_each_check(design: dict[str, list[Manifest]]) -> None:
    for check, job in jobs(design).items():
        for labels in (job["metadata"]["labels"], job["spec"]["template"]["metadata"]["labels"]):
            assert labels["app.kubernetes.io/name"] == "ai-verify"
            assert labels[CHECK_LABEL] == check


def test_pods_are_hardened_like_every_pod_of_the_library(design: dict[str, list[Manifest]]) -> None:
    for job in jobs(design).values():
        assert job["spec"]["backoffLimit"] == 0 and "ttlSecondsAfterFinished" not in job["spec"]
        # An eviction or preemption is not a failed check.
        assert job["spec"]["podFailurePolicy"]["rules"] == [
            {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}
        ]
        pod = job["spec"]["template"]["spec"]
        assert pod["automountServiceAccountToken"] is False and pod["enableServiceLinks"] is False
        assert pod["restartPolicy"] == "Never" and pod["priorityClassName"] == "homelab-ai-batch"
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        (container,) = pod["containers"]
        security = container["securityContext"]
        assert (security["runAsUser"], security["runAsNonRoot"], security["readOnlyRootFilesystem"]) == (65534, True, True)
        assert security["capabilities"] == {"drop": ["ALL"]} and security["allowPrivilegeEscalation"] is False
        assert container["resources"]["limits"] and container["resources"]["requests"]
        assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
        assert container["image"] == VerifySettings().image and ":" in container["image"]


def test_credentials_reach_only_their_checks_as_files(design: dict[str, list[Manifest]]) -> None:
    for check, job in jobs(design).items():
        pod = job["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        assert "env" not in container or all("valueFrom" not in e for e in container["env"])
        secrets = [v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v]
        assert secrets == (["stable-diffusion-secrets"] if check in ("stable-diffusion", "gpu-concurrency") else [])


def test_only_the_gpu_slices_check_gets_a_token_that_may_only_read_nodes(design: dict[str, list[Manifest]]) -> None:
    for check, job in jobs(design).items():
        pod = job["spec"]["template"]["spec"]
        projected = [v for v in pod["volumes"] if "projected" in v]
        if check == "gpu-slices":
            assert pod["serviceAccountName"] == "ai-verify"
            sources = projected[0]["projected"]["sources"]
            assert sources[0]["serviceAccountToken"]["path"] == "token"
            assert sources[1]["configMap"]["name"] == "kube-root-ca.crt"
        else:
            assert not projected and "serviceAccountName" not in pod
    account = find(design["ai-verify"], "ServiceAccount", "ai-verify")
    assert account["automountServiceAccountToken"] is False
    role = find(design["ai-verify"], "ClusterRole", "ai-verify-nodes")
    assert role["rules"] == [{"apiGroups": [""], "resources": ["nodes"], "verbs": ["get", "list"]}]
    assert "namespace" not in role["metadata"]
    binding = find(design["ai-verify"], "ClusterRoleBinding", "ai-verify-nodes")
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "ai-verify", "namespace": "ai"}]


def test_only_the_checks_that_call_ollama_are_admitted_into_it(design: dict[str, list[Manifest]]) -> None:
    policy = find(design["ai-verify"], "NetworkPolicy", "ollama-from-ai-verify")
    assert policy["spec"]["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "ollama"}}
    (rule,) = policy["spec"]["ingress"]
    assert rule["ports"] == [{"protocol": "TCP", "port": 11434}]
    source = rule["from"][0]["podSelector"]
    assert source["matchLabels"] == {"app.kubernetes.io/name": "ai-verify"}
    assert source["matchExpressions"] == [{"key": CHECK_LABEL, "operator": "In", "values": ["ollama", "gpu-concurrency"]}]


def test_a_change_renames_only_the_jobs_that_test_it(design: dict[str, list[Manifest]]) -> None:
    before = {check: job["metadata"]["name"] for check, job in jobs(design).items()}
    changed = {check: job["metadata"]["name"] for check, job in jobs(render(whisper=WhisperSettings(model="medium"))[0]).items()}
    renamed = sorted(check for check in CHECKS if before[check] != changed[check])
    assert renamed == ["access-points", "faster-whisper", "gpu-concurrency"]
    again = {check: job["metadata"]["name"] for check, job in jobs(render()[0]).items()}
    assert again == before
    # A NetworkPolicy into pods a check tests is part of what it tests (Ollama's: the checks that
    # reach Ollama, directly or through Open WebUI).
    app = App()
    ai = AiNamespaceChart(app, "ai")
    verify = VerifyChart(app, "ai-verify", namespace="ai")
    policy = next(
        c
        for c in ai.node.find_all()
        if isinstance(c, ApiObject) and c.kind == "NetworkPolicy" and c.name == "ollama-from-open-webui"
    )
    policy.add_json_patch(JsonPatch.add("/spec/ingress/0/ports/0/port", 11435))
    renamed_by_policy = {
        m["metadata"]["labels"][CHECK_LABEL]
        for m in verify.to_json()
        if m["kind"] == "Job" and m["metadata"]["name"] != before[m["metadata"]["labels"][CHECK_LABEL]]
    }
    assert renamed_by_policy == {"ollama", "open-webui", "gpu-concurrency"}


def test_the_quota_admits_the_verify_pods(design: dict[str, list[Manifest]]) -> None:
    quota = find(design["ai"], "ResourceQuota", "homelab-ai")["spec"]["hard"]
    alone = find(render()[0]["ai"], "ResourceQuota", "homelab-ai")["spec"]["hard"]
    assert alone == quota
    app = App()
    lone = AiNamespaceChart(app, "ai")
    without = find(list(lone.to_json()), "ResourceQuota", "homelab-ai")["spec"]["hard"]
    # Seven pods of 50m and 64Mi more than the ai chart's own.
    assert int(quota["requests.cpu"].rstrip("m")) - int(without["requests.cpu"].rstrip("m")) == 7 * 50
    assert int(quota["requests.memory"].rstrip("Mi")) - int(without["requests.memory"].rstrip("Mi")) == 7 * 64


def test_no_priority_class_without_the_chart_s_classes() -> None:
    charts, _ = render(scheduling=SchedulingSettings(priority_classes=False))
    assert all("priorityClassName" not in job["spec"]["template"]["spec"] for job in jobs(charts).values())


def test_the_layer_waits_for_the_jobs_and_recreates_changed_ones(design: dict[str, list[Manifest]]) -> None:
    layer = find(design["flux"], "Kustomization", "ai-verify")["spec"]
    assert layer["dependsOn"] == [{"name": "ai"}]
    assert (layer["wait"], layer["force"], layer["prune"]) == (True, True, True)
    assert "healthChecks" not in layer
    deadline = max(job["spec"]["activeDeadlineSeconds"] for job in jobs(design).values())
    assert layer["timeout"] == f"{20 + -(-deadline // 60)}m"
    ai = find(design["flux"], "Kustomization", "ai")["spec"]
    assert "wait" not in ai and "force" not in ai and ai["healthChecks"]


def test_the_setting_turns_the_layer_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "VERIFY", VerifySettings(enabled=False))
    app = project_app("homelab-ai")
    main.build(app)
    charts = ClusterPlan.of(app).render()
    assert "ai-verify" not in charts
    assert "ai-verify" not in [m["metadata"]["name"] for m in charts["flux"]]


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        (("ollama", "nope"), "ai-verify: settings.checks ['ollama', 'nope'] is not allowed: list each of ollama, open-webui"),
        (("ollama", "ollama"), "ai-verify: settings.checks ['ollama', 'ollama'] is not allowed"),
        ((), "ai-verify: settings.checks [] is not allowed"),
    ],
)
def test_rejects_unknown_or_repeated_checks(checks: tuple[str, ...], message: str) -> None:
    app = App()
    AiNamespaceChart(app, "ai")
    with pytest.raises(ValueError) as error:
        VerifyChart(app, "ai-verify", settings=VerifySettings(checks=checks))
    assert str(error.value).startswith(message)


def test_rejects_a_floating_image() -> None:
    with pytest.raises(ValueError) as error:
        VerifyChart(App(), "ai-verify", settings=VerifySettings(image="python:latest"))
    assert str(error.value).startswith("ai-verify: settings.image")


def test_the_ai_chart_renders_alone_beside_the_verify_chart() -> None:
    """The quota reads the verify Jobs, which read the ai chart: rendering it directly must end."""
    app = App()
    ai = AiNamespaceChart(app, "ai")
    VerifyChart(app, "ai-verify", namespace="ai")
    hard = find(list(ai.to_json()), "ResourceQuota", "homelab-ai")["spec"]["hard"]
    assert hard == find(render()[0]["ai"], "ResourceQuota", "homelab-ai")["spec"]["hard"]
