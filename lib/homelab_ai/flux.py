"""Flux Kustomizations that apply the synthesized folders of dist/, in order.

Each chart of the App is a folder of ``dist/``; here each folder becomes a Flux
``Kustomization`` (``kustomize.toolkit.fluxcd.io/v1``) with ``prune: true``, SOPS decryption,
health checks on its workloads, a timeout sized for multi-GB image pulls and first starts, and
``dependsOn`` the layers it needs: the cluster's add-ons (GPU operator, Longhorn, Cilium) and the
layers before it (the time-slicing config before the GPU workloads).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import App, Chart
from constructs import Construct

from homelab_ai import _scope, _typecheck, _validate
from homelab_ai._filling_chart import FillingChart, Manifest
from homelab_ai._scope import folder_of
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.inventory import Inventory


@dataclass(frozen=True, kw_only=True)
class FluxSettings:
    """How the cluster's Flux finds and applies dist/.

    Attributes:
        namespace: Where the cluster's Kustomizations live.
        source: The GitRepository that holds this repository.
        path_prefix: Where dist/ is inside that repository.
        sops_secret: The Secret holding the age key Flux decrypts with.
        interval_minutes: How often Flux re-applies a layer.
        image_pull_minutes: Allowance for pulling the largest image on first deploy.
        gpu_operator: The Kustomization that installs the NVIDIA GPU operator; ``None`` when
            Flux does not manage it (no dependency is declared then).
        longhorn: The Kustomization that installs Longhorn (the volumes' storage class).
        cilium: The Kustomization that installs Cilium (LB-IPAM for the addresses).
        monitoring_stack: The Kustomization that installs kube-prometheus-stack (the
            PrometheusRule and ServiceMonitor CRDs, Grafana); the monitoring layer waits for it.
            ``None`` when Flux does not manage it (no dependency is declared then).
        other_kustomizations: Any other Kustomization of the cluster a layer may depend on.
    """

    namespace: str = "flux-system"
    source: str = "flux-system"
    path_prefix: str = "./dist"
    sops_secret: str = "sops-age"
    interval_minutes: int = 10
    image_pull_minutes: int = 20
    gpu_operator: str | None = "gpu-operator"
    longhorn: str | None = "longhorn"
    cilium: str | None = "cilium"
    monitoring_stack: str | None = "kube-prometheus-stack"
    other_kustomizations: tuple[str, ...] = ()

    def known(self) -> tuple[str, ...]:
        """The cluster's Kustomizations a layer may depend on."""
        return tuple(
            n for n in (self.gpu_operator, self.longhorn, self.cilium, self.monitoring_stack, *self.other_kustomizations) if n
        )


@dataclass(frozen=True, kw_only=True)
class FluxLayer:
    """One folder of dist/ as Flux applies it.

    Attributes:
        chart: The chart whose folder it is.
        depends_on: Kustomization names applied first: add-ons of the cluster or other layers.
        wait: Wait for every object of the layer to be ready (Jobs: complete) instead of health
            checks on its workloads; Flux ignores ``healthChecks`` when ``wait`` is set. A failed
            Job then makes the layer not Ready. The timeout covers the Jobs' deadlines.
        force: Recreate objects whose immutable fields changed (a Job's template).
    """

    chart: Chart
    depends_on: tuple[str, ...] = ()
    wait: bool = False
    force: bool = False


class FluxChart(FillingChart):
    """Defines the Flux Kustomizations that apply the layers, for the cluster's Flux to own.

    Its own folder (``dist/flux``) is what the cluster's bootstrap points at, once; it is not
    part of ``dist/kustomization.yaml``.

    Example:
        ai = AiNamespaceChart(app, "ai")
        FluxChart(app, "flux", layers=ai.flux_layers(FluxSettings()))

    Attributes:
        settings: The Flux settings.
        kustomizations: The Kustomization objects by layer name.
    """

    def __init__(self, scope: App, id: str, *, layers: Sequence[FluxLayer], settings: FluxSettings = FluxSettings()) -> None:
        """Creates one Kustomization per layer.

        Args:
            scope: The App.
            id: The chart id (its folder in dist/).
            layers: The folders to apply and what each depends on.
            settings: Defaults to the cluster's bootstrap source and ``flux-system``.

        Raises:
            ValueError: a dependency that names nothing, a cycle, or invalid settings.
        """
        # Loaded here, not at import: the jsii module costs time only when a chart uses it.
        from homelab_ai.imports.flux.io.fluxcd.toolkit.kustomize import (
            Kustomization,
            KustomizationSpec,
            KustomizationSpecDecryption,
            KustomizationSpecDecryptionProvider,
            KustomizationSpecDecryptionSecretRef,
            KustomizationSpecDependsOn,
            KustomizationSpecHealthChecks,
            KustomizationSpecSourceRef,
            KustomizationSpecSourceRefKind,
        )

        super().__init__(scope, id, disable_resource_name_hashes=True)
        _typecheck.check_fields(self, "settings", settings)
        self.settings = settings
        _validate.dns_label(self, "settings.namespace", settings.namespace)
        _validate.dns_subdomain(self, "settings.source", settings.source)
        _validate.dns_subdomain(self, "settings.sops_secret", settings.sops_secret)
        _validate.positive_int(self, "settings.interval_minutes", settings.interval_minutes)
        _validate.positive_int(self, "settings.image_pull_minutes", settings.image_pull_minutes, minimum=0)
        if not settings.path_prefix.startswith("./") or ".." in settings.path_prefix.split("/"):
            raise _validate.fail(
                self,
                "settings.path_prefix",
                f"{settings.path_prefix!r} is not a path inside the repository: use for example './dist'",
            )
        names = [folder_of(layer.chart) for layer in layers]
        if len(set(names)) != len(names):
            raise _validate.fail(self, "layers", f"{names} lists a chart twice: give each chart one layer")
        _check_dependencies(self, layers, names, settings.known())
        self.kustomizations = {}
        plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, plan)
        for layer, name in zip(layers, names, strict=True):
            if not isinstance(layer.wait, bool) or not isinstance(layer.force, bool):
                raise _validate.fail(self, f"layers[{name}]", "wait and force are true or false")
            self.kustomizations[name] = Kustomization(
                self,
                name,
                metadata={
                    "name": name,
                    "namespace": settings.namespace,
                    "labels": _scope.ownership_labels(self),
                },
                spec=KustomizationSpec(
                    interval=f"{settings.interval_minutes}m",
                    retry_interval="2m",
                    # Both set from the layer's rendered workloads when the chart renders.
                    timeout="5m",
                    path=f"{settings.path_prefix.rstrip('/')}/{name}",
                    prune=True,
                    force=layer.force or None,
                    source_ref=KustomizationSpecSourceRef(
                        kind=KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=settings.source
                    ),
                    decryption=KustomizationSpecDecryption(
                        provider=KustomizationSpecDecryptionProvider.SOPS,
                        secret_ref=KustomizationSpecDecryptionSecretRef(name=settings.sops_secret),
                    ),
                    depends_on=[KustomizationSpecDependsOn(name=dependency) for dependency in layer.depends_on] or None,
                    health_checks=[KustomizationSpecHealthChecks(api_version="apps/v1", kind="Deployment", name="-")],
                ),
            )
            self.complete(
                "Kustomization",
                name,
                functools.partial(
                    _fill_layer,
                    layer_chart=layer.chart,
                    plan=plan,
                    image_pull_minutes=settings.image_pull_minutes,
                    wait=layer.wait,
                ),
            )


def _fill_layer(rendered: Manifest, *, layer_chart: Chart, plan: ClusterPlan, image_pull_minutes: int, wait: bool) -> Manifest:
    """A layer's Kustomization with its health checks and timeout from the layer's rendered
    workloads (whoever built them), read when the Flux chart renders, so the layers may change
    until synth."""
    spec = rendered["spec"]
    manifests = plan.manifests_of(layer_chart)
    if wait:
        # Flux waits for every object, Jobs until they complete: the image pull and the
        # longest Job deadline must fit; health checks would be ignored.
        deadline = max((int(m["spec"].get("activeDeadlineSeconds", 0)) for m in manifests if m["kind"] == "Job"), default=0)
        spec["wait"] = True
        spec["timeout"] = f"{image_pull_minutes + -(-deadline // 60)}m" if deadline else "5m"
        del spec["healthChecks"]
        return rendered
    workloads = [o for o in Inventory.read({"": manifests}).pod_owners if o.id.kind in _WAITED_FOR]
    startup = max((w.startup_seconds for w in workloads), default=0)
    # Flux waits for the workloads to be ready: the first pull of a multi-GB image and the
    # slowest first start (model downloads) must both fit, or Flux reports a failure.
    spec["timeout"] = f"{image_pull_minutes + -(-startup // 60)}m" if workloads else "5m"
    spec["healthChecks"] = [
        {"apiVersion": "apps/v1", "kind": w.id.kind, "name": w.id.name, "namespace": w.id.namespace} for w in workloads
    ]
    if not workloads:
        del spec["healthChecks"]
    return rendered


_WAITED_FOR = ("Deployment", "StatefulSet", "DaemonSet")


def _check_dependencies(scope: Construct, layers: Sequence[FluxLayer], names: list[str], known: tuple[str, ...]) -> None:
    for layer, name in zip(layers, names, strict=True):
        seen: set[str] = set()
        for dependency in layer.depends_on:
            if not isinstance(dependency, str) or not dependency:
                raise _validate.fail(
                    scope, f"layers[{name}].depends_on", f"{dependency!r} names nothing: give a Kustomization name"
                )
            _validate.dns_label(scope, f"layers[{name}].depends_on", dependency)
            if dependency == name:
                raise _validate.fail(scope, f"layers[{name}].depends_on", f"{dependency!r} is the layer itself: drop it")
            if dependency in seen:
                raise _validate.fail(scope, f"layers[{name}].depends_on", f"{dependency!r} is listed twice")
            if dependency not in names and dependency not in known:
                raise _validate.fail(
                    scope,
                    f"layers[{name}].depends_on",
                    f"{dependency!r} names nothing: it is neither a layer ({', '.join(names)}) nor a Kustomization in "
                    f"FluxSettings ({', '.join(known) or 'none'}); fix the name or add it to other_kustomizations",
                )
            seen.add(dependency)
    # Layers that depend on each other must not form a cycle: Flux would wait forever.
    graph = {name: [d for d in layer.depends_on if d in names] for layer, name in zip(layers, names, strict=True)}
    visiting: set[str] = set()
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in done:
            return
        if node in visiting:
            cycle = " -> ".join([*path[path.index(node) :], node])
            raise _validate.fail(scope, "layers", f"depend on each other in a cycle ({cycle}): Flux would wait forever")
        visiting.add(node)
        for dependency in graph[node]:
            visit(dependency, [*path, node])
        visiting.discard(node)
        done.add(node)

    for name in names:
        visit(name, [])
