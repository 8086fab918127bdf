"""The reviewed table of scanner waivers: every hardening rule the output does not meet, and why.

checkov reads waivers from an object's ``checkov.io/skipN: <CHECK_ID>=<reason>`` annotations.
It silently ignores one written with ``:`` instead of ``=`` and crashes on a second ``=``, so
``Waiver`` checks the format; the annotations are generated from this table, never typed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_CHECK_ID = re.compile(r"^CKV2?_K8S_[0-9]+$")


@dataclass(frozen=True, kw_only=True)
class Waiver:
    """One scanner check an object is allowed to fail, with the reason.

    Attributes:
        check: The checkov check id, such as ``CKV_K8S_22``.
        reason: Why the rule cannot be met; no ``=`` (checkov crashes on a second one).

    Raises:
        ValueError: a malformed check id or reason.
    """

    check: str
    reason: str

    def __post_init__(self) -> None:
        if not _CHECK_ID.match(self.check):
            raise ValueError(f"Waiver: check {self.check!r} is not a checkov Kubernetes check id: use for example 'CKV_K8S_22'")
        if not self.reason.strip() or "=" in self.reason or "\n" in self.reason:
            raise ValueError(
                f"Waiver: reason {self.reason!r} for {self.check} must be one non-empty line without '=' "
                "(checkov splits the annotation on '=' and crashes on a second one)"
            )


def skip_annotations(waivers: Sequence[Waiver]) -> dict[str, str]:
    """``checkov.io/skipN`` annotations for ``waivers``, numbered from 1, one check each.

    Raises:
        ValueError: the same check is waived twice.
    """
    seen: set[str] = set()
    result = {}
    for number, waiver in enumerate(waivers, start=1):
        if waiver.check in seen:
            raise ValueError(f"Waiver: {waiver.check} is waived twice: keep one reason per check")
        seen.add(waiver.check)
        result[f"checkov.io/skip{number}"] = f"{waiver.check}={waiver.reason}"
    return result


# --- the table -------------------------------------------------------------------------------

TAG_NOT_DIGEST = Waiver(
    check="CKV_K8S_43",
    reason="pinned to a version tag that is reviewed on every upgrade; give the image as repository@sha256 to pin a digest",
)
PULL_IF_NOT_PRESENT = Waiver(
    check="CKV_K8S_15",
    reason="IfNotPresent with pinned tags: Always would make every restart of a multi-GB image depend on the registry",
)
CHECK_PULL_IF_NOT_PRESENT = Waiver(
    check="CKV_K8S_15",
    reason="IfNotPresent with a pinned tag: a verification check must not fail only because the registry is unreachable",
)
ROOT_IMAGE = (
    Waiver(check="CKV_K8S_23", reason="the upstream image runs as root and is untested as another user"),
    Waiver(check="CKV_K8S_40", reason="the upstream image runs as root and is untested as another user"),
)
WRITABLE_ROOT = Waiver(
    check="CKV_K8S_22", reason="the app writes outside its volumes at start so the root filesystem stays writable"
)


def secret_env(app: str) -> Waiver:
    """The app reads its secret only from the environment (or from args expanded from it)."""
    return Waiver(check="CKV_K8S_35", reason=f"{app} reads its secret only from environment variables")


# Per app of the design, checked against the upstream images (see README, Security).
OPEN_WEBUI = (
    *ROOT_IMAGE,
    Waiver(check="CKV_K8S_22", reason="open-webui writes static files and caches under /app at start"),
    secret_env("open-webui"),
)
FASTER_WHISPER = (
    *ROOT_IMAGE,
    Waiver(check="CKV_K8S_22", reason="whisper-asr-webservice writes caches under /root and /tmp"),
)
STABLE_DIFFUSION = (
    *ROOT_IMAGE,
    Waiver(
        check="CKV_K8S_22",
        reason="A1111 writes tmp and config_states under its install dir and caches under /root; the launch adds a script",
    ),
)
