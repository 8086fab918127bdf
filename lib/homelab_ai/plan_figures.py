"""The figures a plan reports: what each GPU node advertises and hosts, the usage patterns of a
card, the requests against the nodes, free addresses, and the notes ``make synth`` prints.

``ClusterPlan`` has them as methods (this class is its base); they read an App's inventory and
the plan's own settings, and the generated docs are made of them.
"""

from __future__ import annotations

import ipaddress
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homelab_ai import _node_checks, _plan_checks
from homelab_ai._plan_checks import Supply
from homelab_ai.gpu_cards import GpuCard
from homelab_ai.gpu_nodes import CONFIG_LABEL, MIG_CONFIG_LABEL, GpuNode, Mig, Mps, describe_sharing
from homelab_ai.inventory import Inventory, ObjectId, PodOwner

if TYPE_CHECKING:
    from homelab_ai.cluster_plan import AddressRange, Facts, NodeCapacity

# The usage-pattern table lists every combination of GPU apps up to this many apps; beyond,
# only each pair and all of them together (2^n rows would be unreadable).
MAX_APPS_FOR_ALL_COMBINATIONS = 6


@dataclass(frozen=True, kw_only=True)
class Combination:
    """One row of the usage-pattern table: some GPU apps active at once, the others idle.

    Attributes:
        apps: Names of the active apps.
        min_gb: Their VRAM at the light end, plus what every other GPU app holds idle.
        max_gb: Their VRAM at the heavy end, plus what every other GPU app holds idle.
        verdict: ``fits``, ``risk of OOM`` (fits light, not heavy) or ``does not fit``.
    """

    apps: tuple[str, ...]
    min_gb: float
    max_gb: float
    verdict: str


@dataclass(kw_only=True)
class NodeView:
    """A GPU node as the docs and notes show it.

    Attributes:
        node: The node.
        sharing: How it shares its GPUs, in words.
        advertised: GPU resources it advertises, with counts.
        owners: The steady GPU apps pinned to it.
        labels: The labels it carries once the operator runs (declared nodes only).
    """

    node: GpuNode
    sharing: str
    advertised: dict[str, int]
    owners: list[PodOwner]
    labels: dict[str, str] = field(default_factory=dict)


class PlanFigures:
    """The figures of a ``ClusterPlan``, from an inventory (the App's, rendered now, by default)."""

    explicit_nodes: bool
    nodes: tuple[GpuNode, ...]
    gpus: int
    gpu_card: GpuCard
    node_capacity: NodeCapacity
    lb_pools: tuple[AddressRange, ...]
    _pool_ranges: list[tuple[ipaddress.IPv4Address, ipaddress.IPv4Address]]
    _reserved: dict[ipaddress.IPv4Address, tuple[str, str]]
    _notes: list[str]

    if TYPE_CHECKING:

        def facts(self, identity: ObjectId) -> Facts: ...

        def node_labels(self, node: GpuNode) -> dict[str, str]: ...

        def inventory(self) -> Inventory: ...

    def supply(self, inventory: Inventory | None = None) -> Supply:
        """The sharing config in force on the GPU node and the GPUs under it."""
        inventory = inventory or self.inventory()
        return Supply(config=inventory.sharing[0] if inventory.sharing else None, gpus=self.gpus)

    def gpu_owners(self, inventory: Inventory | None = None) -> list[PodOwner]:
        """Steady pod owners that hold GPU resources, in declaration order."""
        inventory = inventory or self.inventory()
        return [owner for owner in inventory.steady() if owner.gpus and owner.replicas]

    def _vram_problems(self, inventory: Inventory) -> Iterator[tuple[ObjectId, str]]:
        for owner in self.gpu_owners(inventory):
            vram = self.facts(owner.id).vram
            if vram is not None and vram.max_gb > self.gpu_card.vram_gb:
                yield (
                    owner.id,
                    (
                        f"vram up to {vram.max_gb:g} GB ({vram.basis}) does not fit the {self.gpu_card.name} "
                        f"({self.gpu_card.vram_gb:g} GB) even alone: choose a smaller model or quantization"
                    ),
                )

    def _node_problems(self, inventory: Inventory) -> Iterator[tuple[None, str]]:
        cpu, memory = self.requests(inventory)
        capacity = self.node_capacity
        if cpu > capacity.cpu_cores * 1000:
            yield (
                None,
                (
                    f"node_capacity.cpu_cores {capacity.cpu_cores:g} is below the {cpu / 1000:g} cores requested "
                    f"({_top(inventory, 'cpu')}): lower requests (limits may stay above) or declare the node's real allocatable"
                ),
            )
        if memory > capacity.memory_gib * 1024:
            yield (
                None,
                (
                    f"node_capacity.memory_gib {capacity.memory_gib:g} is below the {memory / 1024:g}Gi requested "
                    f"({_top(inventory, 'memory')}): lower requests (limits may stay above) "
                    "or declare the node's real allocatable"
                ),
            )

    def requests(self, inventory: Inventory | None = None) -> tuple[int, float]:
        """Summed requests of every pod that runs all the time: millicores and MiB."""
        inventory = inventory or self.inventory()
        owners = inventory.steady()
        return sum(o.replicas * o.cpu_request for o in owners), sum(o.replicas * o.memory_request for o in owners)

    def limits(self, inventory: Inventory | None = None) -> tuple[int, float]:
        """Summed limits of every pod that runs all the time: millicores and MiB."""
        inventory = inventory or self.inventory()
        owners = inventory.steady()
        return sum(o.replicas * o.cpu_limit for o in owners), sum(o.replicas * o.memory_limit for o in owners)

    def node_views(self, inventory: Inventory | None = None) -> list[NodeView]:
        """Each GPU node with what it advertises and the steady GPU apps pinned to it."""
        inventory = inventory or self.inventory()
        if not self.explicit_nodes:
            supply = self.supply(inventory)
            config = supply.config
            sharing = f"{config.mode}, {config.replicas} replicas" if config else "exclusive"
            node = self.nodes[0]
            return [
                NodeView(
                    node=node, sharing=sharing, advertised={supply.resource: supply.slices}, owners=self.gpu_owners(inventory)
                )
            ]
        layout = _node_checks.lay_out(inventory, self.nodes, {n.name: self.node_labels(n) for n in self.nodes})
        return [
            NodeView(
                node=node,
                sharing=describe_sharing(node.sharing),
                advertised=node.resources(),
                owners=[o for o in layout.pinned.get(node.name, []) if o.gpus and o.steady and o.replicas],
                labels=self.node_labels(node),
            )
            for node in self.nodes
        ]

    def floating(self, inventory: Inventory | None = None) -> list[tuple[PodOwner, list[str]]]:
        """GPU apps several declared nodes could host: the scheduler places them."""
        if not self.explicit_nodes:
            return []
        inventory = inventory or self.inventory()
        layout = _node_checks.lay_out(inventory, self.nodes, {n.name: self.node_labels(n) for n in self.nodes})
        return [(owner, [node.name for node in hosts]) for owner, hosts in layout.floating]

    def combinations(self, inventory: Inventory | None = None, view: NodeView | None = None) -> list[Combination]:
        """The usage-pattern table of a node's card (the first node's by default): each set of
        its GPU apps active at once, and whether it fits.

        The apps outside a set are idle, and still hold their ``Vram.idle_gb`` (a model kept loaded).
        """
        inventory = inventory or self.inventory()
        view = view or self.node_views(inventory)[0]
        if isinstance(view.node.sharing, (Mig, Mps)):
            return []  # each app has memory of its own: the fit is checked app by app
        apps = [(o.id.name, vram) for o in view.owners if (vram := self.facts(o.id).vram) is not None]
        if len(apps) <= MAX_APPS_FOR_ALL_COMBINATIONS:
            groups = [group for size in range(1, len(apps) + 1) for group in itertools.combinations(apps, size)]
        else:
            groups = [*((app,) for app in apps), *itertools.combinations(apps, 2), tuple(apps)]
        all_idle = sum(vram.idle_gb for _, vram in apps)
        rows = []
        for group in groups:
            others_idle = all_idle - sum(vram.idle_gb for _, vram in group)
            low = round(sum(vram.min_gb for _, vram in group) + others_idle, 1)
            high = round(sum(vram.max_gb for _, vram in group) + others_idle, 1)
            card = view.node.card.vram_gb * view.node.gpus
            verdict = "fits" if high <= card else ("risk of OOM" if low <= card else "does not fit")
            rows.append(Combination(apps=tuple(name for name, _ in group), min_gb=low, max_gb=high, verdict=verdict))
        return rows

    # --- addresses --------------------------------------------------------------------------

    def free_addresses(self, inventory: Inventory | None = None) -> list[str]:
        """Pool addresses that no service takes and nothing reserves."""
        inventory = inventory or self.inventory()
        taken = {a for s in inventory.lb_services for a in s.addresses} | {str(a) for a in self._reserved}
        return [
            str(ipaddress.IPv4Address(value))
            for start, stop in self._pool_ranges
            for value in range(int(start), int(stop) + 1)
            if str(ipaddress.IPv4Address(value)) not in taken
        ]

    def _free_hint(self, inventory: Inventory) -> str:
        if not self._pool_ranges:
            return "declare ClusterPlan(lb_pools=...) to have free addresses listed"
        pools = ", ".join(str(pool) for pool in self.lb_pools)
        free = self.free_addresses(inventory)
        if not free:
            return f"no address is free in {pools}: widen the pool"
        shown = ", ".join(free[: _plan_checks.FREE_ADDRESSES_SHOWN])
        more = (
            f" and {len(free) - _plan_checks.FREE_ADDRESSES_SHOWN} more" if len(free) > _plan_checks.FREE_ADDRESSES_SHOWN else ""
        )
        return f"free addresses in {pools}: {shown}{more}"

    def notes(self, inventory: Inventory | None = None) -> list[str]:
        """Things that are allowed but worth knowing, printed at synth."""
        inventory = inventory or self.inventory()
        notes = list(self._notes)
        for view in self.node_views(inventory):
            on = f" on {view.node.name}" if self.explicit_nodes else ""
            for resource, supply in view.advertised.items():
                requested = sum(o.replicas * o.gpus.get(resource, 0) for o in view.owners)
                if requested and requested == supply:
                    notes.append(f"no GPU slice is left spare{on}: {requested} of {supply} {resource} slices are requested")
            # An app too large alone is an error; a row that does not fit is apps active together, or
            # one active beside the models idle apps keep loaded.
            if any(row.verdict != "fits" for row in self.combinations(inventory, view)):
                card = f"the {view.node.name} card" if self.explicit_nodes else "the card"
                notes.append(
                    f"some GPU apps do not fit {card} when active together or beside the VRAM idle apps hold: "
                    "see the usage patterns in docs/gpu.md"
                )
            labels = {k: v for k, v in view.labels.items() if k in (CONFIG_LABEL, MIG_CONFIG_LABEL)}
            if labels:
                pairs = " ".join(f"{k}={v}" for k, v in labels.items())
                notes.append(f"node {view.node.name} needs its sharing labels: kubectl label node <{view.node.name}> {pairs}")
        unknown = [o.id.name for o in self.gpu_owners(inventory) if self.facts(o.id).vram is None]
        if unknown:
            notes.append(f"no VRAM figure is declared for {', '.join(unknown)}: the VRAM checks leave them out")
        for owner, hosts in self.floating(inventory):
            notes.append(
                f"{owner.id} may run on {', '.join(hosts)}: the scheduler places it; pin it with Gpu(card=...) to plan it"
            )
        return notes


def _top(inventory: Inventory, resource: str) -> str:
    def amount(owner: PodOwner) -> float:
        return owner.replicas * (owner.cpu_request if resource == "cpu" else owner.memory_request)

    def shown(owner: PodOwner) -> str:
        return f"{amount(owner) / 1000:g}" if resource == "cpu" else f"{amount(owner) / 1024:g}Gi"

    largest = sorted(inventory.steady(), key=amount, reverse=True)[:3]
    return "largest: " + ", ".join(f"{{{o.id}}} {shown(o)}" for o in largest)
