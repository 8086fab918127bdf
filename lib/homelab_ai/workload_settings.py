"""The values a Workload is described with: its probes, secrets, GPU, identity, extra
containers, and the Backend a Service sends traffic to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from homelab_ai.gpu_cards import GpuCard
from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount


class WorkloadKind(Enum):
    """The controller that runs the pod."""

    DEPLOYMENT = "Deployment"
    STATEFUL_SET = "StatefulSet"


@dataclass(frozen=True, kw_only=True)
class HealthCheck:
    """How Kubernetes learns that the app started, is alive, and can take traffic.

    A startupProbe holds off liveness until the app answers once, for up to
    ``startup_budget_seconds`` (first starts download models for minutes); after that, short
    liveness and readiness probes notice a hung app within ``period_seconds * failure_threshold``.

    Attributes:
        path: HTTP path that answers 2xx/3xx without authentication; ``None`` probes the TCP port.
        readiness_path: HTTP path that answers 2xx only while the app can do its job (a model
            loaded), for the readiness probe; it must answer while the app works. ``None`` uses
            ``path`` for readiness too.
        answers_while_busy: Whether ``path`` still answers while the app works. An app that
            blocks its only event loop for a whole job (a transcription) does not: liveness and
            readiness then check only that the port accepts connections, which the kernel does
            for it, and ``path`` is used by the startup probe alone.
        startup_budget_seconds: Longest a start may take, model downloads included.
        period_seconds: Seconds between probes.
        timeout_seconds: Seconds one probe may take.
        failure_threshold: Consecutive failures before a restart (liveness) or removal from
            the Service (readiness).
    """

    path: str | None = "/"
    readiness_path: str | None = None
    answers_while_busy: bool = True
    startup_budget_seconds: int = 300
    period_seconds: int = 10
    timeout_seconds: int = 5
    failure_threshold: int = 3


@dataclass(frozen=True, kw_only=True)
class SecretEnv:
    """An environment variable read from a key of a Secret, so its value never enters the output.

    Attributes:
        name: The variable's name in the container.
        secret: The Secret's name, in the workload's namespace.
        key: The key inside the Secret.
    """

    name: str
    secret: str
    key: str


@dataclass(frozen=True, kw_only=True)
class Gpu:
    """What GPU a workload needs.

    With GPU nodes declared in the plan (``ClusterPlan(nodes=...)``), the workload is placed from
    ``card``, ``min_vram_gb``, ``exclusive`` and ``mig_profile``: the chart selects the nodes that
    can host it and requests the resource they advertise (``resource`` is then derived).

    Attributes:
        count: Devices to request; with time-slicing each is one slice of a shared GPU.
        resource: The extended resource the device plugin advertises (``nvidia.com/gpu``,
            or ``nvidia.com/gpu.shared`` when time-slicing renames it).
        runtime_class: RuntimeClass that injects the NVIDIA runtime; ``None`` when nvidia is
            the node's default runtime.
        node_selector: Labels a GPU node must carry; empty when the GPU taint already steers pods.
        card: Run only on this card model; ``None`` takes any.
        min_vram_gb: Run only where one unit of the resource gives at least this much VRAM.
        exclusive: Take whole GPUs, on nodes that do not share them.
        mig_profile: Take one MIG instance of this profile (``3g.20gb``).
    """

    count: int = 1
    resource: str = "nvidia.com/gpu"
    runtime_class: str | None = "nvidia"
    node_selector: Mapping[str, str] = field(default_factory=dict)
    card: GpuCard | None = None
    min_vram_gb: float | None = None
    exclusive: bool = False
    mig_profile: str | None = None


@dataclass(frozen=True, kw_only=True)
class RunAs:
    """A non-root identity for the container; its volumes are made group-writable for it.

    Attributes:
        user: The uid; 10000 and above stays clear of the node's own users.
        group: The gid, also the pod's ``fsGroup``.
    """

    user: int = 10001
    group: int = 10001


@dataclass(frozen=True, kw_only=True)
class Backend:
    """Where a Service sends traffic: pods selected by labels, on one port, in one namespace.

    Workloads of this library expose theirs as ``workload.backend``; describe pods managed
    elsewhere (a media server's) with this class directly.

    Attributes:
        name: The app's name, used for the Service's labels.
        namespace: The pods' namespace; a Service can only select pods of its own namespace.
        selector: Labels that select the pods.
        port: The container port to send traffic to.
        managed: Whether the pods are a Workload of this library, whose namespace denies
            ingress by default: a Service in front of them then also allows its traffic in.
    """

    name: str
    namespace: str
    selector: Mapping[str, str]
    port: int
    managed: bool = False


@dataclass(frozen=True, kw_only=True)
class ContainerSpec:
    """An init container or a sidecar of a workload, hardened like the app's own container.

    Attributes:
        name: The container's name (DNS-1123 label), unique in the pod.
        image: Image with a version tag or digest.
        resources: CPU and memory requests and limits; they add to the pod's (init containers
            count while they run, before the app starts).
        command: Replaces the image's entrypoint; defaults to the image's own.
        args: Container arguments.
        env: Plain environment variables.
        mounts: Volumes to mount; a volume the app mounts too is shared.
    """

    name: str
    image: str
    resources: Resources
    command: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    mounts: tuple[Mount, ...] = ()
