"""Proof with the field's tools: promtool parses every rule and dashboard query, and its unit
tests, generated from the plan, show each alert firing on series that break the plan and silent
on series that keep it; a broken threshold or expression, or another plan's rules, fail them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from examples import two_gpu_nodes
from homelab_ai import GpuSharing, _yaml
from homelab_ai.gpu_operator import GpuMetrics
from tests import promtool_cases
from tests.monitoring_support import Rendered, render
from tests.promtool_cases import run_promtool
from tests.support import ROOT


@pytest.fixture(scope="module")
def design() -> Rendered:
    return render()


@pytest.fixture(scope="module")
def three_nodes() -> Rendered:
    return render(two_gpu_nodes.build)


def check(folder: Path, groups: list[dict[str, Any]], cases: list[promtool_cases.Case]) -> tuple[bool, str]:
    rules, tests = promtool_cases.write(folder, groups, cases)
    checked = run_promtool("check", "rules", str(rules))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    result = run_promtool("test", "rules", *map(str, tests))
    return result.returncode == 0, result.stdout + result.stderr


def test_promtool_parses_every_rule_of_dist(tmp_path: Path) -> None:
    rule = _yaml.load((ROOT / "dist/ai-monitoring/prometheusrule-homelab-ai.yaml").read_text())
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}))
    result = run_promtool("check", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout + result.stderr


def test_promtool_parses_every_dashboard_query(tmp_path: Path, design: Rendered) -> None:
    board = json.loads(design.dashboard["data"]["homelab-ai.json"])
    queries = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    assert len(queries) >= len(design.figures.apps) + len(design.figures.volumes) + 3
    path = tmp_path / "queries.yaml"
    records = [{"record": f"dashboard:query{i}", "expr": q} for i, q in enumerate(queries)]
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": records}]}))
    result = run_promtool("check", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_refuses_a_broken_expression(tmp_path: Path, design: Rendered) -> None:
    groups = json.loads(json.dumps(design.groups))
    groups[0]["rules"][0]["expr"] = groups[0]["rules"][0]["expr"].replace(")", "", 1)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"groups": groups}))
    assert run_promtool("check", "rules", str(path)).returncode != 0


@pytest.mark.parametrize("which", ["design", "three_nodes"])
def test_each_alert_fires_when_the_plan_breaks_and_not_when_it_holds(
    which: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    rendered: Rendered = request.getfixturevalue(which)
    cases = promtool_cases.all_cases(rendered.figures, rendered.settings)
    tested = {case["name"] for case in cases}
    alerts = {rule["alert"] for group in rendered.groups for rule in group["rules"]}
    assert alerts <= tested, f"alerts without a promtool test: {alerts - tested}"
    # Every rule fires in some case: a rule no case breaks is untested.
    assert sum(1 for c in cases if c["fires"] is not None) >= sum(len(g["rules"]) for g in rendered.groups)
    ok, output = check(tmp_path, rendered.groups, cases)
    assert ok, output


def test_per_app_vram_alerts_fire_above_each_apps_figure(tmp_path: Path) -> None:
    def build(app: Any) -> None:
        from cdk8s import App

        assert isinstance(app, App)
        from homelab_ai import AiNamespaceChart, ClusterPlan

        ClusterPlan(app)
        AiNamespaceChart(app, "ai", gpu_sharing=GpuSharing(metrics=GpuMetrics(per_app_vram=True)))

    rendered = render(build)
    assert rendered.figures.per_app_vram
    cases = promtool_cases.all_cases(rendered.figures, rendered.settings)
    assert {c["name"] for c in cases if c["fires"] is not None} >= {"HomelabAiAppVramAbovePlan"}
    ok, output = check(tmp_path, rendered.groups, cases)
    assert ok, output


_LAST_NUMBER = re.compile(r"(>|!=) ([0-9.e+]+)\)?$")


def test_a_broken_threshold_fails_the_unit_tests(tmp_path: Path, design: Rendered) -> None:
    cases = promtool_cases.all_cases(design.figures, design.settings)
    broken = 0
    seen: set[str] = set()
    for index, group in enumerate(design.groups):
        for position, rule in enumerate(group["rules"]):
            match = _LAST_NUMBER.search(rule["expr"])
            # The first rule of each alert with a threshold (the others are the same rule on another figure).
            if not match or float(match.group(2)) == 0 or rule["alert"] in seen:
                continue
            seen.add(rule["alert"])
            for factor in (2.0, 0.5):
                groups = json.loads(json.dumps(design.groups))
                value = float(match.group(2)) * factor
                groups[index]["rules"][position]["expr"] = (
                    rule["expr"][: match.start(2)] + f"{value:.10g}" + rule["expr"][match.end(2) :]
                )
                folder = tmp_path / f"{index}-{position}-{factor}"
                folder.mkdir()
                ok, _ = check(folder, groups, [c for c in cases if c["name"] == rule["alert"]])
                assert not ok, (
                    f"{rule['alert']} with its threshold x{factor} still passes: {groups[index]['rules'][position]['expr']}"
                )
                broken += 1
    assert seen >= {"HomelabAiGpuVramNearFull", "HomelabAiGpuCardNotAsPlanned", "HomelabAiVolumeNearlyFull"}
    assert seen >= {"HomelabAiVolumeFullSoon", "HomelabAiQuotaNearlyUsed"}
    assert broken == 2 * len(seen)


@pytest.mark.parametrize(
    ("alert", "old", "new"),
    [
        ("HomelabAiGpuVramNearFull", "DCGM_FI_DEV_FB_FREE", "DCGM_FI_DEV_FB_USED"),
        ("HomelabAiGpuResourcesNotAsPlanned", "!=", ">"),
        ("HomelabAiJobFailed", "unless", "and"),
        ("HomelabAiVolumeFullSoon", "86400", "3600"),
        ("HomelabAiAppUnavailable", "< 1", "< 0"),
    ],
)
def test_a_broken_expression_fails_the_unit_tests(tmp_path: Path, design: Rendered, alert: str, old: str, new: str) -> None:
    groups = json.loads(json.dumps(design.groups))
    rule = next(r for g in groups for r in g["rules"] if r["alert"] == alert)
    assert old in rule["expr"]
    rule["expr"] = rule["expr"].replace(old, new)
    cases = [c for c in promtool_cases.all_cases(design.figures, design.settings) if c["name"] == alert]
    ok, _ = check(tmp_path, groups, cases)
    assert not ok


def test_another_plan_fails_the_tests_of_this_one(tmp_path: Path, design: Rendered) -> None:
    """More slices change the thresholds: the design's tests fail against them, and pass their own."""

    def build(app: Any) -> None:
        from homelab_ai import AiNamespaceChart, ClusterPlan
        from homelab_ai.verify import VerifyChart, VerifySettings

        ClusterPlan(app)
        AiNamespaceChart(app, "ai", gpu_sharing=GpuSharing(time_slicing_replicas=8))
        # The design's layers: the verify checks' Jobs are watched in both.
        VerifyChart(app, "ai-verify", namespace="ai", settings=VerifySettings())

    eight = render(build)
    (tmp_path / "own").mkdir()
    (tmp_path / "swapped").mkdir()
    assert check(tmp_path / "own", eight.groups, promtool_cases.all_cases(eight.figures, eight.settings))[0]
    ok, _ = check(tmp_path / "swapped", eight.groups, promtool_cases.all_cases(design.figures, design.settings))
    assert not ok
