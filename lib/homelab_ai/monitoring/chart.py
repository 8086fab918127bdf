"""The monitoring layer: alerts and a dashboard from the plan, for kube-prometheus-stack.

Its objects are completed when the chart renders, from the rendered manifests of every other
chart of the App (the Flux chart aside) and the plan's figures, so they follow whatever the
charts became by synth time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, App, Chart

from homelab_ai import _scope, _typecheck, _validate
from homelab_ai._filling_chart import FillingChart
from homelab_ai._scope import folder_of
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.flux import FluxChart, FluxLayer, FluxSettings
from homelab_ai.gpu_operator import GpuMetrics
from homelab_ai.inventory import Inventory
from homelab_ai.monitoring import figures as _figures
from homelab_ai.monitoring.alert import Alert, rule_groups
from homelab_ai.monitoring.rules import build_alerts

DASHBOARD_KEY = "homelab-ai.json"
# kube-prometheus-stack's Grafana loads ConfigMaps with this label, from every namespace
# (grafana.sidecar.dashboards: label grafana_dashboard, labelValue "1", searchNamespace ALL;
# charts/kube-prometheus-stack/values.yaml, 88.5.3).
SIDECAR_LABEL = ("grafana_dashboard", "1")


@dataclass(frozen=True, kw_only=True)
class MonitoringSettings:
    """What the monitoring layer emits and where its thresholds sit beside the plan's figures.

    Attributes:
        enabled: Emit the layer; off for a cluster without kube-prometheus-stack (``main.py``
            then leaves dcgm-exporter's ServiceMonitor off too).
        namespace: Where the PrometheusRule and the dashboard ConfigMap go (kube-prometheus-stack
            reads rules and dashboards from every namespace by default).
        release_label: kube-prometheus-stack's Helm release name: its Prometheus selects rules
            and ServiceMonitors labelled ``release: <name>``.
        runbook_url: Where docs/monitoring.md is served (each alert links to its section); set
            it to the file's address on your git host.
        dashboard: Emit the Grafana dashboard.
        vram_full_ratio: Share of a card's memory in use that counts as nearly full.
        card_size_tolerance: How far a card's memory may differ from the plan's card.
        pending_minutes: How long a GPU pod may wait unschedulable.
        volume_full_ratio: Share of a volume's planned size in use that counts as nearly full.
        fill_horizon_hours: Warn when a volume will be full within this many hours.
        quota_ratio: Share of a quota figure in use (beyond the apps' own) that counts as nearly used.
    """

    enabled: bool = True
    namespace: str = "ai"
    release_label: str = "kube-prometheus-stack"
    runbook_url: str = "docs/monitoring.md"
    dashboard: bool = True
    vram_full_ratio: float = 0.95
    card_size_tolerance: float = 0.1
    pending_minutes: int = 5
    volume_full_ratio: float = 0.85
    fill_horizon_hours: int = 24
    quota_ratio: float = 0.9

    def gpu_metrics(self) -> GpuMetrics | None:
        """The GPU operator's metrics values to go with this layer (``None`` when it is off)."""
        return GpuMetrics(release_label=self.release_label) if self.enabled else None


class MonitoringChart(FillingChart):
    """Defines the PrometheusRule and the Grafana dashboard that hold the cluster to the plan.

    Example:
        ai = AiNamespaceChart(app, "ai", gpu_sharing=GpuSharing(metrics=MonitoringSettings().gpu_metrics()))
        monitoring = MonitoringChart(app, "ai-monitoring")
        FluxChart(app, "flux", layers=[*ai.flux_layers(FLUX), monitoring.flux_layer(FLUX, after=[ai.cluster])])

    Attributes:
        settings: The settings.
        rule: The PrometheusRule (``homelab-ai``).
        dashboard: The dashboard ConfigMap (``homelab-ai-dashboard``), or ``None``.
    """

    def __init__(self, scope: App, id: str, *, settings: MonitoringSettings = MonitoringSettings()) -> None:
        """Creates the rule and the dashboard; their content is computed when the chart renders.

        Args:
            scope: The App.
            id: The chart id (its folder in dist/).
            settings: Defaults to kube-prometheus-stack's conventions and the thresholds above.

        Raises:
            ValueError: an invalid setting.
        """
        super().__init__(scope, id, disable_resource_name_hashes=True)
        _typecheck.check_fields(self, "settings", settings)
        _validate.dns_label(self, "settings.namespace", settings.namespace)
        _validate.dns_label(self, "settings.release_label", settings.release_label)
        for prop in ("vram_full_ratio", "volume_full_ratio", "quota_ratio", "card_size_tolerance"):
            value = getattr(settings, prop)
            if not 0 < value < 1:
                raise _validate.fail(self, f"settings.{prop}", f"{value!r} is not allowed: use a share between 0 and 1")
        for prop in ("pending_minutes", "fill_horizon_hours"):
            _validate.positive_int(self, f"settings.{prop}", getattr(settings, prop))
        self.settings = settings
        self._plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, self._plan)
        self._app = scope
        labels = _scope.ownership_labels(self)
        self.rule = self.filled_object(
            "Rule",
            api_version="monitoring.coreos.com/v1",
            kind="PrometheusRule",
            metadata=ApiObjectMetadata(
                name="homelab-ai",
                namespace=settings.namespace,
                labels={**labels, "release": settings.release_label},
            ),
            fill=lambda rendered: {**rendered, "spec": {"groups": rule_groups(self.alerts(), settings.runbook_url)}},
        )
        self.dashboard: ApiObject | None = None
        if settings.dashboard:
            self.dashboard = self.filled_object(
                "Dashboard",
                api_version="v1",
                kind="ConfigMap",
                metadata=ApiObjectMetadata(
                    name="homelab-ai-dashboard",
                    namespace=settings.namespace,
                    labels={**labels, SIDECAR_LABEL[0]: SIDECAR_LABEL[1]},
                ),
                fill=lambda rendered: {**rendered, **self._dashboard_data()},
            )
        self._plan.register_docs(self._docs)

    def figures(self) -> _figures.Figures:
        """The plan's figures over the other charts of the App, as they render now."""
        # The rule and the dashboard read the same figures: read once per render.
        return self.once_per_render("figures", self._read_figures)

    def _read_figures(self) -> _figures.Figures:
        charts = [
            chart for chart in self._app.charts if chart is not self and not isinstance(chart, (FluxChart, MonitoringChart))
        ]
        inventory = Inventory.read({folder_of(c): self._plan.manifests_of(c) for c in charts})
        found = _figures.read(self._plan, inventory)
        if not found.service_monitor:
            note = (
                "the GPU alerts read dcgm-exporter, but no GPU operator values in the App turn its ServiceMonitor on: "
                "set GpuSharing(metrics=GpuMetrics()) or enable dcgmExporter.serviceMonitor in the operator's HelmRelease"
            )
            if note not in self._plan._notes:
                self._plan.register_note(note)
        return found

    def alerts(self) -> list[Alert]:
        """The alerts for the App as it renders now."""
        return build_alerts(self.figures(), self.settings)

    def flux_layer(self, settings: FluxSettings, *, after: Sequence[Chart] = ()) -> FluxLayer:
        """This chart's Flux layer: after the monitoring stack (its CRDs) and the charts ``after``
        (the one that creates the namespace), so a cluster without the stack keeps the other layers."""
        needs = [folder_of(chart) for chart in after]
        if settings.monitoring_stack is not None:
            needs.append(settings.monitoring_stack)
        return FluxLayer(chart=self, depends_on=tuple(needs))

    def _dashboard_data(self) -> dict[str, Any]:
        from homelab_ai.monitoring.dashboard import build_dashboard

        board = build_dashboard(self.figures(), title=f"{self.node.id}: the plan against the cluster")
        return {"data": {DASHBOARD_KEY: json.dumps(board, indent=2, sort_keys=True)}}

    def _docs(self, inventory: Inventory) -> dict[str, tuple[str, str]]:
        from homelab_ai.monitoring.docs import render_monitoring

        found = _figures.read(self._plan, inventory)
        text = render_monitoring(build_alerts(found, self.settings), found, self.settings)
        return {"monitoring.md": ("the alerts and the dashboard, with their thresholds and runbooks", text)}
