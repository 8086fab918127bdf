"""Apps with the monitoring layer, rendered, with the rule, the figures and the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cdk8s import App

import main
from homelab_ai import ClusterPlan
from homelab_ai._scope import folder_of
from homelab_ai.monitoring import MonitoringChart, MonitoringSettings
from homelab_ai.monitoring.figures import Figures
from homelab_ai.synth import project_app
from tests.support import find


@dataclass
class Rendered:
    charts: dict[str, list[dict[str, Any]]]
    rule: dict[str, Any]
    dashboard: dict[str, Any]
    figures: Figures
    settings: MonitoringSettings
    chart: MonitoringChart

    @property
    def groups(self) -> list[dict[str, Any]]:
        groups: list[dict[str, Any]] = self.rule["spec"]["groups"]
        return groups


def render(build: Callable[[App], object] = main.build, *, checked: bool = True) -> Rendered:
    """Builds an App with ``build`` (adding a MonitoringChart when it has none) and renders it;
    ``checked=False`` leaves out the plan's checks (for stand-in objects the policy would refuse)."""
    app = project_app("homelab-ai")
    build(app)
    chart = next((c for c in app.charts if isinstance(c, MonitoringChart)), None)
    if chart is None:
        chart = MonitoringChart(app, "ai-monitoring")
    plan = ClusterPlan.of(app)
    charts = plan.render()
    if checked:
        assert plan.problems(charts) == []
    manifests = charts[folder_of(chart)]
    return Rendered(
        charts=charts,
        rule=find(manifests, "PrometheusRule", "homelab-ai"),
        dashboard=find(manifests, "ConfigMap", "homelab-ai-dashboard"),
        figures=chart.figures(),
        settings=chart.settings,
        chart=chart,
    )


def rules_named(rendered: Rendered, name: str) -> list[dict[str, Any]]:
    return [rule for group in rendered.groups for rule in group["rules"] if rule["alert"] == name]
