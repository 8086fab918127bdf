"""The cluster enforces the plan: a ResourceQuota per namespace, and priorities between the apps
people use and the batch work that may wait.

The plan refuses a chart that asks for more than the cluster has; the quota makes the API server
refuse a pod added by hand that would (extended resources such as GPUs only count as
``requests.<resource>``). The priority classes decide who waits when a node is full: the
interactive apps outrank model pulls and GPU checks, which never preempt anything.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, Chart
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._filling_chart import FillingChart
from homelab_ai._objects import kind_of, plain_object
from homelab_ai._pod import QUOTA_READERS, PodObject
from homelab_ai._render_pass import RENDER_PASS
from homelab_ai.inventory import POD_KINDS, PodOwner, read_pod_owner
from homelab_ai.resources import cpu_quantity, memory_quantity

INTERACTIVE = "homelab-ai-interactive"
BATCH = "homelab-ai-batch"
_L1_POD_KINDS = ("KubeDeployment", "KubeStatefulSet", "KubeDaemonSet", "KubeReplicaSet", "KubePod", "KubeJob", "KubeCronJob")


def _l1_pod_classes() -> tuple[type, ...]:
    """The L1 classes of pod-running kinds, when the App's code loaded cdk8s-plus-28: the library
    never imports it itself (see ``_objects``), so without it no object can be one of them."""
    plus = sys.modules.get("cdk8s_plus_28")
    return tuple(getattr(plus.k8s, name) for name in _L1_POD_KINDS) if plus is not None else ()


class PriorityClasses(Construct):
    """Defines the two priority classes: interactive apps first, batch work when there is room.

    Example:
        PriorityClasses(cluster_chart, "Priorities")

    Attributes:
        interactive: The class for apps people use (``homelab-ai-interactive``, 1000).
        batch: The class for model pulls and checks (``homelab-ai-batch``, 100, never preempts).
    """

    def __init__(self, scope: Construct, id: str, *, interactive: str = INTERACTIVE, batch: str = BATCH) -> None:
        """Creates the classes.

        Args:
            scope: A chart without a namespace (priority classes are cluster-wide).
            id: The construct id.
            interactive: Defaults to ``homelab-ai-interactive``.
            batch: Defaults to ``homelab-ai-batch``.
        """
        super().__init__(scope, id)
        labels = _scope.ownership_labels(scope)
        for prop, name in (("interactive", interactive), ("batch", batch)):
            _validate.dns_subdomain(self, prop, name)
            if name.startswith("system-"):
                raise _validate.fail(self, prop, f"{name!r} starts with 'system-', which Kubernetes keeps for itself")
        self.interactive = interactive
        self.batch = batch
        plain_object(
            self,
            "Interactive",
            api_version="scheduling.k8s.io/v1",
            kind="PriorityClass",
            metadata=ApiObjectMetadata(name=interactive, labels=labels),
            body={
                "value": 1000,
                "preemptionPolicy": "PreemptLowerPriority",
                "description": "Apps people use interactively: scheduled before batch work, which they may preempt.",
            },
        )
        plain_object(
            self,
            "Batch",
            api_version="scheduling.k8s.io/v1",
            kind="PriorityClass",
            metadata=ApiObjectMetadata(name=batch, labels=labels),
            body={
                "value": 100,
                "preemptionPolicy": "Never",
                "description": "Model pulls and GPU checks: run when there is room, never preempt anything.",
            },
        )


class NamespaceQuota(Construct):
    """Defines the ResourceQuota of a chart's namespace from the pods the chart renders.

    The figures are computed when the chart renders, from every pod-running object of the App
    in that namespace (whoever built it, in whichever chart: the verify Jobs live in a chart of
    their own): the long-running pods times their replicas, one extra
    pod for each rolling update's surge, and each Job and CronJob once. GPU resources count as
    ``requests.<resource>``, capped at what the cluster has (``gpu_supply``).

    Example:
        NamespaceQuota(chart, "Quota", gpu_supply={"nvidia.com/gpu": 4})

    Attributes:
        name: The ResourceQuota's name.
        namespace: Its namespace.
        quota: The ResourceQuota (the construct's ``Resource`` child).
    """

    def __init__(
        self, scope: Construct, id: str, *, gpu_supply: Mapping[str, int], name: str = "homelab-ai", namespace: str | None = None
    ) -> None:
        """Creates the quota.

        Args:
            scope: The chart whose pods it covers.
            id: The construct id.
            gpu_supply: Each GPU resource the cluster advertises, with its count.
            name: Defaults to ``homelab-ai``.
            namespace: Defaults to the chart's namespace.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _scope.namespace_of(self, namespace, parent=scope)
        metadata = ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=_scope.ownership_labels(scope))
        chart = _scope.chart_of(scope).chart
        supply = dict(gpu_supply)
        if isinstance(chart, FillingChart):
            # Completed with the chart's other objects, after its pods: one pass, no callback.
            self.quota: ApiObject = plain_object(
                self, "Resource", api_version="v1", kind="ResourceQuota", metadata=metadata, body={}
            )
            chart.complete("ResourceQuota", self.name, functools.partial(_hard, chart, self.namespace, supply))
        else:
            quota = _Quota(self, "Resource", api_version="v1", kind="ResourceQuota", metadata=metadata)
            quota.setup(chart, self.namespace, supply)
            self.quota = quota


class _Quota(ApiObject):
    """A ResourceQuota whose ``spec.hard`` is computed from its chart's pods when it renders."""

    def setup(self, chart: Chart, namespace: str, gpu_supply: dict[str, int]) -> None:
        self._chart, self._namespace, self._gpu_supply = chart, namespace, gpu_supply

    def to_json(self) -> Any:
        return _hard(self._chart, self._namespace, self._gpu_supply, super().to_json())


def _hard(chart: Chart, namespace: str, gpu_supply: Mapping[str, int], rendered: dict[str, Any]) -> dict[str, Any]:
    """The quota's manifest with ``spec.hard`` from the pods of ``namespace`` in the whole App."""
    owners = [o for o in _pod_owners(chart) if o.id.namespace == namespace]
    rendered["spec"] = {"hard": hard_limits(owners, gpu_supply)}
    return rendered


def _pod_owners(chart: Chart) -> list[PodOwner]:
    """The pod-running objects of every chart of ``chart``'s App, rendered one by one."""
    path = chart.node.path
    owners = []
    pod_classes = (PodObject, *_l1_pod_classes())
    for construct in chart.node.root.node.find_all():
        if not isinstance(construct, ApiObject) or isinstance(construct, _Quota):
            continue
        runs_pods = isinstance(construct, pod_classes) or (type(construct) is ApiObject and kind_of(construct) in POD_KINDS)
        if runs_pods:
            reader = QUOTA_READERS.get(construct)
            if reader is not None:
                manifest = reader()
            elif isinstance(construct, PodObject):
                manifest = RENDER_PASS.rendered(construct) or construct.to_json()
            else:
                manifest = construct.to_json()
            owners.append(read_pod_owner(path, manifest))
    return owners


def hard_limits(owners: list[PodOwner], gpu_supply: Mapping[str, int]) -> dict[str, str | int]:
    """The quota's ``hard`` figures for ``owners``."""
    cpu_request = cpu_limit = 0
    memory_request = memory_limit = 0.0
    gpus: dict[str, int] = {}
    for owner in owners:
        # Long-running pods times replicas, plus a surge pod for a rolling Deployment; Jobs and
        # CronJobs once each, suspended or not (a check runs when someone asks for it).
        pods = owner.replicas + (1 if owner.replicas > 1 else 0) if owner.steady else owner.pods_per_run
        cpu_request += pods * owner.cpu_request
        cpu_limit += pods * owner.cpu_limit
        memory_request += pods * owner.memory_request
        memory_limit += pods * owner.memory_limit
        for resource, count in owner.gpus.items():
            gpus[resource] = gpus.get(resource, 0) + pods * count
    hard: dict[str, str | int] = {
        "requests.cpu": cpu_quantity(cpu_request),
        "requests.memory": memory_quantity(round(memory_request)),
        "limits.cpu": cpu_quantity(cpu_limit),
        "limits.memory": memory_quantity(round(memory_limit)),
    }
    for resource, count in sorted(gpus.items()):
        # Extended resources are only ever quota'd by their requests.
        hard[f"requests.{resource}"] = str(min(count, gpu_supply.get(resource, count)))
    return hard
