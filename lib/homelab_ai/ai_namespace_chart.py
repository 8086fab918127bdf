"""The approved design of the ``ai`` namespace, as one chart with typed settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from cdk8s import Chart, Size
from cdk8s_plus_28 import k8s
from constructs import Construct

from homelab_ai import _scope, _validate, waivers
from homelab_ai.cilium_pool import LbIpPool
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.flux import FluxLayer, FluxSettings, folder_of
from homelab_ai.gpu_operator import GpuOperatorValues
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.jobs import GpuCheck, OllamaModelPull
from homelab_ai.load_balanced_app import LoadBalancedApp
from homelab_ai.longhorn_backup import Backup, LonghornBackupSchedule
from homelab_ai.longhorn_volume import PRUNE_DISABLED, LonghornVolume
from homelab_ai.network_policies import DefaultDenyIngress
from homelab_ai.resources import Resources
from homelab_ai.time_slicing import GpuTimeSlicing
from homelab_ai.vram import SDXL_MEDVRAM, Vram, ollama_vram, whisper_vram
from homelab_ai.workload import Gpu, HealthCheck, Mount, RunAs, SecretEnv, Workload, WorkloadKind

# Ollama's home as a non-root user: keys in $HOME/.ollama, models in $HOME/.ollama/models,
# the same layout as the design's /root/.ollama, on the ollama-models volume.
OLLAMA_HOME = "/home/ollama"
BACKUP_GROUP = "homelab-ai-backup"


class WhisperQuantization(Enum):
    """faster-whisper compute types; the image defaults to float32 on GPU, twice float16's VRAM."""

    FLOAT16 = "float16"
    INT8 = "int8"
    FLOAT32 = "float32"


@dataclass(frozen=True, kw_only=True)
class OllamaSettings:
    """Ollama, the LLM backend: a StatefulSet behind the ClusterIP Service ``ollama``.

    Attributes:
        image: Pinned image.
        models_size_gib: Size of ``ollama-models``.
        resources: Requests and limits.
        num_parallel: Requests served at once per model (``OLLAMA_NUM_PARALLEL``).
        max_loaded_models: Models kept in VRAM at once (``OLLAMA_MAX_LOADED_MODELS``).
        keep_alive: How long an idle model stays loaded (``OLLAMA_KEEP_ALIVE``), which frees
            VRAM for the other GPU apps.
        flash_attention: ``OLLAMA_FLASH_ATTENTION``.
        startup_budget_seconds: Longest start; Ollama loads no model at start.
        largest_model_billions: Parameters (in billions) of the largest model you will run,
            Q4-quantized; the VRAM budget is derived from it (the design: 13B).
        vram: Overrides the derived VRAM figure.
        models: Models a Job pulls once Ollama answers (the design: ``llama3.2``); empty
            leaves the Job out.
    """

    image: str = "ollama/ollama:0.12.3"
    models_size_gib: int = 100
    resources: Resources = Resources(
        cpu_request=2, cpu_limit=6, memory_request=Size.gibibytes(12), memory_limit=Size.gibibytes(20)
    )
    num_parallel: int = 2
    max_loaded_models: int = 1
    keep_alive: str = "30m"
    flash_attention: bool = True
    startup_budget_seconds: int = 300
    largest_model_billions: float = 13
    vram: Vram | None = None
    models: tuple[str, ...] = ("llama3.2",)


@dataclass(frozen=True, kw_only=True)
class OpenWebUiSettings:
    """Open WebUI, the chat interface, CPU only.

    Attributes:
        image: Pinned image.
        address: LB-IPAM address of ``open-webui``.
        data_size_gib: Size of ``open-webui-data`` (users, chats, settings).
        resources: Requests and limits.
        secret_name: Secret holding ``WEBUI_SECRET_KEY``; without it every new pod logs everyone out.
        startup_budget_seconds: Longest start; the first start downloads its embedding model.
        image_generation: Wire Open WebUI to Stable Diffusion (``AUTOMATIC1111_BASE_URL`` and its
            auth from the Stable Diffusion secret). Off by default, as designed.
    """

    image: str = "ghcr.io/open-webui/open-webui:v0.6.32"
    address: str = "10.10.2.25"
    data_size_gib: int = 10
    resources: Resources = Resources(
        cpu_request=0.25, cpu_limit=0.5, memory_request=Size.mebibytes(512), memory_limit=Size.gibibytes(1)
    )
    secret_name: str = "open-webui-secrets"
    startup_budget_seconds: int = 600
    image_generation: bool = False


@dataclass(frozen=True, kw_only=True)
class WhisperSettings:
    """Faster-Whisper behind whisper-asr-webservice, the speech-to-text API.

    Attributes:
        image: Pinned GPU image.
        address: LB-IPAM address of ``faster-whisper``.
        models_size_gib: Size of ``whisper-models``.
        model: Whisper model (``ASR_MODEL``).
        quantization: Compute type (``ASR_QUANTIZATION``).
        idle_timeout_seconds: Unload the model after this idle time, freeing VRAM (``MODEL_IDLE_TIMEOUT``).
        resources: Requests and limits.
        startup_budget_seconds: Longest start; the model (about 3 GB for large-v3) downloads
            before the port opens.
        vram: Overrides the VRAM figure derived from model and quantization (required for a
            model the library has no figure for).
    """

    image: str = "onerahmet/openai-whisper-asr-webservice:v1.9.1-gpu"
    address: str = "10.10.2.27"
    models_size_gib: int = 50
    model: str = "large-v3"
    quantization: WhisperQuantization = WhisperQuantization.FLOAT16
    idle_timeout_seconds: int = 300
    resources: Resources = Resources(
        cpu_request=2, cpu_limit=4, memory_request=Size.gibibytes(8), memory_limit=Size.gibibytes(16)
    )
    startup_budget_seconds: int = 1200
    vram: Vram | None = None


@dataclass(frozen=True, kw_only=True)
class StableDiffusionSettings:
    """AUTOMATIC1111 Stable Diffusion web UI and API.

    Attributes:
        image: Pinned image; check on first deploy that it honours container args and listens
            on ``port`` (some RunPod images put nginx in front and hard-code flags).
        address: LB-IPAM address of ``stable-diffusion``.
        port: The port A1111 listens on (``--port``).
        data_size_gib: Size of ``sd-data`` (checkpoints, LoRAs, outputs).
        extra_args: Flags besides ``--listen``, ``--port`` and the auth flags.
        command: Replaces the image's entrypoint, for an image whose entrypoint ignores
            container args; defaults to the image's own.
        resources: Requests and limits.
        secret_name: Secret holding ``WEBUI_AUTH_USER`` and ``WEBUI_AUTH_PASS``.
        startup_budget_seconds: Longest start.
        vram: VRAM when generating; the default assumes SDXL with ``--medvram-sdxl``.
    """

    image: str = "runpod/a1111:1.10.0.post7"
    address: str = "10.10.2.26"
    port: int = 7860
    data_size_gib: int = 150
    extra_args: tuple[str, ...] = ("--api", "--xformers", "--medvram-sdxl")
    command: tuple[str, ...] = ()
    resources: Resources = Resources(
        cpu_request=4, cpu_limit=8, memory_request=Size.gibibytes(24), memory_limit=Size.gibibytes(32)
    )
    secret_name: str = "stable-diffusion-secrets"
    startup_budget_seconds: int = 1800
    vram: Vram = SDXL_MEDVRAM


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
        checks: Emit the suspended GPU checks (``gpu-smoke-test``, ``gpu-concurrency-test``).
        rename_by_default: Advertise the slices as ``nvidia.com/gpu.shared`` (then request that
            resource in ``gpu``).
        fail_requests_greater_than_one: Refuse pods that ask for more than one slice.
        operator_release_namespace: Namespace of the GPU operator's HelmRelease, where its
            values ConfigMap must live.
    """

    time_slicing_replicas: int = 4
    gpu: Gpu = field(default_factory=Gpu)
    checks: bool = True
    rename_by_default: bool = False
    fail_requests_greater_than_one: bool = False
    operator_release_namespace: str = "gpu-operator"


class AiNamespaceChart(Chart):
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
        services: The three LoadBalancer Services by name.
        cluster: The nested chart of cluster-level objects (its own dist/ folder and Flux layer).
        time_slicing: The time-slicing ConfigMap.
        gpu_operator_values: The GPU operator's Helm values that apply it.
        lb_pool: The Cilium pool, when emitted.
        model_pull: The Job pulling Ollama's models, when there are models.
        gpu_checks: The suspended GPU smoke and concurrency checks.
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

        Raises:
            ValueError: any invalid setting, named with its construct and prop.
        """
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        _validate.dns_label(self, "namespace", namespace)
        _check_settings(self, ollama, open_webui, whisper, stable_diffusion)
        # Cluster-level objects (the Namespace, the GPU config) go to their own folder and Flux
        # layer, applied before the workloads; being outside any namespace, the chart has none.
        self.cluster = Chart(self, "cluster", disable_resource_name_hashes=True)
        self.namespace_object = k8s.KubeNamespace(
            self.cluster,
            "Namespace",
            metadata=k8s.ObjectMeta(
                name=namespace,
                labels={
                    **_scope.ownership_labels(),
                    # Root images (see the waivers) need baseline; restricted is what the rest meets.
                    "pod-security.kubernetes.io/enforce": "baseline",
                    "pod-security.kubernetes.io/warn": "restricted",
                    "pod-security.kubernetes.io/audit": "restricted",
                },
                # Deleting the namespace would delete every claim in it.
                annotations=dict(PRUNE_DISABLED),
            ),
        )
        ClusterPlan.of(self).register_name(self, "Namespace", "", namespace)

        self.default_deny = DefaultDenyIngress(self, "DefaultDeny", restrict_egress=network.restrict_egress)
        self.time_slicing = GpuTimeSlicing(
            self.cluster,
            "TimeSlicing",
            replicas=gpu_sharing.time_slicing_replicas,
            rename_by_default=gpu_sharing.rename_by_default,
            fail_requests_greater_than_one=gpu_sharing.fail_requests_greater_than_one,
        )
        self.gpu_operator_values = GpuOperatorValues(
            self.cluster,
            "GpuOperatorValues",
            time_slicing=self.time_slicing,
            namespace=gpu_sharing.operator_release_namespace,
        )
        plan = ClusterPlan.of(self)
        self.lb_pool: LbIpPool | None = None
        if network.lb_pool_name is not None:
            if not plan.lb_pools:
                raise _validate.fail(
                    self, "network.lb_pool_name", "needs the pool's ranges: declare ClusterPlan(lb_pools=[AddressRange(...)])"
                )
            self.lb_pool = LbIpPool(self.cluster, "LbIpPool", name=network.lb_pool_name, blocks=plan.lb_pools)
        gpu = gpu_sharing.gpu

        ollama_models = LonghornVolume(self, "OllamaModels", name="ollama-models", size=Size.gibibytes(ollama.models_size_gib))
        self.ollama = GpuWorkload(
            self,
            "Ollama",
            name="ollama",
            image=ollama.image,
            port=11434,
            kind=WorkloadKind.STATEFUL_SET,
            gpu=gpu,
            vram=ollama.vram or self._ollama_vram(ollama),
            resources=ollama.resources,
            health=HealthCheck(path="/", startup_budget_seconds=ollama.startup_budget_seconds),
            # Ollama needs no root: its home (keys) and models live on the volume, temp files in /tmp.
            run_as=RunAs(),
            read_only_root_filesystem=True,
            writable_paths=["/tmp"],
            mounts=[Mount(path=f"{OLLAMA_HOME}/.ollama", volume=ollama_models)],
            env={
                "HOME": OLLAMA_HOME,
                "OLLAMA_NUM_PARALLEL": str(ollama.num_parallel),
                "OLLAMA_MAX_LOADED_MODELS": str(ollama.max_loaded_models),
                "OLLAMA_KEEP_ALIVE": ollama.keep_alive,
                "OLLAMA_FLASH_ATTENTION": "1" if ollama.flash_attention else "0",
            },
        )
        self.ollama.add_cluster_service()
        self.model_pull = OllamaModelPull(self, "ModelPull", ollama=self.ollama, models=ollama.models) if ollama.models else None

        open_webui_data = LonghornVolume(
            self,
            "OpenWebUiData",
            name="open-webui-data",
            size=Size.gibibytes(open_webui.data_size_gib),
            backup=Backup(group=BACKUP_GROUP) if backups.enabled else None,
        )
        if backups.enabled:
            LonghornBackupSchedule(self, "Backups", group=BACKUP_GROUP, cron=backups.cron, retain=backups.retain)
        self.open_webui = Workload(
            self,
            "OpenWebUi",
            name="open-webui",
            image=open_webui.image,
            port=8080,
            resources=open_webui.resources,
            health=HealthCheck(path="/health", startup_budget_seconds=open_webui.startup_budget_seconds),
            env={"OLLAMA_BASE_URL": self.ollama.url, "WEBUI_AUTH": "true", "DATA_DIR": "/app/backend/data"},
            mounts=[Mount(path="/app/backend/data", volume=open_webui_data)],
            secret_env=[SecretEnv(name="WEBUI_SECRET_KEY", secret=open_webui.secret_name, key="WEBUI_SECRET_KEY")],
            waivers=waivers.OPEN_WEBUI,
        )
        # The URL went into the env above; connecting records the call for the policy and diagram.
        self.open_webui.connect(self.ollama)

        whisper_models = LonghornVolume(
            self, "WhisperModels", name="whisper-models", size=Size.gibibytes(whisper.models_size_gib)
        )
        whisper_model_path = "/root/.cache/whisper"
        self.whisper = GpuWorkload(
            self,
            "FasterWhisper",
            name="faster-whisper",
            image=whisper.image,
            port=9000,
            gpu=gpu,
            vram=whisper.vram or self._whisper_vram(whisper),
            resources=whisper.resources,
            # No /status or /health route exists; /docs answers once the model is loaded.
            health=HealthCheck(path="/docs", startup_budget_seconds=whisper.startup_budget_seconds),
            waivers=waivers.FASTER_WHISPER,
            env={
                "ASR_ENGINE": "faster_whisper",
                "ASR_MODEL": whisper.model,
                "ASR_DEVICE": "cuda",
                "ASR_QUANTIZATION": whisper.quantization.value,
                "ASR_MODEL_PATH": whisper_model_path,
                "MODEL_IDLE_TIMEOUT": str(whisper.idle_timeout_seconds),
            },
            mounts=[Mount(path=whisper_model_path, volume=whisper_models)],
        )

        sd_data = LonghornVolume(self, "SdData", name="sd-data", size=Size.gibibytes(stable_diffusion.data_size_gib))
        # A1111 reads no auth env vars; Kubernetes expands $(VAR) in args from the container env.
        auth = "$(WEBUI_AUTH_USER):$(WEBUI_AUTH_PASS)"
        self.stable_diffusion = GpuWorkload(
            self,
            "StableDiffusion",
            name="stable-diffusion",
            image=stable_diffusion.image,
            port=stable_diffusion.port,
            gpu=gpu,
            vram=stable_diffusion.vram,
            resources=stable_diffusion.resources,
            # /info sits behind the login once auth is on; /internal/ping does not.
            health=HealthCheck(path="/internal/ping", startup_budget_seconds=stable_diffusion.startup_budget_seconds),
            waivers=waivers.STABLE_DIFFUSION,
            env={"TORCH_CUDNN_BENCHMARK": "1"},
            secret_env=[
                SecretEnv(name=key, secret=stable_diffusion.secret_name, key=key)
                for key in ("WEBUI_AUTH_USER", "WEBUI_AUTH_PASS")
            ],
            args=[
                "--listen",
                "--port",
                str(stable_diffusion.port),
                *stable_diffusion.extra_args,
                "--api-auth",
                auth,
                "--gradio-auth",
                auth,
            ],
            command=stable_diffusion.command,
            mounts=[
                Mount(path="/stable-diffusion-webui/models", volume=sd_data, sub_path="models"),
                Mount(path="/stable-diffusion-webui/outputs", volume=sd_data, sub_path="outputs"),
            ],
        )

        self.volumes = {volume.name: volume for volume in (ollama_models, open_webui_data, whisper_models, sd_data)}
        self.services = {
            service.name: service
            for service in (
                LoadBalancedApp(
                    self,
                    "OpenWebUiService",
                    name="open-webui",
                    address=open_webui.address,
                    backend=self.open_webui.backend,
                    source_ranges=network.source_ranges,
                    description="Chat with LLMs",
                ),
                LoadBalancedApp(
                    self,
                    "StableDiffusionService",
                    name="stable-diffusion",
                    address=stable_diffusion.address,
                    backend=self.stable_diffusion.backend,
                    source_ranges=network.source_ranges,
                    description="Generate images",
                ),
                LoadBalancedApp(
                    self,
                    "FasterWhisperService",
                    name="faster-whisper",
                    address=whisper.address,
                    backend=self.whisper.backend,
                    source_ranges=network.source_ranges,
                    description="Transcribe audio (API)",
                ),
            )
        }
        if open_webui.image_generation:
            self._wire_image_generation(stable_diffusion)
        self.gpu_checks: tuple[GpuCheck, ...] = ()
        if gpu_sharing.checks:
            _, slices = plan.slices()
            self.gpu_checks = (
                GpuCheck(self, "GpuSmokeTest", name="gpu-smoke-test", slices=1, gpu=gpu),
                GpuCheck(self, "GpuConcurrencyTest", name="gpu-concurrency-test", slices=slices, gpu=gpu),
            )

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
        url = self.open_webui.connect(self.stable_diffusion, via=self.services["stable-diffusion"])
        for key in ("WEBUI_AUTH_USER", "WEBUI_AUTH_PASS"):
            self.open_webui.add_secret_env(SecretEnv(name=f"SD_{key}", secret=stable_diffusion.secret_name, key=key))
        self.open_webui.add_env("ENABLE_IMAGE_GENERATION", "true")
        self.open_webui.add_env("IMAGE_GENERATION_ENGINE", "automatic1111")
        self.open_webui.add_env("AUTOMATIC1111_BASE_URL", url)
        self.open_webui.add_env("AUTOMATIC1111_API_AUTH", "$(SD_WEBUI_AUTH_USER):$(SD_WEBUI_AUTH_PASS)")

    def _ollama_vram(self, ollama: OllamaSettings) -> Vram:
        vram = ollama_vram(ollama.largest_model_billions, ollama.max_loaded_models)
        if vram is None:
            raise _validate.fail(
                self,
                "ollama.largest_model_billions",
                f"{ollama.largest_model_billions:g} has no VRAM figure (the table ends at 72B): "
                "set OllamaSettings(vram=Vram(...))",
            )
        return vram

    def _whisper_vram(self, whisper: WhisperSettings) -> Vram:
        vram = whisper_vram(whisper.model, whisper.quantization.value)
        if vram is None:
            raise _validate.fail(
                self,
                "whisper.model",
                f"{whisper.model!r} has no VRAM figure (known: tiny, base, small, medium, large-v1/v2/v3, turbo): "
                "set WhisperSettings(vram=Vram(...))",
            )
        return vram


# Go durations as Ollama reads OLLAMA_KEEP_ALIVE ("30m", "1h30m", "90s"), or seconds, or -1 (forever).
_DURATION = re.compile(r"^(-1|\d+|(\d+(\.\d+)?(ns|us|ms|s|m|h))+)$")
# A parameter count in a model tag: qwen2.5:14b, llama3.1:70b-instruct-q4_0, phi3:3.8b.
_MODEL_SIZE = re.compile(r":(\d+(?:\.\d+)?)b(?:$|[-_])")


def _check_settings(
    chart: Construct,
    ollama: OllamaSettings,
    open_webui: OpenWebUiSettings,
    whisper: WhisperSettings,
    stable_diffusion: StableDiffusionSettings,
) -> None:
    """Checks the settings the constructs cannot: sizes, counts and values that become env."""
    for prop, value, minimum in (
        ("ollama.models_size_gib", ollama.models_size_gib, 1),
        ("ollama.num_parallel", ollama.num_parallel, 1),
        ("ollama.max_loaded_models", ollama.max_loaded_models, 1),
        ("open_webui.data_size_gib", open_webui.data_size_gib, 1),
        ("whisper.models_size_gib", whisper.models_size_gib, 1),
        ("whisper.idle_timeout_seconds", whisper.idle_timeout_seconds, 0),
        ("stable_diffusion.data_size_gib", stable_diffusion.data_size_gib, 1),
    ):
        _validate.positive_int(chart, prop, value, minimum=minimum)
    if not isinstance(ollama.keep_alive, str) or not _DURATION.match(ollama.keep_alive):
        raise _validate.fail(
            chart, "ollama.keep_alive", f"{ollama.keep_alive!r} is not a duration: use for example '30m', '1h' or '-1' (forever)"
        )
    if not isinstance(whisper.quantization, WhisperQuantization):
        raise _validate.fail(chart, "whisper.quantization", f"{whisper.quantization!r} is not a WhisperQuantization")
    for model in ollama.models:
        size = _MODEL_SIZE.search(model) if isinstance(model, str) else None
        if size and float(size.group(1)) > ollama.largest_model_billions:
            raise _validate.fail(
                chart,
                "ollama.models",
                f"{model!r} has {size.group(1)}B parameters, more than largest_model_billions "
                f"{ollama.largest_model_billions:g} that the VRAM budget assumes: raise largest_model_billions or drop the model",
            )
