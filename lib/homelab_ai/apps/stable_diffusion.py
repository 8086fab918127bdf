"""AUTOMATIC1111 Stable Diffusion web UI and API, started directly from the RunPod image's venv."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from cdk8s import Size
from constructs import Construct

from homelab_ai import _typecheck, _validate, waivers
from homelab_ai.apps import _a1111_launch
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.image_contract import Endpoint, ImageContract, Source
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount, SecretVolume
from homelab_ai.vram import SDXL_MEDVRAM, Vram, check_vram
from homelab_ai.workload import Gpu, HealthCheck

# sd-data holds everything A1111 keeps (--data-dir): models/, outputs/, extensions/, config.json,
# ui-config.json, styles.csv and cache/; models/ and outputs/ are the design's two sub-paths.
DATA_DIR = "/data"
AUTH_KEYS = _a1111_launch.AUTH_KEYS
_IMAGE_REPO, _IMAGE_TAG = "ashleykleynhans/a1111-docker", "1.10.0.post7"
_BASE_REPO, _BASE_COMMIT = "ashleykleynhans/runpod-base-images", "f0efec86fbb64e2e3c9367cc50155efc692bf32b"
_A1111_REPO, _A1111_TAG = "AUTOMATIC1111/stable-diffusion-webui", "v1.10.0"

# The image's libtcmalloc_minimal (Ubuntu 22.04's libtcmalloc-minimal4, multiarch path), which
# webui.sh would have preloaded; a missing file only makes ld.so print a warning.
TCMALLOC = "/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4"

CONTRACT = ImageContract(
    app="stable-diffusion",
    # renovate: datasource=docker versioning=loose
    image="ashleykza/a1111:1.10.0.post7",
    entrypoint=("/opt/nvidia/nvidia_entrypoint.sh",),
    cmd=("/start.sh",),
    launch=_a1111_launch.COMMAND,
    args_reach_app=True,
    settings_via="flags (container args, passed to launch.py's parser by the launcher); auth from the Secret's "
    "files, set in-process on cmd_opts",
    port=7860,
    user=0,
    needs_root=False,
    writes=(DATA_DIR, _a1111_launch.APP_DIR, "/root/.cache", "/tmp"),
    data=(f"{DATA_DIR}/models", f"{DATA_DIR}/outputs", DATA_DIR),
    endpoints=(
        Endpoint(path="/internal/ping"),
        Endpoint(path=_a1111_launch.READY_PATH),
        Endpoint(path="/info", needs_auth=True),
        Endpoint(path="/sdapi/v1/options", needs_auth=True),
    ),
    sources=(
        Source(
            repository=_IMAGE_REPO,
            ref=_IMAGE_TAG,
            path="docker-bake.hcl L5-7, L41-46",
            fact="published as docker.io/ashleykza/a1111:1.10.0.post7 (REGISTRY_USER ashleykza), built FROM "
            "ashleykza/runpod-base:2.2.3-python3.10-cuda12.1.1-torch2.4.0",
        ),
        Source(
            repository=_IMAGE_REPO,
            ref=_IMAGE_TAG,
            path="Dockerfile L58-83, build/install.sh L6-21",
            fact="A1111 v1.10.0 cloned to /stable-diffusion-webui, its venv at /venv (with xformers 0.0.27.post2); "
            "SDXL base, refiner and VAE in /sd-models; CMD /start.sh; no USER (root)",
        ),
        Source(
            repository=_BASE_REPO,
            ref=_BASE_COMMIT,
            path="scripts/start.sh L270-286",
            fact="/start.sh starts nginx (3000), SSH (22), Jupyter (8888, no password by default), code-server "
            "(7777, --auth none), an uploader (2999) and app manager (8000), then A1111 on 3001: bypassed here",
        ),
        Source(
            repository=_IMAGE_REPO,
            ref=_IMAGE_TAG,
            path="scripts/pre_start.sh L52-110",
            fact="copies /venv and the app to /workspace with rsync or tar as root (needs CHOWN, FOWNER): bypassed here",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/cmd_args.py L17-118, modules/paths_internal.py L30-36",
            fact="--data-dir moves models/, outputs/, extensions/, config.json, styles.csv and cache/; "
            "--skip-prepare-environment skips git clones and pip installs at start; no --opt-split-attention-v2",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/launch_utils.py L463-469, modules/sysinfo.py L13-35, L114, L134-148, modules/ui.py L1231",
            fact="start() prints every flag (shlex.join(sys.argv[1:])); /internal/sysinfo, open without login, shows "
            "sys.argv and whitelisted env vars: credentials never enter argv or env, the launcher sets "
            "cmd_opts.api_auth and gradio_auth in-process after parsing",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/api/api.py L201-205, L222, modules/initialize_util.py L114-139",
            fact="the API and gradio read the credentials from cmd_opts when the app is built; /sdapi/v1/cmd-flags "
            "returns cmd_opts, credentials included, to a logged-in API user only",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/ui.py L1219, modules/api/api.py L274-277",
            fact="/internal/ping is a plain route on the app: neither --api-auth nor --gradio-auth guards it, and it "
            "takes no queue_lock, so it answers while an image renders, and before and even without a checkpoint",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/initialize.py L139-156, modules/sd_models.py L676-719, modules/script_callbacks.py "
            "L246-259, L456-459, modules/scripts.py L487-524",
            fact="the checkpoint loads in a background thread and model_data.sd_model stays None until it has (or "
            "after it failed); /internal/ready is added by a file the launcher writes to scripts/, loaded like "
            "any script, registered with on_app_started; it answers 503 until a checkpoint is loaded",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/sd_models.py L158-165",
            fact="without a checkpoint and without --no-download-sd-model it downloads SD 1.5 at start",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/initialize.py L57, modules/initialize_util.py L158-174, modules/restart.py L14-25",
            fact="A1111 exits with 0 on SIGINT once initialize() set its handler (after importing torch); before "
            "that the launcher's SIGTERM handler exits with 0; a restart from the UI also exits with 0",
        ),
        Source(
            repository=_IMAGE_REPO,
            ref=_IMAGE_TAG,
            path="a1111/webui-user.sh L15",
            fact="the image's own flags add --no-half-vae: dropped, A1111 reverts the VAE to 32-bit floats itself "
            "when SDXL's fp16 VAE yields NaNs (modules/processing.py L625-660, auto_vae_precision on by default in "
            "modules/shared_options.py L210), after which it holds what --no-half-vae would",
        ),
        Source(
            repository=_BASE_REPO,
            ref=_BASE_COMMIT,
            path="build/packages.sh L52-53",
            fact="libgoogle-perftools4 and libtcmalloc-minimal4 are installed; A1111's webui.sh (v1.10.0 L239-282, "
            "L297) preloads tcmalloc, which launch.py alone does not: LD_PRELOAD restores it",
        ),
        Source(
            repository=_IMAGE_REPO,
            ref=_IMAGE_TAG,
            path="build/install.sh L23-33",
            fact="the bundled extensions (ControlNet, ReActor, ADetailer, ...) sit in /stable-diffusion-webui/extensions; "
            "with --data-dir A1111 loads extensions from /data/extensions (modules/paths_internal.py L33): they are "
            "not loaded, install the ones you want there",
        ),
        Source(
            repository=_A1111_REPO,
            ref=_A1111_TAG,
            path="modules/devices.py L101-110",
            fact="cudnn.benchmark is set in code only (for GPUs without autocast); no TORCH_CUDNN_BENCHMARK variable "
            "is read: not set",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True)
class StableDiffusionSettings:
    """AUTOMATIC1111 Stable Diffusion web UI and API.

    Attributes:
        image: Pinned image. Another image needs its own ``launch``.
        address: LB-IPAM address of ``stable-diffusion``; ``None`` for no LoadBalancer Service (reach it through an
            ``HttpsRoute`` only).
        port: The port A1111 listens on (``--port``).
        data_size_gib: Size of ``sd-data`` (checkpoints, LoRAs, outputs, settings).
        checkpoint: The checkpoint loaded at start (``--ckpt``); the image ships SDXL base in
            ``/sd-models``. ``None`` loads what the UI selected last, from ``sd-data/models``.
        extra_args: Flags besides ``--listen``, ``--port``, ``--data-dir``, ``--ckpt`` and the
            auth flags.
        launch: The container command that starts A1111 with the args; defaults to the
            image's venv (see ``CONTRACT``).
        resources: Requests and limits.
        secret_name: Secret holding ``WEBUI_AUTH_USER`` and ``WEBUI_AUTH_PASS``, mounted as files
            the launcher reads (surrounding whitespace is ignored; neither may hold ``:`` or ``,``).
        startup_budget_seconds: Longest start.
        vram: VRAM when generating; the default assumes SDXL with ``--medvram-sdxl``.
    """

    image: str = CONTRACT.image
    address: str | None = "10.10.2.26"
    port: int = CONTRACT.port
    data_size_gib: int = 150
    checkpoint: str | None = "/sd-models/sd_xl_base_1.0.safetensors"
    extra_args: tuple[str, ...] = ("--api", "--xformers", "--medvram-sdxl")
    launch: tuple[str, ...] = CONTRACT.launch
    resources: Resources = Resources(
        cpu_request=4, cpu_limit=8, memory_request=Size.gibibytes(24), memory_limit=Size.gibibytes(32)
    )
    secret_name: str = "stable-diffusion-secrets"
    startup_budget_seconds: int = 1800
    vram: Vram = SDXL_MEDVRAM


# Flags the chart sets itself: given again in extra_args they would contradict it. Credentials
# as flags would be printed at start; the Secret's files carry them.
_OWN_FLAGS = (
    "--listen",
    "--port",
    "--data-dir",
    "--ckpt",
    "--api-auth",
    "--gradio-auth",
    "--gradio-auth-path",
    "--skip-prepare-environment",
)


def args(settings: StableDiffusionSettings) -> list[str]:
    """A1111's flags: listen on the port and keep every user file on sd-data (no credential)."""
    checkpoint = ["--ckpt", settings.checkpoint] if settings.checkpoint else []
    return [
        "--listen",
        "--port",
        str(settings.port),
        "--data-dir",
        DATA_DIR,
        # Nothing is cloned or pip-installed at start: the image ships the environment.
        "--skip-prepare-environment",
        "--no-download-sd-model",
        *checkpoint,
        *settings.extra_args,
    ]


def build(scope: Construct, settings: StableDiffusionSettings, *, gpu: Gpu, priority_class: str | None = None) -> GpuWorkload:
    """Creates ``sd-data`` and the Stable Diffusion Deployment.

    Raises:
        ValueError: an invalid setting, named ``stable_diffusion.<field>``.
    """
    _typecheck.check_fields(scope, "stable_diffusion", settings)
    _check(scope, settings)
    data = LonghornVolume(scope, "SdData", name="sd-data", size=Size.gibibytes(settings.data_size_gib))
    # Only the two keys the launcher reads: the manifest says which (the verify checks read them there).
    auth = SecretVolume(secret=settings.secret_name, default_mode=0o400, keys=AUTH_KEYS)
    return GpuWorkload(
        scope,
        "StableDiffusion",
        name=CONTRACT.app,
        priority_class=priority_class,
        image=settings.image,
        port=settings.port,
        gpu=gpu,
        vram=settings.vram,
        resources=settings.resources,
        # /info sits behind the login once auth is on; /internal/ping does not, and answers mid-render,
        # but also before and without a checkpoint: traffic waits for /internal/ready.
        health=HealthCheck(
            path="/internal/ping",
            readiness_path=_a1111_launch.READY_PATH,
            startup_budget_seconds=settings.startup_budget_seconds,
        ),
        waivers=waivers.STABLE_DIFFUSION,
        env={"LD_PRELOAD": TCMALLOC},
        command=settings.launch,
        args=args(settings),
        mounts=[Mount(path=DATA_DIR, volume=data), Mount(path=_a1111_launch.AUTH_DIR, volume=auth, read_only=True)],
    )


def _check(scope: Construct, settings: StableDiffusionSettings) -> None:
    _validate.positive_int(scope, "stable_diffusion.data_size_gib", settings.data_size_gib)
    # The probes' period: a shorter budget could not hold one startup probe.
    _validate.positive_int(scope, "stable_diffusion.startup_budget_seconds", settings.startup_budget_seconds, minimum=10)
    _validate.dns_subdomain(scope, "stable_diffusion.secret_name", settings.secret_name)
    check_vram(scope, "stable_diffusion.vram", settings.vram)
    if not settings.launch:
        raise _validate.fail(
            scope,
            "stable_diffusion.launch",
            "is empty: the image's own CMD (/start.sh) would start Jupyter, code-server and SSH and ignore the flags; "
            "keep the default or give a command that runs launch.py",
        )
    if settings.checkpoint is not None and (
        not isinstance(settings.checkpoint, str)
        or posixpath.normpath(settings.checkpoint) != settings.checkpoint
        or not settings.checkpoint.startswith("/")
    ):
        raise _validate.fail(
            scope,
            "stable_diffusion.checkpoint",
            f"{settings.checkpoint!r} is not an absolute path: use for example "
            f"'{DATA_DIR}/models/Stable-diffusion/model.safetensors', or None",
        )
    for flag in settings.extra_args:
        name = flag.split("=", 1)[0] if isinstance(flag, str) else flag
        if name in _OWN_FLAGS:
            # Never echo a credential given inline.
            shown = name if name in ("--api-auth", "--gradio-auth") else flag
            raise _validate.fail(
                scope,
                "stable_diffusion.extra_args",
                f"{shown!r} is set by the chart itself: use StableDiffusionSettings.port, .checkpoint or the secret instead",
            )
        if name == "--skip-load-model-at-start":
            raise _validate.fail(
                scope,
                "stable_diffusion.extra_args",
                f"{flag!r} keeps the checkpoint unloaded until a render needs it, and readiness waits for a loaded "
                "checkpoint: the pod would never take traffic; drop the flag",
            )
