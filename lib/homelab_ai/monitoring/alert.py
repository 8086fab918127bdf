"""An alerting rule and the PromQL pieces the rules are written with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
