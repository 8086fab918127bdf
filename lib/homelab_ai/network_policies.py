"""NetworkPolicies: deny ingress by default, then allow exactly the traffic the charts declare.

The allows come from the constructs themselves: ``Workload.connect`` allows the client's pods
into the server's port, and a ``LoadBalancedApp`` in front of a library workload allows its
clients in. Cilium enforces these; it lets the node itself (kubelet probes) in regardless.
"""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s import ApiObject, ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import Json, plain_object

# Private ranges stay closed when egress is restricted: model downloads go to the internet,
# nothing else in the home network is reachable from the namespace.
_PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16"]


class DefaultDenyIngress(Construct):
    """Defines the namespace's default: no pod accepts traffic unless a policy allows it.

    With ``restrict_egress`` it also closes egress, except DNS, traffic inside the namespace,
    and the public internet (model and image downloads).

    Example:
        DefaultDenyIngress(chart, "DefaultDeny")

    Attributes:
        namespace: The namespace the policies apply to.
        restrict_egress: Whether egress is closed too.
        policy: The default-deny ingress NetworkPolicy (the construct's ``Resource`` child).
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str | None = None, restrict_egress: bool = False) -> None:
        """Creates the policies.

        Args:
            scope: The parent construct.
            id: The construct id.
            namespace: Defaults to the chart's namespace.
            restrict_egress: Defaults to false: pods may reach anything (model downloads).
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        self.namespace = _scope.namespace_of(self, namespace, parent=scope)
        self.restrict_egress = restrict_egress
        deny_all: Json = {"podSelector": {}, "policyTypes": ["Ingress"]}
        self.policy = _policy(self, "Resource", "default-deny-ingress", self.namespace, deny_all)
        if not restrict_egress:
            return
        _policy(
            self,
            "Egress",
            "restricted-egress",
            self.namespace,
            {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [
                    # DNS, to the cluster's resolver only.
                    {
                        "to": [
                            {
                                "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                                "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
                            }
                        ],
                        "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
                    },
                    # The namespace's own apps (the web UI calling Ollama).
                    {"to": [{"podSelector": {}}]},
                    # The public internet, for model and image downloads.
                    {"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": list(_PRIVATE_RANGES)}}]},
                ],
            },
        )


def allow_ingress(
    scope: Construct,
    id: str,
    *,
    name: str,
    namespace: str,
    selector: Mapping[str, str],
    port: int,
    from_pods: Mapping[str, str] | None = None,
    from_namespace: str | None = None,
) -> ApiObject:
    """Allows TCP traffic into the pods of ``selector`` on ``port``, from ``from_pods`` of the
    same namespace (or of ``from_namespace``), or from anywhere (a LoadBalancer's clients) when
    ``from_pods`` is ``None``.

    Returns:
        The NetworkPolicy, named ``name``.
    """
    namespaces = {"matchLabels": {"kubernetes.io/metadata.name": from_namespace}} if from_namespace else None
    sources = [{"namespaceSelector": namespaces, "podSelector": {"matchLabels": dict(from_pods)}}] if from_pods else None
    return _policy(
        scope,
        id,
        _validate.dns_subdomain(scope, "network policy name", name),
        namespace,
        {
            "podSelector": {"matchLabels": dict(selector)},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": sources, "ports": [{"protocol": "TCP", "port": port}]}],
        },
    )


def _policy(scope: Construct, id: str, name: str, namespace: str, spec: Json) -> ApiObject:
    metadata = ApiObjectMetadata(name=name, namespace=namespace, labels=_scope.ownership_labels(scope))
    return plain_object(
        scope, id, api_version="networking.k8s.io/v1", kind="NetworkPolicy", metadata=metadata, body={"spec": spec}
    )
