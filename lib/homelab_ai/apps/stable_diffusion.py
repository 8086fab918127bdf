"""AUTOMATIC1111 Stable Diffusion web UI and API, started directly from the RunPod image's venv."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from cdk8s import Size
from constructs import Construct

from homelab_ai import _typecheck, _validate, waivers
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.image_contract import Endpoint, ImageContract, Source
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount
from homelab_ai.vram import SDXL_MEDVRAM, Vram, check_vram
from homelab_ai.workload import Gpu, HealthCheck, SecretEnv

# sd-data holds everything A1111 keeps (--data-dir): models/, outputs/, extensions/, config.json,
# ui-config.json, styles.csv and cache/; models/ and outputs/ are the design's two sub-paths.
DATA_DIR = "/data"
AUTH_KEYS = ("WEBUI_AUTH_USER", "WEBUI_AUTH_PASS")
_IMAGE_REPO, _IMAGE_TAG = "ashleykleynhans/a1111-docker", "1.10.0.post7"
_BASE_REPO, _BASE_COMMIT = "ashleykleynhans/runpod-base-images", "f0efec86fbb64e2e3c9367cc50155efc692bf32b"
_A1111_REPO, _A1111_TAG = "AUTOMATIC1111/stable-diffusion-webui", "v1.10.0"

# Starts A1111 the way the image's own scripts end up doing, minus everything around it: no
# nginx, Jupyter, code-server, SSH or copy to /workspace. Flags come as the container's args
# ("$@"), where Kubernetes has expanded $(VAR) from the env. A1111 exits cleanly on SIGINT
# only, and the shell would not pass the kubelet's SIGTERM on, so it is forwarded as SIGINT.
LAUNCH_SCRIPT = """cd /stable-diffusion-webui
export VIRTUAL_ENV=/venv PATH="/venv/bin:$PATH"
/venv/bin/python -u launch.py "$@" &
pid=$!
trap 'kill -INT "$pid" 2>/dev/null' TERM INT
wait "$pid"
status=$?
# A trapped signal ends the first wait early; wait again for A1111 itself to exit.
if kill -0 "$pid" 2>/dev/null; then
  wait "$pid"
  status=$?
fi
exit "$status"
"""

CONTRACT = ImageContract(
    app="stable-diffusion",
    # renovate: datasource=docker versioning=loose
    image="runpod/a1111:1.10.0.post7",
    entrypoint=("/opt/nvidia/nvidia_entrypoint.sh",),
    cmd=("/start.sh",),
    launch=("/bin/bash", "-c", LAUNCH_SCRIPT, "a1111"),
    args_reach_app=True,
    settings_via="flags (container args passed to launch.py); auth from env through $(VAR) expansion",
    port=7860,
    user=0,
    needs_root=False,
    writes=(DATA_DIR, "/stable-diffusion-webui", "/root/.cache", "/tmp"),
    data=(f"{DATA_DIR}/models", f"{DATA_DIR}/outputs", DATA_DIR),
    endpoints=(
        Endpoint(path="/internal/ping"),
        Endpoint(path="/info", needs_auth=True),
        Endpoint(path="/sdapi/v1/options", needs_auth=True),
    ),
    sources=(
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
            path="modules/ui.py L1219, modules/api/api.py L274-277",
            fact="/internal/ping is a plain route on the app: neither --api-auth nor --gradio-auth guards it, and it "
            "takes no queue_lock, so it answers while an image renders",
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
            path="modules/initialize_util.py L158-174",
            fact="A1111 exits on SIGINT; gradio turns off uvicorn's own signal handlers",
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
        secret_name: Secret holding ``WEBUI_AUTH_USER`` and ``WEBUI_AUTH_PASS``.
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


# Flags the chart sets itself: given again in extra_args they would contradict it.
_OWN_FLAGS = ("--listen", "--port", "--data-dir", "--ckpt", "--api-auth", "--gradio-auth", "--skip-prepare-environment")


def args(settings: StableDiffusionSettings) -> list[str]:
    """A1111's flags: listen on the port, keep every user file on sd-data, auth from the Secret."""
    # A1111 reads no auth env vars; Kubernetes expands $(VAR) in args from the container env.
    auth = "$(WEBUI_AUTH_USER):$(WEBUI_AUTH_PASS)"
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
        "--api-auth",
        auth,
        "--gradio-auth",
        auth,
    ]


def build(scope: Construct, settings: StableDiffusionSettings, *, gpu: Gpu, priority_class: str | None = None) -> GpuWorkload:
    """Creates ``sd-data`` and the Stable Diffusion Deployment.

    Raises:
        ValueError: an invalid setting, named ``stable_diffusion.<field>``.
    """
    _typecheck.check_fields(scope, "stable_diffusion", settings)
    _check(scope, settings)
    data = LonghornVolume(scope, "SdData", name="sd-data", size=Size.gibibytes(settings.data_size_gib))
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
        # /info sits behind the login once auth is on; /internal/ping does not, and answers mid-render.
        health=HealthCheck(path="/internal/ping", startup_budget_seconds=settings.startup_budget_seconds),
        waivers=waivers.STABLE_DIFFUSION,
        env={"TORCH_CUDNN_BENCHMARK": "1"},
        secret_env=[SecretEnv(name=key, secret=settings.secret_name, key=key) for key in AUTH_KEYS],
        command=settings.launch,
        args=args(settings),
        mounts=[Mount(path=DATA_DIR, volume=data)],
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
            raise _validate.fail(
                scope,
                "stable_diffusion.extra_args",
                f"{flag!r} is set by the chart itself: use StableDiffusionSettings.port, .checkpoint or the secret instead",
            )
