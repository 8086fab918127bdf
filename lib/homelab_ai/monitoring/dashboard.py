"""The Grafana dashboard, built with Grafana's own Python SDK (grafana-foundation-sdk): per node,
VRAM used against the card and the plan's heavy end, GPU slices advertised and requested; each
app's ready replicas; each volume against its planned size.

The SDK is imported only here, when a MonitoringChart renders its dashboard.
"""

from __future__ import annotations

import json
from typing import Any

from grafana_foundation_sdk.builders import dashboard as board
from grafana_foundation_sdk.builders import prometheus, stat, timeseries
from grafana_foundation_sdk.builders.common import GraphThresholdsStyleConfig
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.common import GraphThresholdsStyleMode
from grafana_foundation_sdk.models.dashboard import DataSourceRef, Threshold, ThresholdsMode

from homelab_ai.monitoring.alert import label, selector
from homelab_ai.monitoring.figures import Figures, NodeWatch

# kube-prometheus-stack provisions its Prometheus data source with this uid
# (grafana.sidecar.datasources.uid, charts/kube-prometheus-stack/values.yaml, 88.5.3).
DATASOURCE = DataSourceRef(type_val="prometheus", uid="prometheus")
UID = "homelab-ai-plan"


def _query(expr: str, legend: str, ref: str = "A") -> prometheus.Dataquery:
    return prometheus.Dataquery().expr(expr).legend_format(legend).ref_id(ref).datasource(DATASOURCE)


def _lines(*steps: tuple[float | None, str]) -> board.ThresholdsConfig:
    return board.ThresholdsConfig().mode(ThresholdsMode.ABSOLUTE).steps([Threshold(value=v, color=c) for v, c in steps])


def _vram_panel(node: NodeWatch) -> timeseries.Panel:
    card = node.card_gb * node.gpus
    used = f"sum by (node) (max by (node, UUID) ({selector('DCGM_FI_DEV_FB_USED', node=node.name)})) / 1024"
    heavy = [(node.heavy_gb, "orange")] if node.apps and node.heavy_gb < card else []
    return (
        timeseries.Panel()
        .title(f"{node.title}: VRAM used (GiB)")
        .description(
            f"Dashed lines: the plan's heavy end of its apps ({node.heavy_gb:g} GB) when below the card, "
            f"and the card ({node.gpus} x {node.card}, {node.card_gb:g} GB)."
        )
        .datasource(DATASOURCE)
        .with_target(_query(used, "{{node}} used"))
        .unit("decgbytes")
        .min(0)
        .max(card)
        .thresholds(_lines((None, "green"), *heavy, (card, "red")))
        .thresholds_style(GraphThresholdsStyleConfig().mode(GraphThresholdsStyleMode.DASHED))
        .height(8)
        .span(16)
    )


def _slices_panel(node: NodeWatch) -> stat.Panel:
    panel = stat.Panel().title(f"{node.title}: GPU resources").datasource(DATASOURCE).height(8).span(8)
    refs = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for resource, count in node.resources.items():
        advertised = selector("kube_node_status_allocatable", node=node.name, resource=label(resource))
        requested = selector("kube_pod_container_resource_requests", node=node.name, resource=label(resource))
        panel = panel.with_target(_query(f"sum({advertised})", f"{resource} advertised (plan {count})", next(refs)))
        panel = panel.with_target(
            _query(f"sum({requested})", f"{resource} requested (plan {node.requested.get(resource, 0)})", next(refs))
        )
    return panel


def build_dashboard(figures: Figures, *, title: str) -> dict[str, Any]:
    """The dashboard's JSON model for ``figures``."""
    builder = board.Dashboard(title).uid(UID).tags(["homelab-ai", "gpu"]).refresh("1m").time("now-6h", "now")
    for node in figures.nodes:
        builder = builder.with_row(board.Row(f"GPU: {node.title}"))
        builder = builder.with_panel(_vram_panel(node)).with_panel(_slices_panel(node))
    builder = builder.with_row(board.Row("Apps"))
    for app in figures.apps:
        if app.kind == "Deployment":
            metric = selector("kube_deployment_status_replicas_available", namespace=app.namespace, deployment=app.name)
        else:
            metric = selector("kube_statefulset_status_replicas_ready", namespace=app.namespace, statefulset=app.name)
        builder = builder.with_panel(
            stat.Panel()
            .title(f"{app.name}: ready replicas (plan {app.replicas})")
            .datasource(DATASOURCE)
            .with_target(_query(metric, app.name))
            .thresholds(_lines((None, "red"), (app.replicas, "green")))
            .height(4)
            .span(6)
        )
    builder = builder.with_row(board.Row("Volumes"))
    for volume in figures.volumes:
        used = selector("kubelet_volume_stats_used_bytes", namespace=volume.namespace, persistentvolumeclaim=volume.name)
        builder = builder.with_panel(
            timeseries.Panel()
            .title(f"{volume.name}: used of {volume.size_bytes / 2**30:g}Gi planned")
            .datasource(DATASOURCE)
            .with_target(_query(used, volume.name))
            .unit("bytes")
            .min(0)
            .max(volume.size_bytes)
            .thresholds(_lines((None, "green"), (volume.size_bytes, "red")))
            .thresholds_style(GraphThresholdsStyleConfig().mode(GraphThresholdsStyleMode.DASHED))
            .height(6)
            .span(12)
        )
    model: dict[str, Any] = json.loads(JSONEncoder(sort_keys=True).encode(builder.build()))
    return model
