"""The approved design of the ``ai`` namespace, as one chart with typed settings.

Each app's settings, image contract and construction live in ``homelab_ai.apps``; this module
composes them with the namespace, the GPU sharing, the addresses and the backups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cdk8s import ApiObjectMetadata, Chart
from constructs import Construct

from homelab_ai import _scope, _typecheck, _validate
from homelab_ai._filling_chart import FillingChart
from homelab_ai._objects import plain_object
from homelab_ai._scope import folder_of
from homelab_ai.apps import faster_whisper as whisper_app
from homelab_ai.apps import ollama as ollama_app
from homelab_ai.apps import open_webui as open_webui_app
from homelab_ai.apps import stable_diffusion as stable_diffusion_app
from homelab_ai.apps.faster_whisper import WhisperQuantization, WhisperSettings
from homelab_ai.apps.ollama import OllamaSettings
from homelab_ai.apps.open_webui import OpenWebUiSettings
from homelab_ai.apps.stable_diffusion import StableDiffusionSettings
from homelab_ai.cilium_pool import LbIpPool
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.device_plugin import DevicePluginConfig
from homelab_ai.flux import FluxLayer, FluxSettings
from homelab_ai.gpu_operator import GpuMetrics, GpuOperatorValues
from homelab_ai.jobs import GpuCheck, OllamaModelPull
from homelab_ai.load_balanced_app import LoadBalancedApp
from homelab_ai.longhorn_backup import Backup, LonghornBackupSchedule
from homelab_ai.longhorn_volume import PRUNE_DISABLED, LonghornVolume
from homelab_ai.network_policies import DefaultDenyIngress
from homelab_ai.scheduling import NamespaceQuota, PriorityClasses
from homelab_ai.time_slicing import GpuTimeSlicing
from homelab_ai.workload import Gpu, SecretEnv

__all__ = [
    "AiNamespaceChart",
    "BackupSettings",
    "GpuSharing",
    "NetworkSettings",
    "OllamaSettings",
    "OpenWebUiSettings",
    "SchedulingSettings",
    "StableDiffusionSettings",
    "WhisperQuantization",
    "WhisperSettings",
]

BACKUP_GROUP = "homelab-ai-backup"


@dataclass(frozen=True, kw_only=True)
class NetworkSettings:
    """Who may reach the apps.

    Attributes:
        source_ranges: CIDRs allowed to reach the LoadBalancer addresses
            (``loadBalancerSourceRanges``); empty means everyone who can route to them.
        restrict_egress: Close egress too, except DNS, the namespace's own apps and the public
            internet (model downloads).
        lb_pool_name: Emit a ``CiliumLoadBalancerIPPool`` of this name with the ClusterPlan's
            ``lb_pools``. Off by default, for clusters whose pool is managed elsewhere.
    """

    source_ranges: tuple[str, ...] = ()
    restrict_egress: bool = False
    lb_pool_name: str | None = None


@dataclass(frozen=True, kw_only=True)
class SchedulingSettings:
    """How the cluster enforces the plan.

    Attributes:
        quota: A ResourceQuota for the namespace from what its pods request, so a pod added by
            hand cannot take what the plan gave the apps.
        priority_classes: Emit ``homelab-ai-interactive`` for the apps and ``homelab-ai-batch``
            for the model pull and GPU checks, which never preempt the apps.
    """

    quota: bool = True
    priority_classes: bool = True


@dataclass(frozen=True, kw_only=True)
class BackupSettings:
    """Recurring Longhorn backups of ``open-webui-data`` (users and chats).

    Attributes:
        enabled: Back the chats up; models are downloaded again, so they are not.
        cron: When, in the node's time zone.
        retain: Backups kept.
    """

    enabled: bool = True
    cron: str = "0 3 * * *"
    retain: int = 14


@dataclass(frozen=True, kw_only=True)
class GpuSharing:
    """How the one GPU is shared.

    Attributes:
        time_slicing_replicas: Slices the device plugin advertises per GPU.
        gpu: The slice each GPU app requests (resource name, RuntimeClass, node selector).
        checks: Emit the suspended GPU smoke test (``gpu-smoke-test``), run on demand.
        rename_by_default: Advertise the slices as ``nvidia.com/gpu.shared`` (then request that
            resource in ``gpu``).
        fail_requests_greater_than_one: Refuse pods that ask for more than one slice.
        operator_release_name: Name of the GPU operator's HelmRelease, for the instructions
            ``make synth`` prints.
        operator_release_namespace: Namespace of the GPU operator's HelmRelease. helm-controller
            reads ``valuesFrom`` only from the HelmRelease's own namespace, so the values
            ConfigMap goes there; find it with ``kubectl get helmreleases -A``.
        metrics: dcgm-exporter's ServiceMonitor in the operator's values (``GpuMetrics``);
            ``None`` leaves it off, for a cluster without Prometheus.
    """

    time_slicing_replicas: int = 4
    gpu: Gpu = field(default_factory=Gpu)
    checks: bool = True
    rename_by_default: bool = False
    fail_requests_greater_than_one: bool = False
    operator_release_name: str = "gpu-operator"
    operator_release_namespace: str = "gpu-operator"
    metrics: GpuMetrics | None = None


class AiNamespaceChart(FillingChart):
    """The ``ai`` namespace as designed: Ollama, Open WebUI, Faster-Whisper and Stable Diffusion
    sharing one GPU through time-slicing, on Longhorn volumes, behind Cilium LB-IPAM addresses.

    Defaults reproduce the design with its corrections; every value a user would change is a
    setting.

    Example:
        app = App()
        AiNamespaceChart(app, "ai", whisper=WhisperSettings(model="medium"))

    Attributes:
        namespace_object: The Namespace.
        ollama: The Ollama StatefulSet and its ClusterIP Service.
        open_webui: The Open WebUI Deployment.
        whisper: The Faster-Whisper Deployment.
        stable_diffusion: The Stable Diffusion Deployment.
        volumes: The four claims by name.
        services: The LoadBalancer Services by name (one per app whose ``address`` is set).
        cluster: The nested chart of cluster-level objects (its own dist/ folder and Flux layer).
        time_slicing: The time-slicing ConfigMap.
        gpu_operator_values: The GPU operator's Helm values that apply it.
        lb_pool: The Cilium pool, when emitted.
        model_pull: The Job pulling Ollama's models, when there are models.
        gpu_checks: The suspended GPU smoke test.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str = "ai",
        ollama: OllamaSettings = OllamaSettings(),
        open_webui: OpenWebUiSettings = OpenWebUiSettings(),
        whisper: WhisperSettings = WhisperSettings(),
        stable_diffusion: StableDiffusionSettings = StableDiffusionSettings(),
        gpu_sharing: GpuSharing = GpuSharing(),
        network: NetworkSettings = NetworkSettings(),
        backups: BackupSettings = BackupSettings(),
        scheduling: SchedulingSettings = SchedulingSettings(),
    ) -> None:
        """Creates every object of the namespace.

        Args:
            scope: The App.
            id: The chart id; also the folder of its files in ``dist/``.
            namespace: Defaults to ``ai``.
            ollama: Ollama's settings.
            open_webui: Open WebUI's settings.
            whisper: Faster-Whisper's settings.
            stable_diffusion: Stable Diffusion's settings.
            gpu_sharing: Time-slicing and the GPU slice of each GPU app.
            network: Source ranges and egress.
            backups: Recurring backups of the chats.
            scheduling: The namespace's quota and the apps' priorities.

        Raises:
            ValueError: any invalid setting, named with its construct and prop.
        """
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        # The objects of the design are part of homelab-ai, unless the App names its own project.
        _scope.claim_for_project(self, namespace)
        for prefix, settings in (
            ("gpu_sharing", gpu_sharing),
            ("network", network),
            ("backups", backups),
            ("scheduling", scheduling),
        ):
            _typecheck.check_fields(self, prefix, settings)
        _validate.dns_label(self, "namespace", namespace)
        # Cluster-level objects (the Namespace, the GPU config) go to their own folder and Flux
        # layer, applied before the workloads; being outside any namespace, the chart has none.
        self.cluster = Chart(self, "cluster", disable_resource_name_hashes=True)
        _scope.sub_chart(self.cluster, self, "cluster")
        # The App's plan, known to both charts: each would otherwise ask jsii for its App.
        plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, plan)
        ClusterPlan.share(self.cluster, plan)
        self.namespace_object = plain_object(
            self.cluster,
            "Namespace",
            api_version="v1",
            kind="Namespace",
            metadata=ApiObjectMetadata(
                name=namespace,
                labels={
                    **_scope.ownership_labels(self),
                    # Root images (see the waivers) need baseline; restricted is what the rest meets.
                    "pod-security.kubernetes.io/enforce": "baseline",
                    "pod-security.kubernetes.io/warn": "restricted",
                    "pod-security.kubernetes.io/audit": "restricted",
                },
                # Deleting the namespace would delete every claim in it.
                annotations=dict(PRUNE_DISABLED),
            ),
            body={},
        )

        self.default_deny = DefaultDenyIngress(self, "DefaultDeny", restrict_egress=network.restrict_egress)
        self.time_slicing: GpuTimeSlicing | DevicePluginConfig
        if plan.explicit_nodes:
            # Each declared node shares its GPUs its own way: one config key per mode.
            _refuse_single_node_sharing(self, gpu_sharing)
            self.time_slicing = DevicePluginConfig(self.cluster, "TimeSlicing", nodes=plan.nodes)
        else:
            self.time_slicing = GpuTimeSlicing(
                self.cluster,
                "TimeSlicing",
                replicas=gpu_sharing.time_slicing_replicas,
                rename_by_default=gpu_sharing.rename_by_default,
                fail_requests_greater_than_one=gpu_sharing.fail_requests_greater_than_one,
            )
            plan.declare(
                "ConfigMap",
                self.time_slicing.namespace,
                self.time_slicing.name,
                settings={"replicas": "gpu_sharing.time_slicing_replicas"},
            )
        self.gpu_operator_values = GpuOperatorValues(
            self.cluster,
            "GpuOperatorValues",
            time_slicing=self.time_slicing,
            release_name=gpu_sharing.operator_release_name,
            namespace=gpu_sharing.operator_release_namespace,
            metrics=gpu_sharing.metrics,
        )
        self.lb_pool: LbIpPool | None = None
        if network.lb_pool_name is not None:
            if not plan.lb_pools:
                raise _validate.fail(
                    self, "network.lb_pool_name", "needs the pool's ranges: declare ClusterPlan(lb_pools=[AddressRange(...)])"
                )
            self.lb_pool = LbIpPool(self.cluster, "LbIpPool", name=network.lb_pool_name, blocks=plan.lb_pools)
        gpu = gpu_sharing.gpu

        self.priorities = PriorityClasses(self.cluster, "Priorities") if scheduling.priority_classes else None
        interactive = self.priorities.interactive if self.priorities else None
        batch = self.priorities.batch if self.priorities else None
        self.ollama = ollama_app.build(self, ollama, gpu=gpu, priority_class=interactive)
        self.model_pull = (
            OllamaModelPull(self, "ModelPull", ollama=self.ollama, models=ollama.models, priority_class=batch)
            if ollama.models
            else None
        )

        backup = Backup(group=BACKUP_GROUP) if backups.enabled else None
        if backups.enabled:
            LonghornBackupSchedule(self, "Backups", group=BACKUP_GROUP, cron=backups.cron, retain=backups.retain)
        self.open_webui = open_webui_app.build(
            self,
            open_webui,
            ollama_url=self.ollama.url,
            ollama_models=ollama.models,
            backup=backup,
            priority_class=interactive,
        )
        # The URL went into the env above; connecting records the call for the policy and diagram.
        self.open_webui.connect(self.ollama)
        self.whisper = whisper_app.build(self, whisper, gpu=gpu, priority_class=interactive)
        self.stable_diffusion = stable_diffusion_app.build(self, stable_diffusion, gpu=gpu, priority_class=interactive)

        self.volumes = {
            volume.name: volume
            for workload in (self.ollama, self.open_webui, self.whisper, self.stable_diffusion)
            for volume in workload.volumes
            if isinstance(volume, LonghornVolume)
        }
        fronts = (
            ("OpenWebUiService", "open-webui", open_webui.address, self.open_webui, "Chat with LLMs"),
            ("StableDiffusionService", "stable-diffusion", stable_diffusion.address, self.stable_diffusion, "Generate images"),
            ("FasterWhisperService", "faster-whisper", whisper.address, self.whisper, "Transcribe audio (API)"),
        )
        # An app whose address is None has no LoadBalancer Service (it is reached through an HttpsRoute).
        self.services = {
            name: LoadBalancedApp(
                self,
                construct_id,
                name=name,
                address=address,
                backend=workload.backend,
                source_ranges=network.source_ranges,
                description=description,
            )
            for construct_id, name, address, workload, description in fronts
            if address is not None
        }
        if open_webui.public_url is not None and open_webui.address is not None:
            plan.register_note(
                f"Open WebUI also answers in clear at http://{open_webui.address}, where a password typed at its login page "
                "crosses the LAN unencrypted: set OpenWebUiSettings(address=None) to serve it at its public_url only"
            )
        if open_webui.image_generation:
            self._wire_image_generation(stable_diffusion)
        self.gpu_checks: tuple[GpuCheck, ...] = ()
        if gpu_sharing.checks:
            # The design's concurrency test is the verify chart's gpu-concurrency check (the three
            # apps working at once): a CronJob asking for every slice could never run beside them.
            self.gpu_checks = (GpuCheck(self, "GpuSmokeTest", name="gpu-smoke-test", slices=1, gpu=gpu, priority_class=batch),)
        # Every GPU request of the chart comes from one setting: messages name it.
        gpu_setting = {"gpu.resource": "gpu_sharing.gpu.resource", "gpu.count": "gpu_sharing.gpu.count"}
        for workload in (self.ollama, self.whisper, self.stable_diffusion):
            plan.declare(workload.kind.value, workload.namespace, workload.name, settings=gpu_setting)
        for check in self.gpu_checks:
            plan.declare("CronJob", self.namespace_object.name, check.name, settings=gpu_setting)
        self.quota: NamespaceQuota | None = None
        if scheduling.quota:
            # GPU requests are capped at what the nodes advertise for the resources the apps use.
            supply: dict[str, int] = {}
            for node in plan.nodes if plan.explicit_nodes else ():
                for resource, count in node.resources().items():
                    supply[resource] = supply.get(resource, 0) + count
            if isinstance(self.time_slicing, GpuTimeSlicing):
                supply[self.time_slicing.resource] = self.time_slicing.replicas * plan.gpus
            self.quota = NamespaceQuota(self, "Quota", gpu_supply=supply)

    def flux_layers(self, settings: FluxSettings) -> list[FluxLayer]:
        """The chart's two Flux layers: the cluster-level config, then the namespace.

        The time-slicing config and the operator's values come first (after the GPU operator);
        the workloads follow, after Longhorn (their volumes) and Cilium (their addresses).
        """
        cluster_needs = [settings.gpu_operator] + ([settings.cilium] if self.lb_pool is not None else [])
        workloads_need = [folder_of(self.cluster), settings.longhorn, settings.cilium]
        return [
            FluxLayer(chart=self.cluster, depends_on=tuple(name for name in cluster_needs if name is not None)),
            FluxLayer(chart=self, depends_on=tuple(name for name in workloads_need if name is not None)),
        ]

    def _wire_image_generation(self, stable_diffusion: StableDiffusionSettings) -> None:
        # Open WebUI takes A1111's API auth as "user:password"; Kubernetes expands $(VAR) in env
        # values from variables defined before them, here read from the Stable Diffusion secret.
        via = self.services.get("stable-diffusion")
        if via is None and self.stable_diffusion.service is None:
            # No LoadBalancer in front of Stable Diffusion: Open WebUI calls it in the cluster.
            self.stable_diffusion.add_cluster_service()
        url = self.open_webui.connect(self.stable_diffusion, via=via)
        for key in stable_diffusion_app.AUTH_KEYS:
            self.open_webui.add_secret_env(SecretEnv(name=f"SD_{key}", secret=stable_diffusion.secret_name, key=key))
        self.open_webui.add_env("ENABLE_IMAGE_GENERATION", "true")
        self.open_webui.add_env("IMAGE_GENERATION_ENGINE", "automatic1111")
        self.open_webui.add_env("AUTOMATIC1111_BASE_URL", url)
        self.open_webui.add_env("AUTOMATIC1111_API_AUTH", "$(SD_WEBUI_AUTH_USER):$(SD_WEBUI_AUTH_PASS)")


def _refuse_single_node_sharing(chart: Construct, sharing: GpuSharing) -> None:
    """With GPU nodes declared, sharing is each node's: the single-node settings would be ignored."""
    default = GpuSharing()
    for prop in ("time_slicing_replicas", "rename_by_default", "fail_requests_greater_than_one"):
        if getattr(sharing, prop) != getattr(default, prop):
            raise _validate.fail(
                chart,
                f"gpu_sharing.{prop}",
                "is set, but the plan declares its GPU nodes: set the sharing on each GpuNode (TimeSlicing, Mps, Mig)",
            )
