"""HTTPRoutes and Gateways as the plan and the docs read them, from their manifests alone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

GATEWAY_GROUP = "gateway.networking.k8s.io"
_DURATION = re.compile(r"([0-9]+)(h|ms|m|s)")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


@dataclass(frozen=True)
class ParentRef:
    """Where a route attaches: a Gateway's namespace and name, and a listener (``None``: all)."""

    namespace: str
    name: str
    listener: str | None

    def __str__(self) -> str:
        return f"{self.namespace}/{self.name}" + (f" listener {self.listener}" if self.listener else "")


@dataclass(frozen=True)
class BackendRef:
    """A Service a rule sends traffic to."""

    namespace: str
    name: str
    port: int | None


@dataclass(frozen=True)
class RouteRule:
    """One rule: its backends and timeouts (seconds; ``None`` when unset, 0 for none)."""

    index: int
    backends: tuple[BackendRef, ...]
    request_seconds: float | None
    backend_request_seconds: float | None


@dataclass(frozen=True)
class Route:
    """An HTTPRoute: identity (kind, namespace, name), parents, hostnames and rules."""

    namespace: str
    name: str
    parents: tuple[ParentRef, ...]
    hostnames: tuple[str, ...]
    rules: tuple[RouteRule, ...]


@dataclass(frozen=True)
class GatewayObject:
    """A Gateway rendered in the App: its listeners' names and hostnames (``None``: any)."""

    namespace: str
    name: str
    listeners: dict[str, str | None]


def seconds(duration: Any) -> float | None:
    """A Gateway API duration (``1h``, ``90s``, ``1m30s``, ``0s``) in seconds; ``None`` when unreadable."""
    if not isinstance(duration, str) or not duration:
        return None
    parts = _DURATION.findall(duration)
    if "".join(number + unit for number, unit in parts) != duration:
        return None
    return sum(int(number) * _UNIT_SECONDS[unit] for number, unit in parts)


def is_gateway_api(manifest: dict[str, Any]) -> bool:
    return str(manifest.get("apiVersion", "")).startswith(f"{GATEWAY_GROUP}/")


def read_route(manifest: dict[str, Any]) -> Route:
    metadata = manifest.get("metadata") or {}
    namespace = str(metadata.get("namespace", ""))
    spec = manifest.get("spec") or {}
    parents = tuple(
        ParentRef(
            namespace=str(ref.get("namespace", namespace)),
            name=str(ref.get("name", "")),
            listener=str(ref["sectionName"]) if ref.get("sectionName") else None,
        )
        for ref in spec.get("parentRefs") or []
        if ref.get("kind", "Gateway") == "Gateway" and ref.get("group", GATEWAY_GROUP) == GATEWAY_GROUP
    )
    rules = []
    for index, rule in enumerate(spec.get("rules") or []):
        timeouts = rule.get("timeouts") or {}
        backends = tuple(
            BackendRef(
                namespace=str(ref.get("namespace", namespace)),
                name=str(ref.get("name", "")),
                port=int(ref["port"]) if isinstance(ref.get("port"), int) else None,
            )
            for ref in rule.get("backendRefs") or []
            if ref.get("kind", "Service") == "Service" and ref.get("group", "") == ""
        )
        rules.append(
            RouteRule(
                index=index,
                backends=backends,
                request_seconds=seconds(timeouts["request"]) if "request" in timeouts else None,
                backend_request_seconds=seconds(timeouts["backendRequest"]) if "backendRequest" in timeouts else None,
            )
        )
    return Route(
        namespace=namespace,
        name=str(metadata.get("name", "")),
        parents=parents,
        hostnames=tuple(str(h) for h in spec.get("hostnames") or []),
        rules=tuple(rules),
    )


def read_gateway(manifest: dict[str, Any]) -> GatewayObject:
    metadata = manifest.get("metadata") or {}
    listeners = {
        str(listener.get("name", "")): (str(listener["hostname"]) if listener.get("hostname") else None)
        for listener in (manifest.get("spec") or {}).get("listeners") or []
    }
    return GatewayObject(namespace=str(metadata.get("namespace", "")), name=str(metadata.get("name", "")), listeners=listeners)
