from __future__ import annotations

import pytest

from homelab_ai.vram import ollama_vram, whisper_vram


@pytest.mark.parametrize(
    ("quantization", "gib"),
    [("float16", 4.5), ("int8", 3.0), ("float32", 9.0)],
)
def test_whisper_large_v3_by_quantization(quantization: str, gib: float) -> None:
    vram = whisper_vram("large-v3", quantization)
    assert vram is not None
    assert (vram.min_gb, vram.max_gb) == (gib, gib)


def test_whisper_unknown_model_or_quantization_has_no_figure() -> None:
    assert whisper_vram("huge", "float16") is None
    assert whisper_vram("large-v3", "int4") is None


@pytest.mark.parametrize(
    ("billions", "low", "high"),
    [(3, 5, 7), (8, 5, 7), (13, 9, 11), (14, 9, 11), (27, 17, 20), (32, 17, 20), (70, 40, 48)],
)
def test_ollama_q4_by_model_size(billions: float, low: float, high: float) -> None:
    vram = ollama_vram(billions, 1)
    assert vram is not None
    assert (vram.min_gb, vram.max_gb) == (low, high)


def test_ollama_counts_every_loaded_model_at_the_heavy_end() -> None:
    vram = ollama_vram(13, 2)
    assert vram is not None
    assert (vram.min_gb, vram.max_gb) == (9, 22)
    assert ollama_vram(100, 1) is None
