"""The hardening every pod of the library gets, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cdk8s_plus_28 import k8s

if TYPE_CHECKING:
    from homelab_ai.workload import RunAs


def container_security(run_as: RunAs | None, *, read_only_root_filesystem: bool) -> k8s.SecurityContext:
    """No privilege, no escalation, no capabilities; non-root when ``run_as`` is given."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        privileged=False,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        read_only_root_filesystem=read_only_root_filesystem,
        run_as_non_root=True if run_as else None,
        run_as_user=run_as.user if run_as else None,
        run_as_group=run_as.group if run_as else None,
    )


def pod_security(run_as: RunAs | None) -> k8s.PodSecurityContext:
    """The RuntimeDefault seccomp profile; volumes group-owned by ``run_as`` when given."""
    return k8s.PodSecurityContext(
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
        fs_group=run_as.group if run_as else None,
        # Chown a model volume once, not on every start (100 GiB of files).
        fs_group_change_policy="OnRootMismatch" if run_as else None,
    )


GPU_TAINT_TOLERATION = k8s.Toleration(key="nvidia.com/gpu", operator="Exists", effect="NoSchedule")
