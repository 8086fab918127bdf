"""The one way the workstation checks talk to the cluster: ``kubectl``, behind a small runner.

Every call goes through a ``Runner`` (argv after ``kubectl``, optional stdin), so tests answer
with recorded API objects and the checks stay pure functions of what ``kubectl ... -o json``
returns. Nothing secret passes through argv: objects reach ``kubectl create`` on stdin, and
Secrets are only ever listed by name.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Manifest = dict[str, Any]


@dataclass(frozen=True)
class Completed:
    """What one kubectl call returned."""

    code: int
    stdout: str
    stderr: str

    @property
    def error(self) -> str:
        """The first line kubectl printed on failure, for a one-line message."""
        lines = [line.strip() for line in (self.stderr or self.stdout).splitlines() if line.strip()]
        return lines[0] if lines else f"kubectl exited with {self.code}"


Runner = Callable[[Sequence[str], "str | None"], Completed]


class KubectlMissing(Exception):
    """kubectl is not on the PATH."""


class KubectlError(Exception):
    """A kubectl call failed; the message is kubectl's first line."""


def subprocess_runner(timeout_seconds: float = 120) -> Runner:
    """Runs the real ``kubectl`` from the PATH; a call that hangs past ``timeout_seconds`` fails."""

    def run(args: Sequence[str], stdin: str | None) -> Completed:
        try:
            done = subprocess.run(
                ["kubectl", *args], input=stdin, capture_output=True, text=True, timeout=timeout_seconds, check=False
            )
        except FileNotFoundError as error:
            raise KubectlMissing("kubectl is not on the PATH: install it (https://kubernetes.io/docs/tasks/tools/)") from error
        except subprocess.TimeoutExpired:
            return Completed(124, "", f"kubectl {' '.join(args[:3])} did not answer within {timeout_seconds:.0f} s")
        return Completed(done.returncode, done.stdout, done.stderr)

    return run


class Kubectl:
    """kubectl on one context, with a bounded time per request.

    Args:
        runner: Runs one call; defaults to the real kubectl.
        context: The kubeconfig context; defaults to the current one.
        request_seconds: kubectl's ``--request-timeout`` for each call.
    """

    def __init__(self, runner: Runner | None = None, *, context: str | None = None, request_seconds: int = 20) -> None:
        self.runner = runner or subprocess_runner(request_seconds + 30)
        self.context = context
        self.request_seconds = request_seconds

    def run(self, *args: str, stdin: str | None = None, request_seconds: int | None = None) -> Completed:
        """One kubectl call on the context, with its request timeout."""
        seconds = request_seconds or self.request_seconds
        flags = ([f"--context={self.context}"] if self.context else []) + [f"--request-timeout={seconds}s"]
        return self.runner([*args, *flags], stdin)

    def items(self, resource: str, *, namespace: str | None = None, selector: str | None = None) -> list[Manifest]:
        """The objects ``kubectl get <resource> -o json`` lists (all namespaces when ``namespace`` is ``None``).

        Raises:
            KubectlError: kubectl failed (no such resource type, forbidden, ...).
        """
        scope = ["-n", namespace] if namespace else ["-A"]
        done = self.run("get", resource, *scope, *(["-l", selector] if selector else []), "-o", "json")
        if done.code != 0:
            raise KubectlError(done.error)
        try:
            listed = json.loads(done.stdout)
        except json.JSONDecodeError as error:
            raise KubectlError(f"kubectl get {resource} printed no JSON: {error}") from error
        items: list[Manifest] = listed.get("items", [listed] if listed.get("kind") not in (None, "List") else [])
        return items

    def names(self, resource: str, *, namespace: str) -> set[str]:
        """The names of a namespace's objects (``-o name``): for Secrets, whose values must not reach this process."""
        done = self.run("get", resource, "-n", namespace, "-o", "name")
        if done.code != 0:
            raise KubectlError(done.error)
        return {line.strip().rpartition("/")[2] for line in done.stdout.splitlines() if line.strip()}

    def current_context(self) -> str:
        """The context's name, for messages."""
        if self.context:
            return self.context
        done = self.runner(["config", "current-context"], None)
        return done.stdout.strip() if done.code == 0 and done.stdout.strip() else "(none set)"


def unreachable(kubectl: Kubectl) -> str | None:
    """Why no cluster answers through ``kubectl`` (one line), or ``None`` when one does.

    Raises:
        KubectlMissing: kubectl is not installed.
    """
    version = kubectl.run("version", "-o", "json", request_seconds=5)
    try:
        server = json.loads(version.stdout).get("serverVersion") if version.stdout.strip() else None
    except json.JSONDecodeError:
        server = None
    if version.code != 0 or not server:
        return f"no cluster reachable through kubectl context {kubectl.current_context()}: {version.error}"
    ready = kubectl.run("get", "--raw", "/readyz", request_seconds=5)
    if ready.code != 0 or ready.stdout.strip() != "ok":
        return f"the cluster of kubectl context {kubectl.current_context()} is not ready (/readyz): {ready.error}"
    return None
