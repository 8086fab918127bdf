"""Input checks shared by the constructs.

Every check raises ``ValueError`` with one message shape: the construct path, the prop, the
bad value, what is allowed, and how to fix it. Checks run eagerly, in the constructor or the
method that received the value, so a bad input stops the synth before anything is written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from constructs import Construct

# Kubernetes' own patterns (k8s.io/apimachinery/pkg/util/validation).
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
_ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
_QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
# A pinned digest as registries print it ('docker buildx imagetools inspect').
_DIGEST = re.compile(r"^sha256:[0-9a-f]{64}$")

# Tags that name a moving target: the same commit would deploy different software over time,
# alone or as a variant's prefix (latest-gpu, main-cuda, dev-ollama).
_FLOATING = frozenset({"latest", "main", "master", "stable", "nightly", "edge", "dev", "cuda", "ollama", "gpu"})


def is_floating_tag(tag: str) -> bool:
    """Whether ``tag`` names a moving target rather than a version."""
    return not tag or tag.lower().split("-", 1)[0] in _FLOATING


def fail(scope: Construct, prop: str, message: str) -> ValueError:
    """Builds the library's one error shape: ``<construct path>: <prop> <message>``."""
    return ValueError(f"{scope.node.path}: {prop} {message}")


def dns_label(scope: Construct, prop: str, value: str) -> str:
    """Checks an RFC 1123 label (Service, Namespace and container names)."""
    if not isinstance(value, str) or len(value) > 63 or not _DNS_LABEL.match(value):
        raise fail(
            scope,
            prop,
            f"{value!r} is not a valid DNS-1123 label: use at most 63 lower-case letters, digits "
            "and '-', starting and ending with a letter or digit (for example 'open-webui')",
        )
    return value


def dns_subdomain(scope: Construct, prop: str, value: str) -> str:
    """Checks an RFC 1123 subdomain (ConfigMap, Secret and PVC names)."""
    if not isinstance(value, str) or len(value) > 253 or not _DNS_SUBDOMAIN.match(value):
        raise fail(
            scope,
            prop,
            f"{value!r} is not a valid DNS-1123 subdomain: use at most 253 lower-case letters, "
            "digits, '-' and '.', starting and ending with a letter or digit (for example 'ollama-models')",
        )
    return value


def label_value(scope: Construct, prop: str, value: str) -> str:
    """Checks a label value: at most 63 characters of [A-Za-z0-9-_.], alphanumeric at both ends."""
    if not isinstance(value, str) or len(value) > 63 or not _LABEL_VALUE.match(value):
        raise fail(
            scope,
            prop,
            f"{value!r} is not a valid label value: use at most 63 letters, digits, '-', '_' and '.', "
            "starting and ending with a letter or digit",
        )
    return value


def label_key(scope: Construct, prop: str, value: str) -> str:
    """Checks a label or annotation key: an optional DNS subdomain prefix and a qualified name."""
    prefix, _, name = value.rpartition("/") if isinstance(value, str) else ("", "", "")
    valid = (
        bool(name)
        and len(name) <= 63
        and bool(_QUALIFIED_NAME.match(name))
        and (not prefix or (len(prefix) <= 253 and bool(_DNS_SUBDOMAIN.match(prefix))))
    )
    if not valid:
        raise fail(
            scope,
            prop,
            f"{value!r} is not a valid label key: use an optional DNS subdomain prefix and '/', then at "
            "most 63 letters, digits, '-', '_' and '.' (for example 'nvidia.com/gpu.present')",
        )
    return value


def labels(scope: Construct, prop: str, value: Mapping[str, str]) -> dict[str, str]:
    """Checks every key and value of a label map (node selectors, selectors)."""
    for key, item in value.items():
        label_key(scope, f"{prop} key", key)
        label_value(scope, f"{prop}[{key!r}]", item)
    return dict(value)


def env_name(scope: Construct, prop: str, value: str) -> str:
    """Checks an environment variable name as the API server does (C identifier-like)."""
    if not isinstance(value, str) or not _ENV_NAME.match(value):
        raise fail(
            scope,
            prop,
            f"{value!r} is not a valid environment variable name: use letters, digits, '_', '-' "
            "and '.', not starting with a digit (for example 'OLLAMA_KEEP_ALIVE')",
        )
    return value


def port(scope: Construct, prop: str, value: int) -> int:
    """Checks a TCP port number (1-65535)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise fail(scope, prop, f"{value!r} is not a valid port: use an integer from 1 to 65535")
    return value


def positive_int(scope: Construct, prop: str, value: int, *, minimum: int = 1) -> int:
    """Checks a whole number of at least ``minimum`` (replicas, GPU counts, seconds)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise fail(scope, prop, f"{value!r} is not allowed: use a whole number of at least {minimum}")
    return value


def image(scope: Construct, prop: str, value: str) -> str:
    """Checks that an image reference is pinned: a version tag or a digest, never a floating tag."""
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        raise fail(scope, prop, f"{value!r} is not an image reference: use 'repository:version'")
    if "@" in value:
        digest = value.rsplit("@", 1)[1]
        if not _DIGEST.match(digest):
            raise fail(
                scope,
                prop,
                f"{value!r} has the malformed digest {digest!r}: a digest is 'sha256:' followed by 64 lower-case hex "
                "characters; copy it whole from the registry, or pin a version tag instead",
            )
        return value
    last = value.rsplit("/", 1)[-1]
    if ":" not in last:
        raise fail(
            scope,
            prop,
            f"{value!r} has no tag, so it deploys whatever 'latest' is on the day: pin a version "
            f"('{value}:1.2.3') or a digest ('{value}@sha256:...')",
        )
    tag = last.rsplit(":", 1)[1]
    if is_floating_tag(tag):
        raise fail(
            scope,
            prop,
            f"{value!r} uses the floating tag {tag!r}, so the same commit deploys different software "
            "over time: pin a version tag or a digest",
        )
    return value


def cpu_cores(scope: Construct, prop: str, value: float) -> int:
    """Checks a CPU amount in cores and returns it in millicores (the API's finest unit)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise fail(scope, prop, f"{value!r} is not allowed: use a positive number of cores (for example 0.25 or 2)")
    millis = round(value * 1000)
    if abs(value * 1000 - millis) > 1e-6:
        raise fail(scope, prop, f"{value!r} is finer than a millicore: round it to three decimals (for example 0.25)")
    return millis


def is_number(value: object) -> bool:
    """Whether ``value`` is a finite int or float (a bool is not a number here)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
