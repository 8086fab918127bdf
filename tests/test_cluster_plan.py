from __future__ import annotations

import pytest
from cdk8s import App, Chart

from homelab_ai import (
    AddressRange,
    AiNamespaceChart,
    Backend,
    ClusterPlan,
    DefaultDenyIngress,
    Gpu,
    GpuCard,
    GpuTimeSlicing,
    GpuWorkload,
    LoadBalancedApp,
    NodeCapacity,
    ReservedAddress,
    Vram,
    render,
)
from tests.support import quick_health, small_resources


def backend(name: str, port: int = 80) -> Backend:
    return Backend(name=name, namespace="ai", selector={"app.kubernetes.io/name": name}, port=port)


def service(chart: Chart, name: str, address: str, *, port: int = 80, sharing_key: str | None = None) -> LoadBalancedApp:
    return LoadBalancedApp(
        chart, name.title(), name=name, address=address, port=port, backend=backend(name), sharing_key=sharing_key
    )


def gpu_app(chart: Chart, name: str, vram: Vram, gpu: Gpu | None = None) -> GpuWorkload:
    return GpuWorkload(
        chart,
        name.title(),
        name=name,
        image="ghcr.io/example/app:1.0.0",
        port=8080,
        resources=small_resources(),
        health=quick_health(),
        vram=vram,
        gpu=gpu or Gpu(),
    )


def app_with_chart(**plan: object) -> tuple[ClusterPlan, Chart]:
    app = App()
    cluster = ClusterPlan(app, **plan)  # type: ignore[arg-type]
    chart = Chart(app, "ai", namespace="ai", disable_resource_name_hashes=True)
    DefaultDenyIngress(chart, "DefaultDeny")
    return cluster, chart


def test_app_without_a_plan_gets_the_design_defaults() -> None:
    app = App()
    chart = Chart(app, "ai", namespace="ai")
    plan = ClusterPlan.of(chart)
    assert plan is ClusterPlan.of(app)
    assert (plan.gpu_card.vram_gb, plan.gpus, plan.node_capacity) == (20, 1, NodeCapacity(cpu_cores=12, memory_gib=96))
    assert plan.lb_pools == ()


def test_a_second_plan_is_refused() -> None:
    app = App()
    ClusterPlan(app)
    with pytest.raises(ValueError, match="ClusterPlan: an App has one ClusterPlan"):
        ClusterPlan(app)


def test_services_share_an_address_with_one_sharing_key_and_distinct_ports() -> None:
    plan, chart = app_with_chart()
    service(chart, "web", "10.10.2.25", port=80, sharing_key="edge")
    service(chart, "api", "10.10.2.25", port=8443, sharing_key="edge")
    assert plan.errors() == []


@pytest.mark.parametrize(
    ("first_key", "second_key", "second_port", "problem"),
    [
        ("edge", None, 8443, "sharing needs the same lbipam.cilium.io/sharing-key on both services"),
        ("edge", "other", 8443, "sharing keys differ: 'edge' and 'other'"),
        ("edge", "edge", 80, "both listen on port 80"),
    ],
)
def test_sharing_rules_are_cilium_s(first_key: str, second_key: str | None, second_port: int, problem: str) -> None:
    plan, chart = app_with_chart()
    service(chart, "web", "10.10.2.25", sharing_key=first_key)
    service(chart, "api", "10.10.2.25", port=second_port, sharing_key=second_key)
    assert plan.errors() == [
        f"ai/Api: address 10.10.2.25 is already taken by ai/Web ({problem}); "
        "declare ClusterPlan(lb_pools=...) to have free addresses listed"
    ]


def test_reservation_admits_its_owner_only() -> None:
    plan, chart = app_with_chart(reserved=[ReservedAddress(address="10.10.2.30", owner="ai/emby")])
    service(chart, "emby", "10.10.2.30")
    assert plan.errors() == []


def test_full_pool_says_so() -> None:
    plan, chart = app_with_chart(lb_pools=[AddressRange(start="10.10.2.25", stop="10.10.2.25")])
    service(chart, "web", "10.10.2.25")
    service(chart, "api", "10.10.2.26")
    assert plan.errors() == [
        "ai/Api: address 10.10.2.26 is outside the LB-IPAM pool 10.10.2.25-10.10.2.25; no address is free in "
        "10.10.2.25-10.10.2.25: widen the pool"
    ]


def test_plan_spans_every_chart_of_the_app() -> None:
    app = App()
    first = Chart(app, "one", namespace="ai")
    second = Chart(app, "two", namespace="ai")
    service(first, "web", "10.10.2.25")
    service(second, "api", "10.10.2.25")
    with pytest.raises(ValueError, match=r"^two/Api: address 10\.10\.2\.25 is already taken by one/Web"):
        render(app)


def test_validation_also_stops_a_plain_cdk8s_synth() -> None:
    _, chart = app_with_chart()
    service(chart, "web", "10.10.2.25")
    service(chart, "api", "10.10.2.25")
    with pytest.raises(RuntimeError, match=r"ai/Api: address 10\.10\.2\.25 is already taken by ai/Web"):
        chart.to_json()


def test_slices_count_time_slicing_replicas_and_no_spare_is_noted() -> None:
    plan, chart = app_with_chart()
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai", replicas=2)
    gpu_app(chart, "one", Vram(min_gb=1, max_gb=2, basis="x"))
    gpu_app(chart, "two", Vram(min_gb=1, max_gb=2, basis="x"))
    supply = plan.supply()
    assert (supply.resource, supply.slices) == ("nvidia.com/gpu", 2)
    assert plan.errors() == []
    assert "no GPU slice is left spare: 2 of 2 nvidia.com/gpu slices are requested" in plan.notes()


def test_without_time_slicing_each_gpu_is_one_slice() -> None:
    plan, chart = app_with_chart(gpus=1)
    gpu_app(chart, "one", Vram(min_gb=1, max_gb=2, basis="x"))
    gpu_app(chart, "two", Vram(min_gb=1, max_gb=2, basis="x"))
    assert plan.errors() == [
        "ClusterPlan: gpus 1 give 1 slices without time-slicing, but 2 are requested (ai/One 1, ai/Two 1): "
        "add a GpuTimeSlicing or a GPU"
    ]


def test_fail_requests_greater_than_one_refuses_two_slices() -> None:
    plan, chart = app_with_chart()
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai", fail_requests_greater_than_one=True)
    gpu_app(chart, "one", Vram(min_gb=1, max_gb=2, basis="x"), Gpu(count=2))
    assert plan.errors() == [
        "ai/One: gpu.count 2: requests 2 nvidia.com/gpu per pod, which the sharing config refuses "
        "(failRequestsGreaterThanOne: true): set it to 1"
    ]


def test_renamed_resource_must_be_requested_by_its_new_name() -> None:
    plan, chart = app_with_chart()
    slicing = GpuTimeSlicing(chart, "TimeSlicing", namespace="ai", rename_by_default=True)
    gpu_app(chart, "one", Vram(min_gb=1, max_gb=2, basis="x"), Gpu(resource=slicing.resource))
    assert plan.errors() == []


def test_one_time_slicing_config_per_app() -> None:
    plan, chart = app_with_chart()
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai")
    GpuTimeSlicing(chart, "Again", namespace="gpu", name="other-config")
    assert plan.errors()[0] == (
        "ai/Again: is a second device plugin config beside ai/TimeSlicing: the device plugin reads one ConfigMap; "
        "keep one GpuTimeSlicing per App"
    )


def test_usage_patterns_are_computed_against_the_card() -> None:
    plan, chart = app_with_chart(gpu_card=GpuCard(name="Test card", vram_gb=10))
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai")
    gpu_app(chart, "a", Vram(min_gb=4, max_gb=4, basis="x"))
    gpu_app(chart, "b", Vram(min_gb=5, max_gb=7, basis="x"))
    gpu_app(chart, "c", Vram(min_gb=6, max_gb=6, basis="x"))
    verdicts = {row.apps: (row.min_gb, row.max_gb, row.verdict) for row in plan.combinations()}
    assert verdicts == {
        ("a",): (4, 4, "fits"),
        ("b",): (5, 7, "fits"),
        ("c",): (6, 6, "fits"),
        ("a", "b"): (9, 11, "risk of OOM"),
        ("a", "c"): (10, 10, "fits"),
        ("b", "c"): (11, 13, "does not fit"),
        ("a", "b", "c"): (15, 17, "does not fit"),
    }


def test_many_gpu_apps_list_pairs_and_all_not_every_subset() -> None:
    plan, chart = app_with_chart(gpus=2)
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai", replicas=8)
    for index in range(8):
        gpu_app(chart, f"app{index}", Vram(min_gb=1, max_gb=1, basis="x"))
    assert len(plan.combinations()) == 8 + 28 + 1


def test_design_totals_are_reproduced_from_the_chart() -> None:
    app = App()
    AiNamespaceChart(app, "ai")
    plan = ClusterPlan.of(app)
    # The design's memory, plus Open WebUI's 512Mi more requested and 1Gi more limit (deviation 30).
    assert plan.requests() == (8250, int(44.5 * 1024) + 512)
    assert plan.limits() == (18500, 69 * 1024 + 1024)
    assert plan.errors() == []


def test_bad_plan_values_are_refused() -> None:
    with pytest.raises(ValueError, match=r"ClusterPlan: reserved address '10\.10\.2' is not an IPv4 address"):
        ClusterPlan(App(), reserved=[ReservedAddress(address="10.10.2", owner="media/emby")])
    with pytest.raises(ValueError, match="ClusterPlan: gpus -1 is not allowed"):
        ClusterPlan(App(), gpus=-1)
    with pytest.raises(ValueError, match=r"ClusterPlan: gpu_card.vram_gb 0 is not allowed"):
        ClusterPlan(App(), gpu_card=GpuCard(name="none", vram_gb=0))
    with pytest.raises(ValueError, match=r"ClusterPlan: node_capacity.cpu_cores 0 is not allowed: use a positive number"):
        ClusterPlan(App(), node_capacity=NodeCapacity(cpu_cores=0))


def test_a_plan_needs_a_gpu_and_owners_in_namespace_slash_service_form() -> None:
    with pytest.raises(ValueError, match="ClusterPlan: gpus 0 is not allowed: use a whole number of at least 1"):
        ClusterPlan(App(), gpus=0)
    with pytest.raises(ValueError, match="ClusterPlan: reserved owner 'emby' is not 'namespace/service'"):
        ClusterPlan(App(), reserved=[ReservedAddress(address="10.10.2.30", owner="emby")])


def test_usage_patterns_add_what_the_idle_apps_hold() -> None:
    plan, chart = app_with_chart(gpu_card=GpuCard(name="Test card", vram_gb=20))
    GpuTimeSlicing(chart, "TimeSlicing", namespace="ai")
    gpu_app(chart, "llm", Vram(min_gb=9, max_gb=11, basis="x", idle_gb=9))
    gpu_app(chart, "asr", Vram(min_gb=4.5, max_gb=4.5, basis="x", idle_gb=0.5))
    gpu_app(chart, "sd", Vram(min_gb=8, max_gb=12, basis="x"))
    verdicts = {row.apps: (row.min_gb, row.max_gb, row.verdict) for row in plan.combinations()}
    assert verdicts == {
        # The other apps' idle figures: llm keeps 9 GB loaded, asr 0.5 GB, sd nothing.
        ("llm",): (9.5, 11.5, "fits"),
        ("asr",): (13.5, 13.5, "fits"),
        ("sd",): (17.5, 21.5, "risk of OOM"),
        ("llm", "asr"): (13.5, 15.5, "fits"),
        ("llm", "sd"): (17.5, 23.5, "risk of OOM"),
        ("asr", "sd"): (21.5, 25.5, "does not fit"),
        ("llm", "asr", "sd"): (21.5, 27.5, "does not fit"),
    }
    assert plan.errors() == []
    assert "some GPU apps do not fit the card when active together or beside the VRAM idle apps hold" in " ".join(plan.notes())
