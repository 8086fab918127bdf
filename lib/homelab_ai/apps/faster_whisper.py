"""Faster-Whisper behind whisper-asr-webservice, the speech-to-text API."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cdk8s import Size
from constructs import Construct

from homelab_ai import _typecheck, _validate, waivers
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.image_contract import Endpoint, ImageContract, Source
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount
from homelab_ai.vram import Vram, check_vram, whisper_vram
from homelab_ai.workload import Gpu, HealthCheck

MODEL_PATH = "/root/.cache/whisper"
_REPO, _TAG = "ahmetoner/whisper-asr-webservice", "v1.9.1"

CONTRACT = ImageContract(
    app="faster-whisper",
    # renovate: datasource=docker
    image="onerahmet/openai-whisper-asr-webservice:v1.9.1-gpu",
    entrypoint=("whisper-asr-webservice",),
    cmd=(),
    args_reach_app=True,
    settings_via="environment (ASR_*, MODEL_IDLE_TIMEOUT); args would be the CLI's --host/--port options",
    port=9000,
    user=0,
    needs_root=False,
    # Uploads above 1 MB spool to /tmp; huggingface_hub keeps a Xet chunk cache under HF_HOME.
    writes=(MODEL_PATH, "/tmp", "/root/.cache/huggingface"),
    data=(MODEL_PATH,),
    endpoints=(
        Endpoint(path="/docs", answers_while_busy=False),
        Endpoint(path="/openapi.json", answers_while_busy=False),
    ),
    sources=(
        Source(
            repository=_REPO,
            ref=_TAG,
            path="Dockerfile.gpu",
            fact="nvidia/cuda:12.6.3-base-ubuntu22.04; ENTRYPOINT whisper-asr-webservice, no CMD; EXPOSE 9000; "
            "no USER (root); WORKDIR /app",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/webservice.py L19-20, L50-141",
            fact="the model loads at import, before uvicorn opens the port; one uvicorn worker; routes /, /asr, "
            "/detect-language and FastAPI's /docs and /openapi.json; no /health or /status",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/webservice.py L55-92",
            fact="`async def asr` calls the synchronous transcribe: the one event loop is blocked for the whole "
            "job, so HTTP probes time out while TCP connects still complete (listen backlog 2048)",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/config.py L12-39",
            fact="ASR_ENGINE defaults to openai_whisper; ASR_MODEL_PATH to ~/.cache/whisper; ASR_QUANTIZATION "
            "to float32 on CUDA; MODEL_IDLE_TIMEOUT 0 (never unload)",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/asr_models/faster_whisper_engine.py L18-42",
            fact="download_root=ASR_MODEL_PATH; after MODEL_IDLE_TIMEOUT the model is released and reloaded on the next request",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/asr_models/asr_model.py L55-76, app/config.py L20, L33",
            fact="release_model drops the model and calls torch.cuda.empty_cache(), a no-op here: torch only asked "
            "torch.cuda.is_available() and never initialised CUDA; the process lives on with CTranslate2's CUDA "
            "context (idle VRAM, see vram.WHISPER_IDLE_GB)",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="poetry.lock L703-704, L814-815",
            fact="ctranslate2 4.4.0 and faster-whisper 1.1.1",
        ),
        Source(
            repository="OpenNMT/CTranslate2",
            ref="v4.4.0",
            path="src/cuda/allocator.cc L21-42, L109-135",
            fact="cudaMallocAsync by default where the card supports memory pools, else a cub caching allocator "
            "that keeps up to 200 MB of freed blocks (CT2_CUDA_ALLOCATOR, CT2_CUDA_CACHING_ALLOCATOR_CONFIG)",
        ),
        Source(
            repository="SYSTRAN/faster-whisper",
            ref="issues #992, #680",
            path="issue threads",
            fact="after deleting a WhisperModel on CUDA, 312 MiB (#992) and 200-300 MB (#680) stay on the card "
            "until the process exits: the CUDA context",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="app/config.py L12-39, app/asr_models/asr_model.py L76, app/webservice.py",
            fact="prints no setting or environment value (only 'Model unloaded due to timeout'); the app has no "
            "credentials of its own (HF_TOKEN is read for whisperx only and never printed)",
        ),
    ),
)


class WhisperQuantization(Enum):
    """faster-whisper compute types; the image defaults to float32 on GPU, twice float16's VRAM."""

    FLOAT16 = "float16"
    INT8 = "int8"
    FLOAT32 = "float32"


@dataclass(frozen=True, kw_only=True)
class WhisperSettings:
    """Faster-Whisper behind whisper-asr-webservice, the speech-to-text API.

    Attributes:
        image: Pinned GPU image.
        address: LB-IPAM address of ``faster-whisper``; ``None`` for no LoadBalancer Service (reach it through an
            ``HttpsRoute`` only).
        models_size_gib: Size of ``whisper-models``.
        model: Whisper model (``ASR_MODEL``).
        quantization: Compute type (``ASR_QUANTIZATION``).
        idle_timeout_seconds: Unload the model after this idle time, freeing VRAM (``MODEL_IDLE_TIMEOUT``);
            0 never unloads it, so the derived VRAM figure holds the model while idle too.
        resources: Requests and limits.
        startup_budget_seconds: Longest start; the model (about 3 GB for large-v3) downloads
            before the port opens.
        vram: Overrides the VRAM figure derived from model and quantization (required for a
            model the library has no figure for).
    """

    image: str = CONTRACT.image
    address: str | None = "10.10.2.27"
    models_size_gib: int = 50
    model: str = "large-v3"
    quantization: WhisperQuantization = WhisperQuantization.FLOAT16
    idle_timeout_seconds: int = 300
    resources: Resources = Resources(
        cpu_request=2, cpu_limit=4, memory_request=Size.gibibytes(8), memory_limit=Size.gibibytes(16)
    )
    startup_budget_seconds: int = 1200
    vram: Vram | None = None


def build(scope: Construct, settings: WhisperSettings, *, gpu: Gpu, priority_class: str | None = None) -> GpuWorkload:
    """Creates ``whisper-models`` and the Faster-Whisper Deployment.

    Raises:
        ValueError: an invalid setting, named ``whisper.<field>``.
    """
    _typecheck.check_fields(scope, "whisper", settings)
    _validate.positive_int(scope, "whisper.models_size_gib", settings.models_size_gib)
    _validate.positive_int(scope, "whisper.idle_timeout_seconds", settings.idle_timeout_seconds, minimum=0)
    # The probes' period: a shorter budget could not hold one startup probe.
    _validate.positive_int(scope, "whisper.startup_budget_seconds", settings.startup_budget_seconds, minimum=10)
    if settings.vram is not None:
        check_vram(scope, "whisper.vram", settings.vram)
    if not isinstance(settings.quantization, WhisperQuantization):
        raise _validate.fail(scope, "whisper.quantization", f"{settings.quantization!r} is not a WhisperQuantization")
    models = LonghornVolume(scope, "WhisperModels", name="whisper-models", size=Size.gibibytes(settings.models_size_gib))
    return GpuWorkload(
        scope,
        "FasterWhisper",
        name=CONTRACT.app,
        priority_class=priority_class,
        image=settings.image,
        port=CONTRACT.port,
        gpu=gpu,
        vram=settings.vram or _vram(scope, settings),
        resources=settings.resources,
        # /docs answers once the model is loaded, but not while a transcription blocks the event
        # loop: after the start, liveness and readiness only check that the port accepts.
        health=HealthCheck(path="/docs", answers_while_busy=False, startup_budget_seconds=settings.startup_budget_seconds),
        waivers=waivers.FASTER_WHISPER,
        env={
            "ASR_ENGINE": "faster_whisper",
            "ASR_MODEL": settings.model,
            "ASR_DEVICE": "cuda",
            "ASR_QUANTIZATION": settings.quantization.value,
            "ASR_MODEL_PATH": MODEL_PATH,
            "MODEL_IDLE_TIMEOUT": str(settings.idle_timeout_seconds),
        },
        mounts=[Mount(path=MODEL_PATH, volume=models)],
    )


def _vram(scope: Construct, settings: WhisperSettings) -> Vram:
    # MODEL_IDLE_TIMEOUT 0 never unloads the model: it holds its VRAM while idle too; otherwise
    # the process still holds its CUDA context.
    vram = whisper_vram(settings.model, settings.quantization.value, unloads=settings.idle_timeout_seconds > 0)
    if vram is None:
        raise _validate.fail(
            scope,
            "whisper.model",
            f"{settings.model!r} has no VRAM figure (known: tiny, base, small, medium, large-v1/v2/v3, turbo): "
            "set WhisperSettings(vram=Vram(...))",
        )
    return vram
