"""Application workloads: the app's container with its probes, env, ports and volumes, plus
init containers and sidecars, hardened alike."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

from homelab_ai import _container, _pod, _scope, _typecheck, _validate
from homelab_ai import waivers as waiver_table
from homelab_ai._container import check_bool, check_gpu, check_resources, check_run_as, check_vram_for, specs, writable
from homelab_ai._objects import plain_object
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.network_policies import allow_ingress
from homelab_ai.resources import ResolvedResources, Resources
from homelab_ai.volumes import SOURCES, EmptyDir, Mount, VolumeSource, pod_volume, single_node_only
from homelab_ai.vram import Vram
from homelab_ai.waivers import PULL_IF_NOT_PRESENT, TAG_NOT_DIGEST, Waiver
from homelab_ai.workload_settings import Backend, ContainerSpec, Gpu, HealthCheck, RunAs, SecretEnv, WorkloadKind

if TYPE_CHECKING:
    from homelab_ai.load_balanced_app import LoadBalancedApp

__all__ = ["Backend", "ContainerSpec", "Gpu", "HealthCheck", "Mount", "RunAs", "SecretEnv", "Workload", "WorkloadKind"]


class Workload(Construct):
    """Defines an app: its container with probes, env, secrets, ports and volumes, plus init
    containers and sidecars, as a Deployment or StatefulSet.

    Every container is hardened by default: no service-account token, no privilege escalation,
    all capabilities dropped, the RuntimeDefault seccomp profile, no service-link env vars.
    One replica runs with ``Recreate`` (a surge pod could not attach a ReadWriteOnce volume);
    several replicas, for stateless apps only, roll over one at a time.

    Example:
        ui = Workload(chart, "OpenWebUi", name="open-webui", image="ghcr.io/open-webui/open-webui:v0.6.32",
                      port=8080, resources=Resources(...), health=HealthCheck(path="/health"))
        ui.mount("/app/backend/data", data)

    Attributes:
        name: The object name of the controller, its container and its Service.
        namespace: The namespace of everything the workload creates.
        kind: Deployment or StatefulSet.
        image: The pinned image.
        port: The app's main container port (named ``http``).
        ports: Its other named ports.
        replicas: Pods it runs.
        resources: The app container's checked requests and limits.
        health: The probes' settings, startup budget included.
        gpu: The GPU slice, or ``None`` for a CPU-only app.
        vram: VRAM used when active, or ``None`` when unknown or CPU-only.
        selector: The labels that select its pods.
        controller: The Deployment or StatefulSet, a ``cdk8s.ApiObject`` whose spec is plain JSON
            (see ``_pod``); the construct's ``Resource`` child.
        service: The ClusterIP Service, once ``add_cluster_service`` created it.
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
        ports: Mapping[str, int] | None = None,
        replicas: int = 1,
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
        init_containers: Sequence[ContainerSpec] = (),
        sidecars: Sequence[ContainerSpec] = (),
        priority_class: str | None = None,
        waivers: Sequence[Waiver] = (),
        namespace: str | None = None,
    ) -> None:
        """Creates the controller.

        Args:
            scope: The parent construct.
            id: The construct id.
            name: Name of the controller, container and Service (DNS-1123 label).
            image: Image with a version tag or digest; floating tags are rejected.
            port: The port the app listens on, named ``http``.
            ports: Other ports by name (``{"metrics": 9090}``); a ``LoadBalancedApp`` picks one
                through ``backend_for(name)``. Defaults to none.
            replicas: Defaults to 1. More are refused with a GPU (each replica would hold a
                slice and its own model) or a ReadWriteOnce volume (the second pod could never
                attach it).
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
            run_as: Non-root identity for every container of the pod. Defaults to the image's
                own user (root for most AI images), which then needs waivers for the scanner's
                root checks.
            read_only_root_filesystem: Defaults to false; set it where the images write only
                to their volumes and ``writable_paths``.
            writable_paths: Paths that get an emptyDir (``/tmp``, caches), for a read-only root.
            mounts: Volumes to mount (``LonghornVolume``, ``EmptyDir``, ``ConfigMapVolume``,
                ``SecretVolume``, ``ExistingClaim``); ``mount()`` adds more later.
            init_containers: Run one after the other before the app starts (a download, a
                migration); defaults to none.
            sidecars: Run beside the app for the pod's life; defaults to none.
            priority_class: The pods' PriorityClass (``PriorityClasses``); defaults to the
                cluster's default priority.
            waivers: Scanner checks this workload may fail, with reasons (see ``waivers.py``);
                the tag-not-digest and pull-policy waivers are added where they apply.
            namespace: Defaults to the chart's namespace.

        Raises:
            ValueError: any invalid value, named with its prop.
        """
        super().__init__(scope, id)
        _scope.inherit(self, scope)
        self.name = _validate.dns_label(self, "name", name)
        self.namespace = _scope.namespace_of(self, namespace, parent=scope)
        self.image = _validate.image(self, "image", image)
        self.port = _validate.port(self, "port", port)
        if not isinstance(kind, WorkloadKind):
            raise _validate.fail(self, "kind", f"{kind!r} is not a WorkloadKind: use WorkloadKind.DEPLOYMENT or STATEFUL_SET")
        self.kind = kind
        self.resources: ResolvedResources = check_resources(self, "resources", resources)
        self.gpu = check_gpu(self, gpu)
        self.vram = check_vram_for(self, vram, gpu)
        self.run_as = check_run_as(self, run_as)
        self.read_only_root_filesystem = check_bool(self, "read_only_root_filesystem", read_only_root_filesystem)
        self.replicas = _validate.positive_int(self, "replicas", replicas)
        self.priority_class = None if priority_class is None else _validate.dns_subdomain(self, "priority_class", priority_class)
        self._plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, self._plan)
        # With GPU nodes declared, the plan picks the nodes that can host the GPU and its resource.
        self.placement = self._plan.placement(self, self.gpu, self.vram) if self.gpu is not None else None
        if not isinstance(health, HealthCheck):
            raise _validate.fail(self, "health", f"{health!r} is not a HealthCheck: use HealthCheck(path='/health')")
        self.health = health
        library_waivers = [PULL_IF_NOT_PRESENT] if "@sha256:" in self.image else [TAG_NOT_DIGEST, PULL_IF_NOT_PRESENT]
        self.waivers: tuple[Waiver, ...] = (*library_waivers, *waivers)
        try:
            waiver_annotations = waiver_table.skip_annotations(self.waivers)
        except ValueError as error:
            raise _validate.fail(self, "waivers", str(error).removeprefix("Waiver: ")) from None
        self.selector = _scope.identity_labels(self.name)
        self._labels = _scope.metadata_labels(scope, self.name)
        self.service: ApiObject | None = None
        self._volumes: dict[str, tuple[VolumeSource, dict[str, Any]]] = {}
        self._container_names: set[str] = {self.name}
        # Per container (by index in the pod's containers list): its env names and mount paths.
        self._env_names: dict[int, set[str]] = {}
        self._mount_paths: dict[int, set[str]] = {}
        self._initial_volumes: list[dict[str, Any]] = []

        container_ports = _container.ports(self, self.port, ports or {})
        self.ports = {p["name"]: p["containerPort"] for p in container_ports[1:]}
        app = self._container_json(
            0,
            name=self.name,
            image=self.image,
            command=command,
            args=args,
            env=env or {},
            secret_env=secret_env,
            mounts=[*(Mount(path=path, volume=EmptyDir()) for path in writable(self, writable_paths)), *mounts],
            prop="",
        )
        app["ports"] = container_ports
        app["resources"] = {"limits": self._limits(), "requests": self.resources.requests()}
        app["startupProbe"], app["livenessProbe"], app["readinessProbe"] = _container.probes(self, health, self.port)
        app["securityContext"] = _pod.container_security(self.run_as, read_only_root_filesystem=self.read_only_root_filesystem)
        app["volumeMounts"] = app.pop("volumeMounts")  # last, as people read a container
        containers = [app]
        for index, spec in enumerate(specs(self, "sidecars", sidecars), start=1):
            containers.append(self._extra_container(index, spec, prop=f"sidecars[{spec.name!r}]"))
        inits = [
            self._extra_container(-1 - i, spec, prop=f"init_containers[{spec.name!r}]")
            for i, spec in enumerate(specs(self, "init_containers", init_containers))
        ]
        self._check_replicas()
        self.controller = self._create_controller(containers, inits, waiver_annotations)
        self.chart = _scope.chart_of(scope).chart
        self._construct_id = id
        if self.gpu is not None:
            facts = {"vram": self.vram, "settings": {"gpu.resource": "gpu.resource", "gpu.count": "gpu.count"}}
            self._plan.declare(self.kind.value, self.namespace, self.name, **facts)

    @property
    def backend(self) -> Backend:
        """The pods and main port a Service (``LoadBalancedApp``) should send traffic to."""
        return Backend(name=self.name, namespace=self.namespace, selector=self.selector, port=self.port, managed=True)

    def backend_for(self, port_name: str) -> Backend:
        """The pods and the named port ``port_name`` (one of ``ports``), for a second Service.

        Raises:
            ValueError: the workload has no port of that name.
        """
        if port_name == "http":
            return self.backend
        if port_name not in self.ports:
            known = ", ".join(["http", *self.ports])
            raise _validate.fail(self, "backend_for", f"{port_name!r} is not a port of the workload: use one of {known}")
        return Backend(name=self.name, namespace=self.namespace, selector=self.selector, port=self.ports[port_name], managed=True)

    @property
    def url(self) -> str:
        """The in-cluster URL of the ClusterIP Service, for other apps of the namespace.

        Raises:
            ValueError: the workload has no ClusterIP Service yet.
        """
        if self.service is None:
            raise _validate.fail(self, "url", "is only known after add_cluster_service(): call it first")
        return f"http://{self.name}:{self.port}"

    def add_cluster_service(self) -> ApiObject:
        """Creates the ClusterIP Service named like the workload, reachable as ``self.url``.

        Returns:
            The Service.

        Raises:
            ValueError: the workload already has one.
        """
        if self.service is not None:
            raise _validate.fail(self, "add_cluster_service", "was already called: a workload has one ClusterIP Service")
        self.service = plain_object(
            self,
            "Service",
            api_version="v1",
            kind="Service",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=self._labels),
            body={
                "spec": {
                    "type": "ClusterIP",
                    "selector": dict(self.selector),
                    "ports": [{"name": "http", "port": self.port, "targetPort": "http", "protocol": "TCP"}],
                }
            },
        )
        return self.service

    def connect(self, server: Workload, *, via: LoadBalancedApp | None = None) -> str:
        """Records that this workload calls ``server``, through its ClusterIP Service or ``via``
        the LoadBalancer Service in front of it.

        Creates the NetworkPolicy ``<server>-from-<client>`` that lets this workload's pods into
        the server's port (which the generated diagram draws as an arrow).

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
        policy_id = f"AllowTo{server._construct_id}"
        if self.node.try_find_child(policy_id) is None:
            allow_ingress(
                self,
                policy_id,
                name=f"{server.name}-from-{self.name}",
                namespace=server.namespace,
                selector=server.selector,
                port=server.port,
                from_pods=self.selector,
            )
        return url

    def add_env(self, name: str, value: str) -> None:
        """Adds a plain environment variable to the app's container (after any set by a patch).

        Raises:
            ValueError: an invalid or duplicate name, or a non-string value.
        """
        self._append(0, "env", self._plain_env(0, name, value, prop="env"))

    def add_secret_env(self, env: SecretEnv) -> None:
        """Adds a variable read from a Secret key; the value never appears in the output.

        Raises:
            ValueError: an invalid or duplicate name, or an invalid Secret name or key.
        """
        self._append(0, "env", self._secret_env(0, env, prop="secret_env"))

    def mount(self, path: str, volume: VolumeSource, *, sub_path: str | None = None, read_only: bool = False) -> None:
        """Mounts ``volume`` (or its ``sub_path`` directory) at ``path`` in the app's container.

        The volume is added to the pod once, however many paths mount it. Mounts known when the
        workload is created are cheaper as its ``mounts`` prop (no patch of the manifest).

        Raises:
            ValueError: a relative or duplicate path, a sub_path that escapes the volume, a
                volume of another namespace, or a ReadWriteOnce volume with several replicas.
        """
        new_volume, mount = self._register_mount(
            0, Mount(path=path, volume=volume, sub_path=sub_path, read_only=read_only), prop="mount"
        )
        self._check_replicas()
        if new_volume is not None:
            self.controller.add_json_patch(JsonPatch.add(f"{self._pod_path}/volumes/-", new_volume))
        self._append(0, "volumeMounts", mount)

    @property
    def volumes(self) -> tuple[VolumeSource, ...]:
        """The volume sources mounted so far, once each."""
        return tuple(source for source, _ in self._volumes.values())

    # --- building -------------------------------------------------------------------------

    _pod_path = "/spec/template/spec"

    def _append(self, index: int, field_name: str, item: dict[str, Any]) -> None:
        # The list always exists (empty ones are dropped at render), so appending composes with
        # a patch that set it: neither replaces the other.
        self.controller.add_json_patch(JsonPatch.add(f"{self._pod_path}/containers/{index}/{field_name}/-", item))

    def _container_json(
        self,
        index: int,
        *,
        name: str,
        image: str,
        command: Sequence[str],
        args: Sequence[str],
        env: Mapping[str, str],
        secret_env: Sequence[SecretEnv],
        mounts: Sequence[Mount],
        prop: str,
    ) -> dict[str, Any]:
        self._env_names[index] = set()
        self._mount_paths[index] = set()
        container: dict[str, Any] = {"name": name, "image": image, "imagePullPolicy": "IfNotPresent"}
        if command:
            container["command"] = _container.strings(self, f"{prop}command", command)
        if args:
            container["args"] = _container.strings(self, f"{prop}args", args)
        if not isinstance(env, Mapping):
            raise _validate.fail(self, f"{prop}env", f"{env!r} is not a mapping: use for example {{'LOG_LEVEL': 'info'}}")
        if isinstance(secret_env, (SecretEnv, str)):
            raise _validate.fail(self, f"{prop}secret_env", f"{secret_env!r} is not a list: write [SecretEnv(...)]")
        if isinstance(mounts, Mount):
            raise _validate.fail(self, f"{prop}mounts", f"{mounts!r} is not a list: write [Mount(...)]")
        container["env"] = [self._plain_env(index, key, value, prop=f"{prop}env") for key, value in env.items()]
        container["env"] += [self._secret_env(index, item, prop=f"{prop}secret_env") for item in secret_env]
        registered = [self._register_mount(index, mount, prop=f"{prop}mounts") for mount in mounts]
        container["volumeMounts"] = [mount for _, mount in registered]
        self._initial_volumes += [volume for volume, _ in registered if volume is not None]
        return container

    def _extra_container(self, index: int, spec: ContainerSpec, *, prop: str) -> dict[str, Any]:
        """A sidecar (index >= 1 in containers) or an init container (index < 0), hardened like the app."""
        name = _validate.dns_label(self, f"{prop}.name", spec.name)
        if name in self._container_names:
            raise _validate.fail(self, f"{prop}.name", f"{name!r} is already a container of the pod: name each container once")
        self._container_names.add(name)
        container = self._container_json(
            index,
            name=name,
            image=_validate.image(self, f"{prop}.image", spec.image),
            command=spec.command,
            args=spec.args,
            env=spec.env,
            secret_env=(),
            mounts=spec.mounts,
            prop=f"{prop}.",
        )
        resources = check_resources(self, f"{prop}.resources", spec.resources)
        container["resources"] = {"limits": resources.limits(), "requests": resources.requests()}
        container["securityContext"] = _pod.container_security(
            self.run_as, read_only_root_filesystem=self.read_only_root_filesystem
        )
        container["volumeMounts"] = container.pop("volumeMounts")
        return container

    def _register_mount(self, index: int, mount: Mount, *, prop: str) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """Checks ``mount`` and records it; returns the pod volume (when new) and the container mount."""
        if not isinstance(mount, Mount):
            raise _validate.fail(self, prop, f"{mount!r} is not a Mount: use Mount(path=..., volume=...)")
        _typecheck.check_fields(self, prop, mount)
        volume, path, sub_path = mount.volume, mount.path, mount.sub_path
        if not isinstance(volume, SOURCES):
            raise _validate.fail(
                self,
                f"{prop} volume",
                f"{volume!r} is not a volume: use a LonghornVolume, EmptyDir, ConfigMapVolume, SecretVolume or ExistingClaim",
            )
        _container.check_path(self, f"{prop} path", path)
        if path in self._mount_paths[index]:
            raise _validate.fail(self, f"{prop} path", f"{path!r} is already mounted: mount each path once")
        if sub_path is not None and (
            not isinstance(sub_path, str) or not sub_path or sub_path.startswith("/") or ".." in sub_path.split("/")
        ):
            raise _validate.fail(
                self, f"{prop} sub_path", f"{sub_path!r} must be a relative path inside the volume, without '..'"
            )
        volume_namespace = getattr(volume, "namespace", self.namespace)
        if volume_namespace != self.namespace:
            raise _validate.fail(
                self,
                f"{prop} volume",
                f"{getattr(volume, 'name', volume)!r} is in namespace {volume_namespace!r}, not {self.namespace!r}: "
                "a pod can only mount claims of its own namespace",
            )
        self._mount_paths[index].add(path)
        entry = pod_volume(self, volume, path)
        known = self._volumes.get(entry["name"])
        if known is not None and known[1] != entry:
            raise _validate.fail(
                self, f"{prop} volume", f"{entry['name']!r} names two different volumes of the pod: give the emptyDir a name"
            )
        new_volume = None if known is not None else entry
        self._volumes[entry["name"]] = (volume, entry)
        container_mount: dict[str, Any] = {"name": entry["name"], "mountPath": path}
        if sub_path is not None:
            container_mount["subPath"] = sub_path
        if mount.read_only:
            container_mount["readOnly"] = True
        return new_volume, container_mount

    def _check_replicas(self) -> None:
        if self.replicas == 1:
            return
        if self.gpu is not None:
            raise _validate.fail(
                self,
                "replicas",
                f"{self.replicas} with a GPU: each replica would hold its own slice and load its own model into the "
                "shared VRAM; run one replica",
            )
        shared = [name for name, (source, _) in self._volumes.items() if single_node_only(source)]
        if shared:
            raise _validate.fail(
                self,
                "replicas",
                f"{self.replicas} with ReadWriteOnce volume {', '.join(shared)}: a second pod could not attach it; "
                "run one replica or use ReadWriteMany",
            )

    def _limits(self) -> dict[str, str | int]:
        limits: dict[str, str | int] = dict(self.resources.limits())
        if self.gpu is not None:
            # Extended resources go in limits; the API copies them to requests.
            limits[self.placement.resource if self.placement else self.gpu.resource] = self.gpu.count
        return limits

    def _create_controller(
        self, containers: list[dict[str, Any]], inits: list[dict[str, Any]], annotations: dict[str, str]
    ) -> _pod.PodObject:
        gpu = self.gpu
        node_selector, affinity = self.placement.node_selection() if self.placement else (None, None)
        if node_selector is None and affinity is None and gpu and gpu.node_selector:
            node_selector = dict(gpu.node_selector)
        pod = _pod.hardened_pod(
            containers,
            securityContext=_pod.pod_security(self.run_as),
            initContainers=inits or None,
            volumes=self._initial_volumes,
            runtimeClassName=gpu.runtime_class if gpu else None,
            nodeSelector=node_selector,
            affinity=affinity,
            priorityClassName=self.priority_class,
            tolerations=[_pod.GPU_TAINT_TOLERATION] if gpu else None,
        )
        template = {"metadata": {"labels": dict(self.selector)}, "spec": pod}
        metadata = ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=self._labels, annotations=annotations)
        spec: dict[str, Any] = {
            "replicas": self.replicas,
            "revisionHistoryLimit": 3,
            "selector": {"matchLabels": dict(self.selector)},
        }
        if self.kind is WorkloadKind.STATEFUL_SET:
            # serviceName names the workload's ClusterIP Service (add_cluster_service), not a headless
            # one: a single replica needs no per-pod DNS, and the design has no second Service.
            spec["serviceName"] = self.name
        elif self.replicas == 1:
            spec["strategy"] = {"type": "Recreate"}
        else:
            # Several stateless replicas: replace one pod at a time, never below the count.
            spec["strategy"] = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}
        spec["template"] = template
        return _pod.api_object(self, "Resource", api_version="apps/v1", kind=self.kind.value, metadata=metadata, spec=spec)

    def _claim_env_name(self, index: int, name: str, prop: str) -> str:
        _validate.env_name(self, f"{prop} name", name)
        if name in _container.DEVICE_PLUGIN_ENV:
            raise _validate.fail(
                self,
                f"{prop} name",
                f"{name!r} must not be set: the NVIDIA device plugin injects the allocated GPU, and setting it "
                "by hand can bypass the plugin's accounting; request a slice with gpu=Gpu() instead",
            )
        if name in self._env_names[index]:
            raise _validate.fail(self, f"{prop} name", f"{name!r} is set twice: set each variable once")
        self._env_names[index].add(name)
        return name

    def _plain_env(self, index: int, name: str, value: str, *, prop: str) -> dict[str, Any]:
        self._claim_env_name(index, name, prop)
        if not isinstance(value, str):
            raise _validate.fail(self, f"{prop}[{name!r}]", f"{value!r} is not a string: quote it (for example '1' or 'true')")
        return {"name": name, "value": value}

    def _secret_env(self, index: int, item: SecretEnv, *, prop: str) -> dict[str, Any]:
        if not isinstance(item, SecretEnv):
            raise _validate.fail(self, prop, f"{item!r} is not a SecretEnv")
        _typecheck.check_fields(self, prop, item)
        self._claim_env_name(index, item.name, prop)
        _validate.dns_subdomain(self, f"{prop}[{item.name!r}].secret", item.secret)
        if not isinstance(item.key, str) or not item.key or not all(c.isalnum() or c in "-._" for c in item.key):
            raise _validate.fail(
                self,
                f"{prop}[{item.name!r}].key",
                f"{item.key!r} is not a valid Secret key: use letters, digits, '-', '_' and '.'",
            )
        return {"name": item.name, "valueFrom": {"secretKeyRef": {"name": item.secret, "key": item.key}}}
