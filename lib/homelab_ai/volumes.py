"""What a workload can mount besides a ``LonghornVolume``: scratch space, config, secrets, claims
made elsewhere. Each source knows its pod volume and whether pods on two nodes may share it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdk8s import Size
from constructs import Construct

from homelab_ai import _validate
from homelab_ai.longhorn_volume import AccessMode, LonghornVolume


@dataclass(frozen=True, kw_only=True)
class EmptyDir:
    """Scratch space that lives as long as the pod (``/tmp``, caches).

    Attributes:
        size_limit: Largest it may grow; the kubelet evicts the pod beyond it. ``None`` is
            bounded only by the node's disk.
        in_memory: Back it with RAM (``medium: Memory``); it then counts against the memory limit.
        name: The pod volume's name; defaults to one derived from the mount path.
    """

    size_limit: Size | None = None
    in_memory: bool = False
    name: str | None = None


@dataclass(frozen=True, kw_only=True)
class ConfigMapVolume:
    """A ConfigMap's keys as files (config written in code, mounted read-only).

    Attributes:
        config_map: The ConfigMap's name, in the workload's namespace.
    """

    config_map: str


@dataclass(frozen=True, kw_only=True)
class SecretVolume:
    """A Secret's keys as files, for apps that read secrets from files rather than env.

    Attributes:
        secret: The Secret's name, in the workload's namespace (keep it SOPS-encrypted in secrets/).
        default_mode: The files' permission bits, such as ``0o400`` (owner only). ``None`` keeps
            the kubelet's 0644.
        keys: Only these keys, each as a file of its own name: the manifest then says what the
            pod reads, and a Secret missing one keeps the pod from starting with the key named.
            Empty projects every key.
    """

    secret: str
    default_mode: int | None = None
    keys: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ExistingClaim:
    """A PersistentVolumeClaim made outside these charts (restored from a backup, say).

    Attributes:
        claim: The claim's name, in the workload's namespace.
        read_write_many: Whether pods on several nodes may mount it at once; unknown claims are
            taken as ReadWriteOnce.
    """

    claim: str
    read_write_many: bool = False


VolumeSource = LonghornVolume | EmptyDir | ConfigMapVolume | SecretVolume | ExistingClaim
SOURCES = (LonghornVolume, EmptyDir, ConfigMapVolume, SecretVolume, ExistingClaim)


@dataclass(frozen=True, kw_only=True)
class Mount:
    """A volume mounted into a container.

    Attributes:
        path: Where it appears in the container.
        volume: What to mount.
        sub_path: A directory inside the volume to mount instead of its root.
        read_only: Mount it read-only (ConfigMaps and Secrets always are).
    """

    path: str
    volume: VolumeSource
    sub_path: str | None = None
    read_only: bool = False


def pod_volume(scope: Construct, source: VolumeSource, path: str) -> dict[str, Any]:
    """The pod's volume entry for ``source`` (mounted at ``path``), with a stable name.

    Raises:
        ValueError: an invalid name or size.
    """
    if isinstance(source, LonghornVolume):
        return {"name": source.name, "persistentVolumeClaim": {"claimName": source.name}}
    if isinstance(source, ExistingClaim):
        claim = _validate.dns_subdomain(scope, "mount volume claim", source.claim)
        return {"name": claim[:63].rstrip("-."), "persistentVolumeClaim": {"claimName": claim}}
    if isinstance(source, ConfigMapVolume):
        name = _validate.dns_subdomain(scope, "mount volume config_map", source.config_map)
        return {"name": f"configmap-{name}"[:63].rstrip("-."), "configMap": {"name": name}}
    if isinstance(source, SecretVolume):
        name = _validate.dns_subdomain(scope, "mount volume secret", source.secret)
        secret: dict[str, Any] = {"secretName": name}
        if source.default_mode is not None:
            mode = source.default_mode
            if not isinstance(mode, int) or isinstance(mode, bool) or not 0 <= mode <= 0o777:
                raise _validate.fail(
                    scope, "mount volume default_mode", f"{mode!r} is not a file mode: use an octal number such as 0o400"
                )
            secret["defaultMode"] = mode
        for key in source.keys:
            if not isinstance(key, str) or not key or not all(c.isalnum() or c in "-._" for c in key) or key in (".", ".."):
                raise _validate.fail(
                    scope, "mount volume keys", f"{key!r} is not a valid Secret key: use letters, digits, '-', '_' and '.'"
                )
        if len(set(source.keys)) != len(source.keys):
            raise _validate.fail(scope, "mount volume keys", f"{list(source.keys)} lists a key twice: list each key once")
        if source.keys:
            secret["items"] = [{"key": key, "path": key} for key in source.keys]
        return {"name": f"secret-{name}"[:63].rstrip("-."), "secret": secret}
    empty: dict[str, Any] = {}
    if source.in_memory:
        empty["medium"] = "Memory"
    if source.size_limit is not None:
        mebibytes = source.size_limit.to_mebibytes()
        if not mebibytes > 0:
            raise _validate.fail(scope, "mount volume size_limit", "is not positive: use for example Size.gibibytes(1)")
        empty["sizeLimit"] = f"{round(mebibytes)}Mi"
    name = source.name or empty_dir_name(path)
    return {"name": _validate.dns_label(scope, "mount volume name", name), "emptyDir": empty}


def empty_dir_name(path: str) -> str:
    """A volume name for an emptyDir at ``path``: ``/tmp`` is ``tmp``, ``/var/cache/app`` is ``var-cache-app``."""
    return "".join(c if c.isalnum() else "-" for c in path.strip("/").lower())[:63].strip("-")


def single_node_only(source: VolumeSource) -> bool:
    """Whether only pods on one node can mount ``source`` at a time (a ReadWriteOnce claim)."""
    if isinstance(source, LonghornVolume):
        return source.access_mode is not AccessMode.READ_WRITE_MANY
    if isinstance(source, ExistingClaim):
        return not source.read_write_many
    return False
