"""VRAM that GPU apps use when active, as data the plan can add up.

Time-slicing shares a GPU's compute, not its memory: every app that is active at once must fit
in the card's VRAM together. Figures are ranges, since use varies with the input; idle apps
that unload their model (``OLLAMA_KEEP_ALIVE``, ``MODEL_IDLE_TIMEOUT``) hold close to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Vram:
    """VRAM a workload uses while it is active.

    Attributes:
        min_gb: The light end of active use.
        max_gb: The heavy end; the plan checks fits against it.
        basis: Where the figure comes from, shown in the generated docs.
    """

    min_gb: float
    max_gb: float
    basis: str


@dataclass(frozen=True, kw_only=True)
class GpuCard:
    """A physical GPU model.

    Attributes:
        name: The model's name, for docs.
        vram_gb: Its memory.
    """

    name: str
    vram_gb: float


# NVIDIA datasheet: 6,144 CUDA cores, 20 GB GDDR6 ECC, 70 W (the design's 24 GB is wrong).
RTX_4000_SFF_ADA = GpuCard(name="NVIDIA RTX 4000 SFF Ada Generation", vram_gb=20)

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

# Ollama's default Q4 quantizations, by parameter count (billions): VRAM with a default context.
_OLLAMA_Q4_GIB = [(8, 5.0, 7.0), (14, 9.0, 11.0), (32, 17.0, 20.0), (72, 40.0, 48.0)]

SDXL_MEDVRAM = Vram(min_gb=8, max_gb=12, basis="SDXL in AUTOMATIC1111 with --medvram-sdxl")


def whisper_vram(model: str, quantization: str) -> Vram | None:
    """faster-whisper's VRAM for ``model`` at ``quantization``, or ``None`` when unknown."""
    base = _WHISPER_FLOAT16_GIB.get(model)
    factor = _WHISPER_FACTOR.get(quantization)
    if base is None or factor is None:
        return None
    gib = round(base * factor, 1)
    return Vram(min_gb=gib, max_gb=gib, basis=f"faster-whisper {model} in {quantization}")


def ollama_vram(largest_model_billions: float, max_loaded_models: int) -> Vram | None:
    """Ollama's VRAM when its largest Q4 model is loaded ``max_loaded_models`` times over, or ``None`` beyond the table."""
    for limit, low, high in _OLLAMA_Q4_GIB:
        if largest_model_billions <= limit:
            loaded = f", up to {max_loaded_models} models loaded" if max_loaded_models > 1 else ""
            return Vram(
                min_gb=low,
                max_gb=high * max_loaded_models,
                basis=f"Ollama Q4 model of {largest_model_billions:g}B parameters{loaded}",
            )
    return None
