"""Longhorn-backed PersistentVolumeClaims that survive mistakes in code."""

from __future__ import annotations

from enum import Enum

from cdk8s import ApiObjectMetadata, Size
from constructs import Construct

from homelab_ai import _scope, _validate
from homelab_ai._objects import plain_object
from homelab_ai.longhorn_backup import Backup
from homelab_ai.resources import memory_quantity, size_in_mib

# Flux's kustomize-controller skips objects with this annotation when it prunes, so deleting
# the volume from code (or renaming it) never deletes the data.
PRUNE_DISABLED = {"kustomize.toolkit.fluxcd.io/prune": "disabled"}


class AccessMode(Enum):
    """How many nodes may mount the volume; Longhorn serves RWX through an NFS share manager."""

    READ_WRITE_ONCE = "ReadWriteOnce"
    READ_WRITE_ONCE_POD = "ReadWriteOncePod"
    READ_WRITE_MANY = "ReadWriteMany"


class LonghornVolume(Construct):
    """Defines a Longhorn-backed PersistentVolumeClaim that workloads mount.

    The claim keeps the exact name given (a renamed claim is an empty disk) and carries
    ``kustomize.toolkit.fluxcd.io/prune: disabled``, so Flux never deletes it.

    Example:
        models = LonghornVolume(chart, "OllamaModels", name="ollama-models", size=Size.gibibytes(100))

    Attributes:
        name: The claim's name, as workloads reference it.
        namespace: The claim's namespace; only pods of this namespace can mount it.
        size_mib: The requested capacity in MiB.
        access_mode: How many nodes may mount it.
        backup: The recurring-backup group, or ``None``.
        claim: The PersistentVolumeClaim object (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        size: Size,
        access_mode: AccessMode = AccessMode.READ_WRITE_ONCE,
        storage_class: str = "longhorn",
        backup: Backup | None = None,
        namespace: str | None = None,
    ) -> None:
        """Creates the claim.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: The claim's name (DNS-1123 subdomain); pinned, never hashed.
            size: Capacity to request; Longhorn allocates it thinly.
            access_mode: Defaults to ReadWriteOnce, which Longhorn serves as a block device.
            storage_class: Defaults to ``longhorn``, the class Longhorn installs.
            backup: Defaults to no recurring backup: right for models that download again;
                give data people make (chats, settings) a ``Backup()``.
            namespace: Defaults to the chart's namespace.

        Raises:
            ValueError: an invalid name, storage class, access mode or size.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_subdomain(self, "name", name)
        self.namespace = _scope.namespace_of(self, namespace, parent=scope)
        _validate.dns_subdomain(self, "storage_class", storage_class)
        if not isinstance(access_mode, AccessMode):
            raise _validate.fail(
                self, "access_mode", f"{access_mode!r} is not an AccessMode: use AccessMode.READ_WRITE_ONCE or another member"
            )
        self.access_mode = access_mode
        self.size_mib = _size_mib(self, size)
        if backup is not None and not isinstance(backup, Backup):
            raise _validate.fail(self, "backup", f"{backup!r} is not a Backup: use Backup(group=...)")
        self.backup = backup
        labels = _scope.ownership_labels(scope)
        if backup is not None:
            _validate.label_key(self, "backup.group", f"recurring-job-group.longhorn.io/{backup.group}")
            labels.update(backup.labels())
        self.claim = plain_object(
            self,
            "Resource",
            api_version="v1",
            kind="PersistentVolumeClaim",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=self.namespace,
                labels=labels,
                annotations=dict(PRUNE_DISABLED),
            ),
            body={
                "spec": {
                    "accessModes": [access_mode.value],
                    "storageClassName": storage_class,
                    "resources": {"requests": {"storage": memory_quantity(self.size_mib)}},
                }
            },
        )


def _size_mib(scope: Construct, size: Size) -> int:
    if not isinstance(size, Size):
        raise _validate.fail(scope, "size", f"{size!r} is not a cdk8s.Size: use Size.gibibytes(100)")
    try:
        mib = size_in_mib(size)
    except Exception:  # jsii raises a plain RuntimeError for amounts below 1 MiB
        raise _validate.fail(
            scope, "size", "is not a whole number of MiB: use Size.gibibytes(...) or Size.mebibytes(...)"
        ) from None
    if mib < 1:
        raise _validate.fail(scope, "size", "0 is not allowed: a volume needs at least Size.mebibytes(1), usually some GiB")
    return int(mib)
