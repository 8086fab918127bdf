"""Containers as plain JSON, and the checks on what goes into them (env, args, ports, probes)."""

from __future__ import annotations

import math
import posixpath
import re
from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Construct

from homelab_ai import _typecheck, _validate
from homelab_ai.resources import ResolvedResources, Resources, resolve
from homelab_ai.vram import Vram, check_vram
from homelab_ai.workload_settings import ContainerSpec, Gpu, HealthCheck, RunAs

Json = dict[str, Any]
# Set by the NVIDIA device plugin from the allocation; a pod that sets them can see every GPU.
DEVICE_PLUGIN_ENV = frozenset({"NVIDIA_VISIBLE_DEVICES", "CUDA_VISIBLE_DEVICES"})
# A container port's name (IANA_SVC_NAME): what a Service's targetPort and probes may refer to.
_PORT_NAME = re.compile(r"^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$")


def check_arg(scope: Construct, index: int, arg: str, *, prop: str = "args") -> str:
    if not isinstance(arg, str):
        raise _validate.fail(scope, f"{prop}[{index}]", f"{arg!r} is not a string: quote it")
    return arg


def strings(scope: Construct, prop: str, values: Sequence[str]) -> list[str]:
    """A command or args list: a sequence of strings, never one string split into characters."""
    if isinstance(values, str):
        raise _validate.fail(scope, prop, f"{values!r} is a str, not a list: write it as a list of arguments, one per string")
    return [check_arg(scope, index, value, prop=prop) for index, value in enumerate(values)]


def check_path(scope: Construct, prop: str, path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/") or posixpath.normpath(path) != path or path == "/":
        raise _validate.fail(scope, prop, f"{path!r} is not a normalized absolute path: use for example '/tmp'")
    return path


def ports(scope: Construct, main: int, named: Mapping[str, int]) -> list[Json]:
    """The container's ports: ``main`` as ``http``, then the named ones; names and numbers unique."""
    _validate.port(scope, "port", main)
    if not isinstance(named, Mapping):
        raise _validate.fail(scope, "ports", f"{named!r} is not a mapping: use for example {{'metrics': 9090}}")
    result = [{"containerPort": main, "name": "http", "protocol": "TCP"}]
    for name, number in named.items():
        if not isinstance(name, str) or len(name) > 15 or not _PORT_NAME.match(name) or "--" in name:
            raise _validate.fail(
                scope,
                "ports",
                f"name {name!r} is not a valid port name: use at most 15 lower-case letters, digits and '-', "
                "with a letter (for example 'metrics')",
            )
        _validate.port(scope, f"ports[{name!r}]", number)
        for known in result:
            if name == known["name"] or number == known["containerPort"]:
                raise _validate.fail(
                    scope,
                    f"ports[{name!r}]",
                    f"{number} clashes with port {known['name']} ({known['containerPort']}): "
                    "give each port its own name and number",
                )
        result.append({"containerPort": number, "name": name, "protocol": "TCP"})
    return result


def probes(scope: Construct, health: HealthCheck, port: int) -> tuple[Json, Json, Json]:
    """The startup, liveness and readiness probes, in that order."""
    _typecheck.check_fields(scope, "health", health)
    period = _validate.positive_int(scope, "health.period_seconds", health.period_seconds)
    timeout = _validate.positive_int(scope, "health.timeout_seconds", health.timeout_seconds)
    failures = _validate.positive_int(scope, "health.failure_threshold", health.failure_threshold)
    budget = _validate.positive_int(scope, "health.startup_budget_seconds", health.startup_budget_seconds, minimum=period)
    if timeout > period:
        raise _validate.fail(
            scope, "health.timeout_seconds", f"{timeout} is above health.period_seconds {period}: probes would overlap; lower it"
        )
    if health.path is not None and (not isinstance(health.path, str) or not health.path.startswith("/")):
        raise _validate.fail(
            scope, "health.path", f"{health.path!r} is not an absolute HTTP path: use for example '/health', or None for TCP"
        )
    if health.readiness_path is not None and (
        not isinstance(health.readiness_path, str) or not health.readiness_path.startswith("/")
    ):
        raise _validate.fail(
            scope,
            "health.readiness_path",
            f"{health.readiness_path!r} is not an absolute HTTP path: use for example '/ready', or None to use health.path",
        )
    if not isinstance(health.answers_while_busy, bool):
        raise _validate.fail(scope, "health.answers_while_busy", f"{health.answers_while_busy!r} is not True or False")

    def probe(failure_threshold: int, *, path: str | None) -> Json:
        action = {"httpGet": {"path": path, "port": port}} if path is not None else {"tcpSocket": {"port": port}}
        return {**action, "periodSeconds": period, "timeoutSeconds": timeout, "failureThreshold": failure_threshold}

    busy_path = health.path if health.answers_while_busy else None
    ready_path = health.readiness_path if health.readiness_path is not None else busy_path
    # The startup probe gives the first start its whole budget; liveness only begins after it.
    return (
        probe(math.ceil(budget / period), path=health.path),
        probe(failures, path=busy_path),
        probe(failures, path=ready_path),
    )


def specs(scope: Construct, prop: str, specs: Sequence[ContainerSpec]) -> list[ContainerSpec]:
    if isinstance(specs, (ContainerSpec, str)):
        raise _validate.fail(scope, prop, f"{specs!r} is not a list: write [ContainerSpec(...)]")
    for spec in specs:
        if not isinstance(spec, ContainerSpec):
            raise _validate.fail(
                scope, prop, f"{spec!r} is not a ContainerSpec: use ContainerSpec(name=..., image=..., resources=...)"
            )
        _typecheck.check_fields(scope, f"{prop}[{spec.name!r}]", spec)
    return list(specs)


def writable(scope: Construct, paths: Sequence[str]) -> list[str]:
    if isinstance(paths, str):
        raise _validate.fail(scope, "writable_paths", f"{paths!r} is a str, not a list: write [{paths!r}]")
    checked: list[str] = []
    for path in paths:
        if check_path(scope, "writable_paths", path) in checked:
            raise _validate.fail(scope, "writable_paths", f"lists {path!r} twice: list each path once")
        checked.append(path)
    return checked


def check_bool(scope: Construct, prop: str, value: bool) -> bool:
    if not isinstance(value, bool):
        raise _validate.fail(scope, prop, f"{value!r} is not True or False")
    return value


def check_resources(scope: Construct, prop: str, resources: Resources) -> ResolvedResources:
    if not isinstance(resources, Resources):
        raise _validate.fail(scope, prop, f"{resources!r} is not a Resources: use Resources(cpu_request=..., ...)")
    return resolve(scope, resources, prop=prop)


def check_gpu(scope: Construct, gpu: Gpu | None) -> Gpu | None:
    if gpu is None:
        return None
    if not isinstance(gpu, Gpu):
        raise _validate.fail(scope, "gpu", f"{gpu!r} is not a Gpu: use Gpu(count=1)")
    _typecheck.check_fields(scope, "gpu", gpu)
    _validate.positive_int(scope, "gpu.count", gpu.count)
    _validate.label_key(scope, "gpu.resource", gpu.resource)
    if gpu.runtime_class is not None:
        _validate.dns_subdomain(scope, "gpu.runtime_class", gpu.runtime_class)
    _validate.labels(scope, "gpu.node_selector", gpu.node_selector)
    return gpu


def check_run_as(scope: Construct, run_as: RunAs | None) -> RunAs | None:
    if run_as is None:
        return None
    if not isinstance(run_as, RunAs):
        raise _validate.fail(scope, "run_as", f"{run_as!r} is not a RunAs: use RunAs(user=10001, group=10001)")
    _typecheck.check_fields(scope, "run_as", run_as)
    _validate.positive_int(scope, "run_as.user", run_as.user)
    _validate.positive_int(scope, "run_as.group", run_as.group)
    return run_as


def check_vram_for(scope: Construct, vram: Vram | None, gpu: Gpu | None) -> Vram | None:
    if vram is None:
        return None
    if gpu is None:
        raise _validate.fail(scope, "vram", "is set on a workload without a GPU: set gpu=Gpu() or drop vram")
    return check_vram(scope, "vram", vram)
