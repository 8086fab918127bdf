"""The checks' expectations, read from the App's rendered manifests and the ClusterPlan.

Nothing here restates the design: the apps are found by the image they run (the API a check
speaks is the image's), their addresses by the Services that select their pods, the models by
the model-pull Job's arguments, the Ollama version by its image tag, the Stable Diffusion
credentials by the Secret its pod reads, each access point by its LoadBalancer Service and the
readiness probe of the container behind it, and the GPU slices by what the plan says each node
advertises. A user's later patch to any of them changes the expectations with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from homelab_ai.inventory import Inventory, Manifest, ObjectId, Service, id_of, pod_template, selects

if TYPE_CHECKING:
    from homelab_ai.cluster_plan import ClusterPlan

# The last path component of each app's image repository: what says which API it speaks.
OLLAMA_IMAGES = ("ollama",)
OPEN_WEBUI_IMAGES = ("open-webui",)
WHISPER_IMAGES = ("openai-whisper-asr-webservice",)
A1111_IMAGES = ("a1111", "stable-diffusion-webui")
# Where the check's pods find what they read (the chart mounts them there).
SCRIPT_FOLDER = "/verify"
CREDENTIALS_DIR = "/var/run/secrets/stable-diffusion"
TOKEN_DIR = "/var/run/secrets/ai-verify"
SAMPLE_NAME = "speech.wav"
# Labels the GPU operator puts on every node with an NVIDIA GPU (the design's one node is unnamed).
GPU_PRESENT = {"nvidia.com/gpu.present": "true"}


@dataclass(frozen=True, kw_only=True)
class Timing:
    """How long the checks wait.

    Attributes:
        deadline_seconds: How long a check retries what may still be on its way (a model pull).
        request_seconds: Timeout of one generation, transcription or render.
        connect_seconds: Timeout of a quick call (health, tags, the API server).
        retry_seconds: Pause between tries.
    """

    deadline_seconds: int = 1800
    request_seconds: int = 300
    connect_seconds: int = 10
    retry_seconds: int = 15


@dataclass
class Expectations:
    """What the checks expect, and the objects each expectation was read from.

    Attributes:
        plan: The JSON-able plan ``checks.py`` reads.
        sources: For each check, the objects it tests (their manifests go into its Job's hash).
    """

    plan: dict[str, Any]
    sources: dict[str, list[ObjectId]] = field(default_factory=dict)


class MissingApp(ValueError):
    """A check's app is not in the App's manifests."""


def build(
    charts: Mapping[str, Sequence[Manifest]],
    cluster_plan: ClusterPlan,
    *,
    words: Sequence[str],
    timing: Timing = Timing(),
    checks: Sequence[str] = (),
) -> Expectations:
    """The expectations of ``checks`` for the App whose manifests are ``charts``.

    Args:
        charts: The rendered manifests by dist/ folder (the verify chart's own excluded).
        cluster_plan: The App's plan: the GPU nodes and what each advertises.
        words: The words the speech sample says.
        timing: Deadlines and timeouts.
        checks: The checks to plan; the sections others need come along.

    Raises:
        MissingApp: a check's app is not deployed, with the check named.
    """
    inventory = Inventory.read(charts)
    finder = _Finder(inventory)
    plan: dict[str, Any] = {
        "timeouts": {"request_seconds": timing.request_seconds, "connect_seconds": timing.connect_seconds},
        "retry_seconds": timing.retry_seconds,
        "deadlines": dict.fromkeys(checks, timing.deadline_seconds),
        "fixes": {},
    }
    result = Expectations(plan=plan)
    needs = {
        "ollama": ("ollama",),
        "open-webui": ("ollama", "open-webui"),
        "faster-whisper": ("faster-whisper",),
        "stable-diffusion": ("stable-diffusion",),
        "gpu-concurrency": ("ollama", "faster-whisper", "stable-diffusion"),
        "gpu-slices": ("gpu-slices",),
        "access-points": ("access-points",),
    }
    sections = {
        "ollama": lambda: _ollama(finder),
        "open-webui": lambda: _open_webui(finder),
        "faster-whisper": lambda: _whisper(finder, words),
        "stable-diffusion": lambda: _stable_diffusion(finder),
        "gpu-slices": lambda: _gpu_slices(finder, cluster_plan),
        "access-points": lambda: _access_points(finder),
    }
    built: dict[str, tuple[Any, list[ObjectId], str]] = {}
    for check in checks:
        sources: list[ObjectId] = []
        for section in needs[check]:
            if section not in built:
                try:
                    built[section] = sections[section]()
                except MissingApp as error:
                    raise MissingApp(f"check {check!r}: {error}") from None
            content, read, _ = built[section]
            plan[section] = content
            sources += [s for s in read if s not in sources]
        plan["fixes"][check] = built[needs[check][-1]][2] if len(needs[check]) == 1 else _concurrency_fix(built)
        result.sources[check] = sources + _policies_of(inventory, sources)
    if "gpu-concurrency" in checks:
        plan["gpu-concurrency"] = {"fix": plan["fixes"]["gpu-concurrency"]}
    return result


def _concurrency_fix(built: Mapping[str, tuple[Any, list[ObjectId], str]]) -> str:
    return (
        "each app passes alone but not together: compare the VRAM usage patterns in docs/gpu.md with "
        "`nvidia-smi` on the node, and read the failing app's log for CUDA out of memory"
    )


def _policies_of(inventory: Inventory, sources: Sequence[ObjectId]) -> list[ObjectId]:
    """The NetworkPolicies that admit traffic into the tested pods: a change to one is a change
    to the path the check takes."""
    labels = [o.labels for o in inventory.pod_owners if o.id in sources]
    found = {a.id for a in inventory.allows if any(selects(a.to_selector, pod) for pod in labels)}
    return sorted(found)


class _Finder:
    """Looks the apps up in an inventory by the image they run."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self.manifests = {id_of(m): m for _, m in inventory.objects}

    def workload(self, images: Sequence[str], what: str, *, steady: bool = True) -> tuple[ObjectId, Manifest, Manifest]:
        """The first pod owner (steady or a Job) whose container runs one of ``images``, and that container."""
        for owner in self.inventory.pod_owners:
            if owner.steady != steady or (not steady and owner.id.kind != "Job"):
                continue
            manifest = self.manifests[owner.id]
            for container in ((pod_template(manifest) or {}).get("spec") or {}).get("containers") or []:
                if _repository_name(str(container.get("image", ""))) in images:
                    return owner.id, manifest, container
        raise MissingApp(f"no {what} ({' or '.join(images)} image) in the App")

    def service_of(self, owner: ObjectId, what: str) -> tuple[ObjectId, str]:
        """The Service selecting ``owner``'s pods, and its in-cluster URL."""
        service = self._service(owner, what)
        return service.id, f"http://{service.id.name}.{service.id.namespace}.svc:{service.ports[0]}"

    def backend_of(self, owner: ObjectId, what: str) -> dict[str, Any]:
        """The labels a NetworkPolicy selects ``owner``'s pods by, and the container port its Service targets."""
        service = self._service(owner, what)
        manifest = next(m for _, m in self.inventory.objects if id_of(m) == service.id)
        target = ((manifest.get("spec") or {}).get("ports") or [{}])[0].get("targetPort", service.ports[0])
        port = target
        for container in ((pod_template(self.manifests[owner]) or {}).get("spec") or {}).get("containers") or []:
            for declared in container.get("ports") or []:
                if target in (declared.get("name"), declared.get("containerPort")):
                    port = declared.get("containerPort")
        return {"selector": dict(service.selector), "port": port}

    def _service(self, owner: ObjectId, what: str) -> Service:
        labels = ((pod_template(self.manifests[owner]) or {}).get("metadata") or {}).get("labels") or {}
        for service in self.inventory.services:
            if service.id.namespace == owner.namespace and selects(service.selector, labels) and service.ports:
                return service
        raise MissingApp(f"no Service selects the pods of {owner} ({what})")


def _repository_name(image: str) -> str:
    """``ghcr.io/open-webui/open-webui:v0.6.32`` -> ``open-webui``."""
    return image.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]


def _tag(image: str) -> str:
    last = image.split("@", 1)[0].rsplit("/", 1)[-1]
    return last.rsplit(":", 1)[1] if ":" in last else ""


def _logs(owner: ObjectId) -> str:
    return f"kubectl -n {owner.namespace} logs {owner.kind.lower()}/{owner.name}"


def _ollama(finder: _Finder) -> tuple[Any, list[ObjectId], str]:
    owner, _, container = finder.workload(OLLAMA_IMAGES, "Ollama")
    service, url = finder.service_of(owner, "Ollama")
    pull, _, pull_container = finder.workload(OLLAMA_IMAGES, "Ollama model-pull Job", steady=False)
    models = [str(a) for a in pull_container.get("args") or []]
    if not models:
        raise MissingApp(f"{pull} pulls no models: list them in OllamaSettings.models")
    section: dict[str, Any] = {
        "url": url,
        "models": models,
        "version": _tag(str(container.get("image", ""))),
        "prompt": "Answer with one word: what colour is the sky on a clear day?",
        "num_predict": 8,
        # Not for the script: the chart admits the checks into these pods on this port.
        "_backend": finder.backend_of(owner, "Ollama"),
        "fix": {
            "unreachable": f"Ollama does not answer at {url}: {_logs(owner)}",
            "missing": f"the model-pull Job has not pulled them: {_logs(pull)}",
            "generate": f"Ollama cannot run the model: {_logs(owner)} (CUDA out of memory: see docs/gpu.md)",
        },
    }
    return section, [owner, service, pull], section["fix"]["unreachable"]


def _open_webui(finder: _Finder) -> tuple[Any, list[ObjectId], str]:
    owner, _, container = finder.workload(OPEN_WEBUI_IMAGES, "Open WebUI")
    service, url = finder.service_of(owner, "Open WebUI")
    ollama, _, ollama_container = finder.workload(OLLAMA_IMAGES, "Ollama")
    ollama_url = next((str(e.get("value")) for e in container.get("env") or [] if e.get("name") == "OLLAMA_BASE_URL"), "")
    probe = ((container.get("readinessProbe") or {}).get("httpGet") or {}).get("path") or "/health"
    section: dict[str, Any] = {
        "url": url,
        "health_path": probe,
        "ollama_url": ollama_url or "(OLLAMA_BASE_URL unset)",
        "ollama_version": _tag(str(ollama_container.get("image", ""))),
        "fix": {
            "health": f"Open WebUI is not healthy: {_logs(owner)}",
            "ollama": (
                f"Open WebUI cannot reach Ollama at {ollama_url}: check the NetworkPolicy that admits Open WebUI into "
                f"Ollama's port (kubectl -n {owner.namespace} get networkpolicy) and {_logs(ollama)}"
            ),
        },
    }
    return section, [owner, service, ollama], section["fix"]["health"]


def _whisper(finder: _Finder, words: Sequence[str]) -> tuple[Any, list[ObjectId], str]:
    owner, _, _ = finder.workload(WHISPER_IMAGES, "Faster-Whisper")
    service, url = finder.service_of(owner, "Faster-Whisper")
    fix = f"Faster-Whisper cannot transcribe: {_logs(owner)}"
    section: dict[str, Any] = {"url": url, "sample_name": SAMPLE_NAME, "language": "en", "words": list(words), "fix": fix}
    return section, [owner, service], fix


def _stable_diffusion(finder: _Finder) -> tuple[Any, list[ObjectId], str]:
    owner, manifest, _ = finder.workload(A1111_IMAGES, "Stable Diffusion")
    service, url = finder.service_of(owner, "Stable Diffusion")
    secret, keys = _credentials(manifest)
    user = next((k for k in keys if "user" in k.lower()), None)
    password = next((k for k in keys if "pass" in k.lower()), None)
    if user is None or password is None:
        raise MissingApp(f"{owner} reads no user and password keys from a Secret (found {sorted(keys)})")
    fix = f"A1111 cannot render: {_logs(owner)}"
    section: dict[str, Any] = {
        "url": url,
        "secret": secret,
        "user_key": user,
        "password_key": password,
        "credentials_dir": CREDENTIALS_DIR,
        "prompt": "a red apple on a wooden table",
        "steps": 4,
        "width": 256,
        "height": 256,
        "restart": f"kubectl -n {owner.namespace} rollout restart {owner.kind.lower()}/{owner.name}",
        "fix": fix,
    }
    return section, [owner, service], fix


def _credentials(manifest: Manifest) -> tuple[str, set[str]]:
    """The Secret the pod reads its credentials from, and the keys it reads (env or files)."""
    pod = (pod_template(manifest) or {}).get("spec") or {}
    found: dict[str, set[str]] = {}
    for container in [*(pod.get("initContainers") or []), *(pod.get("containers") or [])]:
        for env in container.get("env") or []:
            reference = (env.get("valueFrom") or {}).get("secretKeyRef")
            if reference:
                found.setdefault(str(reference.get("name")), set()).add(str(reference.get("key")))
    for volume in pod.get("volumes") or []:
        secret = volume.get("secret")
        if secret:
            keys = {str(item.get("key")) for item in secret.get("items") or []}
            found.setdefault(str(secret.get("secretName")), set()).update(keys)
    for name, keys in found.items():
        if any("pass" in k.lower() for k in keys):
            return name, keys
    raise MissingApp(f"{id_of(manifest)} reads no password from a Secret: A1111 must run with --api-auth")


def _gpu_slices(finder: _Finder, cluster_plan: ClusterPlan) -> tuple[Any, list[ObjectId], str]:
    views = cluster_plan.node_views(finder.inventory)
    values = next(
        (
            identity
            for _, m in finder.inventory.objects
            if m.get("kind") == "ConfigMap"
            and "devicePlugin" in str((m.get("data") or {}).get("values.yaml", ""))
            and (identity := id_of(m))
        ),
        None,
    )
    configs = sorted({config_id for config_id, _ in finder.inventory.sharing_configs.values()})
    if values is not None:
        sharing = (
            f"the device plugin does not apply the sharing config: the GPU operator's HelmRelease must read ConfigMap "
            f"{values.namespace}/{values.name} in valuesFrom, and helm-controller reads it only from the release's own "
            f"namespace: kubectl -n {values.namespace} get helmrelease -o jsonpath='{{.items[*].spec.valuesFrom}}'"
        )
    else:
        sharing = "the device plugin does not apply the sharing config: point the GPU operator's devicePlugin.config at it"
    nodes = []
    for view in views:
        labels = dict(view.node.selector) if cluster_plan.explicit_nodes else dict(GPU_PRESENT)
        labels.update({k: v for k, v in view.labels.items() if k.startswith("nvidia.com/device-plugin.config")})
        nodes.append({"name": view.node.name, "labels": labels, "advertised": dict(view.advertised), "gpus": view.node.gpus})
    section: dict[str, Any] = {
        "api": "https://kubernetes.default.svc",
        "token_file": f"{TOKEN_DIR}/token",
        "ca_file": f"{TOKEN_DIR}/ca.crt",
        "nodes": nodes,
        "fix": {
            "access": "the check's ServiceAccount may not list nodes: apply the ai-verify ClusterRole and its binding",
            "labels": "no node matches the plan: label the GPU node, or declare ClusterPlan(nodes=[GpuNode(...)]) as it is",
            "sharing": sharing,
            "absent": "the node advertises no such GPU resource: is the GPU operator's device plugin running on it? "
            "(kubectl -n gpu-operator get pods -o wide)",
        },
    }
    return section, [*configs, *([values] if values else [])], section["fix"]["sharing"]


def _access_points(finder: _Finder) -> tuple[Any, list[ObjectId], str]:
    points, sources = [], []
    for service in finder.inventory.lb_services:
        backend = next(
            (
                o
                for o in finder.inventory.pod_owners
                if o.steady and o.id.namespace == service.id.namespace and selects(service.selector, o.labels)
            ),
            None,
        )
        sources += [service.id, *([backend.id] if backend else [])]
        for address in service.addresses:
            for port, target in zip(service.ports, service.target_ports, strict=False):
                path = _probe_path(finder.manifests[backend.id], target) if backend else None
                points.append(
                    {
                        "service": f"{service.id.namespace}/{service.id.name}",
                        "address": address,
                        "port": port,
                        "path": path,
                        "fix": (
                            f"check that Service {service.id.namespace}/{service.id.name} has EXTERNAL-IP {address} "
                            f"(kubectl -n {service.id.namespace} get service {service.id.name}), that the LB-IPAM pool and its "
                            "L2 or BGP announcement cover it, and that its pods are Ready"
                        ),
                    }
                )
    fix = "a LoadBalancer address does not answer: see the Service's EXTERNAL-IP and the LB-IPAM pool"
    return points, sources, fix


def _probe_path(manifest: Manifest, target: int | str) -> str | None:
    """The readiness probe path of the container serving ``target`` (None: a TCP probe or none)."""
    for container in ((pod_template(manifest) or {}).get("spec") or {}).get("containers") or []:
        ports = container.get("ports") or []
        serves = any(target in (p.get("containerPort"), p.get("name")) for p in ports)
        if not serves and len((pod_template(manifest) or {}).get("spec", {}).get("containers") or []) > 1:
            continue
        get = (container.get("readinessProbe") or {}).get("httpGet")
        return str(get.get("path") or "/") if get else None
    return None
