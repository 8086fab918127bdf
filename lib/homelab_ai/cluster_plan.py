"""The cluster's shared capacity, checked across every chart of one App.

Each construct of the library registers what it takes from the cluster (an address, GPU slices,
VRAM, CPU and memory, object names) with the App's one ``ClusterPlan``. The plan checks them
together when the App is synthesized, the way no single construct or YAML schema can: two
charts claiming one address, more GPU slices than time-slicing gives, apps that cannot fit the
card, requests above the node. It also reports the figures the docs are generated from.
"""

from __future__ import annotations

import ipaddress
import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jsii
from cdk8s import App
from constructs import Construct, IConstruct, IValidation

from homelab_ai import _validate
from homelab_ai.vram import RTX_4000_SFF_ADA, GpuCard

if TYPE_CHECKING:
    from homelab_ai.cilium_pool import LbIpPool
    from homelab_ai.load_balanced_app import LoadBalancedApp
    from homelab_ai.network_policies import DefaultDenyIngress
    from homelab_ai.time_slicing import GpuTimeSlicing
    from homelab_ai.workload import Workload

# The usage-pattern table lists every combination of GPU apps up to this many apps; beyond,
# only each pair and all of them together (2^n rows would be unreadable).
MAX_APPS_FOR_ALL_COMBINATIONS = 6
# How many free addresses an error message lists.
FREE_ADDRESSES_SHOWN = 8


@dataclass(frozen=True, kw_only=True)
class AddressRange:
    """A range of LB-IPAM addresses, both ends included (a pool's ``start``/``stop`` block).

    Attributes:
        start: First address.
        stop: Last address.
    """

    start: str
    stop: str

    def __str__(self) -> str:
        return f"{self.start}-{self.stop}"


@dataclass(frozen=True, kw_only=True)
class ReservedAddress:
    """An address that something outside the library's charts holds, never handed out.

    Attributes:
        address: The address.
        owner: Who holds it, as ``namespace/service``; a LoadBalancedApp with exactly this
            namespace and name may take it.
        note: Why, for the docs.
    """

    address: str
    owner: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class NodeCapacity:
    """What the GPU node offers pods (its allocatable; lower than the hardware by what the
    kubelet and system reserve: read it with ``kubectl describe node``).

    Attributes:
        cpu_cores: Allocatable cores.
        memory_gib: Allocatable memory in GiB.
    """

    cpu_cores: float = 12
    memory_gib: float = 96


@dataclass(frozen=True, kw_only=True)
class Combination:
    """One row of the usage-pattern table: some GPU apps active at once.

    Attributes:
        apps: Names of the active apps.
        min_gb: Their VRAM at the light end.
        max_gb: Their VRAM at the heavy end.
        verdict: ``fits``, ``risk of OOM`` (fits light, not heavy) or ``does not fit``.
    """

    apps: tuple[str, ...]
    min_gb: float
    max_gb: float
    verdict: str


class ClusterPlan(Construct):
    """Declares the cluster's shared capacity for every chart of an App, and checks it at synth.

    Declare it once, before the charts; an App without one gets the defaults below on first
    use. The defaults are the design's cluster: one RTX 4000 SFF Ada (20 GB), 12 cores and
    96 GiB, and no LB-IPAM pool (addresses are then only checked against each other).

    Example:
        app = App()
        ClusterPlan(app, lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
                    reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby")])
        AiNamespaceChart(app, "ai")

    Attributes:
        lb_pools: The LB-IPAM ranges addresses must come from; empty means unchecked.
        reserved: Addresses held outside the charts.
        gpu_card: The GPU model.
        gpus: Physical GPUs.
        node_capacity: The node's allocatable CPU and memory.
    """

    ID = "ClusterPlan"

    def __init__(
        self,
        app: App,
        id: str = ID,
        *,
        lb_pools: Sequence[AddressRange] = (),
        reserved: Sequence[ReservedAddress] = (),
        gpu_card: GpuCard = RTX_4000_SFF_ADA,
        gpus: int = 1,
        node_capacity: NodeCapacity | None = None,
    ) -> None:
        """Declares the plan.

        Args:
            app: The App; the plan spans all its charts.
            id: Defaults to ``ClusterPlan``; there is one per App.
            lb_pools: Defaults to none: addresses are not checked against a pool.
            reserved: Defaults to none.
            gpu_card: Defaults to the RTX 4000 SFF Ada, 20 GB.
            gpus: Defaults to 1.
            node_capacity: Defaults to 12 cores and 96 GiB.

        Raises:
            ValueError: a plan already exists, or an invalid range, reservation, card or count.
        """
        if id != self.ID or app.node.try_find_child(self.ID) is not None:
            raise ValueError(f"{self.ID}: an App has one ClusterPlan, with id {self.ID!r}: declare it once, before the charts")
        super().__init__(app, id)
        self.lb_pools = tuple(lb_pools)
        self._pool_networks = [_range(self, pool) for pool in self.lb_pools]
        self.reserved = tuple(reserved)
        self._reserved = {_address(self, "reserved address", item.address): item for item in self.reserved}
        for item in self.reserved:
            namespace, _, name = item.owner.partition("/")
            if not _validate._DNS_LABEL.match(namespace) or not _validate._DNS_LABEL.match(name):
                raise _validate.fail(
                    self, "reserved owner", f"{item.owner!r} is not 'namespace/service': use for example 'media/emby'"
                )
        self.gpu_card = gpu_card
        if not gpu_card.vram_gb > 0:
            raise _validate.fail(self, "gpu_card.vram_gb", f"{gpu_card.vram_gb!r} is not allowed: use the card's memory in GiB")
        self.gpus = _validate.positive_int(self, "gpus", gpus)
        self.node_capacity = node_capacity or NodeCapacity()
        if not (self.node_capacity.cpu_cores > 0 and self.node_capacity.memory_gib > 0):
            raise _validate.fail(
                self, "node_capacity", f"{self.node_capacity!r} is not allowed: use positive cpu_cores and memory_gib"
            )
        self.load_balanced_apps: list[LoadBalancedApp] = []
        self.workloads: list[Workload] = []
        self.time_slicing: list[GpuTimeSlicing] = []
        self.default_deny: list[DefaultDenyIngress] = []
        self.lb_ip_pools: list[LbIpPool] = []
        self._names: dict[tuple[str, str, str], list[Construct]] = defaultdict(list)
        self._notes: list[str] = []
        # errors() is asked twice per synth (by render() and by cdk8s' validation): computed once
        # per state of the registrations.
        self._revision = 0
        self._errors: tuple[int, list[str]] | None = None
        self.node.add_validation(_PlanValidation(self))
        app._homelab_ai_plan = self  # type: ignore[attr-defined]  # found again in O(1), see of()

    @staticmethod
    def of(scope: IConstruct) -> ClusterPlan:
        """The plan of ``scope``'s App, created with the defaults on first use."""
        cached: ClusterPlan | None = getattr(scope, "_homelab_ai_plan", None)
        if cached is not None:
            return cached
        root = scope.node.root
        plan: ClusterPlan | None = getattr(root, "_homelab_ai_plan", None)
        if plan is None:
            if not isinstance(root, App):
                raise ValueError(
                    f"{scope.node.path}: the construct is not inside a cdk8s App: create charts with Chart(App(), ...)"
                )
            plan = ClusterPlan(root)
        # Charts are the usual scope: remember the plan there too, saving two jsii calls per construct.
        scope._homelab_ai_plan = plan  # type: ignore[attr-defined]
        return plan

    @staticmethod
    def share(construct: IConstruct, plan: ClusterPlan) -> None:
        """Remembers ``plan`` on ``construct``, so its children find it without a jsii round trip."""
        construct._homelab_ai_plan = plan  # type: ignore[attr-defined]

    def register_name(self, construct: Construct, kind: str, namespace: str, name: str) -> None:
        """Records an object's identity; two objects of one kind and name in a namespace are an error."""
        self._names[(kind, namespace, name)].append(construct)
        self._revision += 1

    def register_workload(self, workload: Workload) -> None:
        """Adds a workload's CPU, memory, GPU slices and VRAM to the plan."""
        self.workloads.append(workload)
        self._revision += 1

    def register_load_balanced_app(self, service: LoadBalancedApp) -> None:
        """Adds a LoadBalancer address to the address plan."""
        self.load_balanced_apps.append(service)
        self._revision += 1

    def register_lb_pool(self, pool: LbIpPool) -> None:
        """Records a CiliumLoadBalancerIPPool the charts emit; every address must fall inside one."""
        self.lb_ip_pools.append(pool)
        self._revision += 1

    def parse_range(self, scope: Construct, block: AddressRange) -> tuple[ipaddress.IPv4Address, ipaddress.IPv4Address]:
        """Checks an address range for ``scope`` and returns its ends."""
        return _range(scope, block)

    def register_default_deny(self, policy: DefaultDenyIngress) -> None:
        """Records a namespace that denies ingress by default."""
        self.default_deny.append(policy)
        self._revision += 1

    def register_note(self, note: str) -> None:
        """Adds something a construct wants the user to check on the cluster, printed at synth."""
        self._notes.append(note)

    def register_time_slicing(self, config: GpuTimeSlicing) -> None:
        """Adds the device plugin's time-slicing config (one per App)."""
        self.time_slicing.append(config)
        self._revision += 1

    # --- checks -------------------------------------------------------------------------

    def errors(self) -> list[str]:
        """Every rule the App breaks, one message each (empty when the plan works)."""
        if self._errors is None or self._errors[0] != self._revision:
            found = [*self._address_errors(), *self._gpu_errors(), *self._node_errors(), *self._name_errors()]
            self._errors = (self._revision, found)
        return list(self._errors[1])

    def _address_errors(self) -> Iterator[str]:
        by_address: dict[ipaddress.IPv4Address, list[LoadBalancedApp]] = defaultdict(list)
        for service in self.load_balanced_apps:
            address = ipaddress.IPv4Address(service.address)
            by_address[address].append(service)
            owner = f"{service.namespace}/{service.name}"
            reservation = self._reserved.get(address)
            if reservation is not None and reservation.owner != owner:
                yield (
                    f"{service.node.path}: address {address} is reserved for {reservation.owner}"
                    f"{f' ({reservation.note})' if reservation.note else ''}; {self._free_hint()}"
                )
            elif self._pool_networks and not any(start <= address <= stop for start, stop in self._pool_networks):
                yield (
                    f"{service.node.path}: address {address} is outside the LB-IPAM pool {self._pools_text()}; "
                    f"{self._free_hint()}"
                )
        for pool in self.lb_ip_pools:
            for service in self.load_balanced_apps:
                address = ipaddress.IPv4Address(service.address)
                if not any(start <= address <= stop for start, stop in pool.ranges):
                    blocks = ", ".join(str(block) for block in pool.blocks)
                    yield (
                        f"{pool.node.path}: blocks {blocks} do not contain {service.node.path}'s address {address}, which "
                        "Cilium would then never assign: widen the pool or move the service into it"
                    )
        for address, services in by_address.items():
            if len(services) < 2:
                continue
            first, *others = services
            for other in others:
                problem = _sharing_problem(first, other)
                if problem:
                    yield (
                        f"{other.node.path}: address {address} is already taken by {first.node.path} ({problem}); "
                        f"{self._free_hint()}"
                    )

    def free_addresses(self) -> list[str]:
        """Pool addresses that no service takes and nothing reserves."""
        taken = {ipaddress.IPv4Address(s.address) for s in self.load_balanced_apps} | set(self._reserved)
        free = []
        for start, stop in self._pool_networks:
            for value in range(int(start), int(stop) + 1):
                address = ipaddress.IPv4Address(value)
                if address not in taken:
                    free.append(str(address))
        return free

    def _free_hint(self) -> str:
        if not self._pool_networks:
            return "declare ClusterPlan(lb_pools=...) to have free addresses listed"
        free = self.free_addresses()
        if not free:
            return f"no address is free in {self._pools_text()}: widen the pool"
        shown = ", ".join(free[:FREE_ADDRESSES_SHOWN])
        more = f" and {len(free) - FREE_ADDRESSES_SHOWN} more" if len(free) > FREE_ADDRESSES_SHOWN else ""
        return f"free addresses in {self._pools_text()}: {shown}{more}"

    def _pools_text(self) -> str:
        return ", ".join(str(pool) for pool in self.lb_pools)

    def slices(self) -> tuple[str, int]:
        """The GPU resource pods must request and how many slices the cluster advertises."""
        if self.time_slicing:
            config = self.time_slicing[0]
            return config.resource, self.gpus * config.replicas
        return "nvidia.com/gpu", self.gpus

    def gpu_workloads(self) -> list[Workload]:
        """The workloads that take GPU slices, in declaration order."""
        return [workload for workload in self.workloads if workload.gpu is not None]

    def _gpu_errors(self) -> Iterator[str]:
        if len(self.time_slicing) > 1:
            paths = ", ".join(config.node.path for config in self.time_slicing)
            yield (
                f"{self.time_slicing[1].node.path}: a second time-slicing config ({paths}): the device plugin reads one; "
                "keep one GpuTimeSlicing per App"
            )
        resource, available = self.slices()
        fail_above_one = bool(self.time_slicing) and self.time_slicing[0].fail_requests_greater_than_one
        mismatched = [w for w in self.gpu_workloads() if w.gpu is not None and w.gpu.resource != resource]
        if mismatched:
            source = f"the time-slicing config {self.time_slicing[0].node.path}" if self.time_slicing else "the device plugin"
            also = f" (also {', '.join(w.node.path for w in mismatched[1:])})" if len(mismatched) > 1 else ""
            assert mismatched[0].gpu is not None
            yield (
                f"{mismatched[0].node.path}: gpu.resource {mismatched[0].gpu.resource} is not what {source} advertises "
                f"({resource}): use Gpu(resource={resource!r}){also}"
            )
        for workload in self.gpu_workloads():
            gpu = workload.gpu
            assert gpu is not None
            if fail_above_one and gpu.count > 1:
                yield (
                    f"{workload.node.path}: gpu.count {gpu.count} is refused by the time-slicing config "
                    "(failRequestsGreaterThanOne: true): request 1 slice"
                )
            vram = workload.vram
            if vram is not None and vram.max_gb > self.gpu_card.vram_gb:
                yield (
                    f"{workload.node.path}: vram up to {vram.max_gb:g} GB ({vram.basis}) does not fit the "
                    f"{self.gpu_card.name} ({self.gpu_card.vram_gb:g} GB) even alone: choose a smaller model or quantization"
                )
        requested = sum(w.gpu.count for w in self.gpu_workloads() if w.gpu)
        if requested > available:
            users = ", ".join(f"{w.node.path} {w.gpu.count}" for w in self.gpu_workloads() if w.gpu)
            if self.time_slicing:
                config = self.time_slicing[0]
                needed = -(-requested // max(self.gpus, 1))
                yield (
                    f"{config.node.path}: replicas {config.replicas} on {self.gpus} GPU give {available} slices, but {requested} "
                    f"are requested ({users}): set replicas to {needed} or more, add a GPU, or run fewer GPU apps"
                )
            else:
                yield (
                    f"{self.node.path}: gpus {self.gpus} give {available} slices without time-slicing, but {requested} are "
                    f"requested ({users}): add a GpuTimeSlicing or a GPU"
                )

    def _node_errors(self) -> Iterator[str]:
        cpu, memory = self.requests()
        capacity = self.node_capacity
        if cpu > capacity.cpu_cores * 1000:
            yield (
                f"{self.node.path}: node_capacity.cpu_cores {capacity.cpu_cores:g} is below the {cpu / 1000:g} cores requested "
                f"({self._top('cpu')}): lower requests (limits may stay above) or declare the node's real allocatable"
            )
        if memory > capacity.memory_gib * 1024:
            yield (
                f"{self.node.path}: node_capacity.memory_gib {capacity.memory_gib:g} is below the {memory / 1024:g}Gi requested "
                f"({self._top('memory')}): lower requests (limits may stay above) or declare the node's real allocatable"
            )

    def _top(self, resource: str) -> str:
        def amount(workload: Workload) -> int:
            r = workload.resources
            return r.cpu_request_millicores if resource == "cpu" else r.memory_request_mib

        largest = sorted(self.workloads, key=amount, reverse=True)[:3]
        return "largest: " + ", ".join(
            f"{w.node.path} {amount(w) / 1000:g}" if resource == "cpu" else f"{w.node.path} {amount(w) / 1024:g}Gi"
            for w in largest
        )

    def _name_errors(self) -> Iterator[str]:
        for (kind, namespace, name), constructs in self._names.items():
            if len(constructs) > 1:
                where = f" in namespace {namespace}" if namespace else ""
                yield (
                    f"{constructs[1].node.path}: name {name!r} is already used by {constructs[0].node.path} for a {kind}{where}: "
                    "give one of them another name"
                )

    # --- figures for the docs ---------------------------------------------------------------

    def requests(self) -> tuple[int, int]:
        """Summed requests of every workload: millicores and MiB."""
        return (
            sum(w.resources.cpu_request_millicores for w in self.workloads),
            sum(w.resources.memory_request_mib for w in self.workloads),
        )

    def limits(self) -> tuple[int, int]:
        """Summed limits of every workload: millicores and MiB."""
        return (
            sum(w.resources.cpu_limit_millicores for w in self.workloads),
            sum(w.resources.memory_limit_mib for w in self.workloads),
        )

    def combinations(self) -> list[Combination]:
        """The usage-pattern table: each set of GPU apps active at once, and whether it fits."""
        apps = [(w.name, w.vram) for w in self.gpu_workloads() if w.vram is not None]
        if len(apps) <= MAX_APPS_FOR_ALL_COMBINATIONS:
            groups = [group for size in range(1, len(apps) + 1) for group in itertools.combinations(apps, size)]
        else:
            groups = [*((app,) for app in apps), *itertools.combinations(apps, 2), tuple(apps)]
        rows = []
        for group in groups:
            low = round(sum(vram.min_gb for _, vram in group), 1)
            high = round(sum(vram.max_gb for _, vram in group), 1)
            card = self.gpu_card.vram_gb
            verdict = "fits" if high <= card else ("risk of OOM" if low <= card else "does not fit")
            rows.append(Combination(apps=tuple(name for name, _ in group), min_gb=low, max_gb=high, verdict=verdict))
        return rows

    def notes(self) -> list[str]:
        """Things that are allowed but worth knowing, printed at synth and written to the docs."""
        notes = list(self._notes)
        resource, available = self.slices()
        requested = sum(w.gpu.count for w in self.gpu_workloads() if w.gpu)
        if self.gpu_workloads() and requested == available:
            notes.append(f"no GPU slice is left spare: {requested} of {available} {resource} slices are requested")
        if any(row.verdict != "fits" for row in self.combinations() if len(row.apps) > 1):
            notes.append("some GPU apps do not fit the card when active together: see the usage patterns in docs/gpu.md")
        return notes


@jsii.implements(IValidation)
class _PlanValidation:
    """Runs the plan's checks when cdk8s validates the App (``app.synth()``, ``chart.to_json()``)."""

    def __init__(self, plan: ClusterPlan) -> None:
        self._plan = plan

    def validate(self) -> list[str]:
        return self._plan.errors()


def _sharing_problem(first: LoadBalancedApp, other: LoadBalancedApp) -> str:
    """Why two services cannot share an address under Cilium's rules, or '' when they can."""
    if first.sharing_key is None or other.sharing_key is None:
        return "sharing needs the same lbipam.cilium.io/sharing-key on both services"
    if first.sharing_key != other.sharing_key:
        return f"sharing keys differ: {first.sharing_key!r} and {other.sharing_key!r}"
    if first.namespace != other.namespace:
        return "the services are in different namespaces, which Cilium only shares with sharing-cross-namespace"
    if first.port == other.port:
        return f"both listen on port {first.port}"
    return ""


def _address(scope: Construct, prop: str, value: str) -> ipaddress.IPv4Address:
    try:
        return ipaddress.IPv4Address(value)
    except (ipaddress.AddressValueError, ValueError, TypeError):
        raise _validate.fail(scope, prop, f"{value!r} is not an IPv4 address: use dotted form such as '10.10.2.30'") from None


def _range(scope: Construct, pool: AddressRange) -> tuple[ipaddress.IPv4Address, ipaddress.IPv4Address]:
    start = _address(scope, "lb_pools start", pool.start)
    stop = _address(scope, "lb_pools stop", pool.stop)
    if stop < start:
        raise _validate.fail(scope, "lb_pools", f"{pool} ends before it starts: put the lower address first")
    return start, stop
