"""promtool unit tests generated from the plan: for every alert, series that break the plan's
figure (the alert must fire, with its labels) and series that keep it (it must stay silent).

The series are computed from the plan's figures (``monitoring.figures``) and the settings'
ratios, never from the rules under test, so a rule whose threshold or expression drifts from
the plan fails here. Expected annotations are the rule's own, expanded, since promtool compares
them too.
"""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from homelab_ai.monitoring import MonitoringSettings
from homelab_ai.monitoring.alert import EXPORTER_JOB, label
from homelab_ai.monitoring.figures import Figures, NodeWatch
from tests.support import require_tool

Series = list[tuple[dict[str, str], str]]
Case = dict[str, Any]
MIB = 1024


def promtool() -> str:
    return require_tool("promtool", "install Debian's prometheus package (apt-get install prometheus)")


def run_promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([promtool(), *args], capture_output=True, text=True, check=False)


def _series(metric: str, labels: dict[str, str]) -> str:
    return metric + "{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}"


def _const(value: float, minutes: int) -> str:
    return f"{value:.17g}x{minutes}"


def _case(name: str, series: list[tuple[str, str]], minutes: int, fires: dict[str, str] | None) -> Case:
    """One test group: ``series`` for ``minutes``, then ``name`` is expected to fire with ``fires`` labels (or not)."""
    return {
        "name": name,
        "input": [{"series": s, "values": v} for s, v in series],
        "eval_minutes": minutes,
        "fires": fires,
    }


def _node_labels(node: NodeWatch) -> dict[str, str]:
    return {"node": node.name or "gpu-node"}


def _card_series(node: NodeWatch, used_mib: float, total_mib: float, minutes: int) -> list[tuple[str, str]]:
    card = {**_node_labels(node), "UUID": "GPU-0", "gpu": "0"}
    reserved = round(0.01 * total_mib)
    return [
        (_series("DCGM_FI_DEV_FB_USED", card), _const(used_mib, minutes)),
        (_series("DCGM_FI_DEV_FB_FREE", card), _const(total_mib - used_mib - reserved, minutes)),
        (_series("DCGM_FI_DEV_FB_RESERVED", card), _const(reserved, minutes)),
    ]


def node_cases(node: NodeWatch, settings: MonitoringSettings) -> list[Case]:
    cases = []
    where = _node_labels(node)
    card_labels = {**where, "UUID": "GPU-0"}
    up = _series("up", {"job": EXPORTER_JOB, **where})
    # absent() keeps no labels: the alert carries the rule's node label only.
    cases.append(_case("HomelabAiGpuExporterDown", [(up, _const(0, 30))], 25, {"node": node.name} if node.name else {}))
    cases.append(_case("HomelabAiGpuExporterDown", [(up, _const(1, 30))], 25, None))
    for resource, count in node.resources.items():
        allocatable = {**where, "resource": label(resource), "unit": "integer"}
        metric = _series("kube_node_status_allocatable", allocatable)
        # A lost valuesFrom: the node falls back to one unit per GPU.
        wrong = node.gpus if count != node.gpus else count * 2
        cases.append(_case("HomelabAiGpuResourcesNotAsPlanned", [(metric, _const(wrong, 30))], 25, allocatable))
        cases.append(_case("HomelabAiGpuResourcesNotAsPlanned", [(metric, _const(count, 30))], 25, None))
    total = node.card_gb * MIB
    ratio = settings.vram_full_ratio
    full = ratio + (1 - ratio) / 2
    cases.append(_case("HomelabAiGpuVramNearFull", _card_series(node, full * total, total, 30), 25, card_labels))
    cases.append(_case("HomelabAiGpuVramNearFull", _card_series(node, (ratio - 0.05) * total, total, 30), 25, None))
    # A card with less memory than the plan's, beyond the tolerance; the plan's card, a little
    # under its nominal size as drivers report it, keeps it silent.
    tolerance = settings.card_size_tolerance
    other = total * (1 - 1.5 * tolerance)
    cases.append(_case("HomelabAiGpuCardNotAsPlanned", _card_series(node, 0, other, 30), 25, card_labels))
    cases.append(_case("HomelabAiGpuCardNotAsPlanned", _card_series(node, 0, total * (1 - 0.6 * tolerance), 30), 25, None))
    if node.apps and node.heavy_gb < node.card_gb * node.gpus:
        heavy = node.heavy_gb * MIB
        above = min(heavy * 1.02, total * 0.99)
        cases.append(_case("HomelabAiGpuVramAbovePlan", _card_series(node, above, total, 30), 25, where))
        cases.append(_case("HomelabAiGpuVramAbovePlan", _card_series(node, heavy * 0.98, total, 30), 25, None))
    if node.mig:
        cases += _mig_cases(node, settings, total)
    xid = _series("DCGM_FI_DEV_XID_ERRORS", {**card_labels, "gpu": "0"})
    cases.append(_case("HomelabAiGpuXidError", [(xid, _const(79, 10))], 5, card_labels))
    cases.append(_case("HomelabAiGpuXidError", [(xid, _const(0, 10))], 5, None))
    return cases


def _mig_cases(node: NodeWatch, settings: MonitoringSettings, total: float) -> list[Case]:
    """A MIG card as two instances of half its memory: one full instance fires, the card's sum is the plan's."""

    def instances(first_used: float, minutes: int) -> list[tuple[str, str]]:
        series = []
        for instance, used in (("1", first_used), ("2", 0.0)):
            labels = {**_node_labels(node), "UUID": "GPU-0", "gpu": "0", "GPU_I_ID": instance}
            reserved = round(0.01 * total / 2)
            series += [
                (_series("DCGM_FI_DEV_FB_USED", labels), _const(used, minutes)),
                (_series("DCGM_FI_DEV_FB_FREE", labels), _const(total / 2 - used - reserved, minutes)),
                (_series("DCGM_FI_DEV_FB_RESERVED", labels), _const(reserved, minutes)),
            ]
        return series

    ratio = settings.vram_full_ratio
    full = {**_node_labels(node), "UUID": "GPU-0", "GPU_I_ID": "1"}
    return [
        _case("HomelabAiGpuVramNearFull", instances((ratio + (1 - ratio) / 2) * total / 2, 30), 25, full),
        _case("HomelabAiGpuVramNearFull", instances((ratio - 0.05) * total / 2, 30), 25, None),
        _case("HomelabAiGpuCardNotAsPlanned", instances(0, 30), 25, None),
    ]


def _pod_name(regex: str) -> str:
    """A pod name the controller's regex matches (``ollama-0``, ``sd-5d9c7b8f6-abcde``)."""
    return regex.replace("\\\\.", ".").replace("[0-9]+", "0").replace("[a-z0-9]+", "5d9c7b8f6", 1).replace("[a-z0-9]+", "x7k2p")


def app_cases(figures: Figures, settings: MonitoringSettings) -> list[Case]:
    cases = []
    if figures.per_app_vram:
        for node in figures.nodes:
            for gpu_app in node.apps:
                pod = {"namespace": gpu_app.namespace, "pod": _pod_name(gpu_app.pod_regex)}
                metric = _series("DCGM_FI_DEV_FB_USED", {**pod, "UUID": "GPU-0", "gpu": "0"})
                fires = {**pod, "app": gpu_app.name}
                cases.append(_case("HomelabAiAppVramAbovePlan", [(metric, _const(gpu_app.max_gb * MIB * 1.05, 20))], 15, fires))
                cases.append(_case("HomelabAiAppVramAbovePlan", [(metric, _const(gpu_app.max_gb * MIB * 0.95, 20))], 15, None))
    if figures.gpu_resources and figures.gpu_namespaces:
        namespace = figures.gpu_namespaces[0]
        pod = {"namespace": namespace, "pod": "gpu-app-0"}
        pending = (_series("kube_pod_status_unschedulable", {**pod, "uid": "u1"}), _const(1, 30))
        gpu = {**pod, "container": "app", "node": "", "resource": label(figures.gpu_resources[0]), "unit": "integer"}
        cpu = {**pod, "container": "app", "node": "", "resource": "cpu", "unit": "core"}
        late = settings.pending_minutes + 5
        cases.append(
            _case(
                "HomelabAiGpuPodUnschedulable",
                [pending, (_series("kube_pod_container_resource_requests", gpu), _const(1, 30))],
                late,
                pod,
            )
        )
        cases.append(
            _case(
                "HomelabAiGpuPodUnschedulable",
                [pending, (_series("kube_pod_container_resource_requests", cpu), _const(1, 30))],
                late,
                None,
            )
        )
    for app in figures.apps:
        kind = "deployment" if app.kind == "Deployment" else "statefulset"
        metric = "kube_deployment_status_replicas_available" if kind == "deployment" else "kube_statefulset_status_replicas_ready"
        labels = {"namespace": app.namespace, kind: app.name}
        budget = max(5, math.ceil(app.startup_seconds / 60))
        series = _series(metric, labels)
        cases.append(
            _case("HomelabAiAppUnavailable", [(series, _const(0, budget + 10))], budget + 5, {**labels, "app": app.name})
        )
        # Still starting, within its startup budget: silent.
        cases.append(_case("HomelabAiAppUnavailable", [(series, _const(0, budget + 10))], budget - 1, None))
        cases.append(_case("HomelabAiAppUnavailable", [(series, _const(app.replicas, budget + 10))], budget + 5, None))
    for job in figures.jobs:
        labels = {"namespace": job.namespace, "job_name": job.name}
        fires = {**labels, **({"check": job.check} if job.check else {})}
        failed = (_series("kube_job_status_failed", labels), _const(1, 10))
        cases.append(
            _case("HomelabAiJobFailed", [failed, (_series("kube_job_status_succeeded", labels), _const(0, 10))], 5, fires)
        )
        cases.append(
            _case("HomelabAiJobFailed", [failed, (_series("kube_job_status_succeeded", labels), _const(1, 10))], 5, None)
        )
    return cases


def storage_cases(figures: Figures, settings: MonitoringSettings) -> list[Case]:
    cases = []
    ratio = settings.volume_full_ratio
    for volume in figures.volumes:
        labels = {"namespace": volume.namespace, "persistentvolumeclaim": volume.name}
        used = _series("kubelet_volume_stats_used_bytes", labels)
        size = volume.size_bytes
        cases.append(_case("HomelabAiVolumeNearlyFull", [(used, _const((ratio + 0.05) * size, 30))], 25, labels))
        cases.append(_case("HomelabAiVolumeNearlyFull", [(used, _const((ratio - 0.05) * size, 30))], 25, None))
        minutes = settings.fill_horizon_hours * 60
        # Half full, then writing a whole volume per horizon: full well within it. A quarter
        # volume per horizon keeps it below the planned size.
        fast = f"{size / 2:.17g}+{size / minutes:.17g}x120"
        slow = f"{size / 2:.17g}+{size / minutes / 4:.17g}x120"
        cases.append(_case("HomelabAiVolumeFullSoon", [(used, fast)], 90, labels))
        cases.append(_case("HomelabAiVolumeFullSoon", [(used, slow)], 90, None))
    for quota in figures.quotas:
        for item in quota.items:
            labels = {"namespace": quota.namespace, "resourcequota": quota.name, "resource": item.resource, "type": "used"}
            metric = _series("kube_resourcequota", labels)
            if item.steady < item.hard:
                cases.append(_case("HomelabAiQuotaNearlyUsed", [(metric, _const(item.hard, 45))], 40, labels))
            cases.append(_case("HomelabAiQuotaNearlyUsed", [(metric, _const(item.steady, 45))], 40, None))
    return cases


def baseline(figures: Figures) -> dict[str, str]:
    """A cluster that keeps the plan, for the rules that fire on a missing series (``absent``):
    every case runs on top of it, overriding the series it breaks."""
    series = {}
    for node in figures.nodes:
        where = _node_labels(node)
        series[_series("up", {"job": EXPORTER_JOB, **where})] = _const(1, 180)
        for resource, count in node.resources.items():
            labels = {**where, "resource": label(resource), "unit": "integer"}
            series[_series("kube_node_status_allocatable", labels)] = _const(count, 180)
    for app in figures.apps:
        kind = "deployment" if app.kind == "Deployment" else "statefulset"
        metric = "kube_deployment_status_replicas_available" if kind == "deployment" else "kube_statefulset_status_replicas_ready"
        series[_series(metric, {"namespace": app.namespace, kind: app.name})] = _const(app.replicas, 180)
    return series


def all_cases(figures: Figures, settings: MonitoringSettings) -> list[Case]:
    cases = []
    for node in figures.nodes:
        cases += node_cases(node, settings)
    cases += app_cases(figures, settings) + storage_cases(figures, settings)
    healthy = baseline(figures)
    for case in cases:
        case["baseline"] = healthy
    return cases


def _groups(cases: list[Case]) -> list[list[Case]]:
    """Cases packed into promtool test groups: cases of one alert at one evaluation time whose own
    series differ share a group, since promtool compares the whole list of that alert's firing
    instances: each case's series must fire as it expects, and none beside it. A group evaluates
    every rule from minute 0, so fewer groups take less time (about 20 ms an evaluated minute)."""
    groups: list[list[Case]] = []
    for case in cases:
        own = {item["series"] for item in case["input"]}
        fits = (
            g
            for g in groups
            if (g[0]["name"], g[0]["eval_minutes"]) == (case["name"], case["eval_minutes"])
            and not own & {item["series"] for c in g for item in c["input"]}
        )
        group = next(fits, None)
        if group is None:
            groups.append([case])
        else:
            group.append(case)
    return groups


_TEMPLATE = re.compile(r"\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _expand(template: str, labels: dict[str, str]) -> str:
    """An annotation as Prometheus expands it (a missing label is empty: missingkey=zero)."""
    return _TEMPLATE.sub(lambda m: labels.get(m.group(1), ""), template)


def _rule_for(groups: list[dict[str, Any]], name: str, labels: dict[str, str]) -> dict[str, Any]:
    """The rule ``name`` whose own labels agree with the alert's series labels."""
    matches = [
        rule
        for group in groups
        for rule in group["rules"]
        if rule.get("alert") == name and all(labels.get(k) == v for k, v in rule.get("labels", {}).items() if k != "severity")
    ]
    assert matches, f"no rule {name} matches {labels}"
    rule: dict[str, Any] = matches[0]
    return rule


def unit_tests(cases: list[Case], groups: list[dict[str, Any]], rule_file: str) -> dict[str, Any]:
    """A promtool test file for ``cases`` against the rules in ``rule_file``."""
    tests = []
    for packed in _groups(cases):
        expected = []
        inputs = [item for case in packed for item in case["input"]]
        own = {item["series"] for item in inputs}
        for case in packed:
            if case["fires"] is not None:
                rule = _rule_for(groups, case["name"], case["fires"])
                labels = {**case["fires"], **rule.get("labels", {})}
                annotations = {k: _expand(v, labels) for k, v in rule["annotations"].items()}
                expected.append({"exp_labels": labels, "exp_annotations": annotations})
        # The healthy cluster under every group, but for the series its cases break.
        inputs += [{"series": s, "values": v} for s, v in packed[0]["baseline"].items() if s not in own]
        name, minutes = packed[0]["name"], packed[0]["eval_minutes"]
        tests.append(
            {
                "interval": "1m",
                "input_series": inputs,
                "alert_rule_test": [{"eval_time": f"{minutes}m", "alertname": name, "exp_alerts": expected}],
            }
        )
    return {"rule_files": [rule_file], "evaluation_interval": "1m", "tests": tests}


def write(folder: Path, groups: list[dict[str, Any]], cases: list[Case]) -> tuple[Path, list[Path]]:
    """The rules, whole, and one promtool test file per alert with that alert's rules alone:
    promtool evaluates every rule of a test's rule files at each step, and no rule reads another."""
    rules = folder / "rules.yaml"
    rules.write_text(yaml.safe_dump({"groups": groups}, sort_keys=False))
    tests = []
    for name in dict.fromkeys(case["name"] for case in cases):
        own = [{**g, "rules": [r for r in g["rules"] if r.get("alert") == name]} for g in groups]
        rule_file = folder / f"rules-{name}.yaml"
        rule_file.write_text(yaml.safe_dump({"groups": [g for g in own if g["rules"]]}, sort_keys=False))
        test_file = folder / f"tests-{name}.yaml"
        test_file.write_text(
            yaml.safe_dump(unit_tests([c for c in cases if c["name"] == name], groups, rule_file.name), sort_keys=False)
        )
        tests.append(test_file)
    return rules, tests
