"""Ollama, the LLM backend: a StatefulSet behind the ClusterIP Service ``ollama``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cdk8s import Size
from constructs import Construct

from homelab_ai import _typecheck, _validate
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.image_contract import Endpoint, ImageContract, Source
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.resources import Resources
from homelab_ai.volumes import Mount
from homelab_ai.vram import Vram, check_vram, ollama_vram
from homelab_ai.workload import Gpu, HealthCheck, RunAs, WorkloadKind

# Ollama's home as a non-root user: keys in $HOME/.ollama, models in $HOME/.ollama/models,
# the same layout as the design's /root/.ollama, on the ollama-models volume.
HOME = "/home/ollama"
_REPO, _TAG = "ollama/ollama", "v0.12.3"

CONTRACT = ImageContract(
    app="ollama",
    # renovate: datasource=docker
    image="ollama/ollama:0.12.3",
    entrypoint=("/bin/ollama",),
    cmd=("serve",),
    args_reach_app=False,
    settings_via="environment (OLLAMA_*); container args would replace `serve`",
    port=11434,
    user=0,
    needs_root=False,
    writes=(f"{HOME}/.ollama",),
    data=(f"{HOME}/.ollama",),
    endpoints=(Endpoint(path="/"), Endpoint(path="/api/version")),
    sources=(
        Source(
            repository=_REPO,
            ref=_TAG,
            path="Dockerfile (final stage)",
            fact="ubuntu:24.04; ENV OLLAMA_HOST=0.0.0.0:11434; ENTRYPOINT /bin/ollama, CMD serve; no USER (root)",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="cmd/cmd.go (initializeKeypair), envconfig/config.go (Models)",
            fact="writes $HOME/.ollama/id_ed25519 and models under $HOME/.ollama/models; any uid with a writable HOME",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="server/routes.go (GET /, /api/version)",
            fact="inline handlers without locks on net/http goroutines: they answer during a generation, "
            "which runs in a runner subprocess",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="envconfig/config.go",
            fact="OLLAMA_FLASH_ATTENTION is strconv.ParseBool; OLLAMA_KEEP_ALIVE a Go duration or seconds "
            "(unparseable keeps 5m); OLLAMA_NUM_PARALLEL and OLLAMA_MAX_LOADED_MODELS unsigned",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="discover/gpu_info_nvcuda.c L178-203, L224-238; discover/gpu.go L196-214",
            fact="the server opens a CUDA context only to read free memory, destroys it at once and releases the "
            "driver library after each look-up: an idle server holds no context",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="llm/server.go L295, L342, L1674-1697",
            fact="each model runs in an `ollama runner` subprocess, killed when OLLAMA_KEEP_ALIVE unloads the model: "
            "its CUDA context goes with it (idle VRAM 0 unless the keep-alive is -1)",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="server/sched.go L150-222, L719-740",
            fact="with OLLAMA_MAX_LOADED_MODELS reached, a request for another model (an embedding model too) "
            "waits for the loaded one to go idle and unloads it",
        ),
        Source(
            repository=_REPO,
            ref=_TAG,
            path="server/routes.go L1475; envconfig/config.go L263-309",
            fact="logs `server config` with the values of every OLLAMA_* setting and HTTP_PROXY, HTTPS_PROXY, "
            "NO_PROXY at start: none of them may carry a secret",
        ),
    ),
    # envconfig.AsMap at v0.12.3, Linux: what `server config` prints at every start.
    logged_env=(
        *(
            f"OLLAMA_{name}"
            for name in (
                "DEBUG",
                "FLASH_ATTENTION",
                "KV_CACHE_TYPE",
                "GPU_OVERHEAD",
                "HOST",
                "KEEP_ALIVE",
                "LLM_LIBRARY",
                "LOAD_TIMEOUT",
                "MAX_LOADED_MODELS",
                "MAX_QUEUE",
                "MODELS",
                "NOHISTORY",
                "NOPRUNE",
                "NUM_PARALLEL",
                "ORIGINS",
                "SCHED_SPREAD",
                "MULTIUSER_CACHE",
                "CONTEXT_LENGTH",
                "NEW_ENGINE",
                "REMOTES",
                "INTEL_GPU",
            )
        ),
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "NO_PROXY",
        "CUDA_VISIBLE_DEVICES",
        "HIP_VISIBLE_DEVICES",
        "ROCR_VISIBLE_DEVICES",
        "GPU_DEVICE_ORDINAL",
        "HSA_OVERRIDE_GFX_VERSION",
    ),
)


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
            VRAM for the other GPU apps; ``-1`` keeps it loaded for ever, so the derived VRAM
            figure holds the model while idle too.
        flash_attention: ``OLLAMA_FLASH_ATTENTION``.
        startup_budget_seconds: Longest start; Ollama loads no model at start.
        largest_model_billions: Parameters (in billions) of the largest model you will run,
            Q4-quantized; the VRAM budget is derived from it (the design: 13B).
        vram: Overrides the derived VRAM figure (its ``idle_gb`` included).
        models: Models a Job pulls once Ollama answers (the design: ``llama3.2``); empty
            leaves the Job out.
    """

    image: str = CONTRACT.image
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


# Go durations as Ollama reads OLLAMA_KEEP_ALIVE ("30m", "1h30m", "90s"), or seconds, or -1 (forever).
_DURATION = re.compile(r"^(-1|\d+|(\d+(\.\d+)?(ns|us|ms|s|m|h))+)$")
_KEEP_LOADED = "-1"
# A parameter count in a model tag: qwen2.5:14b, llama3.1:70b-instruct-q4_0, phi3:3.8b.
_MODEL_SIZE = re.compile(r":(\d+(?:\.\d+)?)b(?:$|[-_])")


def build(scope: Construct, settings: OllamaSettings, *, gpu: Gpu, priority_class: str | None = None) -> GpuWorkload:
    """Creates ``ollama-models`` and the Ollama StatefulSet with its ClusterIP Service.

    Raises:
        ValueError: an invalid setting, named ``ollama.<field>``.
    """
    _typecheck.check_fields(scope, "ollama", settings)
    _check(scope, settings)
    models = LonghornVolume(scope, "OllamaModels", name="ollama-models", size=Size.gibibytes(settings.models_size_gib))
    ollama = GpuWorkload(
        scope,
        "Ollama",
        name=CONTRACT.app,
        priority_class=priority_class,
        image=settings.image,
        port=CONTRACT.port,
        kind=WorkloadKind.STATEFUL_SET,
        gpu=gpu,
        vram=settings.vram or _vram(scope, settings),
        resources=settings.resources,
        health=HealthCheck(path="/", startup_budget_seconds=settings.startup_budget_seconds),
        # Ollama needs no root: its home (keys) and models live on the volume, temp files in /tmp.
        run_as=RunAs(),
        read_only_root_filesystem=True,
        writable_paths=["/tmp"],
        mounts=[Mount(path=f"{HOME}/.ollama", volume=models)],
        env={
            "HOME": HOME,
            "OLLAMA_NUM_PARALLEL": str(settings.num_parallel),
            "OLLAMA_MAX_LOADED_MODELS": str(settings.max_loaded_models),
            "OLLAMA_KEEP_ALIVE": settings.keep_alive,
            "OLLAMA_FLASH_ATTENTION": "1" if settings.flash_attention else "0",
        },
    )
    ollama.add_cluster_service()
    return ollama


def _vram(scope: Construct, settings: OllamaSettings) -> Vram:
    """The VRAM figure from the largest model; an idle Ollama holds it only when it never unloads."""
    vram = ollama_vram(settings.largest_model_billions, settings.max_loaded_models, unloads=settings.keep_alive != _KEEP_LOADED)
    if vram is None:
        raise _validate.fail(
            scope,
            "ollama.largest_model_billions",
            f"{settings.largest_model_billions:g} has no VRAM figure (the table ends at 72B): set OllamaSettings(vram=Vram(...))",
        )
    return vram


def _check(scope: Construct, settings: OllamaSettings) -> None:
    for prop, value in (
        ("models_size_gib", settings.models_size_gib),
        ("num_parallel", settings.num_parallel),
        ("max_loaded_models", settings.max_loaded_models),
    ):
        _validate.positive_int(scope, f"ollama.{prop}", value)
    # The probes' period: a shorter budget could not hold one startup probe.
    _validate.positive_int(scope, "ollama.startup_budget_seconds", settings.startup_budget_seconds, minimum=10)
    if not settings.largest_model_billions > 0:
        raise _validate.fail(
            scope,
            "ollama.largest_model_billions",
            f"{settings.largest_model_billions:g} is not allowed: use the parameter count in billions, such as 13",
        )
    if settings.vram is not None:
        check_vram(scope, "ollama.vram", settings.vram)
    if not isinstance(settings.keep_alive, str) or not _DURATION.match(settings.keep_alive):
        raise _validate.fail(
            scope,
            "ollama.keep_alive",
            f"{settings.keep_alive!r} is not a duration: use for example '30m', '1h' or '-1' (forever)",
        )
    for model in settings.models:
        size = _MODEL_SIZE.search(model) if isinstance(model, str) else None
        if size and float(size.group(1)) > settings.largest_model_billions:
            raise _validate.fail(
                scope,
                "ollama.models",
                f"{model!r} has {size.group(1)}B parameters, more than largest_model_billions "
                f"{settings.largest_model_billions:g} that the VRAM budget assumes: "
                "raise largest_model_billions or drop the model",
            )
