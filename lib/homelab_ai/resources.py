"""CPU and memory for one container, in the units people size machines with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cdk8s import Size
from constructs import Construct

from homelab_ai import _validate


@dataclass(frozen=True, kw_only=True)
class Resources:
    """Requests and limits of one container.

    Requests are what the scheduler reserves on the node; limits are where the kernel throttles
    CPU and kills for memory. A request above its limit is rejected.

    Example:
        Resources(cpu_request=2, cpu_limit=6, memory_request=Size.gibibytes(12), memory_limit=Size.gibibytes(20))

    Attributes:
        cpu_request: Cores reserved for the container (0.25 is 250m).
        cpu_limit: Cores the container may burst to.
        memory_request: Memory reserved for the container.
        memory_limit: Memory above which the container is OOM-killed.
    """

    cpu_request: float
    cpu_limit: float
    memory_request: Size
    memory_limit: Size


@dataclass(frozen=True, kw_only=True)
class ResolvedResources:
    """Checked resources in the API's exact units, as the chart-wide checks and docs read them.

    Attributes:
        cpu_request_millicores: CPU request in millicores.
        cpu_limit_millicores: CPU limit in millicores.
        memory_request_mib: Memory request in MiB.
        memory_limit_mib: Memory limit in MiB.
    """

    cpu_request_millicores: int
    cpu_limit_millicores: int
    memory_request_mib: int
    memory_limit_mib: int

    def requests(self) -> dict[str, str]:
        """The ``resources.requests`` map."""
        return {"cpu": cpu_quantity(self.cpu_request_millicores), "memory": memory_quantity(self.memory_request_mib)}

    def limits(self) -> dict[str, str]:
        """The ``resources.limits`` map (without the GPU, which the workload adds)."""
        return {"cpu": cpu_quantity(self.cpu_limit_millicores), "memory": memory_quantity(self.memory_limit_mib)}


def resolve(scope: Construct, resources: Resources, *, prop: str = "resources") -> ResolvedResources:
    """Checks ``resources`` for ``scope`` and converts it to exact units.

    Raises:
        ValueError: a value is not positive, is finer than the API's unit, or a request exceeds its limit.
    """
    cpu_request = _validate.cpu_cores(scope, f"{prop}.cpu_request", resources.cpu_request)
    cpu_limit = _validate.cpu_cores(scope, f"{prop}.cpu_limit", resources.cpu_limit)
    memory_request = _mebibytes(scope, f"{prop}.memory_request", resources.memory_request)
    memory_limit = _mebibytes(scope, f"{prop}.memory_limit", resources.memory_limit)
    if cpu_request > cpu_limit:
        raise _validate.fail(
            scope,
            f"{prop}.cpu_request",
            f"{cpu_quantity(cpu_request)} is above {prop}.cpu_limit {cpu_quantity(cpu_limit)}: "
            "a container cannot reserve more than it may use; lower the request or raise the limit",
        )
    if memory_request > memory_limit:
        raise _validate.fail(
            scope,
            f"{prop}.memory_request",
            f"{memory_quantity(memory_request)} is above {prop}.memory_limit {memory_quantity(memory_limit)}: "
            "a container cannot reserve more than it may use; lower the request or raise the limit",
        )
    return ResolvedResources(
        cpu_request_millicores=cpu_request,
        cpu_limit_millicores=cpu_limit,
        memory_request_mib=memory_request,
        memory_limit_mib=memory_limit,
    )


def cpu_quantity(millicores: int) -> str:
    """Renders millicores the way people write them: ``2`` for whole cores, ``250m`` otherwise."""
    return str(millicores // 1000) if millicores % 1000 == 0 else f"{millicores}m"


def memory_quantity(mib: int) -> str:
    """Renders MiB as ``12Gi`` when whole GiB, ``512Mi`` otherwise."""
    return f"{mib // 1024}Gi" if mib % 1024 == 0 else f"{mib}Mi"


@cache
def size_in_mib(size: Size) -> float:
    """``size.to_mebibytes()``, once per Size: each call is a jsii round trip, and many workloads
    share one Resources (and so its Size objects)."""
    return float(size.to_mebibytes())


def _mebibytes(scope: Construct, prop: str, size: Size) -> int:
    if not isinstance(size, Size):
        raise _validate.fail(scope, prop, f"{size!r} is not a cdk8s.Size: use Size.gibibytes(...) or Size.mebibytes(...)")
    try:
        mib = size_in_mib(size)
    except Exception as error:  # jsii raises a plain RuntimeError for fractional amounts
        raise _validate.fail(scope, prop, f"is not a whole number of MiB ({error}): use Size.mebibytes(...)") from None
    if mib <= 0:
        raise _validate.fail(scope, prop, f"{memory_quantity(int(mib))} is not allowed: use a positive size")
    return int(mib)
