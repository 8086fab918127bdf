"""What the alerts and the dashboard hold the cluster to: the plan's figures, read from the
rendered manifests of the App (whoever built the objects) and the plan's own settings.

Nothing here is typed by hand: card sizes and sharing come from the plan's nodes, VRAM from the
facts the GPU apps declare, volumes, quota and Jobs from their manifests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from homelab_ai import _yaml
from homelab_ai.gpu_nodes import Mig
from homelab_ai.gpu_operator import VALUES_KEY
from homelab_ai.inventory import Inventory, PodOwner, mebibytes, millicores
from homelab_ai.scheduling import hard_limits

if TYPE_CHECKING:
    from homelab_ai.cluster_plan import ClusterPlan

CHECK_LABEL = "homelab-ai.dev/check"


@dataclass(frozen=True, kw_only=True)
class GpuApp:
    """A GPU app pinned to a node, with its VRAM figure.

    Attributes:
        namespace: Its namespace.
        name: Its controller's name.
        pod_regex: Matches the names of its pods (not those of a Job that shares its prefix).
        max_gb: The heavy end of its VRAM.
        basis: Where the figure comes from.
    """

    namespace: str
    name: str
    pod_regex: str
    max_gb: float
    basis: str


@dataclass(frozen=True, kw_only=True)
class NodeWatch:
    """A GPU node of the plan.

    Attributes:
        name: The node's name (``node`` label); ``None`` for the design's one node, whose name
            the plan does not know: its rules then match any node.
        card: The card's name.
        card_gb: VRAM of one card.
        gpus: Cards in the node.
        sharing: How it shares them, in words.
        resources: GPU resources it advertises, with counts.
        requested: GPU resources its long-running pods request.
        apps: The GPU apps with a VRAM figure pinned to it.
        mig: Whether its cards are cut by MIG (memory figures are per instance).
    """

    name: str | None
    card: str
    card_gb: float
    gpus: int
    sharing: str
    resources: dict[str, int]
    requested: dict[str, int]
    apps: tuple[GpuApp, ...]
    mig: bool = False

    @property
    def heavy_gb(self) -> float:
        """The apps' heavy ends together: all of them active at once."""
        return round(sum(app.max_gb for app in self.apps), 1)

    @property
    def title(self) -> str:
        return self.name or "the GPU node"


@dataclass(frozen=True, kw_only=True)
class AppWatch:
    """A long-running app: what serves it and how long its first start may take."""

    kind: str
    namespace: str
    name: str
    replicas: int
    startup_seconds: int


@dataclass(frozen=True, kw_only=True)
class VolumeWatch:
    """A PersistentVolumeClaim and the size the plan gives it."""

    namespace: str
    name: str
    size_bytes: int


@dataclass(frozen=True, kw_only=True)
class QuotaItem:
    """One resource of a ResourceQuota in kube-state-metrics' units (cores, bytes, counts).

    Attributes:
        resource: The quota's key (``requests.cpu``).
        hard: The quota's figure.
        steady: What the long-running pods of the namespace request of it.
        shown: The figure as the manifest writes it.
    """

    resource: str
    hard: float
    steady: float
    shown: str


@dataclass(frozen=True, kw_only=True)
class QuotaWatch:
    namespace: str
    name: str
    items: tuple[QuotaItem, ...]


@dataclass(frozen=True, kw_only=True)
class JobWatch:
    """A Job whose failure needs a person: the model pull, a verify check."""

    namespace: str
    name: str
    check: str


@dataclass(frozen=True, kw_only=True)
class Figures:
    """Everything the monitoring compares with the cluster."""

    nodes: tuple[NodeWatch, ...]
    apps: tuple[AppWatch, ...]
    volumes: tuple[VolumeWatch, ...]
    quotas: tuple[QuotaWatch, ...]
    jobs: tuple[JobWatch, ...]
    gpu_resources: tuple[str, ...]
    gpu_namespaces: tuple[str, ...]
    service_monitor: bool
    per_app_vram: bool


def pod_regex(kind: str, name: str) -> str:
    """A PromQL regex for the pods a controller names (StatefulSet ``name-0``, Deployment ``name-<hash>-<id>``)."""
    escaped = name.replace(".", "\\\\.")
    if kind == "StatefulSet":
        return f"{escaped}-[0-9]+"
    if kind == "Deployment":
        return f"{escaped}-[a-z0-9]+-[a-z0-9]+"
    return f"{escaped}-[a-z0-9]+"


def read(plan: ClusterPlan, inventory: Inventory) -> Figures:
    """The figures of ``plan`` over the App's ``inventory``."""
    nodes = []
    for view in plan.node_views(inventory):
        apps = []
        for owner in view.owners:
            vram = plan.facts(owner.id).vram
            if vram is not None:
                apps.append(
                    GpuApp(
                        namespace=owner.id.namespace,
                        name=owner.id.name,
                        pod_regex=pod_regex(owner.id.kind, owner.id.name),
                        max_gb=vram.max_gb,
                        basis=vram.basis,
                    )
                )
        nodes.append(
            NodeWatch(
                name=view.node.name if plan.explicit_nodes else None,
                card=view.node.card.name,
                card_gb=view.node.card.vram_gb,
                gpus=view.node.gpus,
                sharing=view.sharing,
                resources=dict(view.advertised),
                requested={r: sum(o.replicas * o.gpus.get(r, 0) for o in view.owners) for r in view.advertised},
                apps=tuple(apps),
                mig=isinstance(view.node.sharing, Mig),
            )
        )
    steady = [o for o in inventory.steady() if o.replicas and o.id.kind in ("Deployment", "StatefulSet")]
    gpu_resources = sorted({r for node in nodes for r in node.resources})
    service_monitor, per_app = _exporter_settings(inventory)
    return Figures(
        nodes=tuple(nodes),
        apps=tuple(
            AppWatch(
                kind=o.id.kind,
                namespace=o.id.namespace,
                name=o.id.name,
                replicas=o.replicas,
                startup_seconds=o.startup_seconds,
            )
            for o in steady
        ),
        volumes=tuple(
            VolumeWatch(namespace=claim.namespace, name=claim.name, size_bytes=int(size * 2**20))
            for claim, size in inventory.claims.items()
            if size
        ),
        quotas=tuple(_quotas(inventory)),
        jobs=tuple(
            JobWatch(
                namespace=str(m["metadata"].get("namespace", "")),
                name=str(m["metadata"]["name"]),
                check=str((m["metadata"].get("labels") or {}).get(CHECK_LABEL, "")),
            )
            for _, m in inventory.objects
            if m.get("kind") == "Job"
        ),
        gpu_resources=tuple(gpu_resources),
        gpu_namespaces=tuple(sorted({o.id.namespace for o in inventory.steady() if o.gpus})),
        service_monitor=service_monitor,
        per_app_vram=per_app,
    )


def _in_metric_units(resource: str, quantity: Any) -> float:
    if resource.endswith("cpu"):
        return millicores(quantity) / 1000
    if resource.endswith(("memory", "storage")):
        return math.ceil(mebibytes(quantity) * 2**20)
    return float(quantity)


def _quotas(inventory: Inventory) -> list[QuotaWatch]:
    quotas = []
    for _, manifest in inventory.objects:
        if manifest.get("kind") != "ResourceQuota":
            continue
        namespace = str(manifest["metadata"].get("namespace", ""))
        hard = (manifest.get("spec") or {}).get("hard") or {}
        owners: list[PodOwner] = [o for o in inventory.steady() if o.id.namespace == namespace]
        steady = hard_limits(owners, {})
        items = tuple(
            QuotaItem(
                resource=str(resource),
                hard=_in_metric_units(resource, value),
                steady=_in_metric_units(resource, steady.get(resource, 0)),
                shown=str(value),
            )
            for resource, value in hard.items()
        )
        quotas.append(QuotaWatch(namespace=namespace, name=str(manifest["metadata"]["name"]), items=items))
    return quotas


def _exporter_settings(inventory: Inventory) -> tuple[bool, bool]:
    """Whether the GPU operator's values in the App turn on dcgm-exporter's ServiceMonitor, and per-pod VRAM."""
    for _, manifest in inventory.objects:
        text = (manifest.get("data") or {}).get(VALUES_KEY) if manifest.get("kind") == "ConfigMap" else None
        if not isinstance(text, str) or "dcgmExporter" not in text:
            continue
        exporter = (_yaml.load(text) or {}).get("dcgmExporter") or {}
        enabled = bool((exporter.get("serviceMonitor") or {}).get("enabled"))
        env = {e.get("name"): e.get("value") for e in exporter.get("env") or []}
        return enabled, enabled and bool(exporter.get("hostPID")) and env.get("KUBERNETES_VIRTUAL_GPUS") == "true"
    return False, False
