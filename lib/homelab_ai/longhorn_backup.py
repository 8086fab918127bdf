"""Longhorn recurring backups for the volumes that hold data nobody can download again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from constructs import Construct

from homelab_ai import _scope, _validate


@dataclass(frozen=True, kw_only=True)
class Backup:
    """Puts a volume in a Longhorn recurring-job group.

    The claim gets ``recurring-job.longhorn.io/source: enabled`` (Longhorn copies the claim's
    labels to its volume) and ``recurring-job-group.longhorn.io/<group>: enabled`` (the value
    is ``enabled``, not ``enable``). A ``LonghornBackupSchedule`` for the same group runs the jobs.

    Attributes:
        group: The recurring-job group.
    """

    group: str = "homelab-ai-backup"

    def labels(self) -> dict[str, str]:
        """The claim labels that put its volume in the group."""
        return {"recurring-job.longhorn.io/source": "enabled", f"recurring-job-group.longhorn.io/{self.group}": "enabled"}


# The five fields of a standard cron expression, as the CronJob Longhorn creates reads them.
_CRON_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
# One item of a field's comma-separated list: '*' or 'a' or 'a-b', then an optional '/step'.
_CRON_ITEM = re.compile(r"^(?:(?P<all>\*)|(?P<start>\d+)(?:-(?P<end>\d+))?)(?:/(?P<step>\d+))?$")


def _check_cron_field(scope: Construct, cron: str, text: str, name: str, low: int, high: int) -> None:
    for item in text.split(","):
        match = _CRON_ITEM.match(item)
        # A step needs a span to step through: '*/n' or 'a-b/n'.
        if not match or (match["step"] is not None and match["all"] is None and match["end"] is None):
            raise _validate.fail(
                scope,
                "cron",
                f"{cron!r} has {name} {item!r}, which is not a number, '*', a range 'a-b' or a step '*/n' or 'a-b/n' "
                "(a list joins them with ','): use for example '0 3 * * *'",
            )
        for number in (match["start"], match["end"]):
            if number is not None and not low <= int(number) <= high:
                raise _validate.fail(
                    scope, "cron", f"{cron!r} has {name} {number} outside {low}-{high}: keep the {name} field within {low}-{high}"
                )
        if match["end"] is not None and int(match["start"]) > int(match["end"]):
            raise _validate.fail(scope, "cron", f"{cron!r} has the {name} range {item!r} backwards: put the lower number first")
        if match["step"] is not None and int(match["step"]) < 1:
            raise _validate.fail(scope, "cron", f"{cron!r} has the {name} step {item!r}: use a step of at least 1")


class LonghornBackupSchedule(Construct):
    """Defines the Longhorn RecurringJob that backs up every volume of a group to the backup target.

    Longhorn must have a backup target configured (an NFS share or S3 bucket, in its settings);
    without one the job fails and Longhorn reports it on the volume.

    Example:
        LonghornBackupSchedule(chart, "Backups", group="homelab-ai-backup", cron="0 3 * * *", retain=14)

    Attributes:
        name: The RecurringJob's name.
        group: The group whose volumes it backs up.
        job: The RecurringJob object (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        group: str = "homelab-ai-backup",
        name: str | None = None,
        cron: str = "0 3 * * *",
        retain: int = 14,
        concurrency: int = 1,
        namespace: str = "longhorn-system",
    ) -> None:
        """Creates the RecurringJob.

        Args:
            scope: The parent construct.
            id: The construct id.
            group: Defaults to ``homelab-ai-backup``, the group of ``Backup()``.
            name: Defaults to the group's name.
            cron: Defaults to every night at 03:00 (the node's time zone).
            retain: Backups kept per volume; defaults to 14.
            concurrency: Volumes backed up at once; defaults to 1 on a single node.
            namespace: Defaults to ``longhorn-system``, where Longhorn watches RecurringJobs.

        Raises:
            ValueError: an invalid group, name, cron expression, retention or concurrency.
        """
        # Loaded here, not at import: the jsii module costs time only when a chart uses it.
        from homelab_ai.imports.longhorn.io.longhorn import RecurringJob, RecurringJobSpec, RecurringJobSpecTask

        super().__init__(scope, id)
        self.group = _validate.label_value(self, "group", group)
        _validate.label_key(self, "group", f"recurring-job-group.longhorn.io/{group}")
        self.name = _validate.dns_label(self, "name", name or group)
        fields = cron.split() if isinstance(cron, str) else []
        if len(fields) != 5:
            raise _validate.fail(self, "cron", f"{cron!r} is not a 5-field cron expression: use for example '0 3 * * *'")
        for text, (field_name, low, high) in zip(fields, _CRON_FIELDS, strict=True):
            _check_cron_field(self, cron, text, field_name, low, high)
        _validate.positive_int(self, "retain", retain)
        _validate.positive_int(self, "concurrency", concurrency)
        self.job = RecurringJob(
            self,
            "Resource",
            metadata={
                "name": self.name,
                "namespace": _validate.dns_label(self, "namespace", namespace),
                "labels": _scope.ownership_labels(scope),
            },
            spec=RecurringJobSpec(
                name=self.name,
                task=RecurringJobSpecTask.BACKUP,
                cron=cron,
                groups=[group],
                retain=retain,
                concurrency=concurrency,
            ),
        )
