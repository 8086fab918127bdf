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
from typing import TYPE_CHECKING

from homelab_ai.monitoring.alert import Alert, label, number, selector
from homelab_ai.monitoring.figures import Figures
from homelab_ai.monitoring.gpu_alerts import app_vram_alerts, gpu_node_alerts

if TYPE_CHECKING:
    from homelab_ai.monitoring.chart import MonitoringSettings


def build_alerts(figures: Figures, settings: MonitoringSettings) -> list[Alert]:
    """Every alert for ``figures``, in a stable order."""
    alerts: list[Alert] = []
    for node in figures.nodes:
        alerts += gpu_node_alerts(node, settings)
    if figures.per_app_vram:
        alerts += app_vram_alerts(figures)
    alerts += _scheduling_alerts(figures, settings)
    alerts += _app_alerts(figures)
    alerts += _storage_alerts(figures, settings)
    alerts += _quota_alerts(figures, settings)
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
        # A verify check's Job is named by a hash of what it tests: one rule per check follows each
        # new name (PromQL regexes match the whole value), so the rule does not change with the hash.
        hashed = bool(job.check) and re.fullmatch(rf"{re.escape(job.check)}-[0-9a-f]+", job.name) is not None
        name = f"{job.check}-[0-9a-f]+~" if hashed else job.name  # check ids are DNS labels: no regex metacharacters
        failed = selector("kube_job_status_failed", namespace=job.namespace, job_name=name)
        succeeded = selector("kube_job_status_succeeded", namespace=job.namespace, job_name=name)
        what = f"check {job.check}" if job.check else "Job"
        shown = f"{job.check}-<hash>" if hashed else job.name
        alerts.append(
            Alert(
                name="HomelabAiJobFailed",
                group="homelab-ai.apps",
                expr=f"{failed} > 0 unless on (namespace, job_name) {succeeded} > 0",
                for_minutes=0,
                severity="warning",
                summary=f"{what} {job.namespace}/{{{{ $labels.job_name }}}} failed",
                description=f"The {what} Job {{{{ $labels.job_name }}}} has failed pods and has not succeeded.",
                threshold=f"{shown}: a failed pod, no success",
                labels={"check": job.check} if hashed else {"job_name": job.name, **({"check": job.check} if job.check else {})},
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
