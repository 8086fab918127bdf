"""The plan's rules for HTTPRoutes, read from the manifests of every object of the App.

Each rule yields ``(object, message)`` like the plan's other rules: the plan puts the construct
path of the object in front, and ``{HTTPRoute ai/x}`` in a message becomes that object's path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from homelab_ai.inventory import Inventory, ObjectId, PodOwner, Service, id_of, pod_template, selects
from homelab_ai.routes.app_needs import RouteNeeds, needs_of
from homelab_ai.routes.gateway import GatewayListener, hostname_in
from homelab_ai.routes.manifests import ParentRef, RouteRule

Problem = tuple[ObjectId | None, str]
# The env Open WebUI reads its public address from (open-webui/open-webui v0.6.32,
# backend/open_webui/config.py: WEBUI_URL, a PersistentConfig).
WEBUI_URL = "WEBUI_URL"


class _Listener:
    """A listener a route may attach to: declared in the plan, or read from a Gateway in the App."""

    def __init__(self, namespace: str, gateway: str, name: str, hostname: str | None, default_timeout: int) -> None:
        self.namespace, self.gateway, self.name = namespace, gateway, name
        self.hostname, self.default_timeout = hostname, default_timeout

    def __str__(self) -> str:
        return f"listener {self.name} of Gateway {self.namespace}/{self.gateway}"


def route_problems(inventory: Inventory, declared: Sequence[GatewayListener]) -> Iterator[Problem]:
    """Every rule the App's HTTPRoutes break: parents, hostnames, backend ports, timeouts, and
    Open WebUI's public address."""
    listeners = _listeners(inventory, declared)
    services = {s.id: s for s in inventory.services}
    served: dict[str, ObjectId] = {}
    for route in inventory.routes:
        identity = ObjectId("HTTPRoute", route.namespace, route.name)
        attached: list[_Listener] = []
        for index, parent in enumerate(route.parents):
            found, problem = _resolve(parent, listeners, f"parentRefs[{index}]")
            attached += found
            if problem:
                yield identity, problem
        if not route.parents:
            yield identity, "parentRefs is empty: the route attaches to no Gateway; name a listener the plan declares"
        for index, hostname in enumerate(route.hostnames):
            first = served.setdefault(hostname, identity)
            if first != identity:
                yield (
                    identity,
                    f"hostnames[{index}] {hostname!r} is already served by {{{first}}}: give each hostname one route",
                )
            for listener in attached:
                if not hostname_in(listener.hostname, hostname):
                    yield (
                        identity,
                        f"hostnames[{index}] {hostname!r} is outside {listener}, which takes {listener.hostname!r}: "
                        f"use a name under {str(listener.hostname).removeprefix('*.')!r} or attach to a listener that takes it",
                    )
        for rule in route.rules:
            yield from _rule_problems(inventory, identity, rule, services, attached)
    yield from _public_url_problems(inventory, services)


def _listeners(inventory: Inventory, declared: Sequence[GatewayListener]) -> dict[tuple[str, str], list[_Listener]]:
    by_gateway: dict[tuple[str, str], list[_Listener]] = {}
    for item in declared:
        by_gateway.setdefault((item.namespace, item.gateway), []).append(
            _Listener(item.namespace, item.gateway, item.listener, item.hostname, item.default_request_timeout_seconds)
        )
    for gateway in inventory.gateways:
        known = by_gateway.setdefault((gateway.namespace, gateway.name), [])
        names = {listener.name for listener in known}
        # A Gateway in the App but not in the plan: its proxies' default timeout is unknown, so
        # a rule without a timeout is held to Envoy's 15 s, the common default.
        known += [
            _Listener(gateway.namespace, gateway.name, name, hostname, 15)
            for name, hostname in gateway.listeners.items()
            if name not in names
        ]
    return by_gateway


def _resolve(parent: ParentRef, listeners: dict[tuple[str, str], list[_Listener]], field: str) -> tuple[list[_Listener], str]:
    known = listeners.get((parent.namespace, parent.name))
    if not known:
        declared = ", ".join(sorted(f"{n}/{g}" for n, g in listeners)) or "none"
        return [], (
            f"{field} names Gateway {parent.namespace}/{parent.name}, which the plan does not declare (declared: {declared}): "
            "declare it in ClusterPlan(gateways=[GatewayListener(...)]) or attach the route to a declared one"
        )
    if parent.listener is None:
        return known, ""
    match = [listener for listener in known if listener.name == parent.listener]
    if not match:
        names = ", ".join(sorted(listener.name for listener in known))
        return [], (
            f"{field}.sectionName {parent.listener!r} is not a listener of Gateway {parent.namespace}/{parent.name}: "
            f"use one of {names}, or declare it in ClusterPlan(gateways=...)"
        )
    return match, ""


def _rule_problems(
    inventory: Inventory,
    identity: ObjectId,
    rule: RouteRule,
    services: dict[ObjectId, Service],
    attached: list[_Listener],
) -> Iterator[Problem]:
    where = f"rules[{rule.index}]"
    for position, backend in enumerate(rule.backends):
        field = f"{where}.backendRefs[{position}]"
        service = services.get(ObjectId("Service", backend.namespace, backend.name))
        if service is None:
            continue  # a Service outside the App: its ports are not known here
        ports = ", ".join(str(p) for p in service.ports)
        if backend.port is None:
            yield identity, f"{field}.port is missing: Gateway API needs the Service port; set it to one of {ports}"
        elif backend.port not in service.ports:
            yield (
                identity,
                f"{field}.port {backend.port} is not a port of {{{service.id}}} ({ports}): use one of its ports, "
                "not the container's",
            )
        for owner in _owners(inventory, service):
            for needs in _needs(owner):
                yield from _timeout_problems(identity, rule, needs, attached)


def _owners(inventory: Inventory, service: Service) -> list[PodOwner]:
    return [o for o in inventory.steady() if o.id.namespace == service.id.namespace and selects(service.selector, o.labels)]


def _needs(owner: PodOwner) -> list[RouteNeeds]:
    return [needs for c in owner.containers if (needs := needs_of(c.image)) is not None]


def _timeout_problems(identity: ObjectId, rule: RouteRule, needs: RouteNeeds, attached: list[_Listener]) -> Iterator[Problem]:
    minimum = needs.min_request_seconds
    fix = f"set it to at least {minimum}s (HttpsRoute request_timeout_seconds), or 0s for no limit"
    request = rule.request_seconds
    if request is None:
        defaults = [listener.default_timeout for listener in attached if listener.default_timeout]
        if defaults and min(defaults) < minimum:
            yield (
                identity,
                f"rules[{rule.index}].timeouts.request is unset, so the gateway's default of {min(defaults)}s cuts "
                f"{needs.app} short ({needs.why}): {fix}",
            )
    elif 0 < request < minimum:
        yield identity, f"rules[{rule.index}].timeouts.request {request:g}s cuts {needs.app} short ({needs.why}): {fix}"
    backend = rule.backend_request_seconds
    if backend is not None and 0 < backend < minimum:
        yield (
            identity,
            f"rules[{rule.index}].timeouts.backendRequest {backend:g}s cuts {needs.app} short ({needs.why}): "
            f"remove it or set it to at least {minimum}s",
        )


def _public_url_problems(inventory: Inventory, services: dict[ObjectId, Service]) -> Iterator[Problem]:
    """Open WebUI must know the address a route serves it at (links, OAuth redirects, CORS)."""
    hostnames: dict[ObjectId, list[tuple[str, ObjectId]]] = {}
    for route in inventory.routes:
        for rule in route.rules:
            for backend in rule.backends:
                service = services.get(ObjectId("Service", backend.namespace, backend.name))
                for owner in _owners(inventory, service) if service else []:
                    for hostname in route.hostnames:
                        hostnames.setdefault(owner.id, []).append((hostname, ObjectId("HTTPRoute", route.namespace, route.name)))
    manifests = {id_of(m): m for _, m in inventory.objects}
    for owner_id, served in hostnames.items():
        template = pod_template(manifests.get(owner_id, {})) or {}
        for container in (template.get("spec") or {}).get("containers") or []:
            needs = needs_of(str(container.get("image", "")))
            if needs is None or needs.app != "open-webui":
                continue
            env = {e.get("name"): e.get("value") for e in container.get("env") or []}
            urls = {f"https://{hostname}" for hostname, _ in served}
            if env.get(WEBUI_URL) not in urls:
                hostname, route_id = served[0]
                current = f"is {env[WEBUI_URL]!r}" if WEBUI_URL in env else "is unset"
                yield (
                    owner_id,
                    f"env {WEBUI_URL} {current}, but {{{route_id}}} serves it at https://{hostname}: set "
                    f"open_webui.public_url to 'https://{hostname}' (it sets {WEBUI_URL}, secure cookies and CORS)",
                )
