"""Each check, run offline against stand-ins of the apps' routes (tests/verify_standins.py), with
the plan from dist/: it passes on the right answers and fails, with a detail and a fix, on each
broken one (401, 500, timeouts, refused connections, bad JSON, wrong content)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from homelab_ai import _yaml
from homelab_ai.verify import checks
from tests import verify_standins as standins
from tests.support import ROOT
from tests.verify_standins import Fault, StandIn

USER, PASSWORD = "admin", "s3cret-pass"
TOKEN = "token-of-the-verify-service-account"
SPOKEN = " The quick brown fox jumps over the lazy dog."
SMALL_PNG = base64.b64encode(standins.png(64, 64)).decode()


def dist_plan(check: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The plan.json and binary files of ``check``'s ConfigMap in dist/ (what the cluster gets)."""
    paths = sorted((ROOT / "dist" / "ai-verify").glob(f"configmap-{check}-*.yaml"))
    assert len(paths) == 1, f"one ConfigMap for {check} in dist/ai-verify, found {paths}"
    config = _yaml.load(paths[0].read_text())
    binary = {name: base64.b64decode(value) for name, value in (config.get("binaryData") or {}).items()}
    return json.loads(config["data"]["plan.json"]), binary


@dataclass
class Cluster:
    ollama: StandIn
    open_webui: StandIn
    whisper: StandIn
    a1111: StandIn
    kubernetes: StandIn
    folder: Path

    def plan(self, check: str) -> Path:
        """``check``'s plan from dist/, pointed at the stand-ins, with short timeouts; its path."""
        plan, binary = dist_plan(check)
        # Short, so a failing check fails fast: a stalled stand-in (Fault.sleep_seconds) answers
        # after twice the request timeout; a passing check returns at its first answer.
        plan["timeouts"] = {"request_seconds": 0.5, "connect_seconds": 0.5}
        plan["retry_seconds"] = 0.02
        plan["deadlines"] = {check: 0.1}
        if "ollama" in plan:
            plan["ollama"]["url"] = self.ollama.url
        if "open-webui" in plan:
            plan["open-webui"]["url"] = self.open_webui.url
        if "faster-whisper" in plan:
            plan["faster-whisper"]["url"] = self.whisper.url
        if "stable-diffusion" in plan:
            plan["stable-diffusion"]["url"] = self.a1111.url
            plan["stable-diffusion"]["credentials_dir"] = str(self.folder / "credentials")
        if "gpu-slices" in plan:
            plan["gpu-slices"].update(api=self.kubernetes.url, token_file=str(self.folder / "token"), ca_file="")
        if "access-points" in plan:
            by_service = {"ai/open-webui": self.open_webui, "ai/stable-diffusion": self.a1111, "ai/faster-whisper": self.whisper}
            for point in plan["access-points"]:
                point.update(address="127.0.0.1", port=by_service[point["service"]].port)
        for name, content in binary.items():
            (self.folder / name).write_bytes(content)
        path = self.folder / "plan.json"
        path.write_text(json.dumps(plan))
        return path

    def run(self, check: str) -> dict[str, Any]:
        results = []
        plan = json.loads(self.plan(check).read_text())
        plan["_folder"] = str(self.folder)
        results.append(checks.run_check(plan, check))
        return results[0]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    (tmp_path / "credentials").mkdir()
    (tmp_path / "credentials" / "WEBUI_AUTH_USER").write_text(USER)
    (tmp_path / "credentials" / "WEBUI_AUTH_PASS").write_text(PASSWORD + "\n")
    (tmp_path / "token").write_text(TOKEN)
    gpu_node = standins.node("gpu-1", {"nvidia.com/gpu.present": "true"}, {"nvidia.com/gpu": "4"})
    cpu_node = standins.node("cpu-1", {}, {})
    ollama = standins.ollama()
    with standins.serving(
        ollama,
        standins.open_webui(lambda: ollama.url),
        standins.whisper(SPOKEN),
        standins.a1111(USER, PASSWORD),
        standins.kubernetes(TOKEN, [gpu_node, cpu_node]),
    ) as served:
        ollama_, open_webui_, whisper_, a1111_, kubernetes_ = served
        yield Cluster(ollama_, open_webui_, whisper_, a1111_, kubernetes_, folder=tmp_path)


@pytest.mark.parametrize("check", checks.CHECKS)
def test_each_check_passes_against_the_upstream_answers(cluster: Cluster, check: str) -> None:
    result = cluster.run(check)
    assert result["ok"] is True, result
    assert result["fix"] == ""
    assert set(result) == {"check", "ok", "detail", "fix", "seconds"}


def test_the_checks_use_the_apps_as_a_user_does(cluster: Cluster) -> None:
    for check in ("ollama", "open-webui", "faster-whisper", "stable-diffusion"):
        assert cluster.run(check)["ok"]
    assert [(m, p) for m, p, _ in cluster.ollama.requests] == [
        ("GET", "/api/tags"),
        ("POST", "/api/generate"),
        ("GET", "/api/version"),  # asked by Open WebUI, on the path its NetworkPolicy allows
    ]
    assert [(m, p) for m, p, _ in cluster.open_webui.requests] == [("GET", "/health"), ("GET", "/ollama/api/version")]
    assert [p for _, p, _ in cluster.whisper.requests] == ["/asr"]
    # Once without credentials (401), once with them.
    auth = [h.get("Authorization") for _, _, h in cluster.a1111.requests]
    assert auth[0] is None and auth[1] is not None and len(auth) == 2


STALLED = 1.0  # seconds: twice the plan's request timeout

# Every broken answer, and the words its detail must carry.
BROKEN: list[tuple[str, str, str, Fault, str]] = [
    ("ollama", "ollama", "/api/tags", Fault(status=500, body=b'{"error":"boom"}'), "HTTP 500"),
    ("ollama", "ollama", "/api/tags", Fault(body=b"not json"), "no JSON"),
    ("ollama", "ollama", "/api/tags", Fault(body=b'{"models":[]}'), "llama3.2 are not pulled"),
    ("ollama", "ollama", "/api/tags", Fault(sleep_seconds=STALLED), "no answer"),
    ("ollama", "ollama", "/api/generate", Fault(status=404, body=b'{"error":"model \'llama3.2\' not found"}'), "not there"),
    ("ollama", "ollama", "/api/generate", Fault(body=b'{"response":"","done":true}'), "no answer in"),
    ("ollama", "ollama", "/api/generate", Fault(sleep_seconds=STALLED), "no answer from"),
    ("open-webui", "open_webui", "/health", Fault(status=500, body=b"Internal Server Error"), "HTTP 500"),
    ("open-webui", "open_webui", "/ollama/api/version", Fault(status=500, body=b'{"detail":"x"}'), "HTTP 500"),
    ("open-webui", "open_webui", "/ollama/api/version", Fault(body=b'{"version":false}'), "turned off"),
    ("open-webui", "open_webui", "/ollama/api/version", Fault(body=b'{"version":"0.11.0"}'), "not the deployed 0.12.3"),
    ("open-webui", "open_webui", "/ollama/api/version", Fault(status=401, body=b'{"detail":"Not authenticated"}'), "401"),
    ("faster-whisper", "whisper", "/asr", Fault(body=b'{"text":" The slow red cat.","segments":[]}'), "lacks quick, brown"),
    ("faster-whisper", "whisper", "/asr", Fault(status=500, body=b"Internal Server Error"), "HTTP 500"),
    ("faster-whisper", "whisper", "/asr", Fault(sleep_seconds=STALLED), "no answer"),
    ("faster-whisper", "whisper", "/asr", Fault(body=b"The quick brown fox"), "no JSON"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(status=200), "not 401"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(status=401), "credentials answered 401"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(status=500, body=b'{"error":"OutOfMemoryError"}'), "HTTP 500"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(sleep_seconds=STALLED), "no answer"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(body=json.dumps({"images": [SMALL_PNG]}).encode()), "a 64x64 PNG"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(body=b'{"images": ["aGVsbG8gd29ybGQ="]}'), "not a PNG"),
    ("stable-diffusion", "a1111", "/sdapi/v1/txt2img", Fault(body=b'{"images": [], "info": "{}"}'), "no image"),
    (
        "gpu-concurrency",
        "a1111",
        "/sdapi/v1/txt2img",
        Fault(status=500, body=b'{"error":"OutOfMemoryError"}'),
        "stable-diffusion: txt2img",
    ),
    ("gpu-concurrency", "whisper", "/asr", Fault(sleep_seconds=STALLED), "faster-whisper: transcribe"),
    ("gpu-concurrency", "ollama", "/api/generate", Fault(status=500, body=b'{"error":"CUDA out of memory"}'), "ollama"),
    ("gpu-slices", "kubernetes", "/api/v1/nodes", Fault(status=403, body=b'{"kind":"Status","code":403}'), "HTTP 403"),
    ("gpu-slices", "kubernetes", "/api/v1/nodes", Fault(body=b"<html>"), "no JSON"),
    ("access-points", "open_webui", "/health", Fault(status=503), "answered HTTP 503"),
    ("access-points", "a1111", "/internal/ready", Fault(sleep_seconds=STALLED), "no answer"),
]


@pytest.mark.parametrize(("check", "app", "path", "fault", "seen"), BROKEN, ids=[f"{b[0]}:{b[2]}:{b[4]}" for b in BROKEN])
def test_each_check_fails_on_each_broken_answer(
    cluster: Cluster, check: str, app: str, path: str, fault: Fault, seen: str
) -> None:
    stand_in: StandIn = getattr(cluster, app)
    for method in ("GET", "POST"):
        stand_in.faults[(method, path)] = fault
    result = cluster.run(check)
    assert result["ok"] is False
    assert seen in result["detail"], result
    assert result["fix"], result
    assert "\n" not in result["detail"] and "Traceback" not in result["detail"]


def test_wrong_credentials_fail_and_stay_out_of_the_result(cluster: Cluster) -> None:
    (cluster.folder / "credentials" / "WEBUI_AUTH_PASS").write_text("wrong-pass")
    result = cluster.run("stable-diffusion")
    assert not result["ok"] and "401" in result["detail"]
    assert "wrong-pass" not in json.dumps(result) and PASSWORD not in json.dumps(result)
    assert "rollout restart deployment/stable-diffusion" in result["fix"]


def test_missing_credentials_name_the_secret(cluster: Cluster) -> None:
    (cluster.folder / "credentials" / "WEBUI_AUTH_USER").unlink()
    result = cluster.run("stable-diffusion")
    assert not result["ok"] and "stable-diffusion-secrets" in result["fix"]


def test_a_refused_connection_is_a_failure_not_a_traceback(cluster: Cluster) -> None:
    for check in ("ollama", "open-webui", "faster-whisper", "stable-diffusion", "access-points"):
        path = cluster.plan(check)
        plan = json.loads(path.read_text())
        for section in ("ollama", "open-webui", "faster-whisper", "stable-diffusion"):
            if section in plan:
                plan[section]["url"] = "http://127.0.0.1:9"  # discard: nothing listens
        for point in plan.get("access-points", []):
            point["port"] = 9
        plan["_folder"] = str(cluster.folder)
        result = checks.run_check(plan, check)
        assert result["ok"] is False and ("cannot connect" in result["detail"] or "refused" in result["detail"]), result


def test_the_node_advertising_one_slice_points_at_the_operator_values(cluster: Cluster) -> None:
    nodes = [standins.node("gpu-1", {"nvidia.com/gpu.present": "true"}, {"nvidia.com/gpu": "1"})]
    cluster.kubernetes.routes[("GET", "/api/v1/nodes")] = lambda _, __: (200, {}, json.dumps({"items": nodes}).encode())
    result = cluster.run("gpu-slices")
    assert not result["ok"]
    assert result["detail"] == "node gpu-1 advertises nvidia.com/gpu 1, planned 4"
    assert "valuesFrom" in result["fix"] and "gpu-operator/gpu-operator-time-slicing-values" in result["fix"]


def test_no_gpu_node_and_a_bad_token_are_told_apart(cluster: Cluster) -> None:
    cluster.kubernetes.routes.update(standins.kubernetes(TOKEN, [standins.node("cpu-1", {}, {})]).routes)
    assert "no node carries nvidia.com/gpu.present=true" in cluster.run("gpu-slices")["detail"]
    (cluster.folder / "token").write_text("stolen")
    result = cluster.run("gpu-slices")
    assert "HTTP 401" in result["detail"] and "ClusterRole" in result["fix"]


def test_a_model_still_being_pulled_is_waited_for(cluster: Cluster) -> None:
    calls = []
    models: dict[str, list[dict[str, str]]] = {"models": []}

    def tags(_: Any, __: bytes) -> standins.Answer:
        calls.append(1)
        if len(calls) > 2:
            models["models"] = [{"name": "llama3.2:latest"}]
        return 200, {}, json.dumps(models).encode()

    cluster.ollama.routes[("GET", "/api/tags")] = tags
    path = cluster.plan("ollama")
    plan = json.loads(path.read_text())
    plan.update(_folder=str(cluster.folder), deadlines={"ollama": 5.0})
    assert checks.run_check(plan, "ollama")["ok"] is True
    assert len(calls) == 3


def test_the_script_prints_one_result_line_and_sets_its_exit_code(cluster: Cluster) -> None:
    for fault, code in ((None, 0), (Fault(status=401), 1)):
        cluster.whisper.faults.clear()
        if fault:
            cluster.whisper.faults[("POST", "/asr")] = fault
        plan = cluster.plan("faster-whisper")
        run = subprocess.run(
            [sys.executable, str(ROOT / "lib/homelab_ai/verify/checks.py"), str(plan), "faster-whisper"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == code, run.stderr
        lines = run.stdout.splitlines()
        assert len(lines) == 1 and lines[0].startswith(checks.RESULT_PREFIX)
        result = json.loads(lines[0][len(checks.RESULT_PREFIX) :])
        assert result["check"] == "faster-whisper" and result["ok"] is (code == 0)
        assert isinstance(result["seconds"], float)


def test_the_script_refuses_an_unknown_check(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, checks.__file__, str(tmp_path / "plan.json"), "nope"], capture_output=True, text=True)
    assert run.returncode == 2 and "usage" in run.stderr and not run.stdout


def test_the_script_imports_only_the_standard_library() -> None:
    code = (
        "import sys; sys.path[:] = [p for p in sys.path if 'site-packages' not in p]; "
        f"import runpy; runpy.run_path({checks.__file__!r}, run_name='not_main')"
    )
    run = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_all_runs_every_check_from_the_merged_plan(cluster: Cluster) -> None:
    from cdk8s import App

    from homelab_ai import AiNamespaceChart
    from homelab_ai.verify import VerifyChart

    app = App()
    AiNamespaceChart(app, "ai")
    plan = VerifyChart(app, "ai-verify", namespace="ai").plan()
    assert set(plan["deadlines"]) == set(checks.CHECKS)
    # Point the merged plan at the stand-ins the way each check's plan is.
    for check in checks.CHECKS:
        own = json.loads(cluster.plan(check).read_text())
        plan.update({k: v for k, v in own.items() if k not in ("deadlines", "fixes")})
        plan["deadlines"][check] = own["deadlines"][check]
    path = cluster.folder / "all.json"
    path.write_text(json.dumps(plan))
    run = subprocess.run([sys.executable, checks.__file__, str(path), "all"], capture_output=True, text=True, timeout=120)
    results = [json.loads(line[len(checks.RESULT_PREFIX) :]) for line in run.stdout.splitlines()]
    assert [r["check"] for r in results] == list(checks.CHECKS)
    assert all(r["ok"] for r in results), results
    assert run.returncode == 0
    cluster.whisper.faults[("POST", "/asr")] = Fault(status=500)
    run = subprocess.run([sys.executable, checks.__file__, str(path), "all"], capture_output=True, text=True, timeout=120)
    failed = [json.loads(line[len(checks.RESULT_PREFIX) :])["check"] for line in run.stdout.splitlines() if '"ok": false' in line]
    assert (run.returncode, failed) == (1, ["faster-whisper", "gpu-concurrency"])
