"""The optional Cilium LB-IPAM pool, from the address plan."""

from __future__ import annotations

import pytest
from cdk8s import App

from homelab_ai import AddressRange, AiNamespaceChart, ClusterPlan, NetworkSettings, render
from homelab_ai.cilium_pool import LbIpPool
from tests.support import find

POOL = [AddressRange(start="10.10.2.20", stop="10.10.2.40")]


def test_pool_is_off_by_default() -> None:
    app = App()
    ClusterPlan(app, lb_pools=POOL)
    chart = AiNamespaceChart(app, "ai")
    assert not [m for m in chart.cluster.to_json() if m["kind"] == "CiliumLoadBalancerIPPool"]


def test_pool_carries_the_plan_s_ranges() -> None:
    app = App()
    ClusterPlan(app, lb_pools=POOL)
    chart = AiNamespaceChart(app, "ai", network=NetworkSettings(lb_pool_name="homelab"))
    pool = find(list(chart.cluster.to_json()), "CiliumLoadBalancerIPPool", "homelab")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"] == {"blocks": [{"start": "10.10.2.20", "stop": "10.10.2.40"}]}
    assert "namespace" not in pool["metadata"]


def test_pool_needs_the_plan_s_ranges() -> None:
    with pytest.raises(ValueError, match=r"^ai: network.lb_pool_name needs the pool's ranges: declare ClusterPlan\(lb_pools="):
        AiNamespaceChart(App(), "ai", network=NetworkSettings(lb_pool_name="homelab"))


def test_a_pool_that_does_not_contain_the_addresses_is_refused() -> None:
    app = App()
    chart = AiNamespaceChart(app, "ai")
    LbIpPool(chart.cluster, "Pool", name="small", blocks=[AddressRange(start="10.10.2.25", stop="10.10.2.26")])
    with pytest.raises(ValueError) as error:
        render(app)
    assert str(error.value) == (
        "ai/cluster/Pool: blocks 10.10.2.25-10.10.2.26 do not contain ai/FasterWhisperService's address 10.10.2.27, which "
        "Cilium would then never assign: widen the pool or move the service into it"
    )


def test_pool_rejects_bad_ranges() -> None:
    app = App()
    chart = AiNamespaceChart(app, "ai")
    with pytest.raises(ValueError, match="ai/cluster/Pool: blocks is empty"):
        LbIpPool(chart.cluster, "Pool", name="p", blocks=[])
    with pytest.raises(ValueError, match=r"ai/cluster/Pool2: lb_pools 10\.10\.2\.40-10\.10\.2\.20 ends before it starts"):
        LbIpPool(chart.cluster, "Pool2", name="p", blocks=[AddressRange(start="10.10.2.40", stop="10.10.2.20")])


def test_emitted_pool_passes_its_crd_schema() -> None:
    from tests.crd_schemas import load_crd_schemas, validate_custom_resource

    app = App()
    ClusterPlan(app, lb_pools=POOL)
    chart = AiNamespaceChart(app, "ai", network=NetworkSettings(lb_pool_name="homelab"))
    pool = find(list(chart.cluster.to_json()), "CiliumLoadBalancerIPPool", "homelab")
    schemas = load_crd_schemas()
    assert validate_custom_resource(pool, schemas) == []
    assert validate_custom_resource({**pool, "spec": {"blocks": [{"begin": "10.10.2.20"}]}}, schemas)
