"""Where an object lands: its namespace and the labels every object of the library carries."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from homelab_ai import _validate

PART_OF = "homelab-ai"
MANAGED_BY = "cdk8s"


def namespace_of(scope: Construct, namespace: str | None) -> str:
    """The namespace given, else the enclosing chart's; a namespaced object without one is an error.

    Objects never fall back to ``default``: a workload that lands there by accident is invisible
    to the namespace's policies and to the person looking for it.
    """
    chosen = namespace if namespace is not None else _chart_namespace(scope)
    if chosen is None:
        raise _validate.fail(
            scope,
            "namespace",
            "is not set and the chart has none: pass namespace=... or create the chart with Chart(..., namespace=...)",
        )
    return _validate.dns_label(scope, "namespace", chosen)


def identity_labels(name: str) -> dict[str, str]:
    """Selector labels: the app's name and nothing that ever changes (no version, no image tag)."""
    return {"app.kubernetes.io/name": name}


def metadata_labels(name: str) -> dict[str, str]:
    """Labels for object metadata: identity plus the recommended ownership labels."""
    return {**identity_labels(name), "app.kubernetes.io/part-of": PART_OF, "app.kubernetes.io/managed-by": MANAGED_BY}


def _chart_namespace(scope: Construct) -> str | None:
    # Cached on the scope (usually the chart): Chart.of is two jsii round trips per construct.
    if not hasattr(scope, "_homelab_ai_namespace"):
        scope._homelab_ai_namespace = Chart.of(scope).namespace  # type: ignore[attr-defined]
    cached: str | None = scope._homelab_ai_namespace  # type: ignore[attr-defined]
    return cached
