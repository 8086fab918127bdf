"""The documented second chart: built from the public API, sharing the AI chart's address plan."""

from __future__ import annotations

import pytest
from cdk8s import App

from examples.media_chart import MediaChart, build
from homelab_ai import AiNamespaceChart, ClusterPlan, layout, render
from tests.support import find


def test_media_chart_synthesizes_beside_the_ai_namespace() -> None:
    app = App()
    build(app)
    charts = render(app)
    emby = find(charts["media"], "Service", "emby")
    assert emby["metadata"]["namespace"] == "media"
    assert emby["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "10.10.2.30"}
    assert emby["spec"]["ports"][0]["targetPort"] == 8096
    assert "media/service-emby.yaml" in layout(charts)


def test_the_reservation_owner_may_take_its_address_and_the_plan_lists_it() -> None:
    app = App()
    build(app)
    plan = ClusterPlan.of(app)
    assert plan.errors() == []
    assert [s.addresses for s in plan.inventory().lb_services] == [
        ("10.10.2.25",),
        ("10.10.2.26",),
        ("10.10.2.27",),
        ("10.10.2.30",),
    ]


def test_a_clash_between_the_two_charts_is_caught() -> None:
    app = App()
    AiNamespaceChart(app, "ai")
    MediaChart(app, "media", address="10.10.2.27")
    with pytest.raises(
        ValueError, match=r"^media/EmbyService: address 10\.10\.2\.27 is already taken by ai/FasterWhisperService"
    ):
        render(app)
