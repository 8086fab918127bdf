"""VRAM that GPU apps use when active, as data the plan can add up.

Time-slicing shares a GPU's compute, not its memory: every app that is active at once must fit
in the card's VRAM together, beside what the idle ones hold. Figures are ranges, since use
varies with the input; an idle app that unloads its model (``OLLAMA_KEEP_ALIVE``,
``MODEL_IDLE_TIMEOUT``) holds close to nothing, one that keeps it loaded holds its model.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from homelab_ai import _validate
from homelab_ai.gpu_cards import RTX_4000_SFF_ADA, GpuCard

__all__ = [
    "RTX_4000_SFF_ADA",
    "WHISPER_IDLE_GB",
    "GpuCard",
    "Vram",
    "check_vram",
    "ollama_vram",
    "whisper_vram",
]


@dataclass(frozen=True, kw_only=True)
class Vram:
    """VRAM a workload uses while it is active, and what it keeps while idle.

    Attributes:
        min_gb: The light end of active use.
        max_gb: The heavy end; the plan checks fits against it.
        basis: Where the figure comes from, shown in the generated docs.
        idle_gb: VRAM held while the app is idle: a model kept loaded, or the CUDA context a
            process keeps after unloading its model; 0 only when no process of the app holds
            one. The usage patterns add it for every app that is not active.
        idle_basis: Where the idle figure comes from, shown beside ``basis`` in the docs.
    """

    min_gb: float
    max_gb: float
    basis: str
    idle_gb: float = 0
    idle_basis: str = ""


def check_vram(scope: Construct, prop: str, vram: Vram) -> Vram:
    """Checks a VRAM figure: numbers, with ``0 <= idle_gb <= min_gb <= max_gb`` and ``min_gb`` above 0.

    Args:
        scope: The construct the error names.
        prop: The setting as the user wrote it (``vram``, ``ollama.vram``).
        vram: The figure.

    Raises:
        ValueError: not a ``Vram``, a field that is not a finite number, or figures out of order.
    """
    if not isinstance(vram, Vram):
        raise _validate.fail(scope, prop, f"{vram!r} is not a Vram: use Vram(min_gb=..., max_gb=..., basis=...)")
    for name in ("min_gb", "max_gb", "idle_gb"):
        value = getattr(vram, name)
        if not _validate.is_number(value):
            raise _validate.fail(scope, f"{prop}.{name}", f"{value!r} is not a number: use GB as a number such as 4.5")
    if not vram.min_gb > 0:
        raise _validate.fail(
            scope, f"{prop}.min_gb", f"{vram.min_gb:g} is not allowed: use the GB the app uses when active, a number above 0"
        )
    if vram.max_gb < vram.min_gb:
        raise _validate.fail(
            scope, f"{prop}.max_gb", f"{vram.max_gb:g} is below min_gb {vram.min_gb:g}: use a max_gb of at least min_gb"
        )
    if vram.idle_gb < 0:
        raise _validate.fail(
            scope,
            f"{prop}.idle_gb",
            f"{vram.idle_gb:g} is not allowed: use the GB the app keeps on the card while idle (its CUDA context, "
            "or its model when it keeps it loaded), or 0",
        )
    if vram.idle_gb > vram.min_gb:
        raise _validate.fail(
            scope,
            f"{prop}.idle_gb",
            f"{vram.idle_gb:g} is above min_gb {vram.min_gb:g}: an idle app holds at most what it uses when active; "
            "lower idle_gb",
        )
    return vram


# faster-whisper, float16 on the GPU, by model. int8 takes about two thirds of it and
# float32 about twice (CTranslate2 weights plus the decoder's working memory).
_WHISPER_FLOAT16_GIB = {
    "tiny": 1.0,
    "base": 1.0,
    "small": 1.5,
    "medium": 3.0,
    "large-v1": 4.5,
    "large-v2": 4.5,
    "large-v3": 4.5,
    "large": 4.5,
    "large-v3-turbo": 2.5,
    "turbo": 2.5,
}
_WHISPER_FACTOR = {"float16": 1.0, "int8": 2 / 3, "float32": 2.0}

# What whisper-asr-webservice v1.9.1 keeps on the card after MODEL_IDLE_TIMEOUT unloads the
# model. Its release_model (app/asr_models/asr_model.py L68-76) drops the WhisperModel and calls
# torch.cuda.empty_cache(), which frees nothing here: torch never initialised CUDA in this
# process (app/config.py only asks torch.cuda.is_available()), CTranslate2 owns every
# allocation. The process lives on, so its CUDA context stays: about 0.3 GB, as measured after
# deleting a faster-whisper model (SYSTRAN/faster-whisper#992: 312 MiB; #680: 200-300 MB). On
# top, CTranslate2 4.4.0 (the image's poetry.lock) may keep freed blocks: its cub caching
# allocator up to 200 MB (src/cuda/allocator.cc L21-24); the default cudaMallocAsync pool on
# this card returns them at the next synchronisation.
WHISPER_IDLE_GB = 0.5
WHISPER_IDLE_BASIS = (
    "idle: the CUDA context (about 0.3 GB) and up to 0.2 GB CTranslate2 keeps cached stay once "
    "MODEL_IDLE_TIMEOUT unloads the model"
)
# Ollama v0.12.3 idle: the server process only opens a CUDA context to read free memory and
# destroys it at once (discover/gpu_info_nvcuda.c L178-203, L224-238, the library released after
# each look-up in discover/gpu.go L196-214); the model runs in a `ollama runner` subprocess
# (llm/server.go L295, L342), killed when OLLAMA_KEEP_ALIVE unloads it (llm/server.go L1674-1697),
# so its context goes with it.
OLLAMA_IDLE_BASIS = "idle: no CUDA context once the model unloads (the runner process exits)"

# Ollama's default Q4 quantizations, by parameter count (billions): VRAM with a default context.
_OLLAMA_Q4_GIB = [(8, 5.0, 7.0), (14, 9.0, 11.0), (32, 17.0, 20.0), (72, 40.0, 48.0)]

# Idle, A1111 keeps its CUDA context (driver, cuBLAS/cuDNN workspaces and the kernels loaded
# lazily so far: about 0.3 GB bare, pytorch/pytorch#107667 and #20532, up to 1 GB once torch,
# cuDNN and xformers kernels ran) and, with --medvram-sdxl, the module it used last, which
# lowvram.py moves back to the CPU only when another needs the card (v1.10.0 L42-58): after a
# render that is the VAE (about 0.17 GB in fp16, 0.33 GB once A1111 reverted it to fp32).
# 1 GB + 0.33 GB, rounded up for the blocks PyTorch's caching allocator keeps: 1.5 GB.
SDXL_MEDVRAM = Vram(
    min_gb=8,
    max_gb=12,
    idle_gb=1.5,
    basis="SDXL in AUTOMATIC1111 with --medvram-sdxl",
    idle_basis="idle: its CUDA context, 0.3-1 GB (pytorch/pytorch#107667, #20532), and the VAE that --medvram-sdxl "
    "leaves on the card (A1111 v1.10.0 modules/lowvram.py)",
)


def whisper_vram(model: str, quantization: str, *, unloads: bool = True) -> Vram | None:
    """faster-whisper's VRAM for ``model`` at ``quantization``, or ``None`` when unknown.

    Args:
        model: The Whisper model (``ASR_MODEL``).
        quantization: The compute type (``ASR_QUANTIZATION``).
        unloads: Whether ``MODEL_IDLE_TIMEOUT`` unloads the model when idle. Idle, the process
            then still holds its CUDA context; otherwise it holds the model too.
    """
    base = _WHISPER_FLOAT16_GIB.get(model)
    factor = _WHISPER_FACTOR.get(quantization)
    if base is None or factor is None:
        return None
    gib = round(base * factor, 1)
    idle, why = (WHISPER_IDLE_GB, WHISPER_IDLE_BASIS) if unloads else (gib, "idle: keeps the model loaded")
    return Vram(min_gb=gib, max_gb=gib, idle_gb=idle, idle_basis=why, basis=f"faster-whisper {model} in {quantization}")


def ollama_vram(largest_model_billions: float, max_loaded_models: int, *, unloads: bool = True) -> Vram | None:
    """Ollama's VRAM when its largest Q4 model is loaded ``max_loaded_models`` times over, or ``None`` beyond the table.

    Args:
        largest_model_billions: Parameters of the largest model, in billions.
        max_loaded_models: ``OLLAMA_MAX_LOADED_MODELS``.
        unloads: Whether ``OLLAMA_KEEP_ALIVE`` unloads the model when idle. Idle, Ollama then
            holds nothing: the model and its CUDA context live in a runner process that exits.
            Otherwise it holds the model.
    """
    for limit, low, high in _OLLAMA_Q4_GIB:
        if largest_model_billions <= limit:
            loaded = f", up to {max_loaded_models} models loaded" if max_loaded_models > 1 else ""
            idle, why = (0.0, OLLAMA_IDLE_BASIS) if unloads else (low, "idle: keeps the model loaded")
            return Vram(
                min_gb=low,
                max_gb=high * max_loaded_models,
                idle_gb=idle,
                idle_basis=why,
                basis=f"Ollama Q4 model of {largest_model_billions:g}B parameters{loaded}",
            )
    return None
