"""`make verify` runs the verify layer's in-cluster checks now, as copies that are always deleted;
and end to end, with a fake kubectl on the PATH."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from homelab_ai.verify import cluster_jobs
from homelab_ai.verify.kubectl import Completed
from tests import verify_cluster as vc
from tests.fake_kubectl import FakeCluster, failures, row, verify
from tests.support import ROOT

DIST = ROOT / "dist"
Manifest = dict[str, Any]
SLICES = vc._planned_slices(vc.dist_objects(DIST))


# --- the in-cluster checks, run now -------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(DIST, tmp_path / "dist")
    vc.add_verify_layer(tmp_path / "dist")
    return tmp_path


def all_pass() -> dict[str, str]:
    return {c: f"starting {c}\n{vc.result_line(c, True, 'answered')}\n" for c in vc.CHECK_IDS}


def test_in_cluster_checks_run_as_fresh_copies_and_are_deleted(root: Path) -> None:
    cluster = FakeCluster(vc.healthy(DIST), logs=all_pass())
    code, rows, _ = verify(cluster, "--timeout", "5", root=root)
    assert code == 0, failures(rows)
    assert {r["check"] for r in rows} >= set(vc.CHECK_IDS)
    assert all(set(r) == {"check", "result", "ok", "detail", "fix", "seconds"} for r in rows)
    assert row(rows, "ollama")["seconds"] == 1.5 and row(rows, "ollama")["detail"] == "answered"
    assert row(rows, "node/gpu-ada")["result"] == "pass"  # from plan.json
    creates = [c for c in cluster.calls if c[:3] == ["create", "-f", "-"]]
    assert len(creates) == 1
    dist_names = {p.stem for p in (root / "dist" / "ai-verify").glob("job-*.yaml")}
    assert not [o for o in cluster.objects if o["kind"] == "Job"], "the copies were not deleted"
    assert not [o for o in cluster.objects if o["kind"] == "ConfigMap" and o["metadata"]["name"].startswith("ai-verify")]
    assert any(c[0] == "delete" and cluster_jobs.RUN_LABEL in " ".join(c) for c in cluster.calls)
    assert dist_names


def test_copies_get_fresh_names_and_the_run_label() -> None:
    job: Manifest = {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {"name": "ollama-0b7e4d1", "namespace": "ai", "labels": {"homelab-ai.dev/check": "ollama"}},
        "spec": {},
    }
    (copy,) = cluster_jobs.copies([job], "abc123")
    assert copy["metadata"]["name"] == "ollama-now-abc123" and copy["metadata"]["labels"][cluster_jobs.RUN_LABEL] == "abc123"
    assert job["metadata"]["name"] == "ollama-0b7e4d1" and copy["spec"]["ttlSecondsAfterFinished"] > 0
    long = {**job, "metadata": {**job["metadata"], "labels": {"homelab-ai.dev/check": "x" * 80}}}
    assert len(cluster_jobs.copies([long], "abc123")[0]["metadata"]["name"]) <= 63


def test_config_map_is_created_only_when_missing(root: Path) -> None:
    cluster = FakeCluster(vc.healthy(DIST), logs=all_pass())
    verify(cluster, root=root)
    created = [c for c in cluster.calls if c[:1] == ["create"]]
    assert created
    present = FakeCluster(vc.healthy(DIST), logs=all_pass())
    config = next(o for o in vc.dist_objects(root / "dist" / "ai-verify") if o["kind"] == "ConfigMap")
    present.objects.append(vc.config_map(config))
    sent: list[str] = []
    real = present.__call__

    def record(args: Any, stdin: str | None) -> Completed:
        if stdin:
            sent.append(stdin)
        return real(args, stdin)

    verify(record, root=root)
    assert sent and all(i["kind"] == "Job" for i in json.loads(sent[0])["items"])
    assert any(o["kind"] == "ConfigMap" and o["metadata"]["name"] == config["metadata"]["name"] for o in present.objects), (
        "deleted a ConfigMap it did not create"
    )


def test_failed_in_cluster_check_shows_its_fix(root: Path) -> None:
    logs = all_pass()
    logs["faster-whisper"] = vc.result_line("faster-whisper", False, "transcript lacks 'homelab'", "check the model") + "\n"
    code, rows, _ = verify(FakeCluster(vc.healthy(DIST), logs=logs), root=root)
    found = row(rows, "faster-whisper")
    assert code == 1 and found["result"] == "fail" and found["fix"] == "check the model" and "homelab" in found["detail"]


def test_check_that_never_schedules_times_out_with_the_pod_reason(root: Path) -> None:
    cluster = FakeCluster(vc.healthy(DIST), logs=all_pass(), stuck=["gpu-concurrency"])
    code, rows, _ = verify(cluster, "--timeout", "0", root=root)
    found = row(rows, "gpu-concurrency")
    assert code == 1 and "did not finish within 0 s" in found["detail"] and "Insufficient nvidia.com/gpu" in found["detail"]
    assert not [o for o in cluster.objects if o["kind"] == "Job"]


def test_check_without_a_result_line(root: Path) -> None:
    logs = all_pass()
    logs["ollama"] = "Traceback (most recent call last):\nConnectionRefusedError\n"
    _, rows, _ = verify(FakeCluster(vc.healthy(DIST), logs=logs), root=root)
    found = row(rows, "ollama")
    assert found["result"] == "fail" and "Failed" in found["detail"] and "printed no result" in found["detail"]
    assert "exited 1" in found["detail"] and "kubectl -n ai logs ollama-now-" in found["fix"]


def test_unreadable_result_line_is_a_failure() -> None:
    rows = cluster_jobs.parse_results('VERIFY-RESULT {"check": "ollama", "ok": "yes"}\nVERIFY-RESULT not json\n')
    assert [r.failed for r in rows] == [True, True]
    good = cluster_jobs.parse_results(vc.result_line("ollama", True, "2 models", seconds=3.25))
    assert [(r.check, r.failed, r.detail, r.seconds) for r in good] == [("ollama", False, "2 models", 3.25)]


def test_ctrl_c_while_waiting_still_deletes_the_copies(root: Path) -> None:
    cluster = FakeCluster(vc.healthy(DIST), logs=all_pass())
    real = cluster.__call__

    def interrupt(args: Any, stdin: str | None) -> Completed:
        if args[:2] == ["get", "jobs"]:
            raise KeyboardInterrupt
        return real(args, stdin)

    code, _, err = verify(interrupt, root=root)
    assert code == 130 and "interrupted" in err
    assert not [o for o in cluster.objects if o["kind"] == "Job"], "the copies were left behind"


def test_skip_apps_creates_nothing(root: Path) -> None:
    cluster = FakeCluster(vc.healthy(DIST), logs=all_pass())
    verify(cluster, "--skip-apps", root=root)
    assert not [c for c in cluster.calls if c[0] in ("create", "delete")]


def test_without_a_verify_layer_the_apps_are_skipped_not_passed(tmp_path: Path) -> None:
    shutil.copytree(DIST, tmp_path / "dist")
    shutil.rmtree(tmp_path / "dist" / "ai-verify")
    code, rows, _ = verify(FakeCluster(vc.healthy(DIST)), root=tmp_path)
    assert code == 0 and row(rows, "in-cluster")["result"] == "skip"


# --- end to end: a fake kubectl on the PATH --------------------------------------------------------


def test_make_verify_end_to_end_with_a_fake_kubectl(root: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    kubectl = bin_dir / "kubectl"
    # The fake answers each call in a fresh process; homelab_ai's names load on first use, so
    # importing homelab_ai.verify.kubectl starts no jsii runtime.
    lines = [
        f"#!{sys.executable}",
        "import sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        "from tests.fake_kubectl import main",
        "sys.exit(main())",
    ]
    kubectl.write_text("\n".join(lines) + "\n")
    kubectl.chmod(0o755)
    state = tmp_path / "state.json"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "FAKE_KUBECTL_STATE": str(state)}
    command = [sys.executable, "-m", "homelab_ai.verify", "--root", str(root), "--timeout", "5"]

    FakeCluster(vc.healthy(DIST), logs=all_pass()).save(state)
    done = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(done.stdout)
    assert rows and all(r["result"] == "pass" for r in rows) and {r["check"] for r in rows} >= set(vc.CHECK_IDS)
    assert not [o for o in FakeCluster.load(state).objects if o["kind"] == "Job"]

    broken = vc.replace(vc.healthy(DIST), "Node", vc.NODE, vc.node(allocatable={next(iter(SLICES)): "1"}))
    FakeCluster(broken, logs=all_pass()).save(state)
    # The table, exit 1, through the process (the in-cluster Jobs ran in the first call).
    done = subprocess.run([*command, "--skip-apps"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "valuesFrom" in done.stdout and "Traceback" not in done.stderr

    FakeCluster(broken, reachable=False).save(state)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1 and not done.stdout
