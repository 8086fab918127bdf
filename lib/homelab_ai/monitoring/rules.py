"""The alerts: each compares a metric of the cluster with a figure of the plan.

Metrics and their labels, at the versions the library targets:

- dcgm-exporter 4.4.2-4.7.0 (pinned by GPU operator v25.10.1), ``etc/dcp-metrics-included.csv``
  (the operator's ``DCGM_EXPORTER_COLLECTORS``): ``DCGM_FI_DEV_FB_USED``, ``_FREE``, ``_RESERVED``
  in MiB and ``DCGM_FI_DEV_XID_ERRORS`` (the last XID); ``FB_TOTAL`` is not collected, so a card's
  size is ``USED + FREE + RESERVED``. With ``KUBERNETES_VIRTUAL_GPUS`` every pod sharing a card
  gets a copy of the card's series (internal/pkg/transformation/kubernetes.go), so card figures
  take the ``max`` per card before adding cards up.
- The ServiceMonitor the operator creates sets ``jobLabel: app`` (``job="nvidia-dcgm-exporter"``,
  assets/state-dcgm-exporter/0500_service_monitor.yaml); ``GpuMetrics`` adds the ``node`` label.
- kube-state-metrics: ``kube_node_status_allocatable{resource="nvidia_com_gpu"}`` (extended
  resources with ``/`` and ``.`` as ``_``), ``kube_pod_status_unschedulable``,
  ``kube_pod_container_resource_requests``, ``kube_deployment_status_replicas_available``,
  ``kube_statefulset_status_replicas_ready``, ``kube_resourcequota{type="used"}`` (the quota's
  key as written), ``kube_job_status_failed`` / ``_succeeded``; the kubelet:
  ``kubelet_volume_stats_used_bytes``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homelab_ai.monitoring.figures import Figures, NodeWatch

if TYPE_CHECKING:
    from homelab_ai.monitoring.chart import MonitoringSettings

EXPORTER_JOB = "nvidia-dcgm-exporter"
MIB = 1024  # dcgm-exporter reports MiB; the plan's VRAM figures are GiB


@dataclass(frozen=True, kw_only=True)
class Alert:
    """One alerting rule, with what the docs say of it.

    Attributes:
        name: The alert's name (several rules may share it, one per node, app or volume).
        group: The rule group.
        expr: The PromQL expression.
        for_minutes: How long it must hold before the alert fires.
        severity: ``warning`` or ``critical``.
        summary: One line, may use ``{{ $labels.x }}``.
        description: What is wrong, naming the plan's figure.
        threshold: The plan's figure in words, for the docs.
        labels: Labels the rule adds besides ``severity``.
    """

    name: str
    group: str
    expr: str
    for_minutes: int
    severity: str
    summary: str
    description: str
    threshold: str
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        """The runbook section's anchor in docs/monitoring.md (GitHub's, from the heading)."""
        return self.name.lower()


def label(name: str) -> str:
    """A Kubernetes resource name as kube-state-metrics writes it in a label (``nvidia_com_gpu``)."""
    return re.sub(r"[^a-zA-Z0-9_]", "_", name)


def selector(metric: str, **matchers: str | None) -> str:
    """``metric{a="b",...}``; ``None`` matchers are left out, values ending in ``~`` match as regex."""
    parts = []
    for key, value in matchers.items():
        if value is None:
            continue
        if value.endswith("~"):
            parts.append(f'{key}=~"{value[:-1]}"')
        else:
            parts.append(f'{key}="{value}"')
    return f"{metric}{{{','.join(parts)}}}" if parts else metric


def number(value: float) -> str:
    """A PromQL literal, without float noise."""
    return f"{value:.6g}" if abs(value) < 1e6 else str(round(value))


def build_alerts(figures: Figures, settings: MonitoringSettings) -> list[Alert]:
    """Every alert for ``figures``, in a stable order."""
    alerts: list[Alert] = []
    for node in figures.nodes:
        alerts += _gpu_node_alerts(node, settings)
    if figures.per_app_vram:
        alerts += _app_vram_alerts(figures)
    alerts += _scheduling_alerts(figures, settings)
    alerts += _app_alerts(figures)
    alerts += _storage_alerts(figures, settings)
    alerts += _quota_alerts(figures, settings)
    return alerts


def _card(node: NodeWatch, metric: str) -> str:
    """A card's value of a device metric, once per card whatever the pods copied onto it."""
    return f"max by (node, UUID) ({selector(metric, node=node.name)})"


def _gpu_node_alerts(node: NodeWatch, settings: MonitoringSettings) -> list[Alert]:
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
                f"VRAM used is above {ratio:.0%} of {card}: time-slicing isolates no memory, so the next "
                "allocation of any app on this card fails (CUDA out of memory)."
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
            expr=f"abs(({total}) - {number(card_mib)}) > {number(tolerance * card_mib)}",
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


def _app_vram_alerts(figures: Figures) -> list[Alert]:
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


def _scheduling_alerts(figures: Figures, settings: MonitoringSettings) -> list[Alert]:
    if not figures.gpu_resources or not figures.gpu_namespaces:
        return []
    namespaces = "|".join(figures.gpu_namespaces) + "~"
    resources = "|".join(label(r) for r in figures.gpu_resources) + "~"
    unschedulable = selector("kube_pod_status_unschedulable", namespace=namespaces)
    requests = selector("kube_pod_container_resource_requests", namespace=namespaces, resource=resources)
    return [
        Alert(
            name="HomelabAiGpuPodUnschedulable",
            group="homelab-ai.scheduling",
            expr=f"max by (namespace, pod) ({unschedulable}) > 0 and on (namespace, pod) ({requests} > 0)",
            for_minutes=settings.pending_minutes,
            severity="warning",
            summary="GPU pod {{ $labels.namespace }}/{{ $labels.pod }} cannot be scheduled",
            description=(
                f"A pod requesting {', '.join(figures.gpu_resources)} has waited unschedulable for "
                f"{settings.pending_minutes} minutes: the plan's slices "
                f"({', '.join(f'{n.title}: {n.resources}' for n in figures.nodes)}) are not all there, or all taken."
            ),
            threshold=f"Pending for {settings.pending_minutes} min",
        )
    ]


def _app_alerts(figures: Figures) -> list[Alert]:
    alerts = []
    for app in figures.apps:
        if app.kind == "Deployment":
            metric = selector("kube_deployment_status_replicas_available", namespace=app.namespace, deployment=app.name)
        else:
            metric = selector("kube_statefulset_status_replicas_ready", namespace=app.namespace, statefulset=app.name)
        # A first start may take the whole startup budget (model downloads): wait that long.
        minutes = max(5, math.ceil(app.startup_seconds / 60))
        alerts.append(
            Alert(
                name="HomelabAiAppUnavailable",
                group="homelab-ai.apps",
                expr=f"({metric} < 1) or absent({metric})",
                for_minutes=minutes,
                severity="critical",
                summary=f"{app.kind} {app.namespace}/{app.name} has no ready replica",
                description=(
                    f"{app.name} has had no ready replica of its {app.replicas} for {minutes} minutes, "
                    "longer than its startup budget."
                ),
                threshold=f"{app.name}: 0 of {app.replicas} ready for {minutes} min",
                labels={"app": app.name},
            )
        )
    for job in figures.jobs:
        failed = selector("kube_job_status_failed", namespace=job.namespace, job_name=job.name)
        succeeded = selector("kube_job_status_succeeded", namespace=job.namespace, job_name=job.name)
        what = f"check {job.check}" if job.check else "Job"
        alerts.append(
            Alert(
                name="HomelabAiJobFailed",
                group="homelab-ai.apps",
                expr=f"{failed} > 0 unless on (namespace, job_name) {succeeded} > 0",
                for_minutes=0,
                severity="warning",
                summary=f"{what} {job.namespace}/{job.name} failed",
                description=f"The {what} {job.name} has failed pods and has not succeeded.",
                threshold=f"{job.name}: a failed pod, no success",
                labels={"job_name": job.name, **({"check": job.check} if job.check else {})},
            )
        )
    return alerts


def _storage_alerts(figures: Figures, settings: MonitoringSettings) -> list[Alert]:
    alerts = []
    for volume in figures.volumes:
        used = selector("kubelet_volume_stats_used_bytes", namespace=volume.namespace, persistentvolumeclaim=volume.name)
        size = f"{volume.size_bytes / 2**30:g}Gi"
        ratio = settings.volume_full_ratio
        alerts.append(
            Alert(
                name="HomelabAiVolumeNearlyFull",
                group="homelab-ai.storage",
                expr=f"{used} > {number(ratio * volume.size_bytes)}",
                for_minutes=15,
                severity="warning",
                summary=f"Volume {volume.namespace}/{volume.name} is {ratio:.0%} full",
                description=f"{volume.name} holds more than {ratio:.0%} of the {size} the plan gives it.",
                threshold=f"{volume.name}: {ratio:.0%} of {size}",
                labels={"persistentvolumeclaim": volume.name},
            )
        )
        hours = settings.fill_horizon_hours
        alerts.append(
            Alert(
                name="HomelabAiVolumeFullSoon",
                group="homelab-ai.storage",
                expr=f"predict_linear({used}[6h], {hours * 3600}) > {volume.size_bytes}",
                for_minutes=60,
                severity="warning",
                summary=f"Volume {volume.namespace}/{volume.name} fills up within {hours}h",
                description=(
                    f"At the rate of the last 6 hours, {volume.name} passes the {size} the plan gives it within {hours} hours."
                ),
                threshold=f"{volume.name}: {size} within {hours}h",
                labels={"persistentvolumeclaim": volume.name},
            )
        )
    return alerts


def _quota_alerts(figures: Figures, settings: MonitoringSettings) -> list[Alert]:
    alerts = []
    ratio = settings.quota_ratio
    for quota in figures.quotas:
        for item in quota.items:
            metric = selector(
                "kube_resourcequota", namespace=quota.namespace, resourcequota=quota.name, resource=item.resource, type="used"
            )
            # The long-running apps alone may use most of a quota sized to them: only use beyond
            # both their figure and the ratio of the quota means something else holds it.
            limit = max(item.steady, ratio * item.hard)
            alerts.append(
                Alert(
                    name="HomelabAiQuotaNearlyUsed",
                    group="homelab-ai.scheduling",
                    expr=f"{metric} > {number(limit)}",
                    for_minutes=30,
                    severity="warning",
                    summary=f"Quota {quota.namespace}/{quota.name} {item.resource} is nearly used",
                    description=(
                        f"{item.resource} in use is above the long-running apps' figure and {ratio:.0%} of the "
                        f"quota's {item.shown}: the next pod (a model pull, a check, a restart) may be refused."
                    ),
                    threshold=f"{item.resource}: {_shown(item.resource, limit)} of {item.shown}",
                    labels={"resource": item.resource},
                )
            )
    return alerts


def _shown(resource: str, value: float) -> str:
    if resource.endswith("cpu"):
        return f"{value:g} cores"
    if resource.endswith(("memory", "storage")):
        return f"{value / 2**30:.4g}Gi"
    return f"{value:g}"


def rule_groups(alerts: list[Alert], runbook_url: str) -> list[dict[str, object]]:
    """The ``spec.groups`` of a PrometheusRule (and of a promtool rule file)."""
    groups: dict[str, list[dict[str, object]]] = {}
    for alert in alerts:
        rule: dict[str, object] = {"alert": alert.name, "expr": alert.expr}
        if alert.for_minutes:
            rule["for"] = f"{alert.for_minutes}m"
        rule["labels"] = {"severity": alert.severity, **alert.labels}
        rule["annotations"] = {
            "summary": alert.summary,
            "description": alert.description,
            "runbook_url": f"{runbook_url}#{alert.anchor}",
        }
        groups.setdefault(alert.group, []).append(rule)
    return [{"name": name, "rules": rules} for name, rules in groups.items()]
