"""The library's own checks on the rendered manifests: what no scanner knows about this stack.

They run on every object of every chart, including objects written with raw cdk8s classes or
patched through escape hatches, after the constructs' own checks. A failure stops the synth
before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from homelab_ai._validate import is_floating_tag
from homelab_ai.inventory import POD_KINDS, pod_template

Manifest = dict[str, Any]
_DEVICE_ENV = ("NVIDIA_VISIBLE_DEVICES", "CUDA_VISIBLE_DEVICES")
# A reference Kubernetes expands in command, args and env values; "$$(" escapes one.
_ENV_REFERENCE = re.compile(r"(?<!\$)\$\(([-._a-zA-Z][-._a-zA-Z0-9]*)\)")


def check_manifests(charts: Mapping[str, Sequence[Manifest]]) -> list[str]:
    """Every rule the rendered charts break, one message each, led by ``folder/Kind name``."""
    return [
        f"{folder}/{manifest['kind']} {manifest['metadata'].get('name')}: {problem}"
        for folder, manifest, problem in problems(charts)
    ]


def problems(charts: Mapping[str, Sequence[Manifest]]) -> Iterator[tuple[str, Manifest, str]]:
    """Every rule the rendered charts break, as ``(folder, manifest, message)``."""
    manifests = [(folder, manifest) for folder, items in charts.items() for manifest in items]
    claims = {
        (m["metadata"].get("namespace", ""), m["metadata"]["name"]): m
        for _, m in manifests
        if m["kind"] == "PersistentVolumeClaim"
    }
    denied = {m["metadata"].get("namespace", "") for _, m in manifests if _is_default_deny(m)}
    for folder, manifest in manifests:
        if manifest["kind"] == "Secret":
            yield (
                folder,
                manifest,
                ("a Secret would be written in plaintext: keep it SOPS-encrypted in secrets/ and reference it by name"),
            )
        pod = _pod_spec(manifest)
        if pod is None:
            continue
        for problem in _pod_problems(manifest, pod, claims, denied):
            yield folder, manifest, problem


def _pod_spec(manifest: Manifest) -> Manifest | None:
    if manifest.get("kind") not in POD_KINDS:
        return None
    spec: Manifest | None = (pod_template(manifest) or {}).get("spec")
    return spec


def _is_default_deny(manifest: Manifest) -> bool:
    spec = manifest.get("spec", {})
    return (
        manifest["kind"] == "NetworkPolicy"
        and not spec.get("podSelector")
        and "Ingress" in spec.get("policyTypes", [])
        and not spec.get("ingress")
    )


def _pod_problems(
    manifest: Manifest, pod: Manifest, claims: Mapping[tuple[str, str], Manifest], denied: set[str]
) -> Iterator[str]:
    namespace = manifest["metadata"].get("namespace", "")
    if namespace not in denied:
        yield (
            f"namespace {namespace or '(none)'} has no default-deny ingress NetworkPolicy: "
            "add DefaultDenyIngress to the chart that owns the namespace"
        )
    if pod.get("automountServiceAccountToken") is not False:
        yield "automountServiceAccountToken is not false: the apps never call the API server"
    containers = [*pod.get("initContainers", []), *pod.get("containers", [])]
    uses_gpu = False
    for container in containers:
        name = container.get("name")
        yield from _image_problems(name, container.get("image", ""))
        security = container.get("securityContext", {})
        if security.get("privileged"):
            yield f"container {name} is privileged: GPU access goes through the device plugin, never privileged mode"
        if security.get("allowPrivilegeEscalation") is not False:
            yield f"container {name} does not set allowPrivilegeEscalation: false"
        if "ALL" not in security.get("capabilities", {}).get("drop", []):
            yield f"container {name} does not drop ALL capabilities"
        yield from _reference_problems(container)
        for env in container.get("env", []):
            if env.get("name") in _DEVICE_ENV:
                yield f"container {name} sets {env['name']}: the device plugin injects the GPU; request nvidia.com/gpu instead"
        limits = container.get("resources", {}).get("limits", {})
        if any(key.startswith("nvidia.com/") for key in limits):
            uses_gpu = True
            if "startupProbe" not in container and manifest["kind"] in ("Deployment", "StatefulSet"):
                yield f"container {name} loads models on a GPU without a startupProbe: a slow first start would be killed"
    if manifest["kind"] == "Deployment":
        rwo = [
            volume["persistentVolumeClaim"]["claimName"]
            for volume in pod.get("volumes", [])
            if "persistentVolumeClaim" in volume
            and "ReadWriteMany"
            not in claims.get((namespace, volume["persistentVolumeClaim"]["claimName"]), {})
            .get("spec", {})
            .get("accessModes", [])
        ]
        strategy = manifest.get("spec", {}).get("strategy", {}).get("type", "RollingUpdate")
        if (uses_gpu or rwo) and strategy != "Recreate":
            reason = "holds a GPU slice" if uses_gpu else f"mounts ReadWriteOnce {', '.join(rwo)}"
            yield f"strategy {strategy} while it {reason}: a surge pod would wait forever; use Recreate"


def _reference_problems(container: Manifest) -> Iterator[str]:
    """``$(VAR)`` that Kubernetes would leave as literal text: the variable is not defined (before it)."""
    name = container.get("name")
    defined: list[str] = []
    for env in container.get("env", []):
        for reference in _ENV_REFERENCE.findall(str(env.get("value", ""))):
            if reference not in defined:
                yield (
                    f"container {name} env {env.get('name')} refers to $({reference}), which is not defined before it: "
                    "Kubernetes would pass the text unexpanded"
                )
        defined.append(env.get("name", ""))
    for field in ("command", "args"):
        for value in container.get(field, []):
            for reference in _ENV_REFERENCE.findall(value):
                if reference not in defined:
                    yield (
                        f"container {name} {field} refers to $({reference}), which is not in its env: "
                        "Kubernetes would pass the text unexpanded"
                    )


def _image_problems(container: str, image: str) -> Iterator[str]:
    if "@sha256:" in image:
        return
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        yield f"container {container} image {image!r} has no tag: pin a version"
    elif is_floating_tag(last.rsplit(":", 1)[1]):
        yield f"container {container} image {image!r} uses a floating tag: pin a version"
