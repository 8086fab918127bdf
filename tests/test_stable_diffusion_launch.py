"""The rendered Stable Diffusion launch from dist/, run as the kubelet would run it, against a
stand-in of the image's A1111 v1.10.0 tree (tests/a1111_standin.py).

The container's command and args are taken from dist/ as they are; env is resolved and
``$(VAR)`` expanded like the kubelet does, and Secret volumes become files in a temporary
folder. Only the image's own paths are swapped for this machine's: ``/stable-diffusion-webui``
for the stand-in tree, ``/venv/bin/python`` for this interpreter, each mount path for its folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from homelab_ai import _yaml
from tests import a1111_standin
from tests.support import ROOT, Manifest

APP_DIR, PYTHON = "/stable-diffusion-webui", "/venv/bin/python"  # where the image has them
SECRET = "stable-diffusion-secrets"
STOP_SECONDS = 5.0  # far inside the kubelet's 30 s grace period


def deployment() -> Manifest:
    manifest: Manifest = _yaml.load((ROOT / "dist" / "ai" / "deployment-stable-diffusion.yaml").read_text())
    return manifest


def kubelet_env(container: Manifest, secrets: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """The container's environment: plain values with ``$(VAR)`` expanded, secretKeyRefs resolved."""
    env: dict[str, str] = {}
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = expand(item["value"], env)
        else:
            ref = item["valueFrom"]["secretKeyRef"]
            env[item["name"]] = secrets[ref["name"]][ref["key"]]
    return env


def expand(text: str, env: Mapping[str, str]) -> str:
    """Kubernetes' ``$(VAR)`` expansion (an undefined variable stays as written)."""
    return re.sub(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", lambda m: env.get(m[1], m[0]), text)


@dataclass
class Run:
    """A started launch: its process, and its output as it comes."""

    process: subprocess.Popen[bytes]
    control: Path
    lines: list[str] = field(default_factory=list)
    done: threading.Condition = field(default_factory=threading.Condition)

    def read(self, stream: Any) -> None:
        for raw in iter(stream.readline, b""):
            with self.done:
                self.lines.append(raw.decode(errors="replace"))
                self.done.notify_all()

    def output(self) -> str:
        with self.done:
            return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        with self.done:
            while not any(text in line for line in self.lines):
                left = deadline - time.monotonic()
                assert left > 0 and self.process.poll() is None, f"no {text!r} in:\n{''.join(self.lines)}"
                self.done.wait(min(left, 0.1))

    def stop(self, signals: int = 1) -> int:
        """Sends SIGTERM ``signals`` times and returns the exit status, bounded by STOP_SECONDS."""
        for _ in range(signals):
            self.process.send_signal(signal.SIGTERM)
            time.sleep(0.02)
        try:
            return self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {STOP_SECONDS} s after SIGTERM; output:\n{self.output()}")

    def get(self, path: str) -> int:
        port = (self.control / "port").read_text()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as reply:
                return int(reply.status)
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture
def credentials() -> tuple[str, str]:
    return f"sd-user-{os.urandom(6).hex()}", f"pw-{os.urandom(12).hex()}"


@pytest.fixture
def launch(tmp_path: Path, credentials: tuple[str, str]) -> Iterator[Any]:
    """Starts the rendered launch; ``launch(**stand-in env, python=...)`` returns a Run."""
    runs: list[Run] = []

    def start(python: str = sys.executable, secret: Mapping[str, str] | None = None, **standin: str) -> Run:
        user, password = credentials
        secrets = {SECRET: dict(secret or {"WEBUI_AUTH_USER": user, "WEBUI_AUTH_PASS": password})}
        root = tmp_path / f"run{len(runs)}"
        tree, control = root / "stable-diffusion-webui", root / "control"
        a1111_standin.write(tree)
        control.mkdir()
        pod = deployment()["spec"]["template"]["spec"]
        (container,) = [c for c in pod["containers"] if c["name"] == "stable-diffusion"]
        paths = {APP_DIR: str(tree), PYTHON: python}
        for mount in container.get("volumeMounts", []):
            (volume,) = [v for v in pod["volumes"] if v["name"] == mount["name"]]
            if "secret" in volume:
                folder = root / "mounts" / mount["name"]
                folder.mkdir(parents=True)
                for key, value in secrets[volume["secret"]["secretName"]].items():
                    (folder / key).write_text(value)
                    (folder / key).chmod(volume["secret"].get("defaultMode", 0o644))
                paths[mount["mountPath"]] = str(folder)
        env = kubelet_env(container, secrets)

        def local(arg: str) -> str:
            for image_path, here in paths.items():
                arg = arg.replace(image_path, here)
            return arg

        argv = [local(expand(a, env)) for a in [*container["command"], *container.get("args", [])]]
        base = {"PATH": os.environ["PATH"], "PYTHONDONTWRITEBYTECODE": "1", "STANDIN_CONTROL": str(control)}
        process = subprocess.Popen(
            argv,
            env={**base, **env, **standin},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        run = Run(process=process, control=control)
        threading.Thread(target=run.read, args=(process.stdout,), daemon=True).start()
        runs.append(run)
        return run

    yield start
    for run in runs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(run.process.pid, signal.SIGKILL)
        run.process.wait(timeout=5)


def proc_text(pid: int) -> str:
    """A process's argv and initial environment, as anyone on the node could read them."""
    return "".join(Path(f"/proc/{pid}/{name}").read_bytes().decode(errors="replace") for name in ("cmdline", "environ"))


def test_credentials_reach_a1111_but_no_argv_env_or_output(launch: Any, credentials: tuple[str, str]) -> None:
    user, password = credentials
    run = launch()
    run.wait_for("Startup time")
    shell = proc_text(run.process.pid)
    status = run.stop()
    output = run.output()
    expected = hashlib.sha256(f"{user}:{password}".encode()).hexdigest()
    # The stand-in prints what A1111 received (hashed), argv as launch_utils.start() prints it,
    # what /internal/sysinfo shows, its /proc/self/cmdline and its whole environment.
    assert f"gradio auth sha256: {expected}" in output
    assert f"api auth sha256: {expected}" in output
    assert "Launching Web UI with arguments: --listen --port 7860 --data-dir /data" in output
    for secret in (user, password):
        assert secret not in output
        assert secret not in shell
    assert status == 0


def test_launcher_refuses_credentials_a1111_would_split(launch: Any) -> None:
    password = f"pw:{os.urandom(8).hex()}"
    run = launch(secret={"WEBUI_AUTH_USER": "admin", "WEBUI_AUTH_PASS": password})
    assert run.process.wait(timeout=20) == 1
    output = run.output()
    assert "must be non-empty and hold no ':' or ','" in output
    assert password not in output


def test_readiness_waits_for_the_checkpoint(launch: Any) -> None:
    run = launch()
    run.wait_for("Startup time")
    assert run.get("/internal/ping") == 200
    assert run.get("/internal/ready") == 503
    (run.control / "load").touch()
    run.wait_for("Model loaded.")
    assert run.get("/internal/ready") == 200
    assert run.stop() == 0


def test_probes_use_the_readiness_route() -> None:
    (container,) = deployment()["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/internal/ready"
    # Liveness must not restart a pod whose checkpoint failed to load (CUDA out of memory on the
    # shared card): it would loop; the startup budget still covers the first start.
    assert container["livenessProbe"]["httpGet"]["path"] == "/internal/ping"
    assert container["startupProbe"]["httpGet"]["path"] == "/internal/ping"


def test_sigterm_before_python_starts_exits_0(launch: Any, tmp_path: Path) -> None:
    slow = tmp_path / "slow-python"
    slow.write_text(f'#!/bin/sh\necho "python not started yet"\nsleep 30\nexec {sys.executable} "$@"\n')
    slow.chmod(0o755)
    run = launch(python=str(slow))
    run.wait_for("python not started yet")
    assert run.stop() == 0


def test_sigterm_twice_before_python_starts_exits_0(launch: Any, tmp_path: Path) -> None:
    slow = tmp_path / "slow-python"
    slow.write_text(f'#!/bin/sh\necho "python not started yet"\nsleep 30\nexec {sys.executable} "$@"\n')
    slow.chmod(0o755)
    run = launch(python=str(slow))
    run.wait_for("python not started yet")
    assert run.stop(signals=2) == 0


@pytest.mark.parametrize("sigint", ["now", "never"], ids=["handler-late", "handler-never"])
def test_sigterm_before_a1111_handles_signals_exits_0(launch: Any, sigint: str) -> None:
    # A1111 imports torch for many seconds before initialize() installs its SIGINT handler.
    run = launch(STANDIN_IMPORT_SECONDS="30", STANDIN_SIGINT=sigint)
    run.wait_for("Launching Web UI with arguments")
    assert run.stop() == 0
    assert "A1111 SIGINT handler installed" not in run.output()


def test_sigterm_twice_before_a1111_handles_signals_exits_0(launch: Any) -> None:
    run = launch(STANDIN_IMPORT_SECONDS="30")
    run.wait_for("Launching Web UI with arguments")
    assert run.stop(signals=2) == 0


def test_sigterm_when_a1111_never_handles_signals_exits_0(launch: Any) -> None:
    run = launch(STANDIN_SIGINT="never")
    run.wait_for("Startup time")
    assert run.stop() == 0


@pytest.mark.parametrize("signals", [1, 2])
def test_sigterm_after_a1111_handles_signals_uses_its_handler(launch: Any, signals: int) -> None:
    run = launch()
    run.wait_for("Startup time")
    assert run.stop(signals=signals) == 0
    assert "Interrupted with signal" in run.output()
