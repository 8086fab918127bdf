"""Synthesizes the cluster's charts into dist/ (the folder Flux applies) and docs/.

Run through ``make synth`` (which runs ``cdk8s synth``) or directly as ``python main.py``.
This is the one place that reads the environment; the constructs take every setting as an
argument.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# jsii reads these when the runtime starts, at the first cdk8s import: Node 20 is known here.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

from cdk8s import App

from homelab_ai import AddressRange, AiNamespaceChart, ClusterPlan, GpuSharing, OllamaSettings, ReservedAddress
from homelab_ai.flux import FluxChart, FluxSettings
from homelab_ai.monitoring import MonitoringChart, MonitoringSettings
from homelab_ai.synth import run
from homelab_ai.verify import VerifyChart, VerifySettings

ROOT = Path(__file__).resolve().parent
# How the cluster's Flux reaches this repository: its GitRepository, the age key Secret, and the
# Kustomizations of the add-ons the layers wait for. Change them to match your cluster.
FLUX = FluxSettings(
    source="flux-system",
    sops_secret="sops-age",
    gpu_operator="gpu-operator",
    longhorn="longhorn",
    cilium="cilium",
    monitoring_stack="kube-prometheus-stack",
)
# The design's verification steps, run by Flux after each change of the ai layer (README,
# Verification). enabled=False leaves the chart and its layer out.
VERIFY = VerifySettings(enabled=True)
# Alerts and a dashboard from the plan, for kube-prometheus-stack (docs/monitoring.md). On a
# cluster without it, set enabled=False: the layer and dcgm-exporter's ServiceMonitor go away.
MONITORING = MonitoringSettings(enabled=True, release_label="kube-prometheus-stack")


def build(app: App) -> None:
    """Declares the cluster plan and the charts. Change a value by overriding one setting."""
    ClusterPlan(
        app,
        # The CiliumLoadBalancerIPPool the addresses come from: set it to your cluster's.
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        # Emby's address is managed with the media apps, outside these charts.
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
    )
    ai = AiNamespaceChart(
        app,
        "ai",
        # How to override a value: every setting is a typed field whose default is the design's.
        # This one restates the design's 30m; change it here and run `make synth`.
        ollama=OllamaSettings(keep_alive="30m"),
        gpu_sharing=GpuSharing(metrics=MONITORING.gpu_metrics()),
    )
    layers = ai.flux_layers(FLUX)
    if VERIFY.enabled:
        # After the charts it tests: it reads what they render.
        verify = VerifyChart(app, "ai-verify", namespace="ai", settings=VERIFY)
        layers.append(verify.flux_layer(after=ai))
    if MONITORING.enabled:
        layers.append(MonitoringChart(app, "ai-monitoring", settings=MONITORING).flux_layer(FLUX, after=[ai.cluster]))
    # The Flux Kustomizations that apply dist/ai-cluster, dist/ai, then dist/ai-verify and
    # dist/ai-monitoring (see README, Flux).
    FluxChart(app, "flux", layers=layers, settings=FLUX)


def main() -> int:
    # Under `cdk8s synth`, the CLI's own output folder gets the same files, so it lists them.
    return run(build, root=ROOT, project="homelab-ai", cli_outdir=os.environ.get("CDK8S_OUTDIR"))


if __name__ == "__main__":
    sys.exit(main())
