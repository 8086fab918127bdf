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

from typing import TYPE_CHECKING, Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

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


def api_object(scope: Construct, id: str, *, api_version: str, kind: str, metadata: ApiObjectMetadata, spec: Json) -> ApiObject:
    """An object whose spec is plain JSON (see the module docstring)."""
    target = ApiObject(scope, id, api_version=api_version, kind=kind, metadata=metadata)
    target.add_json_patch(JsonPatch.add("/spec", spec))
    return target
