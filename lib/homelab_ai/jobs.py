"""Run-to-completion work as code: pre-pulling Ollama models, and GPU checks run on demand.

The design's "ollama pull llama3.2" and "verify GPU sharing works" were steps done by hand. Here
the model pull is a Job Flux applies with the rest (idempotent, it waits for Ollama), and the GPU
smoke test is a suspended CronJob that runs only when asked (``kubectl create job
--from=cronjob/<name>``), so it never holds a GPU slice unasked. ("Test concurrent GPU usage" is
the verify chart's ``gpu-concurrency`` check: the three apps working at once.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from cdk8s import ApiObjectMetadata
from constructs import Construct

from homelab_ai import _pod, _scope, _validate
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.gpu_nodes import Placement
from homelab_ai.network_policies import allow_ingress
from homelab_ai.waivers import PULL_IF_NOT_PRESENT, TAG_NOT_DIGEST, Waiver, skip_annotations
from homelab_ai.workload import Gpu, RunAs, Workload

# Ollama model references: [registry/][namespace/]name[:tag], as `ollama pull` takes them.
_MODEL = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*){0,2}(:[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?$")
_PULL_SCRIPT = """set -eu
deadline=$(( $(date +%s) + WAIT_SECONDS ))
until ollama list >/dev/null 2>&1; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "ollama did not answer at $OLLAMA_HOST within WAIT_SECONDS s" >&2
    exit 1
  fi
  sleep 5
done
for model in "$@"; do
  echo "pulling $model (already present models only check for updates)"
  ollama pull "$model"
done
ollama list
"""


def _job_pod(
    name: str,
    image: str,
    command: list[str],
    args: list[str],
    *,
    env: list[dict[str, Any]],
    gpu: Gpu | None = None,
    placement: Placement | None = None,
    priority_class: str | None = None,
) -> dict[str, Any]:
    """A hardened, non-root, read-only pod template that runs once (on ``placement``'s nodes when given)."""
    resource = placement.resource if placement else (gpu.resource if gpu else "")
    node_selector, affinity = placement.node_selection() if placement else (None, None)
    if node_selector is None and affinity is None and gpu and gpu.node_selector:
        node_selector = dict(gpu.node_selector)
    container: dict[str, Any] = {"name": name, "image": image, "imagePullPolicy": "IfNotPresent", "command": command}
    if args:
        container["args"] = args
    if env:
        container["env"] = env
    container["resources"] = {
        "limits": {"cpu": "500m", "memory": "256Mi", **({resource: gpu.count} if gpu else {})},
        "requests": {"cpu": "50m", "memory": "64Mi"},
    }
    container["securityContext"] = _pod.container_security(RunAs(), read_only_root_filesystem=True)
    container["volumeMounts"] = [{"name": "tmp", "mountPath": "/tmp"}]
    pod = _pod.hardened_pod(
        [container],
        restartPolicy="Never",
        securityContext=_pod.pod_security(RunAs()),
        volumes=[{"name": "tmp", "emptyDir": {}}],
        runtimeClassName=gpu.runtime_class if gpu else None,
        nodeSelector=node_selector,
        affinity=affinity,
        priorityClassName=priority_class,
        tolerations=[_pod.GPU_TAINT_TOLERATION] if gpu else None,
    )
    return {"metadata": {"labels": _scope.identity_labels(name)}, "spec": pod}


def _metadata(
    parent: Construct, name: str, namespace: str, waivers: Sequence[Waiver], annotations: dict[str, str] | None = None
) -> ApiObjectMetadata:
    return ApiObjectMetadata(
        name=name,
        namespace=namespace,
        labels=_scope.metadata_labels(parent, name),
        annotations={**(annotations or {}), **skip_annotations(waivers)},
    )


class OllamaModelPull(Construct):
    """Defines the Job that pulls Ollama's models once Ollama answers.

    Idempotent: a model already present only checks for an update. Flux re-creates the Job when
    the model list changes (``kustomize.toolkit.fluxcd.io/force``: a Job's template is immutable).

    Example:
        OllamaModelPull(chart, "ModelPull", ollama=ollama, models=["llama3.2"])

    Attributes:
        name: The Job's name.
        models: The models it pulls.
        job: The Job (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        ollama: Workload,
        models: Sequence[str],
        name: str = "ollama-pull-models",
        wait_seconds: int = 1800,
        priority_class: str | None = None,
    ) -> None:
        """Creates the Job and lets it reach Ollama.

        Args:
            scope: The parent construct.
            id: The construct id.
            ollama: The Ollama workload, with its ClusterIP Service.
            models: Models to pull, as ``ollama pull`` takes them (``llama3.2``, ``qwen2.5:14b``).
            name: Defaults to ``ollama-pull-models``.
            wait_seconds: How long to wait for Ollama to answer; defaults to 30 minutes.
            priority_class: The pod's PriorityClass; defaults to the cluster's default.

        Raises:
            ValueError: no models, a model name ``ollama pull`` cannot take, or a duplicate.
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        self.name = _validate.dns_label(self, "name", name)
        if not models:
            raise _validate.fail(self, "models", "is empty: list at least one model, or leave the Job out")
        seen: set[str] = set()
        for model in models:
            if not isinstance(model, str) or not _MODEL.match(model):
                raise _validate.fail(
                    self,
                    "models",
                    f"{model!r} is not an Ollama model name: use name[:tag] in lower case, such as 'llama3.2' or 'qwen2.5:14b'",
                )
            if model in seen:
                raise _validate.fail(self, "models", f"{model!r} is listed twice")
            seen.add(model)
        self.models = tuple(models)
        _validate.positive_int(self, "wait_seconds", wait_seconds, minimum=60)
        url = ollama.url
        ClusterPlan.share(self, ClusterPlan.of(scope))
        pod = _job_pod(
            self.name,
            ollama.image,
            ["/bin/sh", "-c", _PULL_SCRIPT.replace("WAIT_SECONDS", str(wait_seconds)), "pull-models"],
            list(self.models),
            env=[{"name": "OLLAMA_HOST", "value": url}, {"name": "HOME", "value": "/tmp"}],
            priority_class=priority_class,
        )
        self.job = _pod.api_object(
            self,
            "Resource",
            api_version="batch/v1",
            kind="Job",
            metadata=_metadata(
                self, self.name, ollama.namespace, ollama.waivers, {"kustomize.toolkit.fluxcd.io/force": "enabled"}
            ),
            spec={"activeDeadlineSeconds": wait_seconds + 4 * 3600, "backoffLimit": 4, "template": pod},
        )
        allow_ingress(
            self,
            "AllowToOllama",
            name=f"{ollama.name}-from-{self.name}",
            namespace=ollama.namespace,
            selector=ollama.selector,
            port=ollama.port,
            from_pods=_scope.identity_labels(self.name),
        )


class GpuCheck(Construct):
    """Defines a suspended CronJob that runs ``nvidia-smi`` on GPU slices when asked.

    With ``slices=1`` it is the smoke test (one slice works); with more, that many pods hold a
    slice at the same time and must all succeed (they need that many free slices). Run it with
    ``kubectl -n <namespace> create job --from=cronjob/<name> <name>-1``.

    Example:
        GpuCheck(chart, "GpuSmokeTest", name="gpu-smoke-test", slices=1)

    Attributes:
        name: The CronJob's name.
        slices: Pods that run at once, one slice each.
        cron_job: The CronJob (the construct's ``Resource`` child).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        slices: int,
        # renovate: datasource=docker
        image: str = "nvidia/cuda:12.6.3-base-ubuntu24.04",
        gpu: Gpu = Gpu(),
        hold_seconds: int = 60,
        namespace: str | None = None,
        priority_class: str | None = None,
    ) -> None:
        """Creates the suspended CronJob.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: The CronJob's name.
            slices: Pods to run at once; each takes one slice.
            image: A CUDA base image with ``nvidia-smi``; defaults to CUDA 12.6.3 on Ubuntu 24.04.
            gpu: The slice each pod requests (resource, RuntimeClass).
            hold_seconds: How long each pod holds its slice, so the pods overlap.
            priority_class: The pods' PriorityClass; defaults to the cluster's default.
            namespace: Defaults to the chart's namespace.
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        self.name = _validate.dns_label(self, "name", name)
        namespace = _scope.namespace_of(self, namespace, parent=scope)
        self.slices = _validate.positive_int(self, "slices", slices)
        _validate.image(self, "image", image)
        _validate.positive_int(self, "hold_seconds", hold_seconds, minimum=0)
        script = (
            f'nvidia-smi -L && nvidia-smi && echo "holding the slice for {hold_seconds}s" && sleep {hold_seconds} && echo done'
        )
        # The CUDA base image declares a minimum driver; nvidia-smi needs none, so a check on an
        # older driver should not fail on the image's requirement.
        env = [{"name": "NVIDIA_DISABLE_REQUIRE", "value": "true"}]
        placement = ClusterPlan.of(scope).placement(self, gpu, None)
        pod = _job_pod(
            self.name,
            image,
            ["/bin/sh", "-c", script],
            [],
            env=env,
            gpu=replace(gpu, count=1),
            placement=placement,
            priority_class=priority_class,
        )
        digest = [] if "@sha256:" in image else [TAG_NOT_DIGEST]
        job = {
            "activeDeadlineSeconds": hold_seconds + 600,
            "backoffLimit": 0,
            "completions": self.slices,
            "parallelism": self.slices,
            "template": pod,
        }
        self.cron_job = _pod.api_object(
            self,
            "Resource",
            api_version="batch/v1",
            kind="CronJob",
            metadata=_metadata(scope, self.name, namespace, [*digest, PULL_IF_NOT_PRESENT]),
            # Suspended: it never runs on its own. The schedule is required, and unused.
            spec={"jobTemplate": {"spec": job}, "schedule": "0 0 1 1 *", "suspend": True},
        )
