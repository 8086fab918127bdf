"""The plan's rules over an App's inventory: addresses, GPU supply, VRAM, node capacity, names.

Each rule yields ``(object, message)``; the plan puts the construct path of the object in front
(``ai/StableDiffusion: ...``), so a rule never needs to know which class built the object.
"""

from __future__ import annotations

import ipaddress
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from homelab_ai.inventory import Inventory, LbService, ObjectId, PodOwner, SharingConfig

Problem = tuple[ObjectId | None, str]
Address = ipaddress.IPv4Address
# How many free addresses an error message lists.
FREE_ADDRESSES_SHOWN = 8


@dataclass(frozen=True, kw_only=True)
class Supply:
    """What the GPU node offers: the sharing config in force and the physical GPUs under it."""

    config: SharingConfig | None
    gpus: int

    @property
    def resource(self) -> str:
        return self.config.advertised if self.config else "nvidia.com/gpu"

    @property
    def slices(self) -> int:
        return self.gpus * (self.config.replicas if self.config else 1)


def gpu_demand(inventory: Inventory, resource: str) -> list[tuple[PodOwner, int]]:
    """Steady pod owners holding ``resource``, with how many each holds across its replicas."""
    return [(o, o.replicas * o.gpus[resource]) for o in inventory.steady() if o.gpus.get(resource) and o.replicas]


def address_problems(
    inventory: Inventory,
    pools: list[tuple[Address, Address]],
    reserved: Mapping[Address, tuple[str, str]],
    free_hint: Callable[[], str],
) -> Iterator[Problem]:
    """LB-IPAM addresses: valid, inside a pool, not reserved for another, shared only as Cilium allows."""
    taken: dict[Address, list[LbService]] = defaultdict(list)
    emitted = [(pool, _blocks(pool.blocks)) for pool in inventory.pools]
    for service in inventory.lb_services:
        for text in service.addresses:
            try:
                address = Address(text)
            except ValueError:
                yield service.id, f"address {text!r} is not an IPv4 address: use dotted form such as '10.10.2.25'"
                continue
            taken[address].append(service)
            owner = f"{service.id.namespace}/{service.id.name}"
            reservation = reserved.get(address)
            if reservation is not None and reservation[0] != owner:
                note = f" ({reservation[1]})" if reservation[1] else ""
                yield service.id, f"address {address} is reserved for {reservation[0]}{note}; {free_hint()}"
            elif pools and not any(start <= address <= stop for start, stop in pools):
                text_pools = ", ".join(f"{start}-{stop}" for start, stop in pools)
                yield service.id, f"address {address} is outside the LB-IPAM pool {text_pools}; {free_hint()}"
            for pool, blocks in emitted:
                if not any(start <= address <= stop for start, stop in blocks):
                    described = ", ".join(f"{a}-{b}" if b else a for a, b in pool.blocks)
                    yield (
                        pool.id,
                        (
                            f"blocks {described} do not contain {{{service.id}}}'s address {address}, which Cilium would then "
                            "never assign: widen the pool or move the service into it"
                        ),
                    )
    for address, services in taken.items():
        first, *others = services
        for other in others:
            problem = _sharing_problem(first, other)
            if problem:
                yield other.id, f"address {address} is already taken by {{{first.id}}} ({problem}); {free_hint()}"


def _blocks(blocks: tuple[tuple[str, str], ...]) -> list[tuple[Address, Address]]:
    ranges = []
    for start, stop in blocks:
        try:
            if stop:
                ranges.append((Address(start), Address(stop)))
            else:
                network = ipaddress.IPv4Network(start, strict=False)
                ranges.append((network[0], network[-1]))
        except ValueError:
            continue
    return ranges


def _sharing_problem(first: LbService, other: LbService) -> str:
    """Why two services cannot share an address under Cilium's rules, or '' when they can."""
    if first.sharing_key is None or other.sharing_key is None:
        return "sharing needs the same lbipam.cilium.io/sharing-key on both services"
    if first.sharing_key != other.sharing_key:
        return f"sharing keys differ: {first.sharing_key!r} and {other.sharing_key!r}"
    if first.id.namespace != other.id.namespace:
        return "the services are in different namespaces, which Cilium only shares with sharing-cross-namespace"
    clash = sorted(set(first.ports) & set(other.ports))
    if clash:
        return f"both listen on port {', '.join(str(p) for p in clash)}"
    return ""


def gpu_problems(inventory: Inventory, supply: Supply, setting: Callable[[ObjectId, str], str]) -> Iterator[Problem]:
    """GPU requests: the resource the device plugin advertises, within the slices it gives."""
    configs = sorted({config.id for config in inventory.sharing})
    if len(configs) > 1:
        yield (
            configs[1],
            (
                f"is a second device plugin config beside {{{configs[0]}}}: the device plugin reads one ConfigMap; "
                "keep one GpuTimeSlicing per App"
            ),
        )
    resource = supply.resource
    source = f"the sharing config {{{supply.config.id}}}" if supply.config else "the device plugin"
    for owner in inventory.pod_owners:
        for other in sorted(r for r in owner.gpus if r != resource and r.startswith("nvidia.com/gpu")):
            field = setting(owner.id, "gpu.resource")
            yield owner.id, f"requests {other}, which {source} does not advertise: set {field} to {resource!r}"
        count = owner.gpus.get(resource, 0)
        if supply.config and supply.config.fail_requests_greater_than_one and count > 1:
            yield (
                owner.id,
                (
                    f"{setting(owner.id, 'gpu.count')} {count}: requests {count} {resource} per pod, which the sharing "
                    "config refuses (failRequestsGreaterThanOne: true): set it to 1"
                ),
            )
    demand = gpu_demand(inventory, resource)
    requested = sum(count for _, count in demand)
    if requested <= supply.slices:
        return
    users = ", ".join(f"{{{owner.id}}} {count}" for owner, count in demand)
    if supply.config is None:
        yield (
            None,
            (
                f"gpus {supply.gpus} give {supply.slices} slices without time-slicing, but {requested} are requested ({users}): "
                "add a GpuTimeSlicing or a GPU"
            ),
        )
        return
    needed = -(-requested // max(supply.gpus, 1))
    yield (
        supply.config.id,
        (
            f"{setting(supply.config.id, 'replicas')} {supply.config.replicas} on {supply.gpus} GPU give {supply.slices} slices, "
            f"but {requested} are requested ({users}): raise it to {needed}, add a GPU, or run fewer GPU apps"
        ),
    )


def name_problems(inventory: Inventory) -> Iterator[tuple[ObjectId, str]]:
    """Two objects of one kind, API group and name in one namespace: the second replaces the first."""
    seen: dict[tuple[str, ObjectId], int] = defaultdict(int)
    for group, identity in inventory.ids():
        seen[(group, identity)] += 1
        if seen[(group, identity)] == 2:
            where = f" in namespace {identity.namespace}" if identity.namespace else ""
            yield (
                identity,
                f"name {identity.name!r} is already used by {{first}} for a {identity.kind}{where}: "
                "give one of them another name",
            )
