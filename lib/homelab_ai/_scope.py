"""Where an object lands: its namespace and the labels every object of the library carries."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import App, Chart
from constructs import Construct

from homelab_ai import _validate

# The construct context key naming the project objects are part of (app.kubernetes.io/part-of).
# ``synth.run`` sets it on the App from its ``project``; ``AiNamespaceChart`` falls back to
# ``homelab-ai``; objects of an App without it carry no part-of label: they are the user's.
PART_OF_CONTEXT = "homelab-ai:part-of"
MANAGED_BY = "cdk8s"


def namespace_of(construct: Construct, namespace: str | None, *, parent: Construct) -> str:
    """The namespace given, else that of ``parent``'s chart; a namespaced object without one is an error.

    Objects never fall back to ``default``: a workload that lands there by accident is invisible
    to the namespace's policies and to the person looking for it.
    """
    chosen = namespace if namespace is not None else chart_of(parent).namespace
    if chosen is None:
        raise _validate.fail(
            construct,
            "namespace",
            "is not set and the chart has none: pass namespace=... or create the chart with Chart(..., namespace=...)",
        )
    return _validate.dns_label(construct, "namespace", chosen)


def identity_labels(name: str) -> dict[str, str]:
    """Selector labels: the app's name and nothing that ever changes (no version, no image tag)."""
    return {"app.kubernetes.io/name": name}


def ownership_labels(parent: Construct) -> dict[str, str]:
    """The recommended labels that say which project and tool own an object built under ``parent``."""
    part_of = chart_of(parent).part_of
    owner = {"app.kubernetes.io/part-of": part_of} if part_of else {}
    return {**owner, "app.kubernetes.io/managed-by": MANAGED_BY}


def metadata_labels(parent: Construct, name: str) -> dict[str, str]:
    """Labels for object metadata: identity plus the ownership labels."""
    return {**identity_labels(name), **ownership_labels(parent)}


@dataclass(frozen=True)
class ChartInfo:
    """What constructs need of their chart, read once per parent: every jsii read is a round trip."""

    chart: Chart
    namespace: str | None
    part_of: str | None


def chart_of(parent: Construct) -> ChartInfo:
    """The chart ``parent`` is in (or is), cached on ``parent``, usually the chart itself."""
    cached: ChartInfo | None = getattr(parent, "_homelab_ai_chart", None)
    if cached is None:
        chart = parent if isinstance(parent, Chart) else Chart.of(parent)
        part_of = parent.node.try_get_context(PART_OF_CONTEXT)
        cached = ChartInfo(chart=chart, namespace=chart.namespace, part_of=str(part_of) if part_of else None)
        parent._homelab_ai_chart = cached  # type: ignore[attr-defined]
    return cached


def folder_of(chart: Chart) -> str:
    """The dist/ folder (and Flux layer name) of a chart: its path with '/' as '-', lower-cased."""
    cached: str | None = getattr(chart, "_homelab_ai_folder", None)
    if cached is None:
        cached = chart.node.path.replace("/", "-").lower()
        chart._homelab_ai_folder = cached  # type: ignore[attr-defined]
    return cached


def chart_created(chart: Chart, scope: Construct, id: str) -> None:
    """Records the folder of a chart the library creates, known from where it is created: a
    chart's path is its id under the App, its parent's path and its id below another chart."""
    parent: str | None = getattr(scope, "_homelab_ai_folder", None)
    if "/" in id:  # constructs rewrites it in the path: ask the path itself
        return
    if isinstance(scope, App):
        chart._homelab_ai_folder = id.lower()  # type: ignore[attr-defined]
    elif parent is not None:
        chart._homelab_ai_folder = f"{parent}-{id.lower()}"  # type: ignore[attr-defined]


def claim_for_project(chart: Chart, namespace: str | None) -> None:
    """Makes the objects of one of the library's own charts part of the App's project, else of
    ``homelab-ai``, and records the chart's info (its namespace is ``namespace``)."""
    node = chart.node
    part_of = node.try_get_context(PART_OF_CONTEXT)
    if part_of is None:
        part_of = "homelab-ai"
        node.set_context(PART_OF_CONTEXT, part_of)
    chart._homelab_ai_chart = ChartInfo(chart=chart, namespace=namespace, part_of=str(part_of))  # type: ignore[attr-defined]


def sub_chart(chart: Chart, parent: Chart, id: str) -> None:
    """Records the folder and info of ``chart``, created as ``id`` under ``parent`` without a
    namespace of its own."""
    chart_created(chart, parent, id)
    chart._homelab_ai_chart = ChartInfo(chart=chart, namespace=None, part_of=chart_of(parent).part_of)  # type: ignore[attr-defined]


def inherit(construct: Construct, parent: Construct) -> None:
    """Gives ``construct`` its parent's chart info, so its own children find it without a jsii round trip."""
    construct._homelab_ai_chart = chart_of(parent)  # type: ignore[attr-defined]
