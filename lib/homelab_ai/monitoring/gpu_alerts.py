"""The alerts on each GPU node's cards: the exporter, the advertised resources, VRAM, XID errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from homelab_ai.monitoring.alert import EXPORTER_JOB, MIB, Alert, label, number, selector
from homelab_ai.monitoring.figures import Figures, NodeWatch

if TYPE_CHECKING:
    from homelab_ai.monitoring.chart import MonitoringSettings


def _card(node: NodeWatch, metric: str) -> str:
    """A card's (or MIG instance's) value of a device metric, once, whatever the pods copied onto it."""
    return f"max by (node, UUID, GPU_I_ID) ({selector(metric, node=node.name)})"


def gpu_node_alerts(node: NodeWatch, settings: MonitoringSettings) -> list[Alert]:
    on = f" on {node.name}" if node.name else ""
    extra = {"node": node.name} if node.name else {}
    card = f"the {node.card} ({node.card_gb:g} GB)"
    card_mib = node.card_gb * MIB
    total = " + ".join(_card(node, f"DCGM_FI_DEV_FB_{part}") for part in ("USED", "FREE", "RESERVED"))
    alerts = [
        Alert(
            name="HomelabAiGpuExporterDown",
            group="homelab-ai.gpu",
            expr=f"absent({selector('up', job=EXPORTER_JOB, node=node.name)} == 1)",
            for_minutes=10,
            severity="critical",
            summary=f"dcgm-exporter is not scraped{on}",
            description=(
                f"No dcgm-exporter target is up{on}, where the plan puts {node.gpus} x {node.card}: every GPU alert is blind."
            ),
            threshold=f"an exporter up{on}",
            labels=extra,
        )
    ]
    for resource, count in node.resources.items():
        metric = selector("kube_node_status_allocatable", node=node.name, resource=label(resource))
        alerts.append(
            Alert(
                name="HomelabAiGpuResourcesNotAsPlanned",
                group="homelab-ai.gpu",
                expr=f"({metric} != {count}) or absent({metric})",
                for_minutes=10,
                severity="critical",
                summary=f"{{{{ $labels.node }}}} does not advertise the planned {resource}",
                description=(
                    f"The plan gives {node.title} {count} {resource} ({node.sharing}, {node.gpus} x {node.card}); "
                    "the node advertises another count or none, so GPU pods wait Pending or share differently."
                ),
                threshold=f"{count} {resource}{on}",
                labels={**extra, "resource": label(resource)},
            )
        )
    ratio = settings.vram_full_ratio
    alerts.append(
        Alert(
            name="HomelabAiGpuVramNearFull",
            group="homelab-ai.gpu",
            expr=f"{_card(node, 'DCGM_FI_DEV_FB_USED')} / ({total}) > {number(ratio)}",
            for_minutes=5,
            severity="critical",
            summary="GPU {{ $labels.UUID }} on {{ $labels.node }} is nearly out of VRAM",
            description=(
                f"VRAM used is above {ratio:.0%} of {card}"
                + (
                    " MIG instance: the app on it fails its next allocation (CUDA out of memory)."
                    if node.mig
                    else ": time-slicing isolates no memory, so the next allocation of any app on this card "
                    "fails (CUDA out of memory)."
                )
            ),
            threshold=f"{ratio:.0%} of {card}",
            labels=extra,
        )
    )
    tolerance = settings.card_size_tolerance
    alerts.append(
        Alert(
            name="HomelabAiGpuCardNotAsPlanned",
            group="homelab-ai.gpu",
            # A MIG card's instances add up to the card.
            expr=f"abs(sum by (node, UUID) ({total}) - {number(card_mib)}) > {number(tolerance * card_mib)}",
            for_minutes=15,
            severity="warning",
            summary="GPU {{ $labels.UUID }} on {{ $labels.node }} is not the planned card",
            description=(
                f"The card's memory differs by more than {tolerance:.0%} from {card} that the plan checks "
                "every VRAM figure against."
            ),
            threshold=f"{card_mib:g} MiB ± {tolerance:.0%}{on}",
            labels=extra,
        )
    )
    heavy = node.heavy_gb
    if node.apps and heavy < node.card_gb * node.gpus:
        names = ", ".join(f"{app.name} {app.max_gb:g} GB" for app in node.apps)
        alerts.append(
            Alert(
                name="HomelabAiGpuVramAbovePlan",
                group="homelab-ai.gpu",
                expr=f"sum by (node) ({_card(node, 'DCGM_FI_DEV_FB_USED')}) > {number(heavy * MIB)}",
                for_minutes=10,
                severity="warning",
                summary="VRAM on {{ $labels.node }} is above the plan's heavy end",
                description=(
                    f"VRAM used is above {heavy:g} GB, the heavy end of every app the plan puts on {node.title} "
                    f"({names}): an app outgrew its figure, or something unplanned uses the card."
                ),
                threshold=f"{heavy:g} GB ({names}){on}",
                labels=extra,
            )
        )
    alerts.append(
        Alert(
            name="HomelabAiGpuXidError",
            group="homelab-ai.gpu",
            expr=f"{_card(node, 'DCGM_FI_DEV_XID_ERRORS')} > 0",
            for_minutes=0,
            severity="critical",
            summary="GPU {{ $labels.UUID }} on {{ $labels.node }} reported an XID error",
            description=f"The driver reported an XID error on {card}{on}; the value is the XID code.",
            threshold="any XID code",
            labels=extra,
        )
    )
    return alerts


def app_vram_alerts(figures: Figures) -> list[Alert]:
    alerts = []
    for node in figures.nodes:
        for app in node.apps:
            metric = selector("DCGM_FI_DEV_FB_USED", namespace=app.namespace, pod=app.pod_regex + "~")
            alerts.append(
                Alert(
                    name="HomelabAiAppVramAbovePlan",
                    group="homelab-ai.gpu",
                    expr=f"max by (namespace, pod) ({metric}) > {number(app.max_gb * MIB)}",
                    for_minutes=10,
                    severity="warning",
                    summary="{{ $labels.pod }} uses more VRAM than the plan gives it",
                    description=(
                        f"{app.name} uses more than {app.max_gb:g} GB, the heavy end the plan counts for it "
                        f"({app.basis}): the apps sharing its card may run out of memory."
                    ),
                    threshold=f"{app.max_gb:g} GB for {app.name}",
                    labels={"app": app.name},
                )
            )
    return alerts
