"""The Cilium LB-IPAM pool, from the address plan, for clusters whose pool this repository owns."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai.cluster_plan import AddressRange, ClusterPlan


class LbIpPool(Construct):
    """Defines a ``CiliumLoadBalancerIPPool`` (``cilium.io/v2``) with the given address blocks.

    The App's ClusterPlan then checks every LoadBalancedApp address against these blocks too:
    an address outside them would never be assigned.

    Example:
        LbIpPool(chart, "Pool", name="homelab", blocks=[AddressRange(start="10.10.2.20", stop="10.10.2.40")])

    Attributes:
        name: The pool's name.
        blocks: Its address ranges.
        pool: The pool object (the construct's ``Resource`` child).
    """

    def __init__(self, scope: Construct, id: str, *, name: str, blocks: Sequence[AddressRange]) -> None:
        """Creates the pool.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: The pool's name (cluster-scoped).
            blocks: Address ranges, both ends included.

        Raises:
            ValueError: an invalid name, no blocks, or a malformed range.
        """
        # Loaded here, not at import: the jsii module costs time only when a chart uses it.
        from homelab_ai.imports.cilium.io.cilium import (
            CiliumLoadBalancerIpPool,
            CiliumLoadBalancerIpPoolSpec,
            CiliumLoadBalancerIpPoolSpecBlocks,
        )

        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        if not blocks:
            raise _validate.fail(self, "blocks", "is empty: a pool needs at least one AddressRange")
        self.blocks = tuple(blocks)
        self.ranges = [ClusterPlan.parse_range(self, block) for block in self.blocks]
        self.pool = CiliumLoadBalancerIpPool(
            self,
            "Resource",
            metadata={
                "name": self.name,
                "labels": _scope.ownership_labels(scope),
            },
            spec=CiliumLoadBalancerIpPoolSpec(
                blocks=[CiliumLoadBalancerIpPoolSpecBlocks(start=block.start, stop=block.stop) for block in self.blocks]
            ),
        )
