"""Shared helpers: synthesize small charts and look objects up in the result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cdk8s import App, Chart, Size

from homelab_ai import DefaultDenyIngress, HealthCheck, Resources

ROOT = Path(__file__).resolve().parent.parent
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
