"""Pod specs as plain JSON, and the hardening every pod of the library gets.

Pod-bearing objects (Deployments, StatefulSets, Jobs, CronJobs) are ``cdk8s.ApiObject``s whose
``spec`` is one JSON patch built here. Passing the same spec as the nested jsii structs of the
L1 classes costs three to four times as long per object (every struct crosses to Node with its
type), which decides whether a synth stays near the runtime's own start time. (A JSON patch on
an L1 object is no way out: its ``toJson`` re-reads Quantity and IntOrString fields as objects
and drops plain values.) The schema tests (kubernetes-validate, strict) check what these
functions build.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cdk8s import ApiObject, ApiObjectMetadata
from constructs import Construct

from homelab_ai import _scope
from homelab_ai._filling_chart import FillingChart
from homelab_ai._objects import add_fields
from homelab_ai._render_pass import RENDER_PASS

if TYPE_CHECKING:
    from homelab_ai.workload import RunAs

Json = dict[str, Any]

GPU_TAINT_TOLERATION: Json = {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}


def container_security(run_as: RunAs | None, *, read_only_root_filesystem: bool) -> Json:
    """No privilege, no escalation, no capabilities; non-root when ``run_as`` is given."""
    security: Json = {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "privileged": False,
        "readOnlyRootFilesystem": read_only_root_filesystem,
    }
    if run_as is not None:
        security.update(runAsGroup=run_as.group, runAsNonRoot=True, runAsUser=run_as.user)
    return security


def pod_security(run_as: RunAs | None) -> Json:
    """The RuntimeDefault seccomp profile; volumes group-owned by ``run_as`` when given."""
    security: Json = {"seccompProfile": {"type": "RuntimeDefault"}}
    if run_as is not None:
        # Chown a model volume once, not on every start (100 GiB of files).
        security.update(fsGroup=run_as.group, fsGroupChangePolicy="OnRootMismatch")
    return security


def hardened_pod(containers: list[Json], **fields: Any) -> Json:
    """A pod spec with the library's defaults: no token, no service links; ``None`` fields left out."""
    pod: Json = {"automountServiceAccountToken": False, "containers": containers, "enableServiceLinks": False}
    pod.update({key: value for key, value in fields.items() if value is not None})
    return pod


class PodObject(ApiObject):
    """An object whose spec is plain JSON (see the module docstring) and whose pod lists are
    always there to append to: ``env``, ``volumeMounts`` and ``volumes`` exist from the start, so
    a later append and a user's JSON patch compose in either order; empty ones are dropped when
    it renders (``completed``): by its chart when the chart completes its objects in one pass
    (a ``FillingChart``), else by its own ``to_json`` (``PodController``)."""


class PodController(PodObject):
    """A ``PodObject`` that completes itself when it renders: in a chart that does not."""

    def to_json(self) -> Any:
        return completed(self, super().to_json())


def completed(target: PodObject, rendered: Json) -> Json:
    """``target``'s rendered manifest without its empty pod lists, kept for this render pass."""
    _drop_empty_lists(rendered.get("spec", {}))
    if RENDER_PASS.current is not None:
        RENDER_PASS.seen[target] = (RENDER_PASS.current, rendered)
    return rendered


# Objects a namespace's quota reads through a function rather than by rendering them (see
# ``read_for_quota``).
QUOTA_READERS: weakref.WeakKeyDictionary[ApiObject, Callable[[], Json]] = weakref.WeakKeyDictionary()


def read_for_quota(target: ApiObject, reader: Callable[[], Json]) -> None:
    """Has a namespace's quota read ``target`` as ``reader`` returns it: for an object completed
    by its chart (``FillingChart``), whose own render would miss what the chart writes."""
    QUOTA_READERS[target] = reader


def _drop_empty_lists(spec: Json) -> None:
    if "jobTemplate" in spec:
        spec = spec["jobTemplate"].get("spec", {})
    pod = spec.get("template", {}).get("spec", {})
    if pod.get("volumes") == []:
        del pod["volumes"]
    for container in [*pod.get("initContainers", []), *pod.get("containers", [])]:
        for field in ("env", "volumeMounts"):
            if container.get(field) == []:
                del container[field]


def api_object(scope: Construct, id: str, *, api_version: str, kind: str, metadata: ApiObjectMetadata, spec: Json) -> PodObject:
    """An object whose spec is plain JSON (see the module docstring), completed by its chart when
    the chart completes its objects in one pass (a ``FillingChart``), else by itself."""
    chart = _scope.chart_of(scope).chart
    if not isinstance(chart, FillingChart) or metadata.name is None:
        target: PodObject = PodController(scope, id, api_version=api_version, kind=kind, metadata=metadata)
    else:
        target = PodObject(scope, id, api_version=api_version, kind=kind, metadata=metadata)
        # Before the chart's other fills, which may read it (a namespace's quota).
        chart.complete(kind, metadata.name, functools.partial(completed, target), first=True)
    add_fields(target, {"spec": spec})
    return target
