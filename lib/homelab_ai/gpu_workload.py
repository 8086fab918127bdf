"""Workloads that take a slice of a shared NVIDIA GPU."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount
from homelab_ai.vram import Vram
from homelab_ai.waivers import Waiver
from homelab_ai.workload import ContainerSpec, Gpu, HealthCheck, RunAs, SecretEnv, Workload, WorkloadKind


class GpuWorkload(Workload):
    """Defines a single-replica app whose container takes a GPU slice.

    On top of ``Workload``: ``nvidia.com/gpu`` (or the renamed shared resource) in limits, a
    toleration for the ``nvidia.com/gpu`` taint, ``runtimeClassName: nvidia`` (``None`` turns
    it off where nvidia is the default runtime) and an optional node selector. It never sets
    ``NVIDIA_VISIBLE_DEVICES``: the device plugin injects the allocated device, and a pod that
    asks for ``all`` bypasses its accounting.

    Example:
        ollama = GpuWorkload(chart, "Ollama", name="ollama", image="ollama/ollama:0.12.3", port=11434,
                             kind=WorkloadKind.STATEFUL_SET, resources=Resources(...),
                             vram=Vram(min_gb=9, max_gb=11, basis="13B Q4 model"),
                             health=HealthCheck(path="/", startup_budget_seconds=300))
        ollama.mount("/root/.ollama", models)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        image: str,
        port: int,
        resources: Resources,
        health: HealthCheck,
        vram: Vram,
        gpu: Gpu = Gpu(),
        kind: WorkloadKind = WorkloadKind.DEPLOYMENT,
        ports: Mapping[str, int] | None = None,
        env: Mapping[str, str] | None = None,
        secret_env: Sequence[SecretEnv] = (),
        args: Sequence[str] = (),
        command: Sequence[str] = (),
        run_as: RunAs | None = None,
        read_only_root_filesystem: bool = False,
        writable_paths: Sequence[str] = (),
        mounts: Sequence[Mount] = (),
        init_containers: Sequence[ContainerSpec] = (),
        sidecars: Sequence[ContainerSpec] = (),
        priority_class: str | None = None,
        waivers: Sequence[Waiver] = (),
        namespace: str | None = None,
    ) -> None:
        """Creates the controller with its GPU slice.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: Name of the controller, container and Service (DNS-1123 label).
            image: Image with a version tag or digest.
            port: The port the app listens on.
            resources: CPU and memory requests and limits.
            health: Probes; size the startup budget for the first model download.
            vram: VRAM the app uses when active; the App's ClusterPlan checks it against the card
                and adds it up with the other GPU apps.
            gpu: Defaults to one ``nvidia.com/gpu`` slice through the ``nvidia`` RuntimeClass.
            kind: Defaults to a Deployment (with ``Recreate``).
            ports: Other ports by name; defaults to none.
            env: Plain environment variables.
            secret_env: Variables read from Secrets.
            args: Container arguments; ``$(VAR)`` expands from the container's env.
            command: Replaces the image's entrypoint; defaults to the image's own.
            run_as: Non-root identity; defaults to the image's user.
            read_only_root_filesystem: Defaults to false.
            writable_paths: emptyDir paths for a read-only root (``/tmp``).
            mounts: Volumes to mount; ``mount()`` adds more later.
            init_containers: Run before the app starts; defaults to none.
            sidecars: Run beside the app; defaults to none.
            priority_class: The pods' PriorityClass; defaults to the cluster's default.
            waivers: Scanner checks this workload may fail, with reasons.
            namespace: Defaults to the chart's namespace.

        Raises:
            ValueError: any invalid value, ``NVIDIA_VISIBLE_DEVICES`` or ``CUDA_VISIBLE_DEVICES`` in env.
        """
        super().__init__(
            scope,
            id,
            name=name,
            image=image,
            port=port,
            resources=resources,
            health=health,
            kind=kind,
            ports=ports,
            env=env,
            secret_env=secret_env,
            args=args,
            command=command,
            gpu=gpu,
            vram=vram,
            run_as=run_as,
            read_only_root_filesystem=read_only_root_filesystem,
            writable_paths=writable_paths,
            mounts=mounts,
            init_containers=init_containers,
            sidecars=sidecars,
            priority_class=priority_class,
            waivers=waivers,
            namespace=namespace,
        )
