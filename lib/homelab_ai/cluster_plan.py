"""The cluster's shared capacity, checked over every object of one App when it is synthesized.

The plan holds what only the cluster knows (the LB-IPAM pool, addresses held elsewhere, the
GPU card, the node's allocatable) and the few facts a manifest cannot carry (VRAM). Everything
else it reads from the rendered manifests of every chart, whoever built the objects, through a
cdk8s validation: ``app.synth()``, ``cdk8s synth`` and ``chart.to_json()`` refuse what
``make synth`` refuses. The library's own policy (``policy.py``) runs in the same validation.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import jsii
from cdk8s import ApiObject, App, Chart
from constructs import Construct, IConstruct, IValidation

from homelab_ai import _node_checks, _plan_checks, _scope, _typecheck, _validate, policy
from homelab_ai._render_pass import RENDER_PASS
from homelab_ai.gpu_nodes import (
    GpuNode,
    Placement,
    check_nodes,
    config_key,
    gfd_labels,
    place,
)
from homelab_ai.inventory import Inventory, Manifest, ObjectId, id_of
from homelab_ai.plan_figures import PlanFigures
from homelab_ai.routes import checks as route_checks
from homelab_ai.routes.gateway import GatewayListener, check_listeners
from homelab_ai.vram import RTX_4000_SFF_ADA, GpuCard, Vram

# "{Service ai/web}" in a rule's message: replaced by the construct path that built the object.
_REFERENCE = re.compile(r"\{([A-Za-z][A-Za-z0-9]*) ([^{}]+)\}")


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
        owner: Who holds it, as ``namespace/service``; a LoadBalancer Service with exactly this
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


@dataclass(kw_only=True)
class Facts:
    """What a construct says about an object it renders that the manifest cannot say.

    Attributes:
        vram: VRAM its pods use on the GPU.
        description: What users reach there (access-point table).
        settings: The user's setting behind a field of the object, for messages
            (``{"replicas": "gpu_sharing.time_slicing_replicas"}``).
    """

    vram: Vram | None = None
    description: str = ""
    settings: dict[str, str] = field(default_factory=dict)


class ClusterPlan(PlanFigures, Construct):
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
        gateways: The Gateway listeners routes may attach to.
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
        nodes: Sequence[GpuNode] = (),
        gateways: Sequence[GatewayListener] = (),
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
            nodes: The GPU nodes, each with its card, count, sharing and allocatable; replaces
                ``gpu_card``, ``gpus`` and ``node_capacity``. Defaults to the design's one node,
                whose sharing is the time-slicing config the charts emit.
            gateways: The Gateway listeners HTTPRoutes may attach to (``HttpsRoute``). Defaults
                to none: the apps are reached at their LoadBalancer addresses only.

        Raises:
            ValueError: a plan already exists, or an invalid range, reservation, card or count.
        """
        if id != self.ID or app.node.try_find_child(self.ID) is not None:
            raise ValueError(f"{self.ID}: an App has one ClusterPlan, with id {self.ID!r}: declare it once, before the charts")
        super().__init__(app, id)
        for prop, items in (("lb_pools", lb_pools), ("reserved", reserved)):
            if isinstance(items, (str, AddressRange, ReservedAddress)):
                raise _validate.fail(self, prop, f"{items!r} is not a list: write [{items!r}]")
            for index, item in enumerate(items):
                _typecheck.check_fields(self, f"{prop}[{index}]", item)
        for prop, value in (("gpu_card", gpu_card), ("node_capacity", node_capacity)):
            if value is not None:
                _typecheck.check_fields(self, prop, value)
        self.lb_pools = tuple(lb_pools)
        self._pool_ranges = [self.parse_range(self, pool) for pool in self.lb_pools]
        self.reserved = tuple(reserved)
        self._reserved: dict[ipaddress.IPv4Address, tuple[str, str]] = {}
        for item in self.reserved:
            address = _address(self, "reserved address", item.address)
            if address in self._reserved:
                raise _validate.fail(
                    self,
                    "reserved",
                    f"lists {address} twice ({self._reserved[address][0]} and {item.owner}): keep one reservation per address",
                )
            namespace, _, name = item.owner.partition("/") if isinstance(item.owner, str) else ("", "", "")
            if not _validate._DNS_LABEL.match(namespace) or not _validate._DNS_LABEL.match(name):
                raise _validate.fail(
                    self, "reserved owner", f"{item.owner!r} is not 'namespace/service': use for example 'media/emby'"
                )
            self._reserved[address] = (item.owner, item.note)
        if not isinstance(gpu_card, GpuCard):
            raise _validate.fail(self, "gpu_card", f"{gpu_card!r} is not a GpuCard: use GpuCard(name=..., vram_gb=20)")
        if not _validate.is_number(gpu_card.vram_gb) or not gpu_card.vram_gb > 0:
            raise _validate.fail(
                self, "gpu_card.vram_gb", f"{gpu_card.vram_gb!r} is not allowed: use the card's memory in GB, a positive number"
            )
        self.gpu_card = gpu_card
        self.gpus = _validate.positive_int(self, "gpus", gpus)
        self.node_capacity = node_capacity or NodeCapacity()
        for prop in ("cpu_cores", "memory_gib"):
            value = getattr(self.node_capacity, prop)
            if not _validate.is_number(value) or not value > 0:
                raise _validate.fail(self, f"node_capacity.{prop}", f"{value!r} is not allowed: use a positive number")
        if isinstance(nodes, GpuNode):
            raise _validate.fail(self, "nodes", f"{nodes!r} is not a list: write [GpuNode(...)]")
        self.explicit_nodes = bool(nodes)
        if self.explicit_nodes:
            if gpu_card is not RTX_4000_SFF_ADA or gpus != 1 or node_capacity is not None:
                raise _validate.fail(
                    self,
                    "nodes",
                    "are given with gpu_card, gpus or node_capacity: declare the card, count and capacity on each GpuNode",
                )
            check_nodes(self, tuple(nodes))
            self.nodes = tuple(nodes)
            first = self.nodes[0]
            self.gpu_card, self.gpus = first.card, first.gpus
            self.node_capacity = NodeCapacity(cpu_cores=first.cpu_cores, memory_gib=first.memory_gib)
        else:
            # The design's one node: its sharing is read from the device plugin config in the App.
            capacity = self.node_capacity
            self.nodes = (
                GpuNode(
                    name="gpu-node", card=gpu_card, gpus=self.gpus, cpu_cores=capacity.cpu_cores, memory_gib=capacity.memory_gib
                ),
            )
        self.gateways = check_listeners(self, gateways)
        self._facts: dict[ObjectId, Facts] = {}
        self._notes: list[str] = []
        self._doc_writers: list[Callable[[Inventory], dict[str, tuple[str, str]]]] = []
        self._rendering = False
        self._rendered: dict[str, list[Manifest]] | None = None
        # Folders whose chart is rendering now: an object reading one of them while it renders
        # (a quota reading a verify Job that reads the quota's chart) must not render it again.
        self._in_progress: set[str] = set()
        self._app = app
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

    def declare(self, kind: str, namespace: str, name: str, **facts: Any) -> None:
        """Records facts about an object a construct renders (see ``Facts``)."""
        current = self._facts.setdefault(ObjectId(kind, namespace, name), Facts())
        for key, value in facts.items():
            setattr(current, key, value)

    def facts(self, identity: ObjectId) -> Facts:
        """The facts declared for an object (empty ones for an object nobody described)."""
        return self._facts.get(identity, Facts())

    @property
    def default_key(self) -> str:
        """The device plugin config key the operator gives unlabelled nodes: the first node's."""
        return config_key(self.nodes[0].sharing)

    def node_labels(self, node: GpuNode) -> dict[str, str]:
        """The labels ``node`` carries once the GPU operator runs (its own, GFD's, config labels)."""
        return gfd_labels(node, config_key(node.sharing), self.default_key)

    def placement(self, scope: Construct, gpu: Any, vram: Vram | None) -> Placement | None:
        """Where a GPU workload with ``gpu`` (a ``Gpu``) may run, or ``None`` without declared nodes.

        Raises:
            ValueError: no declared node can host it, or a placement field without declared nodes.
        """
        if not self.explicit_nodes:
            for prop in ("exclusive", "mig_profile"):
                if getattr(gpu, prop):
                    raise _validate.fail(scope, f"gpu.{prop}", "needs the GPU nodes: declare ClusterPlan(nodes=[GpuNode(...)])")
            if gpu.card is not None and gpu.card.name != self.gpu_card.name:
                raise _validate.fail(
                    scope, "gpu.card", f"{gpu.card.name} is not the cluster's {self.gpu_card.name}: declare it on a GpuNode"
                )
            return None
        return place(
            scope,
            self.nodes,
            node_selector=gpu.node_selector,
            card=gpu.card,
            min_vram_gb=gpu.min_vram_gb,
            exclusive=gpu.exclusive,
            mig_profile=gpu.mig_profile,
            vram_gb=vram.max_gb if vram is not None else None,
        )

    def register_note(self, note: str) -> None:
        """Adds something a construct wants the user to check on the cluster, printed at synth."""
        self._notes.append(note)

    def register_docs(self, writer: Callable[[Inventory], dict[str, tuple[str, str]]]) -> None:
        """Adds generated docs: ``writer`` maps the App's inventory to ``{file: (what it holds, text)}``."""
        self._doc_writers.append(writer)

    def extra_docs(self, inventory: Inventory) -> dict[str, tuple[str, str]]:
        """The docs constructs registered, from ``inventory``."""
        docs: dict[str, tuple[str, str]] = {}
        for writer in self._doc_writers:
            docs.update(writer(inventory))
        return docs

    @staticmethod
    def parse_range(scope: Construct, block: AddressRange) -> tuple[ipaddress.IPv4Address, ipaddress.IPv4Address]:
        """Checks an address range for ``scope`` and returns its ends."""
        if not isinstance(block, AddressRange):
            raise _validate.fail(scope, "lb_pools", f"{block!r} is not an AddressRange: use AddressRange(start=..., stop=...)")
        start = _address(scope, "lb_pools start", block.start)
        stop = _address(scope, "lb_pools stop", block.stop)
        if stop < start:
            raise _validate.fail(scope, "lb_pools", f"{block} ends before it starts: put the lower address first")
        return start, stop

    # --- reading the App ---------------------------------------------------------------

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Renders charts without running this plan's own validation again (it is the caller)."""
        self._rendering, before = True, self._rendering
        try:
            yield
        finally:
            self._rendering = before

    def render(self) -> dict[str, list[Manifest]]:
        """The manifests of every chart of the App, by dist/ folder, after every other validation.

        Raises:
            ValueError: another validation failed, or two charts share a folder name.
        """
        charts: dict[str, list[Manifest]] = {}
        # Objects that read other charts while they render (Flux layers) find them here.
        self._rendered = charts
        try:
            with self._quiet(), RENDER_PASS.running():
                for chart in self._app.charts:
                    folder = _scope.folder_of(chart)
                    if folder in charts:
                        raise ValueError(f"{chart.node.path}: chart maps to folder {folder!r}, used by another chart: rename one")
                    try:
                        with self._rendering_chart(folder):
                            charts[folder] = list(chart.to_json())
                    except RuntimeError as error:  # jsii's wrapping of a failed validation
                        raise ValueError(_validation_message(str(error))) from None
        finally:
            self._rendered = None
        return charts

    def manifests_of(self, chart: Chart) -> list[Manifest]:
        """The manifests of one chart: from the render under way when it has reached the chart,
        else rendered now (without this plan's checks, which run once, on the whole App)."""
        folder = _scope.folder_of(chart)
        if self._rendered is not None and folder in self._rendered:
            return self._rendered[folder]
        with self._quiet(), self._rendering_chart(folder):
            return list(chart.to_json())

    def manifests_unless_rendering(self, chart: Chart) -> list[Manifest] | None:
        """``manifests_of(chart)``, or ``None`` while that chart is itself rendering (the caller
        is one of its objects' readers: it renders with what it knows without the chart)."""
        if self.is_rendering(chart):
            return None
        return self.manifests_of(chart)

    def is_rendering(self, chart: Chart) -> bool:
        """Whether ``chart`` is rendering now, an object of it reading the caller."""
        return _scope.folder_of(chart) in self._in_progress

    @contextmanager
    def _rendering_chart(self, folder: str) -> Iterator[None]:
        fresh = folder not in self._in_progress
        self._in_progress.add(folder)
        try:
            yield
        finally:
            if fresh:
                self._in_progress.discard(folder)

    def problems(self, charts: Mapping[str, Sequence[Manifest]]) -> list[str]:
        """Every rule the rendered App breaks, one message each, led by the construct path."""
        paths = _Paths(self._app)
        found = list(self._rule_problems(Inventory.read(charts), paths))
        found += [f"{paths.of(id_of(manifest))}: {problem}" for _, manifest, problem in policy.problems(charts)]
        return found

    def inventory(self) -> Inventory:
        """The inventory of the App as it renders now."""
        return Inventory.read(self.render())

    def errors(self) -> list[str]:
        """Every rule the App breaks now (empty when the plan works)."""
        return self.problems(self.render())

    def _rule_problems(self, inventory: Inventory, paths: _Paths) -> Iterator[str]:
        rules: list[tuple[ObjectId | None, str]] = [
            *_plan_checks.address_problems(inventory, self._pool_ranges, self._reserved, lambda: self._free_hint(inventory))
        ]
        if self.explicit_nodes:
            labels = {node.name: self.node_labels(node) for node in self.nodes}
            rules += _node_checks.node_problems(inventory, self.nodes, labels, lambda i: self.facts(i).vram, self._setting)
            rules += _node_checks.config_problems(inventory, self.nodes)
        else:
            rules += _plan_checks.gpu_problems(inventory, self.supply(inventory), self._setting)
            rules += self._vram_problems(inventory)
            rules += self._node_problems(inventory)
        rules += route_checks.route_problems(inventory, self.gateways)
        for identity, message in rules:
            where = self.node.path if identity is None else paths.of(identity)
            yield f"{where}: {_REFERENCE.sub(lambda m: paths.of(_identity(m)), message)}"
        for identity, message in _plan_checks.name_problems(inventory):
            first, second = paths.all(identity)[:2]
            yield f"{second}: {message.replace('{first}', first)}"

    def _setting(self, identity: ObjectId, field_name: str) -> str:
        """The user's setting behind ``field_name`` of an object; the object's own field when undeclared."""
        fallback = {"gpu.resource": "resources.limits", "gpu.count": "resources.limits"}.get(field_name, field_name)
        return self.facts(identity).settings.get(field_name, fallback)


class _Paths:
    """Construct paths of rendered objects, looked up only when a message needs one."""

    def __init__(self, app: App) -> None:
        self._app = app
        self._index: dict[ObjectId, list[str]] | None = None

    def all(self, identity: ObjectId) -> list[str]:
        if self._index is None:
            self._index = {}
            for construct in self._app.node.find_all():
                if isinstance(construct, ApiObject) and not isinstance(construct, Chart):
                    key = ObjectId(construct.kind, construct.metadata.namespace or "", construct.name)
                    path = construct.node.path
                    # A construct's primary object is its "Resource" child: name the construct.
                    self._index.setdefault(key, []).append(path.removesuffix("/Resource"))
        return self._index.get(identity) or [str(identity), str(identity)]

    def of(self, identity: ObjectId) -> str:
        return self.all(identity)[0]


def _identity(match: re.Match[str]) -> ObjectId:
    namespace, _, name = match.group(2).rpartition("/")
    return ObjectId(match.group(1), namespace, name)


def _validation_message(text: str) -> str:
    """cdk8s' "Validation failed ... [path] message" as one "path: message" line per problem."""
    prefix = "Error: Validation failed with the following errors:"
    if not text.startswith(prefix):
        return text
    lines = []
    for line in text[len(prefix) :].strip().splitlines():
        path, _, message = line.strip().partition("] ")
        path = path.removeprefix("[")
        lines.append(message if message.startswith(f"{path}:") or path.endswith(ClusterPlan.ID) else f"{path}: {message}")
    return "\n".join(lines)


@jsii.implements(IValidation)
class _PlanValidation:
    """Runs the plan and the policy when cdk8s validates the App (``app.synth()``, ``chart.to_json()``)."""

    def __init__(self, plan: ClusterPlan) -> None:
        self._plan = plan

    def validate(self) -> list[str]:
        if self._plan._rendering:
            return []
        return self._plan.errors()


def _address(scope: Construct, prop: str, value: str) -> ipaddress.IPv4Address:
    try:
        return ipaddress.IPv4Address(value)
    except (ipaddress.AddressValueError, ValueError, TypeError):
        raise _validate.fail(scope, prop, f"{value!r} is not an IPv4 address: use dotted form such as '10.10.2.30'") from None
