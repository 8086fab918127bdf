"""What an App's rendered manifests ask of the cluster, read from the manifests alone.

The plan's checks and the generated docs work on this inventory, never on construct classes,
so they see every object the same way: built with this library, with cdk8s-plus, with the L1
classes, as a raw ``ApiObject`` or from an imported CRD, and after every escape-hatch patch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from homelab_ai import _yaml
from homelab_ai.routes.manifests import GatewayObject, Route, is_gateway_api, read_gateway, read_route

Manifest = dict[str, Any]

# Controllers whose pods run all the time; a Job's or CronJob's run only now and then.
STEADY_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod")
POD_KINDS = (*STEADY_KINDS, "Job", "CronJob")
# Cilium LB-IPAM's annotation, and the alias older charts use (Cilium reads both).
LB_IPS_KEYS = ("lbipam.cilium.io/ips", "io.cilium/lb-ipam-ips")
SHARING_KEY = "lbipam.cilium.io/sharing-key"
GPU_PREFIX = "nvidia.com/"

_CPU = re.compile(r"^([0-9.]+)(m?)$")
_MEMORY = re.compile(r"^([0-9.]+(?:[eE][0-9]+)?)([KMGTPE]i?|m|)$")
_MEMORY_UNITS = {
    "": 1, "m": 1e-3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
}  # fmt: skip


@dataclass(frozen=True, order=True)
class ObjectId:
    """An object's identity: its kind, namespace (empty for cluster-scoped ones) and name."""

    kind: str
    namespace: str
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.namespace}/{self.name}" if self.namespace else f"{self.kind} {self.name}"


def millicores(value: Any) -> int:
    """A CPU quantity (``250m``, ``2``, ``0.5``) in millicores; 0 when absent or unreadable."""
    match = _CPU.match(str(value)) if value is not None else None
    if not match:
        return 0
    number = float(match.group(1))
    return math.ceil(number if match.group(2) else number * 1000)


def mebibytes(value: Any) -> float:
    """A memory quantity (``512Mi``, ``12Gi``, ``1G``, ``1e9``) in MiB; 0 when absent or unreadable."""
    match = _MEMORY.match(str(value)) if value is not None else None
    if not match:
        return 0.0
    return float(match.group(1)) * _MEMORY_UNITS[match.group(2)] / 2**20


@dataclass(frozen=True)
class Container:
    """One container's share of its pod: requests, limits and GPUs (extended resources)."""

    name: str
    image: str
    cpu_request: int
    cpu_limit: int
    memory_request: float
    memory_limit: float
    gpus: Mapping[str, int]
    ports: tuple[int, ...]
    startup_seconds: int

    @staticmethod
    def read(container: Manifest) -> Container:
        resources = container.get("resources") or {}
        requests, limits = resources.get("requests") or {}, resources.get("limits") or {}
        # Kubernetes defaults a missing request to the limit.
        cpu_limit, memory_limit = millicores(limits.get("cpu")), mebibytes(limits.get("memory"))
        gpus = {k: _count(v) for k, v in {**requests, **limits}.items() if k.startswith(GPU_PREFIX)}
        probe = container.get("startupProbe") or {}
        startup = probe.get("initialDelaySeconds", 0) + probe.get("periodSeconds", 10) * probe.get("failureThreshold", 3)
        return Container(
            name=str(container.get("name", "")),
            image=str(container.get("image", "")),
            cpu_request=millicores(requests.get("cpu", limits.get("cpu"))),
            cpu_limit=cpu_limit,
            memory_request=mebibytes(requests.get("memory", limits.get("memory"))),
            memory_limit=memory_limit,
            gpus={k: v for k, v in gpus.items() if v > 0},
            ports=tuple(int(p["containerPort"]) for p in container.get("ports") or [] if "containerPort" in p),
            startup_seconds=int(startup) if probe else 0,
        )


def _count(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


@dataclass(frozen=True)
class PodOwner:
    """An object that runs pods, as the scheduler sees one of its pods.

    Attributes:
        id: The object.
        folder: The chart folder (dist/ layer) it is rendered into.
        replicas: Pods it runs at once (parallelism for a Job; 0 for a suspended CronJob).
        steady: Whether its pods run all the time (not a Job or CronJob).
        labels: Its pods' labels.
        containers: The app and sidecar containers, running together.
        init_containers: The init containers, run one after the other before them.
        claims: PersistentVolumeClaims its pods mount, with the paths they are mounted at.
        secrets: Secrets its pods read (env, envFrom, volumes).
        node_selector: Labels a node needs to run its pods.
        affinity: Required node affinity: terms (any may match) of ``(key, operator, values)``
            expressions (all must match).
    """

    id: ObjectId
    folder: str
    replicas: int
    steady: bool
    labels: Mapping[str, str]
    containers: tuple[Container, ...]
    init_containers: tuple[Container, ...]
    claims: Mapping[str, tuple[str, ...]]
    secrets: frozenset[str]
    node_selector: Mapping[str, str]
    affinity: tuple[tuple[tuple[str, str, tuple[str, ...]], ...], ...] = ()
    pods_per_run: int = 1

    def runs_on(self, labels: Mapping[str, str]) -> bool:
        """Whether the scheduler may place its pods on a node with ``labels`` (selector and affinity)."""
        if any(labels.get(key) != value for key, value in self.node_selector.items()):
            return False
        return not self.affinity or any(all(_matches(e, labels) for e in term) for term in self.affinity)

    def _effective(self, attribute: str) -> float:
        """Kubernetes' effective pod request: the running containers, or the largest init step."""
        running: float = sum(getattr(c, attribute) for c in self.containers)
        return max([running, *(float(getattr(c, attribute)) for c in self.init_containers)])

    @property
    def cpu_request(self) -> int:
        return int(self._effective("cpu_request"))

    @property
    def memory_request(self) -> float:
        return self._effective("memory_request")

    @property
    def cpu_limit(self) -> int:
        return int(self._effective("cpu_limit"))

    @property
    def memory_limit(self) -> float:
        return self._effective("memory_limit")

    @property
    def gpus(self) -> dict[str, int]:
        """GPU resources one pod holds: its running containers', or its largest init step's."""
        held: dict[str, int] = {}
        for container in self.containers:
            for resource, count in container.gpus.items():
                held[resource] = held.get(resource, 0) + count
        for container in self.init_containers:
            for resource, count in container.gpus.items():
                held[resource] = max(held.get(resource, 0), count)
        return held

    @property
    def startup_seconds(self) -> int:
        """The longest startup budget of its containers."""
        return max((c.startup_seconds for c in self.containers), default=0)


@dataclass(frozen=True)
class LbService:
    """A LoadBalancer Service and the LB-IPAM addresses it asks for."""

    id: ObjectId
    addresses: tuple[str, ...]
    sharing_key: str | None
    ports: tuple[int, ...]
    target_ports: tuple[int | str, ...]
    selector: Mapping[str, str]


@dataclass(frozen=True)
class Service:
    """Any Service, for the docs: its type, ports and the pods it selects."""

    id: ObjectId
    type: str
    ports: tuple[int, ...]
    selector: Mapping[str, str]


@dataclass(frozen=True)
class Pool:
    """A CiliumLoadBalancerIPPool's blocks, as ``(start, stop)`` or ``(cidr, "")``."""

    id: ObjectId
    blocks: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SharingConfig:
    """One key of a device plugin config ConfigMap: how it shares each GPU resource.

    Attributes:
        id: The ConfigMap.
        key: The data key (a node selects it with ``nvidia.com/device-plugin.config``).
        mode: ``time-slicing``, ``mps`` or ``none``.
        resource: The GPU resource it shares.
        replicas: Replicas per GPU (1 when unshared).
        rename: Whether the shared resource is advertised as ``<resource>.shared``.
        fail_requests_greater_than_one: Whether requests for more than one replica are refused.
        mig_strategy: ``none``, ``single`` or ``mixed``.
    """

    id: ObjectId
    key: str
    mode: str
    resource: str
    replicas: int
    rename: bool
    fail_requests_greater_than_one: bool
    mig_strategy: str

    @property
    def advertised(self) -> str:
        """The resource name pods must request."""
        return f"{self.resource}.shared" if self.rename else self.resource


@dataclass(frozen=True)
class Allow:
    """A NetworkPolicy ingress rule from pods to pods (for the diagram)."""

    id: ObjectId
    to_selector: Mapping[str, str]
    from_selector: Mapping[str, str] | None
    ports: tuple[int | str, ...]


@dataclass
class Inventory:
    """Everything the plan and the docs read, from one App's manifests by chart folder."""

    objects: list[tuple[str, Manifest]] = field(default_factory=list)
    pod_owners: list[PodOwner] = field(default_factory=list)
    lb_services: list[LbService] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    pools: list[Pool] = field(default_factory=list)
    sharing: list[SharingConfig] = field(default_factory=list)
    allows: list[Allow] = field(default_factory=list)
    claims: dict[ObjectId, float] = field(default_factory=dict)
    routes: list[Route] = field(default_factory=list)
    gateways: list[GatewayObject] = field(default_factory=list)
    sharing_configs: dict[str, tuple[ObjectId, dict[str, Any]]] = field(default_factory=dict)

    @staticmethod
    def read(charts: Mapping[str, Sequence[Manifest]]) -> Inventory:
        inventory = Inventory()
        for folder, manifests in charts.items():
            for manifest in manifests:
                inventory.objects.append((folder, manifest))
                inventory._add(folder, manifest)
        return inventory

    def ids(self) -> Iterator[tuple[str, ObjectId]]:
        """Every object's API group and identity."""
        for _, manifest in self.objects:
            group = str(manifest.get("apiVersion", "")).rpartition("/")[0]
            yield group, id_of(manifest)

    def steady(self) -> list[PodOwner]:
        """Pod owners whose pods run all the time, in declaration order."""
        return [owner for owner in self.pod_owners if owner.steady]

    def _add(self, folder: str, manifest: Manifest) -> None:
        kind = manifest.get("kind")
        spec = manifest.get("spec") or {}
        if kind in POD_KINDS:
            self.pod_owners.append(read_pod_owner(folder, manifest))
        elif kind == "Service":
            self._add_service(manifest, spec)
        elif kind == "CiliumLoadBalancerIPPool":
            blocks = tuple((b.get("start") or b.get("cidr", ""), b.get("stop", "")) for b in spec.get("blocks") or [])
            self.pools.append(Pool(id=id_of(manifest), blocks=blocks))
        elif kind == "ConfigMap":
            for key, config in _device_plugin_configs(manifest):
                self.sharing_configs[key] = (id_of(manifest), config)
            self.sharing += _sharing_configs(manifest)
        elif kind == "NetworkPolicy":
            self.allows += _allows(manifest, spec)
        elif kind == "HTTPRoute" and is_gateway_api(manifest):
            self.routes.append(read_route(manifest))
        elif kind == "Gateway" and is_gateway_api(manifest):
            self.gateways.append(read_gateway(manifest))
        elif kind == "PersistentVolumeClaim":
            storage = ((spec.get("resources") or {}).get("requests") or {}).get("storage")
            self.claims[id_of(manifest)] = mebibytes(storage)

    def _add_service(self, manifest: Manifest, spec: Manifest) -> None:
        ports = tuple(int(p["port"]) for p in spec.get("ports") or [] if "port" in p)
        selector = dict(spec.get("selector") or {})
        service_type = str(spec.get("type", "ClusterIP"))
        self.services.append(Service(id=id_of(manifest), type=service_type, ports=ports, selector=selector))
        if service_type != "LoadBalancer":
            return
        annotations = (manifest.get("metadata") or {}).get("annotations") or {}
        raw = next((annotations[k] for k in LB_IPS_KEYS if k in annotations), spec.get("loadBalancerIP", ""))
        self.lb_services.append(
            LbService(
                id=id_of(manifest),
                addresses=tuple(a.strip() for a in str(raw).split(",") if a.strip()),
                sharing_key=annotations.get(SHARING_KEY),
                ports=ports,
                target_ports=tuple(p.get("targetPort", p.get("port")) for p in spec.get("ports") or []),
                selector=selector,
            )
        )


def id_of(manifest: Manifest) -> ObjectId:
    metadata = manifest.get("metadata") or {}
    return ObjectId(str(manifest.get("kind", "")), str(metadata.get("namespace", "")), str(metadata.get("name", "")))


def pod_template(manifest: Manifest) -> Manifest | None:
    """The pod template of any pod-running object (its spec for a bare Pod)."""
    spec = manifest.get("spec") or {}
    kind = manifest.get("kind")
    if kind == "Pod":
        return {"metadata": manifest.get("metadata") or {}, "spec": spec}
    if kind == "CronJob":
        spec = ((spec.get("jobTemplate") or {}).get("spec")) or {}
    template: Manifest | None = spec.get("template")
    return template


def read_pod_owner(folder: str, manifest: Manifest) -> PodOwner:
    """The pod owner ``manifest`` describes (a Deployment, Job, bare Pod, ...)."""
    kind = str(manifest["kind"])
    spec = manifest.get("spec") or {}
    template = pod_template(manifest) or {}
    pod = template.get("spec") or {}
    if kind == "Pod":
        replicas = 1
    elif kind == "Job":
        replicas = int(spec.get("parallelism", 1))
    elif kind == "CronJob":
        replicas = 0 if spec.get("suspend") else int(((spec.get("jobTemplate") or {}).get("spec") or {}).get("parallelism", 1))
    else:
        replicas = int(spec.get("replicas", 1))
    init = list(pod.get("initContainers") or [])
    # Sidecars (init containers that keep running) count with the app containers.
    sidecars = [c for c in init if c.get("restartPolicy") == "Always"]
    claims: dict[str, list[str]] = {}
    volumes = {v.get("name"): v for v in pod.get("volumes") or []}
    templates = {t["metadata"]["name"] for t in spec.get("volumeClaimTemplates") or [] if "metadata" in t}
    for container in [*init, *(pod.get("containers") or [])]:
        for mount in container.get("volumeMounts") or []:
            volume = volumes.get(mount.get("name")) or {}
            claim = (volume.get("persistentVolumeClaim") or {}).get("claimName")
            if claim is None and mount.get("name") in templates:
                claim = f"{mount['name']}-{manifest['metadata']['name']}-0"
            if claim:
                claims.setdefault(claim, []).append(mount.get("mountPath", ""))
    return PodOwner(
        id=id_of(manifest),
        folder=folder,
        replicas=replicas,
        steady=kind in STEADY_KINDS,
        labels=dict((template.get("metadata") or {}).get("labels") or {}),
        containers=tuple(Container.read(c) for c in [*sidecars, *(pod.get("containers") or [])]),
        init_containers=tuple(Container.read(c) for c in init if c not in sidecars),
        claims={claim: tuple(paths) for claim, paths in claims.items()},
        secrets=frozenset(_secret_names(pod)),
        node_selector=dict(pod.get("nodeSelector") or {}),
        affinity=_affinity(pod),
        pods_per_run=int(((spec.get("jobTemplate") or {}).get("spec") or spec).get("parallelism", 1))
        if kind in ("Job", "CronJob")
        else 1,
    )


def _affinity(pod: Manifest) -> tuple[tuple[tuple[str, str, tuple[str, ...]], ...], ...]:
    required = (
        ((pod.get("affinity") or {}).get("nodeAffinity") or {}).get("requiredDuringSchedulingIgnoredDuringExecution")
    ) or {}
    return tuple(
        tuple(
            (str(e.get("key", "")), str(e.get("operator", "")), tuple(str(v) for v in e.get("values") or []))
            for e in term.get("matchExpressions") or []
        )
        for term in required.get("nodeSelectorTerms") or []
    )


def _matches(expression: tuple[str, str, tuple[str, ...]], labels: Mapping[str, str]) -> bool:
    key, operator, values = expression
    value = labels.get(key)
    if operator == "In":
        return value in values
    if operator == "NotIn":
        return value not in values
    if operator == "Exists":
        return value is not None
    if operator == "DoesNotExist":
        return value is None
    if operator in ("Gt", "Lt") and value is not None and value.isdigit() and values and values[0].isdigit():
        return int(value) > int(values[0]) if operator == "Gt" else int(value) < int(values[0])
    return False


def _secret_names(pod: Manifest) -> Iterator[str]:
    for volume in pod.get("volumes") or []:
        if "secret" in volume:
            yield volume["secret"].get("secretName", "")
    for container in [*(pod.get("initContainers") or []), *(pod.get("containers") or [])]:
        for env in container.get("env") or []:
            reference = (env.get("valueFrom") or {}).get("secretKeyRef")
            if reference and not reference.get("optional"):
                yield reference.get("name", "")
        for source in container.get("envFrom") or []:
            if "secretRef" in source and not source["secretRef"].get("optional"):
                yield source["secretRef"].get("name", "")


def _device_plugin_configs(manifest: Manifest) -> list[tuple[str, dict[str, Any]]]:
    """The device plugin configs a ConfigMap holds by key, recognised by their content (``version: v1``)."""
    configs = []
    for key, text in (manifest.get("data") or {}).items():
        try:
            config = _yaml.load(text) if isinstance(text, str) and "version:" in text else None
        except yaml.YAMLError:
            continue
        if isinstance(config, dict) and config.get("version") == "v1" and {"sharing", "flags"} & set(config):
            configs.append((str(key), config))
    return configs


def _sharing_configs(manifest: Manifest) -> list[SharingConfig]:
    """What each device plugin config of a ConfigMap shares, resource by resource."""
    configs = []
    for key, config in _device_plugin_configs(manifest):
        flags = config.get("flags") or {}
        sharing = config.get("sharing") or {}
        mode = "time-slicing" if "timeSlicing" in sharing else ("mps" if "mps" in sharing else "none")
        section = sharing.get("timeSlicing") or sharing.get("mps") or {}
        resources = section.get("resources") or [{"name": "nvidia.com/gpu", "replicas": 1}]
        for resource in resources:
            configs.append(
                SharingConfig(
                    id=id_of(manifest),
                    key=str(key),
                    mode=mode,
                    resource=str(resource.get("name", "nvidia.com/gpu")),
                    replicas=_count(resource.get("replicas", 1)),
                    rename=bool(resource.get("rename") or section.get("renameByDefault")),
                    fail_requests_greater_than_one=bool(section.get("failRequestsGreaterThanOne")),
                    mig_strategy=str(flags.get("migStrategy", "none")),
                )
            )
    return configs


def _allows(manifest: Manifest, spec: Manifest) -> list[Allow]:
    target = dict((spec.get("podSelector") or {}).get("matchLabels") or {})
    allows = []
    for rule in spec.get("ingress") or []:
        ports = tuple(p.get("port") for p in rule.get("ports") or [] if "port" in p)
        sources = [s for s in rule.get("from") or [] if "podSelector" in s and "namespaceSelector" not in s]
        for source in sources or [None]:
            selector = None if source is None else dict(source["podSelector"].get("matchLabels") or {})
            allows.append(Allow(id=id_of(manifest), to_selector=target, from_selector=selector, ports=ports))
    return allows


def selects(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    """Whether a non-empty equality selector matches ``labels``."""
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())
