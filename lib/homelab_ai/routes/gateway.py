"""The Gateway a route attaches to, as the ClusterPlan declares it.

The Gateway itself (its certificates, its class) usually lives with the cluster's networking,
outside these charts, as the onedr0p cluster-template keeps its ``internal`` and ``external``
Gateways in ``network``. The plan declares what the routes need to know of it: where it is,
the listener they attach to and its hostname, which pods proxy its traffic, and how long it
lets a request run when a route says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from constructs import Construct

from homelab_ai import _typecheck, _validate

# Gateway API's Hostname pattern (sigs.k8s.io/gateway-api apis/v1/shared_types.go), lower case.
HOSTNAME = re.compile(r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
# The labels Envoy Gateway gives every Gateway's proxy pods (envoyproxy/gateway,
# internal/infrastructure/kubernetes/proxy/testdata/deployments/*.yaml, v1.x: the proxy
# Deployment's selector), to which it adds the owning Gateway's name and namespace.
ENVOY_GATEWAY_PROXY_LABELS = {
    "app.kubernetes.io/name": "envoy",
    "app.kubernetes.io/component": "proxy",
    "app.kubernetes.io/managed-by": "envoy-gateway",
}
# Envoy's route timeout when a route sets none (envoy api v3 RouteAction.timeout: 15s), which
# Envoy Gateway keeps (envoyproxy/gateway issue #1169 and its "HTTP timeouts" task).
ENVOY_DEFAULT_ROUTE_TIMEOUT_SECONDS = 15


@dataclass(frozen=True, kw_only=True)
class GatewayListener:
    """One HTTPS listener of a Gateway that routes may attach to.

    Attributes:
        gateway: The Gateway's name.
        namespace: The Gateway's namespace.
        listener: The listener's name (the routes' ``parentRefs[].sectionName``).
        hostname: The listener's hostname: ``*.example.com`` takes every name under the domain,
            ``chat.example.com`` that name alone; ``None`` takes any (a listener without one).
        proxy_namespace: Where the Gateway's proxy pods run (``envoy-gateway-system`` for Envoy
            Gateway's default deployment); the routes' NetworkPolicies admit them from there.
        proxy_labels: Labels that select those pods, and only them. For Envoy Gateway:
            ``ENVOY_GATEWAY_PROXY_LABELS`` plus ``gateway.envoyproxy.io/owning-gateway-name`` and
            ``gateway.envoyproxy.io/owning-gateway-namespace``.
        default_request_timeout_seconds: How long the gateway lets a request run when a route
            sets no timeout: 15 for Envoy Gateway (Envoy's route default), 0 when it sets none.
        cilium_ingress: The Gateway is Cilium's own: its Envoy runs inside the Cilium agent, not
            in pods, and its traffic reaches the apps with Cilium's ``ingress`` identity, which a
            Kubernetes NetworkPolicy cannot select (cilium/cilium issue #25665, the ``ingress``
            entity). Routes then admit it with a CiliumNetworkPolicy (``fromEntities: [ingress]``)
            and ``proxy_labels`` stays empty.
    """

    gateway: str
    namespace: str
    listener: str
    hostname: str | None
    proxy_namespace: str
    proxy_labels: Mapping[str, str] = field(default_factory=dict)
    default_request_timeout_seconds: int = ENVOY_DEFAULT_ROUTE_TIMEOUT_SECONDS
    cilium_ingress: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        """``(namespace, gateway, listener)``, as a route's parentRef names it."""
        return (self.namespace, self.gateway, self.listener)

    def __str__(self) -> str:
        return f"{self.namespace}/{self.gateway} listener {self.listener}"


def envoy_gateway_listener(
    *, gateway: str, namespace: str, listener: str, hostname: str | None, proxy_namespace: str = "envoy-gateway-system"
) -> GatewayListener:
    """A listener of a Gateway that Envoy Gateway runs, with its proxies' labels and timeout."""
    labels = {
        **ENVOY_GATEWAY_PROXY_LABELS,
        "gateway.envoyproxy.io/owning-gateway-name": gateway,
        "gateway.envoyproxy.io/owning-gateway-namespace": namespace,
    }
    return GatewayListener(
        gateway=gateway,
        namespace=namespace,
        listener=listener,
        hostname=hostname,
        proxy_namespace=proxy_namespace,
        proxy_labels=labels,
    )


def cilium_listener(*, gateway: str, namespace: str, listener: str, hostname: str | None) -> GatewayListener:
    """A listener of a Gateway that Cilium runs (``gatewayClassName: cilium``): its Envoy is
    Cilium's own, in ``kube-system``, reached through the ``ingress`` identity.

    Read in cilium/cilium operator/pkg/model/translation/ (main, 2025): the connection manager of
    every listener upgrades WebSockets (envoy_http_connection_manager.go, NewHTTPConnectionManager:
    ``UpgradeConfigs: [{UpgradeType: "websocket"}]``) and ends a stream silent for 300 s
    (gateway-api/testdata/*/cec-output.yaml: ``streamIdleTimeout: 300s``). A route's
    ``timeouts.request`` becomes Envoy's route timeout; a route without one gets
    ``maxStreamDuration: 0s`` (envoy_virtual_host.go, timeoutMutation, since cilium/cilium#31514),
    and Envoy skips the route timeout of a route with a max_stream_duration (envoyproxy/envoy
    source/common/router/router.cc, FilterUtility::finalTimeout, ``usingNewTimeouts``). Cilium
    before that PR left Envoy's 15 s, which is the default taken here, so a route is right on
    both."""
    return GatewayListener(
        gateway=gateway,
        namespace=namespace,
        listener=listener,
        hostname=hostname,
        proxy_namespace="kube-system",
        cilium_ingress=True,
    )


def hostname_in(listener_hostname: str | None, hostname: str) -> bool:
    """Whether a listener with ``listener_hostname`` accepts ``hostname`` (Gateway API rules:
    ``*.example.com`` is a suffix match, so it takes ``a.example.com`` and ``a.b.example.com``
    but not ``example.com``)."""
    if listener_hostname is None:
        return True
    if listener_hostname.startswith("*."):
        suffix = listener_hostname[1:]
        if hostname.startswith("*."):
            return hostname[1:].endswith(suffix)
        return hostname.endswith(suffix) and len(hostname) > len(suffix)
    return hostname == listener_hostname


def check_listeners(scope: Construct, listeners: Sequence[GatewayListener]) -> tuple[GatewayListener, ...]:
    """Checks the plan's ``gateways`` and returns them.

    Raises:
        ValueError: not a list of GatewayListener, an invalid name or hostname, no proxy labels,
            a negative timeout, or one listener declared twice.
    """
    if isinstance(listeners, GatewayListener):
        raise _validate.fail(scope, "gateways", f"{listeners!r} is not a list: write [GatewayListener(...)]")
    seen: set[tuple[str, str, str]] = set()
    for index, item in enumerate(listeners):
        prop = f"gateways[{index}]"
        if not isinstance(item, GatewayListener):
            raise _validate.fail(scope, prop, f"{item!r} is not a GatewayListener: use GatewayListener(gateway=..., ...)")
        _typecheck.check_fields(scope, prop, item)
        _validate.dns_subdomain(scope, f"{prop}.gateway", item.gateway)
        _validate.dns_label(scope, f"{prop}.namespace", item.namespace)
        _validate.dns_subdomain(scope, f"{prop}.listener", item.listener)
        _validate.dns_label(scope, f"{prop}.proxy_namespace", item.proxy_namespace)
        if item.hostname is not None and not HOSTNAME.match(item.hostname):
            raise _validate.fail(
                scope,
                f"{prop}.hostname",
                f"{item.hostname!r} is not a listener hostname: use 'example.com', '*.example.com', or None for any",
            )
        _validate.labels(scope, f"{prop}.proxy_labels", item.proxy_labels)
        if item.cilium_ingress and item.proxy_labels:
            raise _validate.fail(
                scope,
                f"{prop}.proxy_labels",
                "are set with cilium_ingress: Cilium's Envoy has no pods to select; leave them empty (cilium_listener(...))",
            )
        if not item.proxy_labels and not item.cilium_ingress:
            raise _validate.fail(
                scope,
                f"{prop}.proxy_labels",
                "is empty: a policy admitting them would admit every pod; give the labels of the Gateway's proxy pods "
                "(envoy_gateway_listener(...) knows Envoy Gateway's; for Cilium's own Gateway use cilium_listener(...))",
            )
        _validate.positive_int(scope, f"{prop}.default_request_timeout_seconds", item.default_request_timeout_seconds, minimum=0)
        if item.key in seen:
            raise _validate.fail(scope, prop, f"declares {item} twice: declare each listener once")
        seen.add(item.key)
    return tuple(listeners)
