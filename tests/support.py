"""Shared helpers: synthesize small charts and look objects up in the result."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from cdk8s import App, Chart, Size
from cdk8s_plus_28 import k8s

from homelab_ai import DefaultDenyIngress, HealthCheck, Resources, Workload

ROOT = Path(__file__).resolve().parent.parent


def files_digest(paths: Iterable[Path]) -> str:
    """A digest of the files among ``paths`` (byte code aside), each with its path in the
    repository: what a step that is skipped while its inputs stay the same is keyed by."""
    hasher = hashlib.sha256()
    for path in paths:
        if path.is_file() and "__pycache__" not in path.parts:
            hasher.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def require_tool(name: str, install: str) -> str:
    """The path of a tool of the field (promtool, espeak-ng) a test needs.

    A workstation without it skips the test, with the command that installs it; in CI (``CI``
    set, as ``.ci/run`` runs) a missing tool fails the test: ``.ci/run`` installs each one.
    """
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not on the PATH: {install}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (.ci/run installs it)")
    pytest.skip(message)


Manifest = dict[str, Any]


def new_chart(namespace: str | None = "ai") -> Chart:
    """A chart in a fresh App, with the library's naming (no hashes) and its namespace's default deny.

    The App's checks run whenever a chart is rendered, and refuse pods in a namespace that does
    not deny ingress by default.
    """
    chart = Chart(App(), "test", namespace=namespace, disable_resource_name_hashes=True)
    if namespace is not None:
        DefaultDenyIngress(chart, "DefaultDeny")
    return chart


def synth(build: Callable[[Chart], object], namespace: str | None = "ai") -> list[Manifest]:
    """Builds a chart with ``build`` and returns its manifests."""
    chart = new_chart(namespace)
    build(chart)
    return list(chart.to_json())


def find(manifests: list[Manifest], kind: str, name: str) -> Manifest:
    """The one manifest of ``kind`` named ``name``."""
    matches = [m for m in manifests if m["kind"] == kind and m["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind} {name!r}, found {len(matches)}"
    return matches[0]


def container(manifest: Manifest) -> Manifest:
    """The single container of a Deployment or StatefulSet."""
    containers = manifest["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    result: Manifest = containers[0]
    return result


def small_resources() -> Resources:
    return Resources(cpu_request=0.5, cpu_limit=1, memory_request=Size.mebibytes(256), memory_limit=Size.gibibytes(1))


def quick_health() -> HealthCheck:
    return HealthCheck(path="/healthz", startup_budget_seconds=60)


def l1_gpu_deployment(chart: Chart, name: str, gpus: int, *, resource: str = "nvidia.com/gpu") -> k8s.KubeDeployment:
    """A hardened GPU Deployment written with the L1 classes, as a user without this library would
    (cdk8s-plus has no extended resources, and cdk8s drops a JSON patch on an L1 object's quantities)."""
    labels = {"app": name}
    container = k8s.Container(
        name=name,
        image=f"ghcr.io/example/{name}:1.2.3",
        resources=k8s.ResourceRequirements(limits={resource: k8s.Quantity.from_number(gpus)}),
        startup_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_number(8188))),
        security_context=k8s.SecurityContext(allow_privilege_escalation=False, capabilities=k8s.Capabilities(drop=["ALL"])),
    )
    return k8s.KubeDeployment(
        chart,
        name.title(),
        metadata=k8s.ObjectMeta(name=name),
        spec=k8s.DeploymentSpec(
            selector=k8s.LabelSelector(match_labels=labels),
            strategy=k8s.DeploymentStrategy(type="Recreate"),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(automount_service_account_token=False, containers=[container]),
            ),
        ),
    )


def web_workload(chart: Chart, **overrides: Any) -> Workload:
    """A small CPU Workload named ``web``; ``overrides`` replace any prop."""
    props: dict[str, Any] = {
        "name": "web",
        "image": "ghcr.io/example/web:1.2.3",
        "port": 8080,
        "resources": small_resources(),
        "health": quick_health(),
        **overrides,
    }
    return Workload(chart, "Web", **props)
