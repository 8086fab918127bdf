"""An HTTPS hostname for any Backend: a Gateway API HTTPRoute on a Gateway the plan declares."""

from __future__ import annotations

from cdk8s import ApiObject, ApiObjectMetadata
from constructs import Construct

from homelab_ai import _pod, _scope, _typecheck, _validate
from homelab_ai._objects import plain_object
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.network_policies import allow_ingress
from homelab_ai.routes.gateway import HOSTNAME, GatewayListener
from homelab_ai.workload_settings import Backend

GATEWAY_API = "gateway.networking.k8s.io/v1"
# Gateway API's standard appProtocol for WebSocket over cleartext (GEP-1911, KEP-3726). Envoy
# Gateway maps it to HTTP/1.1 upstream, where the upgrade works (envoyproxy/gateway
# internal/gatewayapi/route.go serviceAppProtocolToIRAppProtocol, v1.8.1) and upgrades
# websockets on every route anyway, as Cilium does (see cilium_listener); implementations that
# need an opt-in (kgateway) read it.
WEBSOCKET_APP_PROTOCOL = "kubernetes.io/ws"
# An hour: a long reply streamed from a local model, an SDXL batch or the transcription of a
# long recording all finish well inside it, and a hung request still ends.
DEFAULT_REQUEST_TIMEOUT_SECONDS = 3600


def duration(seconds: int) -> str:
    """Seconds as a Gateway API duration (``1h``, ``1h30m``, ``90s`` is ``1m30s``, ``0s``)."""
    if seconds == 0:
        return "0s"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return "".join(f"{value}{unit}" for value, unit in ((hours, "h"), (minutes, "m"), (secs, "s")) if value)


class HttpsRoute(Construct):
    """Defines an HTTPS hostname for a backend: an HTTPRoute on a listener of a Gateway the
    ClusterPlan declares, a ClusterIP Service it sends traffic to, and a NetworkPolicy that lets
    the Gateway's proxies in, and nobody else.

    The Gateway terminates TLS (its certificate, from cert-manager, covers the listener's
    hostname); the route and the Service live in the backend's namespace. A LoadBalancedApp in
    front of the same backend keeps working: the route is an addition.

    Example:
        GATEWAY = envoy_gateway_listener(gateway="internal", namespace="network", listener="https",
                                         hostname="*.example.com")
        ClusterPlan(app, gateways=[GATEWAY])
        HttpsRoute(chart, "OpenWebUiRoute", hostname="chat.example.com", listener=GATEWAY,
                   backend=ai.open_webui.backend, websocket=True)

    Attributes:
        name: The HTTPRoute's and the Service's name.
        namespace: Their namespace (the backend's).
        hostname: The hostname clients use.
        url: ``https://<hostname>``, for the app's own settings (Open WebUI's ``public_url``).
        listener: The Gateway listener the route attaches to.
        backend: Where traffic goes.
        request_timeout_seconds: How long one request may run; 0 means no limit.
        websocket: Whether the Service port says it carries WebSockets.
        route: The HTTPRoute (the construct's ``Resource`` child).
        service: The ClusterIP Service.
        policy: The NetworkPolicy admitting the proxies (a CiliumNetworkPolicy on Cilium's own
            Gateway), when the backend is a library workload.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        hostname: str,
        backend: Backend,
        listener: GatewayListener,
        name: str | None = None,
        request_timeout_seconds: int = DEFAULT_REQUEST_TIMEOUT_SECONDS,
        websocket: bool = False,
        description: str = "",
    ) -> None:
        """Creates the route, its Service and the NetworkPolicy.

        Args:
            scope: The parent construct.
            id: The construct id.
            hostname: A fully qualified name inside the listener's hostname (``chat.example.com``).
            backend: The pods and port behind the route (``workload.backend``, or ``Backend(...)``).
            listener: One of the listeners the ClusterPlan declares (``gateways``).
            name: Defaults to ``<backend name>-https``.
            request_timeout_seconds: Defaults to an hour, for streamed replies, long renders and
                uploads; 0 lifts the limit (Gateway API's ``0s``). The plan refuses less than
                the backend's app needs (see ``routes/app_needs.py``).
            websocket: Defaults to false; set it for apps that upgrade to WebSockets (Open WebUI's
                socket.io, A1111's Gradio queue), so gateways that need the opt-in upgrade them.
            description: What users reach there, for the generated docs.

        Raises:
            ValueError: an invalid hostname, backend, listener, name or timeout.
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        if not isinstance(backend, Backend):
            raise _validate.fail(self, "backend", f"{backend!r} is not a Backend: pass workload.backend or Backend(...)")
        _typecheck.check_fields(self, "backend", backend)
        if not isinstance(listener, GatewayListener):
            raise _validate.fail(
                self, "listener", f"{listener!r} is not a GatewayListener: pass one the ClusterPlan declares in gateways"
            )
        _typecheck.check_fields(self, "listener", listener)
        plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, plan)
        if listener not in plan.gateways:
            declared = ", ".join(str(item) for item in plan.gateways) or "none"
            raise _validate.fail(
                self,
                "listener",
                f"{listener} is not declared by the ClusterPlan (declared: {declared}): "
                "add it to ClusterPlan(gateways=[...]) before the charts",
            )
        self.backend = backend
        self.listener = listener
        self.namespace = _validate.dns_label(self, "backend.namespace", backend.namespace)
        _validate.port(self, "backend.port", backend.port)
        _validate.labels(self, "backend.selector", backend.selector)
        if not backend.selector:
            raise _validate.fail(self, "backend.selector", "is empty: a Service without a selector sends traffic nowhere")
        self.name = _validate.dns_label(self, "name", name if name is not None else f"{backend.name}-https")
        if not isinstance(hostname, str) or not HOSTNAME.match(hostname) or hostname.startswith("*") or len(hostname) > 253:
            raise _validate.fail(
                self,
                "hostname",
                f"{hostname!r} is not a host name: use a lower-case fully qualified name such as 'chat.example.com'",
            )
        self.hostname = hostname
        self.url = f"https://{hostname}"
        self.request_timeout_seconds = _validate.positive_int(self, "request_timeout_seconds", request_timeout_seconds, minimum=0)
        if not isinstance(websocket, bool):
            raise _validate.fail(self, "websocket", f"{websocket!r} is not True or False")
        self.websocket = websocket
        labels = _scope.metadata_labels(scope, backend.name)
        self.service = plain_object(
            self,
            "Service",
            api_version="v1",
            kind="Service",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=labels),
            body={
                "spec": {
                    "type": "ClusterIP",
                    "selector": dict(backend.selector),
                    "ports": [
                        {
                            "name": "http",
                            "port": 80,
                            "targetPort": backend.port,
                            "protocol": "TCP",
                            "appProtocol": WEBSOCKET_APP_PROTOCOL if websocket else None,
                        }
                    ],
                }
            },
        )
        self.route = _pod.api_object(
            self,
            "Resource",
            api_version=GATEWAY_API,
            kind="HTTPRoute",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=labels),
            spec={
                "parentRefs": [
                    {
                        "group": "gateway.networking.k8s.io",
                        "kind": "Gateway",
                        "name": listener.gateway,
                        "namespace": listener.namespace,
                        "sectionName": listener.listener,
                    }
                ],
                "hostnames": [hostname],
                "rules": [
                    {
                        "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                        "backendRefs": [{"kind": "Service", "name": self.name, "port": 80}],
                        "timeouts": {"request": duration(self.request_timeout_seconds)},
                    }
                ],
            },
        )
        self.policy: ApiObject | None = None
        if backend.managed and listener.cilium_ingress:
            self.policy = _admit_cilium_ingress(self, f"{self.name}-from-gateway", self.namespace, backend)
        elif backend.managed:
            # The backend's namespace denies ingress by default: admit the Gateway's proxies only.
            self.policy = allow_ingress(
                self,
                "AllowGateway",
                name=f"{self.name}-from-gateway",
                namespace=self.namespace,
                selector=backend.selector,
                port=backend.port,
                from_pods=listener.proxy_labels,
                from_namespace=listener.proxy_namespace,
            )
        plan.declare("HTTPRoute", self.namespace, self.name, description=description)


def _admit_cilium_ingress(scope: Construct, name: str, namespace: str, backend: Backend) -> ApiObject:
    """A CiliumNetworkPolicy admitting Cilium's Gateway (the ``ingress`` entity) into the backend's
    port: Cilium adds it to the namespace's Kubernetes NetworkPolicies (allows are a union)."""
    return _pod.api_object(
        scope,
        "AllowGateway",
        api_version="cilium.io/v2",
        kind="CiliumNetworkPolicy",
        metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=_scope.ownership_labels(scope)),
        spec={
            "endpointSelector": {"matchLabels": dict(backend.selector)},
            "ingress": [
                {
                    "fromEntities": ["ingress"],
                    "toPorts": [{"ports": [{"port": str(backend.port), "protocol": "TCP"}]}],
                }
            ],
        },
    )
