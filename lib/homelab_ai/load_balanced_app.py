"""LoadBalancer Services at fixed addresses from Cilium LB-IPAM."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _typecheck, _validate
from homelab_ai._objects import plain_object
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.network_policies import allow_ingress
from homelab_ai.workload import Backend

# Cilium 1.15+ key; the design's io.cilium/lb-ipam-ips is only a deprecated alias.
LB_IPS_ANNOTATION = "lbipam.cilium.io/ips"
SHARING_KEY_ANNOTATION = "lbipam.cilium.io/sharing-key"


class LoadBalancedApp(Construct):
    """Defines a LoadBalancer Service that Cilium LB-IPAM gives a fixed address.

    It serves any backend: a workload of this library (``workload.backend``) or pods managed
    elsewhere, described with ``Backend``. The Service lives in the backend's namespace, since
    a Service can only select pods of its own namespace.

    Example:
        LoadBalancedApp(chart, "OpenWebUiService", name="open-webui", address="10.10.2.25", port=80, backend=ui.backend)

    Attributes:
        name: The Service's name.
        namespace: The Service's namespace (the backend's).
        address: The fixed IPv4 address.
        port: The port clients connect to.
        backend: Where traffic goes.
        sharing_key: The Cilium IP sharing key, or ``None`` when the address is exclusive.
        source_ranges: The CIDRs allowed to connect; empty means everyone.
        description: What users reach there.
        service: The Service object (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        address: str,
        backend: Backend,
        port: int = 80,
        sharing_key: str | None = None,
        source_ranges: Sequence[str] = (),
        description: str = "",
    ) -> None:
        """Creates the Service.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: The Service's name (DNS-1123 label).
            address: IPv4 address from the LB-IPAM pool.
            backend: The pods and port behind the Service.
            port: Defaults to 80, so the app answers at ``http://<address>``.
            sharing_key: Defaults to no sharing; services with the same key may share an address
                when their ports differ.
            source_ranges: CIDRs allowed to connect (``loadBalancerSourceRanges``, enforced by
                Cilium at the load balancer). Defaults to everyone who can route to the address.
            description: What users reach there, for the generated access-points table.

        Raises:
            ValueError: an invalid name, backend, address, port or sharing key.
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        self.name = _validate.dns_label(self, "name", name)
        if not isinstance(backend, Backend):
            raise _validate.fail(self, "backend", f"{backend!r} is not a Backend: pass workload.backend or Backend(...)")
        _typecheck.check_fields(self, "backend", backend)
        self.backend = backend
        # The name becomes the Service's app.kubernetes.io/name label.
        _validate.label_value(self, "backend.name", backend.name)
        self.namespace = _validate.dns_label(self, "backend.namespace", backend.namespace)
        self.address = _ipv4(self, address)
        self.port = _validate.port(self, "port", port)
        _validate.port(self, "backend.port", backend.port)
        _validate.labels(self, "backend.selector", backend.selector)
        if not backend.selector:
            raise _validate.fail(self, "backend.selector", "is empty: a Service without a selector sends traffic nowhere")
        annotations = {LB_IPS_ANNOTATION: self.address}
        self.sharing_key = sharing_key
        self.source_ranges = tuple(_cidr(self, cidr) for cidr in source_ranges)
        self.description = description
        if sharing_key is not None:
            annotations[SHARING_KEY_ANNOTATION] = _validate.label_value(self, "sharing_key", sharing_key)
        self.service = plain_object(
            self,
            "Resource",
            api_version="v1",
            kind="Service",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=self.namespace,
                labels=_scope.metadata_labels(scope, backend.name),
                annotations=annotations,
            ),
            body={
                "spec": {
                    "type": "LoadBalancer",
                    "loadBalancerSourceRanges": list(self.source_ranges) or None,
                    "selector": dict(backend.selector),
                    "ports": [{"name": "http", "port": self.port, "targetPort": backend.port, "protocol": "TCP"}],
                }
            },
        )
        plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, plan)
        if backend.managed:
            # The backend's namespace denies ingress by default: let the Service's clients in.
            allow_ingress(
                self,
                "AllowClients",
                name=f"{self.name}-from-load-balancer",
                namespace=self.namespace,
                selector=backend.selector,
                port=backend.port,
            )
        plan.declare("Service", self.namespace, self.name, description=description)


def _cidr(scope: Construct, cidr: str) -> str:
    try:
        return str(ipaddress.ip_network(cidr, strict=True))
    except (ValueError, TypeError):
        raise _validate.fail(
            scope, "source_ranges", f"{cidr!r} is not a network in CIDR form: use for example '10.10.0.0/16'"
        ) from None


def _ipv4(scope: Construct, address: str) -> str:
    try:
        parsed = ipaddress.IPv4Address(address)
    except (ipaddress.AddressValueError, ValueError, TypeError):
        raise _validate.fail(
            scope, "address", f"{address!r} is not an IPv4 address: use dotted form such as '10.10.2.25'"
        ) from None
    if parsed.is_unspecified or parsed.is_loopback or parsed.is_multicast:
        raise _validate.fail(scope, "address", f"{address!r} cannot be a LoadBalancer address: pick one from the LB-IPAM pool")
    return str(parsed)
