"""The checks' expectations follow the rendered manifests: the design's, and changed ones."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cdk8s import ApiObject, App, JsonPatch

from homelab_ai import AiNamespaceChart, ClusterPlan, GpuSharing, OllamaSettings, WhisperSettings
from homelab_ai.gpu_nodes import GpuNode, TimeSlicing
from homelab_ai.verify import VerifyChart, VerifySettings
from homelab_ai.verify import plan as expectations
from tests.support import Manifest

WORDS = ["the", "quick"]


def verify_app(app: App | None = None, **settings: Any) -> tuple[App, AiNamespaceChart, VerifyChart]:
    app = app or App()
    ai = AiNamespaceChart(app, "ai", **settings)
    return app, ai, VerifyChart(app, "ai-verify", namespace="ai")


def plan_of(app: App) -> dict[str, Any]:
    """The expectations as the verify chart renders them (all checks, all sections)."""
    plan = ClusterPlan.of(app)
    charts = {k: v for k, v in plan.render().items() if k != "ai-verify"}
    return expectations.build(charts, plan, words=WORDS, checks=expectations_checks()).plan


def expectations_checks() -> tuple[str, ...]:
    from homelab_ai.verify.checks import CHECKS

    return CHECKS


def rendered_plans(verify: VerifyChart) -> dict[str, dict[str, Any]]:
    """Each check's plan.json as its ConfigMap carries it."""
    plans = {
        m["metadata"]["labels"]["homelab-ai.dev/check"]: json.loads(m["data"]["plan.json"])
        for m in verify.to_json()
        if m["kind"] == "ConfigMap"
    }
    assert verify.plans() == plans
    return plans


def test_the_design_s_expectations() -> None:
    app, _, _ = verify_app()
    plan = plan_of(app)
    assert plan["ollama"]["url"] == "http://ollama.ai.svc:11434"
    assert plan["ollama"]["models"] == ["llama3.2"]
    assert plan["ollama"]["version"] == "0.12.3"
    assert plan["open-webui"]["url"] == "http://open-webui.ai.svc:80"
    assert plan["open-webui"]["ollama_version"] == "0.12.3"
    assert plan["open-webui"]["ollama_url"] == "http://ollama:11434"
    assert plan["faster-whisper"]["url"] == "http://faster-whisper.ai.svc:80"
    assert plan["faster-whisper"]["words"] == WORDS
    sd = plan["stable-diffusion"]
    assert (sd["url"], sd["secret"], sd["user_key"], sd["password_key"]) == (
        "http://stable-diffusion.ai.svc:80",
        "stable-diffusion-secrets",
        "WEBUI_AUTH_USER",
        "WEBUI_AUTH_PASS",
    )
    assert [(p["service"], p["address"], p["port"], p["path"]) for p in plan["access-points"]] == [
        ("ai/open-webui", "10.10.2.25", 80, "/health"),
        ("ai/stable-diffusion", "10.10.2.26", 80, "/internal/ready"),
        ("ai/faster-whisper", "10.10.2.27", 80, None),  # a TCP readiness probe: the check connects
    ]
    assert plan["gpu-slices"]["nodes"] == [
        {"name": "gpu-node", "labels": {"nvidia.com/gpu.present": "true"}, "advertised": {"nvidia.com/gpu": 4}, "gpus": 1}
    ]


def test_expectations_follow_changed_settings() -> None:
    app, _, _ = verify_app(
        ollama=OllamaSettings(models=("qwen2.5:7b", "llama3.2")),
        whisper=WhisperSettings(address="10.10.2.28"),
        gpu_sharing=GpuSharing(time_slicing_replicas=8),
    )
    plan = plan_of(app)
    assert plan["ollama"]["models"] == ["qwen2.5:7b", "llama3.2"]
    assert ("ai/faster-whisper", "10.10.2.28") in [(p["service"], p["address"]) for p in plan["access-points"]]
    assert plan["gpu-slices"]["nodes"][0]["advertised"] == {"nvidia.com/gpu": 8}


def test_expectations_follow_a_user_s_patch_after_the_charts() -> None:
    _, ai, verify = verify_app()
    ApiObject.of(ai.ollama.controller).add_json_patch(
        JsonPatch.replace("/spec/template/spec/containers/0/image", "ollama/ollama:0.12.4")
    )
    ApiObject.of(ai.services["open-webui"].service).add_json_patch(
        JsonPatch.replace("/metadata/annotations/lbipam.cilium.io~1ips", "10.10.2.29")
    )
    plans = rendered_plans(verify)
    assert plans["open-webui"]["open-webui"]["ollama_version"] == "0.12.4"
    assert plans["access-points"]["access-points"][0]["address"] == "10.10.2.29"


def test_declared_gpu_nodes_are_checked_by_their_labels() -> None:
    app = App()
    ClusterPlan(app, nodes=[GpuNode(name="gpu-ada", sharing=TimeSlicing(replicas=6))])
    _, _, verify = verify_app(app)
    node = rendered_plans(verify)["gpu-slices"]["gpu-slices"]["nodes"][0]
    assert node["labels"] == {"kubernetes.io/hostname": "gpu-ada"}
    assert node["advertised"] == {"nvidia.com/gpu": 6}


def test_credentials_read_from_files_are_found_too() -> None:
    """The design's pod reads the Secret as files (items); another Secret patched in is followed."""
    _, ai, verify = verify_app()
    sd = rendered_plans(verify)["stable-diffusion"]["stable-diffusion"]
    assert (sd["secret"], sd["user_key"], sd["password_key"]) == (
        "stable-diffusion-secrets",
        "WEBUI_AUTH_USER",
        "WEBUI_AUTH_PASS",
    )
    volume = {
        "name": "secret-stable-diffusion-secrets",
        "secret": {"secretName": "sd-auth", "items": [{"key": "user", "path": "u"}, {"key": "password", "path": "p"}]},
    }
    ApiObject.of(ai.stable_diffusion.controller).add_json_patch(JsonPatch.replace("/spec/template/spec/volumes/1", volume))
    sd = rendered_plans(verify)["stable-diffusion"]["stable-diffusion"]
    assert (sd["secret"], sd["user_key"], sd["password_key"]) == ("sd-auth", "user", "password")


def test_a_check_whose_app_is_missing_stops_the_synth_with_the_fix() -> None:
    _, ai, verify = verify_app()
    controller = ApiObject.of(ai.whisper.controller)
    controller.add_json_patch(JsonPatch.replace("/spec/template/spec/containers/0/image", "example/other-asr:1.0"))
    with pytest.raises(Exception) as error:
        verify.to_json()
    message = str(error.value)
    assert "ai-verify: settings.checks check 'faster-whisper': no Faster-Whisper (openai-whisper-asr-webservice image)" in message
    assert "deploy it or leave the check out" in message


def test_each_check_s_plan_holds_only_what_it_reads() -> None:
    _, _, verify = verify_app()
    plans = rendered_plans(verify)
    assert set(plans["ollama"]) == {"timeouts", "retry_seconds", "deadlines", "fixes", "ollama"}
    assert set(plans["gpu-concurrency"]) >= {"ollama", "faster-whisper", "stable-diffusion"}
    assert "_backend" not in plans["ollama"]["ollama"]
    for check, plan in plans.items():
        assert list(plan["deadlines"]) == [check] and plan["fixes"][check]


def _manifests(verify: VerifyChart) -> list[Manifest]:
    return list(verify.to_json())


def test_settings_reach_the_plan() -> None:
    app = App()
    AiNamespaceChart(app, "ai")
    timing = expectations.Timing(deadline_seconds=60, request_seconds=30, connect_seconds=3, retry_seconds=5)
    verify = VerifyChart(app, "ai-verify", settings=VerifySettings(checks=("ollama",), timing=timing))
    plan = rendered_plans(verify)["ollama"]
    assert plan["timeouts"] == {"request_seconds": 30, "connect_seconds": 3}
    assert (plan["retry_seconds"], plan["deadlines"]) == (5, {"ollama": 60})
    assert [m["kind"] for m in _manifests(verify)] == ["ConfigMap", "Job", "NetworkPolicy"]
