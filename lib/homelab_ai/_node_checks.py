"""The plan's rules when GPU nodes are declared: every GPU pod has a node, no node gives more than
it has (slices, MIG instances, VRAM, CPU, memory), and the device plugin config says what the
nodes are declared to share.

Pods pinned to one node (a node selector or affinity only one node meets) count against it;
pods several nodes could host are left to the scheduler, checked against the nodes together,
and noted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from homelab_ai.gpu_nodes import GpuNode, Mps, TimeSlicing, config_key, device_plugin_config
from homelab_ai.inventory import Inventory, ObjectId, PodOwner
from homelab_ai.vram import Vram

Problem = tuple[ObjectId | None, str]


@dataclass
class Layout:
    """Which pod owners each node hosts, as far as the manifests decide it."""

    pinned: dict[str, list[PodOwner]] = field(default_factory=lambda: defaultdict(list))
    floating: list[tuple[PodOwner, list[GpuNode]]] = field(default_factory=list)
    homeless: list[PodOwner] = field(default_factory=list)


def lay_out(inventory: Inventory, nodes: tuple[GpuNode, ...], labels: Mapping[str, Mapping[str, str]]) -> Layout:
    """Assigns every GPU pod owner, and every pod pinned to a node, to the nodes that can host it."""
    layout = Layout()
    for owner in inventory.pod_owners:
        hosts = [n for n in nodes if owner.runs_on(labels[n.name]) and all(r in n.resources() for r in owner.gpus)]
        if not owner.gpus:
            # A CPU pod counts against a node only when its selection leaves that one node.
            if len(hosts) == 1 and (owner.node_selector or owner.affinity) and owner.steady:
                layout.pinned[hosts[0].name].append(owner)
            continue
        if not hosts:
            layout.homeless.append(owner)
        elif len(hosts) == 1:
            layout.pinned[hosts[0].name].append(owner)
        else:
            layout.floating.append((owner, hosts))
    return layout


def node_problems(
    inventory: Inventory,
    nodes: tuple[GpuNode, ...],
    labels: Mapping[str, Mapping[str, str]],
    vram_of: Callable[[ObjectId], Vram | None],
    setting: Callable[[ObjectId, str], str],
) -> Iterator[Problem]:
    layout = lay_out(inventory, nodes, labels)
    names = ", ".join(n.name for n in nodes)
    for owner in layout.homeless:
        asked = ", ".join(f"{count} {resource}" for resource, count in sorted(owner.gpus.items()))
        where = [n.name for n in nodes if owner.runs_on(labels[n.name])]
        why = (
            f"the nodes it may run on ({', '.join(where)}) do not advertise it" if where else "its node selection matches no node"
        )
        yield (
            owner.id,
            f"requests {asked}, but no declared node can host it ({names}): {why}; fix the request or declare the node",
        )
    for owner, hosts in [
        *((o, [n]) for name, os in layout.pinned.items() for o in os for n in nodes if n.name == name),
        *layout.floating,
    ]:
        yield from _fit_problems(owner, hosts, vram_of(owner.id), setting)
    for node in nodes:
        yield from _capacity_problems(node, [o for o in layout.pinned.get(node.name, []) if o.steady])
    # Pods the scheduler places among several nodes: all of them together must fit.
    for resource in sorted({r for owner, _ in layout.floating for r in owner.gpus}):
        supply = sum(n.resources().get(resource, 0) for n in nodes)
        wanted, users = _demand(inventory.steady(), resource)
        if wanted > supply:
            yield (
                None,
                (
                    f"nodes give {supply} {resource} in all, but {wanted} are requested ({users}): add sharing replicas, a GPU, "
                    "or run fewer GPU apps"
                ),
            )


def _fit_problems(
    owner: PodOwner, hosts: list[GpuNode], vram: Vram | None, setting: Callable[[ObjectId, str], str]
) -> Iterator[Problem]:
    for resource, count in owner.gpus.items():
        for node in hosts:
            sharing = node.sharing
            strict = isinstance(sharing, Mps) or (isinstance(sharing, TimeSlicing) and sharing.fail_requests_greater_than_one)
            if strict and count > 1:
                yield (
                    owner.id,
                    (
                        f"{setting(owner.id, 'gpu.count')} {count}: requests {count} {resource} per pod, which the "
                        f"device plugin refuses on {node.name} ({config_key(sharing)}): set it to 1"
                    ),
                )
            if vram is not None and vram.max_gb > node.memory_per_unit(resource) * count:
                unit = "MPS share" if isinstance(sharing, Mps) else ("MIG instance" if "mig-" in resource else "card")
                room = node.memory_per_unit(resource) * count
                units = f"{count} {unit}s" if count > 1 else f"one {unit}"
                yield (
                    owner.id,
                    f"vram up to {vram.max_gb:g} GB ({vram.basis}) does not fit the {room:g} GB {units} of {node.card.name} "
                    f"on {node.name} give: choose a smaller model, a bigger share or another node",
                )


def _capacity_problems(node: GpuNode, owners: list[PodOwner]) -> Iterator[Problem]:
    for resource, supply in node.resources().items():
        wanted, users = _demand(owners, resource)
        if wanted > supply:
            yield (
                None,
                (
                    f"node {node.name} gives {supply} {resource}, but {wanted} are pinned to it ({users}): add replicas or "
                    "GPUs to the node, or place some apps elsewhere"
                ),
            )
    cpu = sum(o.replicas * o.cpu_request for o in owners)
    memory = sum(o.replicas * o.memory_request for o in owners)
    if cpu > node.cpu_cores * 1000:
        yield None, f"node {node.name} has {node.cpu_cores:g} cores, but {cpu / 1000:g} are requested by the pods pinned to it"
    if memory > node.memory_gib * 1024:
        yield None, f"node {node.name} has {node.memory_gib:g}Gi, but {memory / 1024:g}Gi are requested by the pods pinned to it"


def _demand(owners: list[PodOwner], resource: str) -> tuple[int, str]:
    """How many of ``resource`` the owners hold across their replicas, and who, for messages."""
    demand = [(o, o.replicas * o.gpus[resource]) for o in owners if o.gpus.get(resource) and o.replicas]
    return sum(count for _, count in demand), ", ".join(f"{{{o.id}}} {count}" for o, count in demand)


def config_problems(inventory: Inventory, nodes: tuple[GpuNode, ...]) -> Iterator[Problem]:
    """The device plugin config in the App must hold each node's config under its key."""
    if not inventory.sharing_configs:
        return
    for node in nodes:
        key = config_key(node.sharing)
        found = inventory.sharing_configs.get(key)
        if found is None:
            known = ", ".join(sorted(inventory.sharing_configs))
            yield None, f"node {node.name} needs the device plugin config key {key!r}, which the config does not have ({known})"
        elif found[1] != device_plugin_config(node.sharing):
            yield found[0], f"key {key!r} does not say what node {node.name} is declared to share: synthesize it from the plan"
