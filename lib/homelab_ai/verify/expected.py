"""What the cluster should run, read from the committed ``dist/`` (never restated by hand).

Every expectation comes from the YAML Flux applies: the GPU nodes and their slices from the
verify layer's ``plan.json`` (or, without one, from the device plugin config the operator's
values select), the operator's values ConfigMap, the Flux Kustomizations of ``dist/flux``, the
workloads, claims, LoadBalancer Services and Secrets of the layers, and the in-cluster check Jobs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from homelab_ai import _yaml
from homelab_ai.inventory import Inventory, ObjectId, SharingConfig, id_of, pod_template

Manifest = dict[str, Any]
# The labels the verify layer's Jobs carry (dist/ai-verify): the check id, and the layer's name.
CHECK_LABEL = "homelab-ai.dev/check"
VERIFY_NAME = "ai-verify"
PLAN_KEY = "plan.json"
_FLUX_GROUP = "kustomize.toolkit.fluxcd.io"


@dataclass(frozen=True)
class PlannedNode:
    """A GPU node and what its device plugin should advertise.

    Attributes:
        name: The node's name; ``None`` for every GPU node when the plan declares none by name.
        labels: Labels the node needs (``nvidia.com/device-plugin.config``, ...).
        resources: GPU resources it should advertise with their counts; per physical GPU when
            ``per_gpu`` (the count of GPUs then comes from the node's ``nvidia.com/gpu.count`` label).
        per_gpu: Whether ``resources`` counts per physical GPU.
    """

    name: str | None
    labels: Mapping[str, str]
    resources: Mapping[str, int]
    per_gpu: bool = False


@dataclass(frozen=True)
class ValuesSource:
    """The GPU operator's values ConfigMap and the key the HelmRelease must read."""

    namespace: str
    name: str
    key: str


@dataclass(frozen=True)
class PlannedWorkload:
    """A Deployment or StatefulSet and how to find its pods."""

    id: ObjectId
    replicas: int
    selector: Mapping[str, str]


@dataclass
class Expectations:
    """Everything ``make verify`` compares the cluster with."""

    nodes: list[PlannedNode] = field(default_factory=list)
    values: ValuesSource | None = None
    kustomizations: list[Manifest] = field(default_factory=list)
    workloads: list[PlannedWorkload] = field(default_factory=list)
    claims: list[ObjectId] = field(default_factory=list)
    addresses: dict[ObjectId, tuple[str, ...]] = field(default_factory=dict)
    secrets: dict[ObjectId, list[str]] = field(default_factory=dict)
    check_jobs: list[Manifest] = field(default_factory=list)
    check_config_maps: list[Manifest] = field(default_factory=list)

    def namespaces(self) -> list[str]:
        """The namespaces whose workloads, claims, Services and Secrets are checked."""
        ids = [w.id for w in self.workloads] + self.claims + list(self.addresses) + list(self.secrets)
        return sorted({i.namespace for i in ids if i.namespace})


class DistError(Exception):
    """dist/ is missing or unreadable."""


def read_layers(dist: Path) -> dict[str, list[Manifest]]:
    """Every object of every folder of ``dist/``, by folder (kustomization.yaml files left out)."""
    if not dist.is_dir():
        raise DistError(f"{dist} is not a folder: run from the repository (or pass --root) after `make synth`")
    layers: dict[str, list[Manifest]] = {}
    for path in sorted(dist.rglob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        try:
            documents = [d for d in _yaml.load_all(path.read_text()) if isinstance(d, dict)]
        except yaml.YAMLError as error:
            raise DistError(f"{path} is not YAML: {error}") from error
        layers.setdefault(str(path.parent.relative_to(dist)), []).extend(documents)
    return layers


def read(dist: Path) -> Expectations:
    """The expectations ``dist/`` holds."""
    layers = read_layers(dist)
    expected = Expectations()
    flux = {folder for folder, objects in layers.items() if any(_is_flux_kustomization(o) for o in objects)}
    applied = {folder: objects for folder, objects in layers.items() if folder not in flux}
    expected.kustomizations = [o for folder in sorted(flux) for o in layers[folder] if _is_flux_kustomization(o)]
    inventory = Inventory.read(applied)
    objects = [o for _, o in inventory.objects]
    expected.values = _values_source(objects)
    expected.check_jobs = [o for o in objects if o.get("kind") == "Job" and CHECK_LABEL in _labels(o)]
    referenced = {(id_of(j).namespace, name) for j in expected.check_jobs for name in _config_maps_of(j)}
    expected.check_config_maps = [
        o for o in objects if o.get("kind") == "ConfigMap" and (id_of(o).namespace, id_of(o).name) in referenced
    ]
    expected.nodes = _planned_nodes(expected.check_config_maps, inventory.sharing, objects, expected.values)
    for manifest in objects:
        kind = manifest.get("kind")
        if kind in ("Deployment", "StatefulSet"):
            spec = manifest.get("spec") or {}
            selector = dict((spec.get("selector") or {}).get("matchLabels") or {})
            replicas = int(spec.get("replicas", 1))
            expected.workloads.append(PlannedWorkload(id=id_of(manifest), replicas=replicas, selector=selector))
            for template in spec.get("volumeClaimTemplates") or []:
                for i in range(replicas):
                    name = f"{template['metadata']['name']}-{id_of(manifest).name}-{i}"
                    expected.claims.append(ObjectId("PersistentVolumeClaim", id_of(manifest).namespace, name))
        elif kind == "PersistentVolumeClaim":
            expected.claims.append(id_of(manifest))
    expected.addresses = {s.id: s.addresses for s in inventory.lb_services if s.addresses}
    for owner in inventory.pod_owners:
        for secret in sorted(owner.secrets):
            readers = expected.secrets.setdefault(ObjectId("Secret", owner.id.namespace, secret), [])
            readers.append(f"{owner.id.kind} {owner.id.name}")
    return expected


def _is_flux_kustomization(manifest: Manifest) -> bool:
    return manifest.get("kind") == "Kustomization" and str(manifest.get("apiVersion", "")).startswith(f"{_FLUX_GROUP}/")


def _labels(manifest: Manifest) -> dict[str, str]:
    return dict((manifest.get("metadata") or {}).get("labels") or {})


def _config_maps_of(job: Manifest) -> set[str]:
    pod = (pod_template(job) or {}).get("spec") or {}
    names = {v["configMap"].get("name", "") for v in pod.get("volumes") or [] if "configMap" in v}
    for volume in pod.get("volumes") or []:
        for source in (volume.get("projected") or {}).get("sources") or []:
            if "configMap" in source:
                names.add(source["configMap"].get("name", ""))
    for container in [*(pod.get("initContainers") or []), *(pod.get("containers") or [])]:
        names |= {s["configMapRef"].get("name", "") for s in container.get("envFrom") or [] if "configMapRef" in s}
    return names - {""}


def _values_source(objects: list[Manifest]) -> ValuesSource | None:
    """The ConfigMap that carries the GPU operator's device plugin values, recognised by its content."""
    for manifest in objects:
        if manifest.get("kind") != "ConfigMap":
            continue
        for key, text in (manifest.get("data") or {}).items():
            try:
                values = _yaml.load(text) if isinstance(text, str) else None
            except yaml.YAMLError:
                continue
            if isinstance(values, dict) and isinstance(values.get("devicePlugin"), dict):
                return ValuesSource(namespace=id_of(manifest).namespace, name=id_of(manifest).name, key=str(key))
    return None


def _planned_nodes(
    config_maps: list[Manifest], sharing: list[SharingConfig], objects: list[Manifest], values: ValuesSource | None
) -> list[PlannedNode]:
    """The GPU nodes of the verify layer's ``gpu-slices`` plan, or, without it, any GPU node with the
    default config's slices."""
    for config_map in config_maps:
        text = (config_map.get("data") or {}).get(PLAN_KEY)
        if text:
            try:
                nodes = plan_nodes(json.loads(text))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise DistError(
                    f"{PLAN_KEY} of ConfigMap {id_of(config_map).namespace}/{id_of(config_map).name} has no readable nodes "
                    f"({type(error).__name__}: {error}): make verify reads each node's name, labels and advertised resources"
                ) from error
            if nodes is not None:
                return nodes
    default = _default_config_key(objects, values)
    resources = {c.advertised: c.replicas for c in sharing if c.key == default}
    return [PlannedNode(name=None, labels={}, resources=resources, per_gpu=True)] if resources else []


def plan_nodes(plan: Mapping[str, Any]) -> list[PlannedNode] | None:
    """The GPU nodes of one check's ``plan.json`` (``gpu-slices.nodes``: each with ``name``, ``labels``
    and the GPU resources it ``advertised`` with their counts), or ``None`` when the plan is
    another check's."""
    section = plan.get("gpu-slices")
    if not isinstance(section, Mapping):
        return None
    nodes = []
    for node in section["nodes"]:
        resources = {str(k): int(v) for k, v in node["advertised"].items()}
        if not resources:
            # A node checked against no resource would pass whatever it advertises.
            raise ValueError(f"node {node.get('name')!r} lists no GPU resource under 'advertised'")
        nodes.append(
            PlannedNode(
                name=str(node["name"]),
                labels={str(k): str(v) for k, v in (node.get("labels") or {}).items()},
                resources=resources,
            )
        )
    return nodes


def _default_config_key(objects: list[Manifest], values: ValuesSource | None) -> str | None:
    for manifest in objects:
        if (
            values
            and manifest.get("kind") == "ConfigMap"
            and id_of(manifest) == ObjectId("ConfigMap", values.namespace, values.name)
        ):
            parsed = _yaml.load((manifest.get("data") or {})[values.key])
            default = ((parsed.get("devicePlugin") or {}).get("config") or {}).get("default")
            return str(default) if default else None
    return None
