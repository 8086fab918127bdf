"""Single-replica application workloads: one container, its probes, env and volumes."""

from __future__ import annotations

import math
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from cdk8s_plus_28 import k8s
from constructs import Construct

from homelab_ai import _pod, _scope, _validate, _values
from homelab_ai import waivers as waiver_table
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.network_policies import allow_ingress
from homelab_ai.resources import ResolvedResources, Resources, resolve
from homelab_ai.vram import Vram

if TYPE_CHECKING:
    from homelab_ai.load_balanced_app import LoadBalancedApp
from homelab_ai.waivers import PULL_IF_NOT_PRESENT, TAG_NOT_DIGEST, Waiver


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
    """A GPU slice for a workload.

    Attributes:
        count: Devices to request; with time-slicing each is one slice of a shared GPU.
        resource: The extended resource the device plugin advertises (``nvidia.com/gpu``,
            or ``nvidia.com/gpu.shared`` when time-slicing renames it).
        runtime_class: RuntimeClass that injects the NVIDIA runtime; ``None`` when nvidia is
            the node's default runtime.
        node_selector: Labels a GPU node must carry; empty when the GPU taint already steers pods.
    """

    count: int = 1
    resource: str = "nvidia.com/gpu"
    runtime_class: str | None = "nvidia"
    node_selector: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Mount:
    """A volume mounted into the container.

    Attributes:
        path: Where it appears in the container.
        volume: The claim to mount.
        sub_path: A directory inside the volume to mount instead of its root.
        read_only: Mount it read-only.
    """

    path: str
    volume: LonghornVolume
    sub_path: str | None = None
    read_only: bool = False


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


# Set by the NVIDIA device plugin from the allocation; a pod that sets them can see every GPU.
_DEVICE_PLUGIN_ENV = frozenset({"NVIDIA_VISIBLE_DEVICES", "CUDA_VISIBLE_DEVICES"})


class Workload(Construct):
    """Defines a single-replica app: one container with probes, env, secrets and volumes.

    Every pod is hardened by default: no service-account token, no privilege escalation, all
    capabilities dropped, the RuntimeDefault seccomp profile, and no service-link env vars.
    Deployments use ``Recreate``: with one replica and ReadWriteOnce volumes, a surge pod could
    not attach the volume.

    Example:
        ui = Workload(chart, "OpenWebUi", name="open-webui", image="ghcr.io/open-webui/open-webui:v0.6.30",
                      port=8080, resources=Resources(...), health=HealthCheck(path="/health"))
        ui.mount("/app/backend/data", data)

    Attributes:
        name: The object name of the controller, its container and its Service.
        namespace: The namespace of everything the workload creates.
        kind: Deployment or StatefulSet.
        image: The pinned image.
        port: The container port.
        resources: The checked requests and limits.
        health: The probes' settings, startup budget included.
        gpu: The GPU slice, or ``None`` for a CPU-only app.
        vram: VRAM used when active, or ``None`` when unknown or CPU-only.
        selector: The labels that select its pods.
        controller: The Deployment or StatefulSet, a ``cdk8s.ApiObject`` whose spec is plain JSON
            (see ``_pod``); the construct's ``Resource`` child.
        service: The ClusterIP Service, once ``add_cluster_service`` created it.
        connections: The workloads it calls and the URL it calls them at, recorded by ``connect``.
        secret_names: The Secrets its environment reads.
        chart: The chart it belongs to.
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
        kind: WorkloadKind = WorkloadKind.DEPLOYMENT,
        env: Mapping[str, str] | None = None,
        secret_env: Sequence[SecretEnv] = (),
        args: Sequence[str] = (),
        command: Sequence[str] = (),
        gpu: Gpu | None = None,
        vram: Vram | None = None,
        run_as: RunAs | None = None,
        read_only_root_filesystem: bool = False,
        writable_paths: Sequence[str] = (),
        mounts: Sequence[Mount] = (),
        waivers: Sequence[Waiver] = (),
        namespace: str | None = None,
    ) -> None:
        """Creates the controller.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: Name of the controller, container and Service (DNS-1123 label).
            image: Image with a version tag or digest; floating tags are rejected.
            port: The port the app listens on.
            resources: CPU and memory requests and limits.
            health: Probes; the startup budget covers first-start downloads.
            kind: Defaults to a Deployment.
            env: Plain environment variables, in order.
            secret_env: Variables read from Secrets.
            args: Container arguments; ``$(VAR)`` expands from the container's env.
            command: Replaces the image's entrypoint; defaults to the image's own.
            gpu: Defaults to no GPU.
            vram: VRAM the app uses when active; only with ``gpu``. Defaults to unknown, which
                keeps the app out of the VRAM checks.
            run_as: Non-root identity. Defaults to the image's own user (root for most AI
                images), which then needs waivers for the scanner's root checks.
            read_only_root_filesystem: Defaults to false; set it where the image writes only
                to its volumes and ``writable_paths``.
            writable_paths: Paths that get an emptyDir (``/tmp``, caches), for a read-only root.
            mounts: Volumes to mount; ``mount()`` adds more later.
            waivers: Scanner checks this workload may fail, with reasons (see ``waivers.py``);
                the tag-not-digest and pull-policy waivers are added where they apply.
            namespace: Defaults to the chart's namespace.

        Raises:
            ValueError: any invalid value, named with its prop.
        """
        super().__init__(scope, id)
        self.name = _validate.dns_label(self, "name", name)
        self.namespace = _scope.namespace_of(self, namespace, parent=scope)
        self.image = _validate.image(self, "image", image)
        self.port = _validate.port(self, "port", port)
        if not isinstance(kind, WorkloadKind):
            raise _validate.fail(self, "kind", f"{kind!r} is not a WorkloadKind: use WorkloadKind.DEPLOYMENT or STATEFUL_SET")
        self.kind = kind
        if not isinstance(resources, Resources):
            raise _validate.fail(self, "resources", f"{resources!r} is not a Resources: use Resources(cpu_request=..., ...)")
        self.resources: ResolvedResources = resolve(self, resources)
        self.gpu = _check_gpu(self, gpu)
        self.vram = _check_vram(self, vram, gpu)
        self.run_as = _check_run_as(self, run_as)
        self.read_only_root_filesystem = bool(read_only_root_filesystem)
        writable = [_check_path(self, "writable_paths", path) for path in writable_paths]
        library_waivers = [PULL_IF_NOT_PRESENT] if "@sha256:" in self.image else [TAG_NOT_DIGEST, PULL_IF_NOT_PRESENT]
        self.waivers: tuple[Waiver, ...] = (*library_waivers, *waivers)
        try:
            waiver_annotations = waiver_table.skip_annotations(self.waivers)
        except ValueError as error:
            raise _validate.fail(self, "waivers", str(error).removeprefix("Waiver: ")) from None
        self.selector = _scope.identity_labels(self.name)
        self.service: k8s.KubeService | None = None
        self._env_names: set[str] = set()
        self._mount_paths: set[str] = set(writable)
        self._volumes: dict[str, LonghornVolume] = {}
        self._has_pod_volumes = bool(writable)
        self._has_mounts = bool(writable)
        self.connections: dict[Workload, str] = {}
        self.secret_names: set[str] = set()

        registered = [self._register_mount(mount) for mount in mounts]
        claim_volumes = [volume for volume, _ in registered if volume is not None]
        claim_mounts = [mount for _, mount in registered]
        self._has_pod_volumes = self._has_pod_volumes or bool(claim_volumes)
        self._has_mounts = self._has_mounts or bool(claim_mounts)
        container_env = [self._plain_env(key, value) for key, value in (env or {}).items()]
        container_env += [self._secret_env(item) for item in secret_env]
        probes = _probes(self, health, self.port)
        self.health = health
        container: dict[str, Any] = {"name": self.name, "image": self.image, "imagePullPolicy": "IfNotPresent"}
        if command:
            container["command"] = [_check_arg(self, index, arg, prop="command") for index, arg in enumerate(command)]
        if args:
            container["args"] = [_check_arg(self, index, arg) for index, arg in enumerate(args)]
        if container_env:
            container["env"] = container_env
        container["ports"] = [{"containerPort": self.port, "name": "http", "protocol": "TCP"}]
        container["resources"] = {"limits": self._limits(), "requests": self.resources.requests()}
        container["startupProbe"], container["livenessProbe"], container["readinessProbe"] = probes
        container["securityContext"] = _pod.container_security(
            self.run_as, read_only_root_filesystem=self.read_only_root_filesystem
        )
        mounts_json = [*({"name": _empty_dir_name(path), "mountPath": path} for path in writable), *claim_mounts]
        if mounts_json:
            container["volumeMounts"] = mounts_json
        self._container = container
        self._pod_volumes = [*({"name": _empty_dir_name(path), "emptyDir": {}} for path in writable), *claim_volumes]
        self._waiver_annotations = waiver_annotations
        self._has_env = bool(container_env)
        self.controller = self._create_controller()
        self._plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, self._plan)
        self.chart = _scope.chart_of(scope).chart
        self._construct_id = id
        if self.gpu is not None:
            facts = {"vram": self.vram, "settings": {"gpu.resource": "gpu.resource"}}
            self._plan.declare(self.kind.value, self.namespace, self.name, **facts)

    @property
    def backend(self) -> Backend:
        """The pods and port a Service (``LoadBalancedApp``) should send traffic to."""
        return Backend(name=self.name, namespace=self.namespace, selector=self.selector, port=self.port, managed=True)

    @property
    def url(self) -> str:
        """The in-cluster URL of the ClusterIP Service, for other apps of the namespace.

        Raises:
            ValueError: the workload has no ClusterIP Service yet.
        """
        if self.service is None:
            raise _validate.fail(self, "url", "is only known after add_cluster_service(): call it first")
        return f"http://{self.name}:{self.port}"

    def add_cluster_service(self) -> k8s.KubeService:
        """Creates the ClusterIP Service named like the workload, reachable as ``self.url``.

        Returns:
            The Service.

        Raises:
            ValueError: the workload already has one.
        """
        if self.service is not None:
            raise _validate.fail(self, "add_cluster_service", "was already called: a workload has one ClusterIP Service")
        self.service = k8s.KubeService(
            self,
            "Service",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=_scope.metadata_labels(self.name)),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=dict(self.selector),
                ports=[k8s.ServicePort(name="http", port=self.port, target_port=_values.port_name("http"), protocol="TCP")],
            ),
        )
        return self.service

    def connect(self, server: Workload, *, via: LoadBalancedApp | None = None) -> str:
        """Records that this workload calls ``server``, through its ClusterIP Service or ``via``
        the LoadBalancer Service in front of it.

        Creates the NetworkPolicy ``<server>-from-<client>`` that lets this workload's pods into
        the server's port, and the arrow of the generated diagram.

        Returns:
            The server's in-cluster URL, for this workload's configuration.

        Raises:
            ValueError: the server has no such Service or is in another namespace.
        """
        if not isinstance(server, Workload):
            raise _validate.fail(self, "connect", f"{server!r} is not a Workload")
        if server.namespace != self.namespace:
            raise _validate.fail(
                self,
                "connect",
                f"{server.name!r} is in namespace {server.namespace!r}, not {self.namespace!r}: its short URL would not resolve",
            )
        if via is None:
            url = server.url
        elif dict(via.backend.selector) != dict(server.selector) or via.namespace != server.namespace:
            raise _validate.fail(
                self, "connect via", f"{via.name!r} does not send traffic to {server.name!r}: pass its own Service"
            )
        else:
            url = f"http://{via.name}" + ("" if via.port == 80 else f":{via.port}")
        if server not in self.connections:
            self.connections[server] = url
            allow_ingress(
                self,
                f"AllowTo{server._construct_id}",
                name=f"{server.name}-from-{self.name}",
                namespace=server.namespace,
                selector=server.selector,
                port=server.port,
                from_pods=self.selector,
            )
        return url

    def add_env(self, name: str, value: str) -> None:
        """Adds a plain environment variable.

        Raises:
            ValueError: an invalid or duplicate name, or a non-string value.
        """
        self._append_env(self._plain_env(name, value))

    def add_secret_env(self, env: SecretEnv) -> None:
        """Adds a variable read from a Secret key; the value never appears in the output.

        Raises:
            ValueError: an invalid or duplicate name, or an invalid Secret name or key.
        """
        self._append_env(self._secret_env(env))

    def mount(self, path: str, volume: LonghornVolume, *, sub_path: str | None = None, read_only: bool = False) -> None:
        """Mounts ``volume`` (or its ``sub_path`` directory) at ``path``.

        The volume is added to the pod once, however many paths mount it. Mounts known when the
        workload is created are cheaper as its ``mounts`` prop (no patch of the manifest).

        Raises:
            ValueError: a relative or duplicate path, a sub_path that escapes the volume, or a
                volume of another namespace.
        """
        new_volume, mount = self._register_mount(Mount(path=path, volume=volume, sub_path=sub_path, read_only=read_only))
        pod = "/spec/template/spec"
        if new_volume is not None:
            _append(self.controller, f"{pod}/volumes", new_volume, first=not self._has_pod_volumes)
            self._has_pod_volumes = True
        _append(self.controller, f"{pod}/containers/0/volumeMounts", mount, first=not self._has_mounts)
        self._has_mounts = True

    def _register_mount(self, mount: Mount) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """Checks ``mount`` and records it; returns the pod volume (when new) and the container mount."""
        volume, path, sub_path = mount.volume, mount.path, mount.sub_path
        if not isinstance(volume, LonghornVolume):
            raise _validate.fail(self, "mount volume", f"{volume!r} is not a LonghornVolume")
        _check_path(self, "mount path", path)
        if path in self._mount_paths:
            raise _validate.fail(self, "mount path", f"{path!r} is already mounted: mount each path once")
        if sub_path is not None and (
            not isinstance(sub_path, str) or not sub_path or sub_path.startswith("/") or ".." in sub_path.split("/")
        ):
            raise _validate.fail(self, "mount sub_path", f"{sub_path!r} must be a relative path inside the volume, without '..'")
        if volume.namespace != self.namespace:
            raise _validate.fail(
                self,
                "mount volume",
                f"{volume.name!r} is in namespace {volume.namespace!r}, not {self.namespace!r}: "
                "a pod can only mount claims of its own namespace",
            )
        self._mount_paths.add(path)
        new_volume = None
        if volume.name not in self._volumes:
            self._volumes[volume.name] = volume
            new_volume = {"name": volume.name, "persistentVolumeClaim": {"claimName": volume.name}}
        container_mount: dict[str, Any] = {"name": volume.name, "mountPath": path}
        if sub_path is not None:
            container_mount["subPath"] = sub_path
        if mount.read_only:
            container_mount["readOnly"] = True
        return new_volume, container_mount

    @property
    def volumes(self) -> tuple[LonghornVolume, ...]:
        """The volumes mounted so far, once each."""
        return tuple(self._volumes.values())

    def _limits(self) -> dict[str, str | int]:
        limits: dict[str, str | int] = dict(self.resources.limits())
        if self.gpu is not None:
            # Extended resources go in limits; the API copies them to requests.
            limits[self.gpu.resource] = self.gpu.count
        return limits

    def _create_controller(self) -> ApiObject:
        gpu = self.gpu
        pod = _pod.hardened_pod(
            [self._container],
            securityContext=_pod.pod_security(self.run_as),
            volumes=self._pod_volumes or None,
            runtimeClassName=gpu.runtime_class if gpu else None,
            nodeSelector=dict(gpu.node_selector) if gpu and gpu.node_selector else None,
            tolerations=[_pod.GPU_TAINT_TOLERATION] if gpu else None,
        )
        template = {"metadata": {"labels": dict(self.selector)}, "spec": pod}
        metadata = ApiObjectMetadata(
            name=self.name,
            namespace=self.namespace,
            labels=_scope.metadata_labels(self.name),
            annotations=self._waiver_annotations,
        )
        spec: dict[str, Any] = {"replicas": 1, "revisionHistoryLimit": 3, "selector": {"matchLabels": dict(self.selector)}}
        if self.kind is WorkloadKind.STATEFUL_SET:
            # serviceName names the workload's ClusterIP Service (add_cluster_service), not a headless
            # one: a single replica needs no per-pod DNS, and the design has no second Service.
            spec["serviceName"] = self.name
        else:
            spec["strategy"] = {"type": "Recreate"}
        spec["template"] = template
        return _pod.api_object(self, "Resource", api_version="apps/v1", kind=self.kind.value, metadata=metadata, spec=spec)

    def _claim_env_name(self, name: str) -> str:
        _validate.env_name(self, "env name", name)
        if name in _DEVICE_PLUGIN_ENV:
            raise _validate.fail(
                self,
                "env name",
                f"{name!r} must not be set: the NVIDIA device plugin injects the allocated GPU, and setting it "
                "by hand can bypass the plugin's accounting; request a slice with gpu=Gpu() instead",
            )
        if name in self._env_names:
            raise _validate.fail(self, "env name", f"{name!r} is set twice: set each variable once")
        self._env_names.add(name)
        return name

    def _plain_env(self, name: str, value: str) -> dict[str, Any]:
        self._claim_env_name(name)
        if not isinstance(value, str):
            raise _validate.fail(self, f"env[{name!r}]", f"{value!r} is not a string: quote it (for example '1' or 'true')")
        return {"name": name, "value": value}

    def _secret_env(self, item: SecretEnv) -> dict[str, Any]:
        if not isinstance(item, SecretEnv):
            raise _validate.fail(self, "secret_env", f"{item!r} is not a SecretEnv")
        self._claim_env_name(item.name)
        self.secret_names.add(_validate.dns_subdomain(self, f"secret_env[{item.name!r}].secret", item.secret))
        if not item.key or not all(c.isalnum() or c in "-._" for c in item.key):
            raise _validate.fail(
                self,
                f"secret_env[{item.name!r}].key",
                f"{item.key!r} is not a valid Secret key: use letters, digits, '-', '_' and '.'",
            )
        return {"name": item.name, "valueFrom": {"secretKeyRef": {"name": item.secret, "key": item.key}}}

    def _append_env(self, env: dict[str, Any]) -> None:
        _append(self.controller, "/spec/template/spec/containers/0/env", env, first=not self._has_env)
        self._has_env = True


def _append(target: ApiObject, path: str, item: dict[str, Any], *, first: bool) -> None:
    """Appends to a list of the manifest, creating the list on first use (empty lists stay out)."""
    target.add_json_patch(JsonPatch.add(path, [item]) if first else JsonPatch.add(f"{path}/-", item))


def _check_arg(scope: Construct, index: int, arg: str, *, prop: str = "args") -> str:
    if not isinstance(arg, str):
        raise _validate.fail(scope, f"{prop}[{index}]", f"{arg!r} is not a string: quote it")
    return arg


def _check_gpu(scope: Construct, gpu: Gpu | None) -> Gpu | None:
    if gpu is None:
        return None
    if not isinstance(gpu, Gpu):
        raise _validate.fail(scope, "gpu", f"{gpu!r} is not a Gpu: use Gpu(count=1)")
    _validate.positive_int(scope, "gpu.count", gpu.count)
    _validate.label_key(scope, "gpu.resource", gpu.resource)
    if gpu.runtime_class is not None:
        _validate.dns_subdomain(scope, "gpu.runtime_class", gpu.runtime_class)
    _validate.labels(scope, "gpu.node_selector", gpu.node_selector)
    return gpu


def _check_path(scope: Construct, prop: str, path: str) -> str:
    if not isinstance(path, str) or not path.startswith("/") or posixpath.normpath(path) != path or path == "/":
        raise _validate.fail(scope, prop, f"{path!r} is not a normalized absolute path: use for example '/tmp'")
    return path


def _empty_dir_name(path: str) -> str:
    """A volume name for an emptyDir at ``path``: ``/tmp`` is ``tmp``, ``/var/cache/app`` is ``var-cache-app``."""
    return "".join(c if c.isalnum() else "-" for c in path.strip("/").lower())[:63].strip("-")


def _check_run_as(scope: Construct, run_as: RunAs | None) -> RunAs | None:
    if run_as is None:
        return None
    if not isinstance(run_as, RunAs):
        raise _validate.fail(scope, "run_as", f"{run_as!r} is not a RunAs: use RunAs(user=10001, group=10001)")
    _validate.positive_int(scope, "run_as.user", run_as.user)
    _validate.positive_int(scope, "run_as.group", run_as.group)
    return run_as


def _check_vram(scope: Construct, vram: Vram | None, gpu: Gpu | None) -> Vram | None:
    if vram is None:
        return None
    if not isinstance(vram, Vram):
        raise _validate.fail(scope, "vram", f"{vram!r} is not a Vram: use Vram(min_gb=..., max_gb=..., basis=...)")
    if gpu is None:
        raise _validate.fail(scope, "vram", "is set on a workload without a GPU: set gpu=Gpu() or drop vram")
    if not 0 < vram.min_gb <= vram.max_gb:
        raise _validate.fail(scope, "vram", f"{vram.min_gb:g}-{vram.max_gb:g} GiB is not allowed: use 0 < min_gb <= max_gb")
    return vram


def _probes(scope: Construct, health: HealthCheck, port: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The startup, liveness and readiness probes, in that order."""
    if not isinstance(health, HealthCheck):
        raise _validate.fail(scope, "health", f"{health!r} is not a HealthCheck: use HealthCheck(path='/health')")
    period = _validate.positive_int(scope, "health.period_seconds", health.period_seconds)
    timeout = _validate.positive_int(scope, "health.timeout_seconds", health.timeout_seconds)
    failures = _validate.positive_int(scope, "health.failure_threshold", health.failure_threshold)
    budget = _validate.positive_int(scope, "health.startup_budget_seconds", health.startup_budget_seconds, minimum=period)
    if timeout > period:
        raise _validate.fail(
            scope, "health.timeout_seconds", f"{timeout} is above health.period_seconds {period}: probes would overlap; lower it"
        )
    if health.path is not None and (not isinstance(health.path, str) or not health.path.startswith("/")):
        raise _validate.fail(
            scope, "health.path", f"{health.path!r} is not an absolute HTTP path: use for example '/health', or None for TCP"
        )

    if not isinstance(health.answers_while_busy, bool):
        raise _validate.fail(scope, "health.answers_while_busy", f"{health.answers_while_busy!r} is not True or False")

    def probe(failure_threshold: int, *, http: bool) -> dict[str, Any]:
        action = {"httpGet": {"path": health.path, "port": port}} if http else {"tcpSocket": {"port": port}}
        return {**action, "periodSeconds": period, "timeoutSeconds": timeout, "failureThreshold": failure_threshold}

    http = health.path is not None
    busy_http = http and health.answers_while_busy
    # The startup probe gives the first start its whole budget; liveness only begins after it.
    return probe(math.ceil(budget / period), http=http), probe(failures, http=busy_http), probe(failures, http=busy_http)
