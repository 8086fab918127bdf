"""The plan, watched: alerts, a Grafana dashboard and their runbooks, generated from the plan.

``MonitoringChart`` renders a PrometheusRule and a dashboard ConfigMap for kube-prometheus-stack
from the rendered manifests of the App and the plan's figures; ``GpuMetrics`` (in the GPU
operator's values) turns dcgm-exporter's ServiceMonitor on.
"""

from homelab_ai.gpu_operator import GpuMetrics
from homelab_ai.monitoring.alert import Alert
from homelab_ai.monitoring.chart import MonitoringChart, MonitoringSettings

__all__ = ["Alert", "GpuMetrics", "MonitoringChart", "MonitoringSettings"]
