"""docs/monitoring.md: every alert with its threshold from the plan, what it means and what to do.

The runbook sections are the targets of each alert's ``runbook_url``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homelab_ai.monitoring.alert import EXPORTER_JOB, Alert
from homelab_ai.monitoring.figures import Figures

if TYPE_CHECKING:
    from homelab_ai.monitoring.chart import MonitoringSettings

# What each alert means and what to do, by alert name.
RUNBOOKS: dict[str, tuple[str, str]] = {
    "HomelabAiGpuExporterDown": (
        "Prometheus scrapes no dcgm-exporter on the node: the VRAM, card and XID alerts cannot fire.",
        "`kubectl -n gpu-operator get pods -l app=nvidia-dcgm-exporter -o wide`; check that the GPU operator's "
        "values turn `dcgmExporter.serviceMonitor` on with the `release` label your Prometheus selects "
        f"(`kubectl -n gpu-operator get servicemonitor {EXPORTER_JOB} --show-labels`).",
    ),
    "HomelabAiGpuResourcesNotAsPlanned": (
        "The node advertises another count of GPU resources than the plan: a lost `valuesFrom` drops a "
        "time-sliced node to 1 slice, and the second GPU pod waits Pending in silence.",
        "`kubectl get nodes -o custom-columns='NODE:.metadata.name,GPU:.status.allocatable.nvidia\\.com/gpu'`; "
        "check the operator's HelmRelease lists the values ConfigMap in `valuesFrom` (README, Flux step 3), the "
        "node's `nvidia.com/device-plugin.config` label (docs/gpu.md) and the device plugin's logs.",
    ),
    "HomelabAiGpuVramNearFull": (
        "The card is nearly out of memory. Time-slicing isolates no memory: the next allocation of any app on "
        "it fails with CUDA out of memory, often in another app than the one that grew.",
        "See who holds memory (`kubectl -n ai exec deploy/stable-diffusion -- nvidia-smi`); unload idle models "
        "(Ollama `keep_alive`), lower an app's figure in the plan (a smaller model, `--medvram-sdxl`), or move an "
        "app to another card.",
    ),
    "HomelabAiGpuCardNotAsPlanned": (
        "The card's memory is not the plan's card: every VRAM check of the plan was made against the wrong size.",
        "Declare the card the node really has (`GpuNode(card=...)` or `ClusterPlan(gpu_card=...)`), run "
        "`make synth` and read the new VRAM budget in docs/gpu.md.",
    ),
    "HomelabAiGpuVramAbovePlan": (
        "The apps on the card use more VRAM than the plan's heavy end for all of them together: an app outgrew "
        "its figure (a larger model, a longer context, more models loaded) or something unplanned uses the card.",
        "Find the app (`nvidia-smi` in a GPU pod, or the per-app series with `GpuMetrics(per_app_vram=True)`), "
        "then raise its `Vram` figure or settings in code so the plan checks the real figure, and `make synth`.",
    ),
    "HomelabAiAppVramAbovePlan": (
        "One app's pod holds more VRAM than its heavy end in the plan.",
        "Correct the app's settings (model, quantization) or its `Vram` figure, `make synth`, and check the "
        "usage patterns in docs/gpu.md still fit.",
    ),
    "HomelabAiGpuXidError": (
        "The NVIDIA driver reported an XID error (the alert's value is the code): from an app's bad memory "
        "access (13, 31, 43) to a card that fell off the bus (79).",
        "`kubectl -n gpu-operator logs ds/nvidia-driver-daemonset` or `dmesg` on the node; look the code up "
        "in NVIDIA's XID catalogue. Codes 48, 63, 64, 74, 79 and 94/95 need a drain and a reboot; the value "
        "stays until the driver reloads.",
    ),
    "HomelabAiGpuPodUnschedulable": (
        "A pod that requests GPU resources waits unschedulable: the slices the plan counts on are missing "
        "(see HomelabAiGpuResourcesNotAsPlanned) or all taken by something unplanned.",
        "`kubectl -n <namespace> describe pod <pod>` shows the scheduler's reason; compare "
        "`kubectl describe node` allocations with the slices in docs/gpu.md.",
    ),
    "HomelabAiAppUnavailable": (
        "An app has had no ready replica for longer than its startup budget (the startup probe's allowance "
        "for first starts and model downloads).",
        "`kubectl -n <namespace> get pods`, `describe` and `logs --previous` of the app's pod; "
        "`flux get kustomizations` shows whether its layer applied.",
    ),
    "HomelabAiJobFailed": (
        "A Job whose result matters has failed pods and no success: the model pull (models missing in Ollama) "
        "or an in-cluster verification check (the deployment does not do what the plan says).",
        "`kubectl -n <namespace> logs job/<job>`; fix the cause, then delete the Job so Flux creates it again.",
    ),
    "HomelabAiVolumeNearlyFull": (
        "A volume holds most of the size the plan gives it (Stable Diffusion's outputs on `sd-data`, models "
        "on the model volumes).",
        "Delete outputs or unused models, or raise the volume's `size` in code (Longhorn expands the claim "
        "online) and `make synth`.",
    ),
    "HomelabAiVolumeFullSoon": (
        "At the rate of the last 6 hours the volume passes its planned size within the horizon.",
        "As for HomelabAiVolumeNearlyFull, before it fills: find what writes (`kubectl exec ... -- du -sh`).",
    ),
    "HomelabAiQuotaNearlyUsed": (
        "The namespace's quota is used beyond what the long-running apps request and nearly to its figure: "
        "the API server will refuse the next pod (a model pull, a GPU check, a restart with surge).",
        "`kubectl -n <namespace> describe resourcequota` and `kubectl -n <namespace> get pods`: remove the pods "
        "nobody planned, or declare them in code so the quota is computed with them.",
    ),
}


def render_monitoring(alerts: list[Alert], figures: Figures, settings: MonitoringSettings) -> str:
    """The page, from the alerts of the plan and its figures."""
    by_name: dict[str, list[Alert]] = {}
    for alert in alerts:
        by_name.setdefault(alert.name, []).append(alert)
    rows = [
        f"| [{name}](#{group[0].anchor}) | {group[0].severity} | {'; '.join(a.threshold for a in group)} |"
        for name, group in by_name.items()
    ]
    over = [
        f"- On {n.title} the apps' heavy ends add up to {n.heavy_gb:g} GB, more than its {n.gpus} x {n.card_gb:g} GB: "
        "no HomelabAiGpuVramAbovePlan rule there, HomelabAiGpuVramNearFull watches the card (see docs/gpu.md, "
        "usage patterns).\n"
        for n in figures.nodes
        if n.apps and n.heavy_gb >= n.card_gb * n.gpus
    ]
    sections = []
    for name, group in by_name.items():
        meaning, action = RUNBOOKS[name]
        duration = sorted({a.for_minutes for a in group})
        held = "at once" if duration == [0] else "for " + " / ".join(f"{m} min" for m in duration)
        thresholds = "".join(f"- {a.threshold}: `{a.expr}`\n" for a in group)
        sections.append(
            f"\n### {name}\n\n{group[0].severity}, fires when the figure is crossed {held}.\n\n"
            f"Thresholds from the plan:\n\n{thresholds}\n**What it means.** {meaning}\n\n**What to do.** {action}\n"
        )
    return (
        "# Monitoring\n\n"
        "The layer `ai-monitoring` holds a PrometheusRule (`homelab-ai`) and a Grafana dashboard (ConfigMap "
        f'`homelab-ai-dashboard`, label `grafana_dashboard: "1"`) in namespace `{settings.namespace}`, for '
        f"kube-prometheus-stack (release `{settings.release_label}`: its Prometheus selects rules and "
        "ServiceMonitors labelled `release: <release>`). Every threshold below is a figure of the plan, "
        "computed at synth from the same manifests as docs/gpu.md and docs/resources.md.\n\n"
        "## Metrics\n\n"
        "- **dcgm-exporter** (GPU operator v25.10.1 pins 4.4.2-4.7.0): the operator's values turn its "
        "ServiceMonitor on (`GpuMetrics`), with `honorLabels` (the exporter's `pod`/`namespace` name the GPU "
        "workload) and a `node` label from the target's node. VRAM is `DCGM_FI_DEV_FB_USED`/`_FREE`/`_RESERVED` "
        "in MiB; a card's size is their sum (`FB_TOTAL` is not in the default counters).\n"
        "- **Per-app VRAM has limits.** Time-slicing shares one card's memory, and before 4.5.3-4.8.2 "
        "dcgm-exporter only has the card's total: with `KUBERNETES_VIRTUAL_GPUS=true` it copies that total "
        "onto every pod sharing the card. From 4.5.3-4.8.2 (GPU operator v26.3.3) it reports each pod's own "
        "`DCGM_FI_DEV_FB_USED` from the GPU's processes, which needs `hostPID: true` to map a process to its "
        "pod through `/proc/<pid>/cgroup`; `GpuMetrics(per_app_vram=True)` sets both and adds "
        "HomelabAiAppVramAbovePlan. Under MPS each replica is capped at its share by the driver; with MIG "
        "each instance reports its own memory.\n"
        "- **kube-state-metrics and the kubelet** (both in kube-prometheus-stack): allocatable GPU resources, "
        "pod scheduling, ready replicas, Jobs, quota use and volume use.\n\n"
        "## Alerts\n\n| Alert | Severity | Threshold from the plan |\n|---|---|---|\n"
        + "\n".join(rows)
        + ("\n\n" + "".join(over) if over else "\n")
        + "\n## Runbooks\n"
        + "".join(sections)
        + "\n## Dashboard\n\nPer GPU node, VRAM used against the card and the plan's heavy end (dashed lines), "
        "GPU resources advertised and requested against the plan; each app's ready replicas; each volume "
        "against its planned size.\n"
    )
