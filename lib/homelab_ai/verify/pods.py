"""Why a pod does not run, read from its status as ``kubectl get pod -o json`` returns it, with the fix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Manifest = dict[str, Any]

_MISSING_SECRET = re.compile(r'secret "([^"]+)" not found')
_MISSING_KEY = re.compile(r"couldn't find key (\S+) in Secret (\S+)")
_MISSING_CONFIG_MAP = re.compile(r'configmap "([^"]+)" not found')
_INSUFFICIENT = re.compile(r"Insufficient (\S+?)[,.]?(?:\s|$)")


@dataclass(frozen=True)
class PodProblem:
    """What keeps a pod from running, and what to do."""

    detail: str
    fix: str


def problem(pod: Manifest, *, gpu_hint: str = "") -> PodProblem | None:
    """The first reason ``pod`` is not running and ready, or ``None`` when it is.

    Args:
        pod: The Pod as the API returns it.
        gpu_hint: Where to look when the GPU slices run out (the node check's finding).
    """
    meta, status = pod.get("metadata") or {}, pod.get("status") or {}
    name, namespace = meta.get("name", "?"), meta.get("namespace", "default")
    where = f"pod {name}"
    if status.get("phase") == "Succeeded":
        return None
    if status.get("phase") == "Failed":
        for container in status.get("containerStatuses") or []:
            terminated = (container.get("state") or {}).get("terminated") or {}
            if terminated.get("exitCode"):
                return PodProblem(
                    f"{where} container {container.get('name')} exited {terminated['exitCode']} ({terminated.get('reason', '')})",
                    f"read why: kubectl -n {namespace} logs {name} -c {container.get('name')}",
                )
    for condition in status.get("conditions") or []:
        if condition.get("type") == "PodScheduled" and condition.get("status") == "False":
            # The scheduler's preemption report repeats the reasons: its first sentence says them.
            message = str(condition.get("message", condition.get("reason", ""))).split(" preemption:")[0]
            insufficient = _INSUFFICIENT.findall(message)
            if any(r.startswith("nvidia.com/") for r in insufficient):
                resource = next(r for r in insufficient if r.startswith("nvidia.com/"))
                return PodProblem(
                    f"{where} Pending: Insufficient {resource} ({message})",
                    f"every {resource} slice is taken: the GPU node advertises fewer than planned or other pods hold them. "
                    f"{gpu_hint or 'See the node rows.'} Who holds them: kubectl describe node <gpu node> (Allocated resources)",
                )
            if insufficient:
                return PodProblem(
                    f"{where} Pending: {message}",
                    f"the nodes lack {', '.join(insufficient)} for its requests: "
                    "free some, or lower the requests in main.py and make synth",
                )
            return PodProblem(f"{where} Pending: {message}", f"kubectl -n {namespace} describe pod {name} (Events)")
    for container, state in _waiting(status):
        reason, message = str(state.get("reason", "")), str(state.get("message", ""))
        detail = f"{where} container {container}: {reason}" + (f": {message}" if message else "")
        if reason == "CreateContainerConfigError":
            secret = _MISSING_SECRET.search(message)
            key = _MISSING_KEY.search(message)
            config_map = _MISSING_CONFIG_MAP.search(message)
            if secret:
                return PodProblem(
                    detail,
                    f"the Secret {namespace}/{secret.group(1)} does not exist: run `make secrets`, then `make synth`, commit "
                    "secrets/ and dist/ (README, Security)",
                )
            if key:
                return PodProblem(
                    detail,
                    f"the Secret {key.group(2)} lacks the key {key.group(1)}: "
                    "create it again with `make secrets` (README, Security)",
                )
            if config_map:
                return PodProblem(
                    detail, f"the ConfigMap {namespace}/{config_map.group(1)} does not exist: check the layer's Kustomization"
                )
            return PodProblem(detail, f"kubectl -n {namespace} describe pod {name}")
        if reason in ("ImagePullBackOff", "ErrImagePull", "InvalidImageName"):
            return PodProblem(
                detail,
                "the node cannot pull the image: check the tag exists in the registry and the node reaches it "
                f"(kubectl -n {namespace} describe pod {name}, Events)",
            )
        if reason == "CrashLoopBackOff":
            last = _last_termination(status, container)
            return PodProblem(
                detail + (f"; last exit {last}" if last else ""),
                ("it ran out of memory: raise its memory limit in main.py, then make synth; " if "OOMKilled" in last else "")
                + f"read why it exits: kubectl -n {namespace} logs {name} -c {container} --previous",
            )
        if reason not in ("ContainerCreating", "PodInitializing"):
            return PodProblem(detail, f"kubectl -n {namespace} describe pod {name}")
        return PodProblem(detail, f"still starting: wait, or kubectl -n {namespace} describe pod {name} (Events)")
    for container in status.get("containerStatuses") or []:
        if not container.get("ready"):
            started = container.get("started")
            return PodProblem(
                f"{where} container {container.get('name')} running but not ready"
                + ("" if started else " (its startup probe has not passed yet)"),
                f"its probes fail: kubectl -n {namespace} describe pod {name} (Events), "
                f"kubectl -n {namespace} logs {name} -c {container.get('name')}",
            )
    if status.get("phase") in ("Pending", "Failed", "Unknown"):
        return PodProblem(
            f"{where} {status.get('phase')}: {status.get('reason', '')} {status.get('message', '')}".strip(),
            f"kubectl -n {namespace} describe pod {name}",
        )
    return None


def _waiting(status: Manifest) -> Iterator[tuple[str, Manifest]]:
    for key in ("initContainerStatuses", "containerStatuses"):
        for container in status.get(key) or []:
            waiting = (container.get("state") or {}).get("waiting")
            if waiting:
                yield str(container.get("name", "?")), waiting


def _last_termination(status: Manifest, name: str) -> str:
    for container in [*(status.get("initContainerStatuses") or []), *(status.get("containerStatuses") or [])]:
        if container.get("name") == name:
            terminated = (container.get("lastState") or {}).get("terminated") or {}
            if terminated:
                return f"{terminated.get('exitCode')} ({terminated.get('reason', '')})"
    return ""
