"""GPU nodes as the plan declares them: which card, how many, and how the device plugin shares them.

Facts from the NVIDIA device plugin (k8s-device-plugin v0.17.4, api/config/v1, internal/lm) and
the GPU operator (v25.10.1): sharing is one mode per node, chosen by the node label
``nvidia.com/device-plugin.config`` among the keys of one ConfigMap (unlabelled nodes get the
operator's ``devicePlugin.config.default``); time-slicing and MPS need at least 2 replicas and
exclude each other; MPS gives each replica an equal share of the card's memory and refuses
requests above 1; MPS does not work on MIG devices; MIG layouts come from the MIG manager's
config through the node label ``nvidia.com/mig.config``, and with the ``mixed`` strategy each
profile is its own resource, ``nvidia.com/mig-<profile>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from homelab_ai import _typecheck, _validate
from homelab_ai.gpu_cards import RTX_4000_SFF_ADA, GpuCard

GPU = "nvidia.com/gpu"
CONFIG_LABEL = "nvidia.com/device-plugin.config"
MIG_CONFIG_LABEL = "nvidia.com/mig.config"


@dataclass(frozen=True, kw_only=True)
class Exclusive:
    """Each pod gets whole GPUs (no sharing)."""


@dataclass(frozen=True, kw_only=True)
class TimeSlicing:
    """Time-slicing: each GPU is advertised ``replicas`` times; no memory isolation.

    Attributes:
        replicas: Slices per GPU, at least 2.
        rename: Advertise slices as ``nvidia.com/gpu.shared``.
        fail_requests_greater_than_one: Refuse pods that ask for more than one slice.
    """

    replicas: int = 4
    rename: bool = False
    fail_requests_greater_than_one: bool = False


@dataclass(frozen=True, kw_only=True)
class Mps:
    """CUDA MPS: each GPU is advertised ``replicas`` times, each replica limited to an equal share
    of the card's memory; a pod may request one replica.

    Attributes:
        replicas: Replicas per GPU, at least 2.
        rename: Advertise replicas as ``nvidia.com/gpu.shared``.
    """

    replicas: int = 2
    rename: bool = False


@dataclass(frozen=True, kw_only=True)
class Mig:
    """MIG with the ``mixed`` strategy: each GPU is cut into the instances of ``layout``.

    Attributes:
        layout: Instances per GPU by profile (``{"3g.20gb": 1, "2g.10gb": 2}``).
        name: The MIG manager config's name (the node's ``nvidia.com/mig.config``); derived
            from the layout by default.
    """

    layout: Mapping[str, int]
    name: str | None = None

    @property
    def config_name(self) -> str:
        if self.name:
            return self.name
        return "homelab-" + "-".join(f"{count}x{profile}" for profile, count in sorted(self.layout.items()))


Sharing = Exclusive | TimeSlicing | Mps | Mig


@dataclass(frozen=True, kw_only=True)
class GpuNode:
    """A node with GPUs, as the plan checks workloads against it.

    Attributes:
        name: The node's name, for messages and docs.
        card: Its GPU model.
        gpus: GPUs of that model in the node.
        sharing: How the device plugin shares them.
        cpu_cores: Allocatable cores (``kubectl describe node``).
        memory_gib: Allocatable memory in GiB.
        labels: Labels that select this node; defaults to ``kubernetes.io/hostname: <name>``.
    """

    name: str
    card: GpuCard = RTX_4000_SFF_ADA
    gpus: int = 1
    sharing: Sharing = field(default_factory=TimeSlicing)
    cpu_cores: float = 12
    memory_gib: float = 96
    labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def selector(self) -> dict[str, str]:
        return dict(self.labels) or {"kubernetes.io/hostname": self.name}

    def resources(self) -> dict[str, int]:
        """The GPU resources the device plugin advertises on the node, with their counts."""
        sharing = self.sharing
        if isinstance(sharing, Mig):
            return {f"nvidia.com/mig-{profile}": count * self.gpus for profile, count in sorted(sharing.layout.items())}
        if isinstance(sharing, (TimeSlicing, Mps)):
            return {f"{GPU}.shared" if sharing.rename else GPU: sharing.replicas * self.gpus}
        return {GPU: self.gpus}

    def memory_per_unit(self, resource: str) -> float:
        """The VRAM one unit of ``resource`` gives a pod, at most (an MPS share, a MIG instance, a card)."""
        sharing = self.sharing
        if isinstance(sharing, Mig):
            return self.card.mig_profiles[resource.removeprefix("nvidia.com/mig-")].memory_gb
        if isinstance(sharing, Mps):
            return self.card.vram_gb / sharing.replicas
        return self.card.vram_gb


def config_key(sharing: Sharing) -> str:
    """The device plugin config's key for a sharing mode (one key per distinct mode)."""
    if isinstance(sharing, TimeSlicing):
        flags = ("-renamed" if sharing.rename else "") + ("-strict" if sharing.fail_requests_greater_than_one else "")
        return f"time-slicing-{sharing.replicas}{flags}"
    if isinstance(sharing, Mps):
        return f"mps-{sharing.replicas}" + ("-renamed" if sharing.rename else "")
    if isinstance(sharing, Mig):
        return "mig-mixed"
    return "exclusive"


def describe_sharing(sharing: Sharing) -> str:
    """A sharing mode in words, for docs."""
    if isinstance(sharing, TimeSlicing):
        return f"time-slicing, {sharing.replicas} replicas" + (" (renamed)" if sharing.rename else "")
    if isinstance(sharing, Mps):
        return f"MPS, {sharing.replicas} replicas" + (" (renamed)" if sharing.rename else "")
    if isinstance(sharing, Mig):
        return "MIG " + ", ".join(f"{count} x {profile}" for profile, count in sorted(sharing.layout.items()))
    return "exclusive"


def device_plugin_config(sharing: Sharing, *, resource: str = GPU) -> dict[str, Any]:
    """The device plugin's config file (api/config/v1) for a sharing mode of ``resource``."""
    config: dict[str, Any] = {"version": "v1", "flags": {"migStrategy": "mixed" if isinstance(sharing, Mig) else "none"}}
    if isinstance(sharing, TimeSlicing):
        config["sharing"] = {
            "timeSlicing": {
                "renameByDefault": sharing.rename,
                "failRequestsGreaterThanOne": sharing.fail_requests_greater_than_one,
                "resources": [{"name": resource, "replicas": sharing.replicas}],
            }
        }
    elif isinstance(sharing, Mps):
        config["sharing"] = {
            "mps": {"renameByDefault": sharing.rename, "resources": [{"name": resource, "replicas": sharing.replicas}]}
        }
    return config


def gfd_labels(node: GpuNode, key: str, default_key: str) -> dict[str, str]:
    """The labels the node carries once the GPU operator runs: its own, GPU feature discovery's,
    and the config labels it needs (listed in the docs and ``make synth`` notes)."""
    labels = dict(node.selector)
    sharing = node.sharing
    shared = isinstance(sharing, (TimeSlicing, Mps)) and not sharing.rename
    if node.card.product:
        # GFD adds -SHARED to the product when replicas > 1 and the resource is not renamed.
        labels["nvidia.com/gpu.product"] = node.card.product + ("-SHARED" if shared else "")
    labels["nvidia.com/gpu.count"] = str(node.gpus)
    if key != default_key:
        labels[CONFIG_LABEL] = key
    if isinstance(sharing, Mig):
        labels[MIG_CONFIG_LABEL] = sharing.config_name
    return labels


def check_nodes(scope: Construct, nodes: tuple[GpuNode, ...]) -> None:
    """Checks the declared nodes: names, sharing modes, MIG layouts against their cards.

    Raises:
        ValueError: a node of the wrong type, a duplicate name, a replica count below 2, a MIG
            profile the card lacks or a layout that does not fit it.
    """
    seen: set[str] = set()
    for index, node in enumerate(nodes):
        prop = f"nodes[{index}]"
        if not isinstance(node, GpuNode):
            raise _validate.fail(scope, prop, f"{node!r} is not a GpuNode: use GpuNode(name=..., card=..., sharing=...)")
        _typecheck.check_fields(scope, prop, node)
        prop = f"nodes[{node.name!r}]"
        _validate.dns_subdomain(scope, f"{prop}.name", node.name)
        if node.name in seen:
            raise _validate.fail(scope, f"{prop}.name", f"{node.name!r} is declared twice: give each node its own name")
        seen.add(node.name)
        _validate.positive_int(scope, f"{prop}.gpus", node.gpus)
        for what in ("cpu_cores", "memory_gib"):
            if not getattr(node, what) > 0:
                raise _validate.fail(scope, f"{prop}.{what}", f"{getattr(node, what)!r} is not allowed: use a positive number")
        _validate.labels(scope, f"{prop}.labels", node.labels)
        _check_sharing(scope, prop, node)


def _check_sharing(scope: Construct, prop: str, node: GpuNode) -> None:
    sharing = node.sharing
    if isinstance(sharing, (TimeSlicing, Mps)) and sharing.replicas < 2:
        kind = "TimeSlicing" if isinstance(sharing, TimeSlicing) else "Mps"
        raise _validate.fail(
            scope,
            f"{prop}.sharing.replicas",
            f"{sharing.replicas!r} is not allowed: the device plugin needs at least 2 replicas; use Exclusive() to give "
            f"pods whole GPUs, or {kind}(replicas=2) or more",
        )
    if not isinstance(sharing, Mig):
        return
    card = node.card
    if not card.mig_profiles:
        raise _validate.fail(
            scope, f"{prop}.sharing", f"asks for MIG, which the {card.name} does not support: use TimeSlicing or Mps"
        )
    for profile, count in sharing.layout.items():
        if profile not in card.mig_profiles:
            known = ", ".join(card.mig_profiles)
            raise _validate.fail(
                scope, f"{prop}.sharing.layout", f"profile {profile!r} is not one of the {card.name}'s: use one of {known}"
            )
        _validate.positive_int(scope, f"{prop}.sharing.layout[{profile!r}]", count)
    if not card.mig_layout_fits(sharing.layout):
        compute = sum(card.mig_profiles[p].compute_slices * n for p, n in sharing.layout.items())
        memory = sum(card.mig_profiles[p].memory_slices * n for p, n in sharing.layout.items())
        raise _validate.fail(
            scope,
            f"{prop}.sharing.layout",
            f"{dict(sharing.layout)} does not fit one {card.name} ({compute} of {card.mig_compute_slices} compute slices, "
            f"{memory} of {card.mig_memory_slices} memory slices, placed by NVIDIA's rules): use fewer or smaller instances",
        )


@dataclass(frozen=True)
class Placement:
    """Where a GPU workload may run: the resource to request and the nodes that advertise it."""

    resource: str
    nodes: tuple[GpuNode, ...]

    def node_selection(self) -> tuple[dict[str, str] | None, dict[str, Any] | None]:
        """A ``nodeSelector`` for one node, or a required node affinity for several."""
        if len(self.nodes) == 1:
            return self.nodes[0].selector, None
        terms = [
            {"matchExpressions": [{"key": key, "operator": "In", "values": [value]} for key, value in node.selector.items()]}
            for node in self.nodes
        ]
        return None, {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": terms}}}


def place(
    scope: Construct,
    nodes: tuple[GpuNode, ...],
    *,
    node_selector: Mapping[str, str],
    card: GpuCard | None,
    min_vram_gb: float | None,
    exclusive: bool,
    mig_profile: str | None,
    vram_gb: float | None,
    prop: str = "gpu",
) -> Placement:
    """The nodes that can host a GPU workload and the resource they advertise for it.

    Raises:
        ValueError: no declared node fits, with the requirement that ruled the last ones out.
    """
    names = ", ".join(node.name for node in nodes)
    candidates = list(nodes)
    if node_selector:
        # Matched against every label the node will carry: its own, GPU feature discovery's, the config labels.
        default_key = config_key(nodes[0].sharing)
        labels = {n.name: gfd_labels(n, config_key(n.sharing), default_key) for n in nodes}
        candidates = [n for n in candidates if all(labels[n.name].get(k) == v for k, v in node_selector.items())]
        if not candidates:
            raise _validate.fail(
                scope, f"{prop}.node_selector", f"{dict(node_selector)} matches no declared node ({names}): fix the labels"
            )
    if card is not None:
        candidates = [n for n in candidates if n.card.name == card.name]
        if not candidates:
            raise _validate.fail(scope, f"{prop}.card", f"{card.name} is on no declared node ({names}): pick a card a node has")
    if mig_profile is not None:
        candidates = [n for n in candidates if isinstance(n.sharing, Mig) and mig_profile in n.sharing.layout]
        resource = f"nvidia.com/mig-{mig_profile}"
        if not candidates:
            raise _validate.fail(
                scope, f"{prop}.mig_profile", f"{mig_profile!r} is in no node's MIG layout: add it to a node's Mig(layout=...)"
            )
    else:
        wanted = (Exclusive,) if exclusive else (Exclusive, TimeSlicing, Mps)
        candidates = [n for n in candidates if isinstance(n.sharing, wanted)]
        if not candidates:
            what = "no node gives whole GPUs" if exclusive else "every node left is cut by MIG"
            raise _validate.fail(
                scope, f"{prop}.exclusive" if exclusive else f"{prop}.mig_profile", f"cannot be met: {what} ({names})"
            )
        # One resource name per workload: the first candidate's, and the nodes advertising it.
        resource = next(iter(candidates[0].resources()))
        candidates = [n for n in candidates if resource in n.resources()]
    needed = max(min_vram_gb or 0, vram_gb or 0)
    fitting = [n for n in candidates if n.memory_per_unit(resource) >= needed]
    if not fitting:
        largest = max(candidates, key=lambda n: n.memory_per_unit(resource))
        raise _validate.fail(
            scope,
            f"{prop}.min_vram_gb" if (min_vram_gb or 0) >= (vram_gb or 0) else "vram",
            f"needs {needed:g} GB of VRAM, more than any node gives it (at most {largest.memory_per_unit(resource):g} GB "
            f"per {resource} on {largest.name}): choose a smaller model or a bigger card",
        )
    return Placement(resource=resource, nodes=tuple(fitting))
