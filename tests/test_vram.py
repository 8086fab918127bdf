from __future__ import annotations

from typing import Any

import pytest
from cdk8s import App, Chart

from homelab_ai import AiNamespaceChart, ClusterPlan, OllamaSettings, WhisperSettings
from homelab_ai.docs import render_docs
from homelab_ai.vram import WHISPER_IDLE_GB, Vram, check_vram, ollama_vram, whisper_vram


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


def test_a_vram_figure_holds_nothing_idle_unless_told() -> None:
    assert Vram(min_gb=4, max_gb=6, basis="x").idle_gb == 0


@pytest.mark.parametrize(
    "vram",
    [
        Vram(min_gb=4, max_gb=6, basis="x"),
        Vram(min_gb=4, max_gb=6, basis="x", idle_gb=4),
        Vram(min_gb=4.5, max_gb=4.5, basis="x", idle_gb=0.5),
    ],
)
def test_check_vram_accepts_idle_up_to_the_light_end(vram: Vram) -> None:
    assert check_vram(Chart(App(), "test"), "vram", vram) is vram


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"idle_gb": -1},
            "test: vram.idle_gb -1 is not allowed: use the GB the app keeps on the card while idle (its CUDA context, "
            "or its model when it keeps it loaded), or 0",
        ),
        (
            {"idle_gb": 5},
            "test: vram.idle_gb 5 is above min_gb 4: an idle app holds at most what it uses when active; lower idle_gb",
        ),
        ({"max_gb": 3}, "test: vram.max_gb 3 is below min_gb 4: use a max_gb of at least min_gb"),
        ({"min_gb": 0}, "test: vram.min_gb 0 is not allowed: use the GB the app uses when active, a number above 0"),
        ({"idle_gb": True}, "test: vram.idle_gb True is not a number: use GB as a number such as 4.5"),
        ({"min_gb": "4"}, "test: vram.min_gb '4' is not a number: use GB as a number such as 4.5"),
        ({"max_gb": float("inf")}, "test: vram.max_gb inf is not a number: use GB as a number such as 4.5"),
    ],
)
def test_check_vram_refuses_figures_out_of_order_or_not_numbers(fields: dict[str, Any], message: str) -> None:
    vram = Vram(**{"min_gb": 4, "max_gb": 6, "basis": "x", **fields})
    with pytest.raises(ValueError) as error:
        check_vram(Chart(App(), "test"), "vram", vram)
    assert str(error.value) == message


def test_check_vram_refuses_what_is_not_a_vram() -> None:
    with pytest.raises(ValueError) as error:
        check_vram(Chart(App(), "test"), "ollama.vram", (9, 11))  # type: ignore[arg-type]
    assert str(error.value) == "test: ollama.vram (9, 11) is not a Vram: use Vram(min_gb=..., max_gb=..., basis=...)"


def _declared_vram(**settings: Any) -> dict[str, Vram | None]:
    """The VRAM figure each GPU app of the design chart declares, by name."""
    app = App()
    AiNamespaceChart(app, "ai", **settings)
    plan = ClusterPlan.of(app)
    return {owner.id.name: plan.facts(owner.id).vram for owner in plan.gpu_owners()}


@pytest.mark.parametrize(("keep_alive", "idle"), [("-1", 9), ("30m", 0), ("0", 0), ("24h", 0)])
def test_ollama_holds_its_model_idle_only_when_it_never_unloads(keep_alive: str, idle: float) -> None:
    vram = _declared_vram(ollama=OllamaSettings(keep_alive=keep_alive))["ollama"]
    assert vram is not None
    assert (vram.idle_gb, vram.min_gb, vram.max_gb) == (idle, 9, 11)


def test_ollama_s_own_vram_figure_is_kept_as_given() -> None:
    given = Vram(min_gb=6, max_gb=8, basis="measured", idle_gb=1)
    assert _declared_vram(ollama=OllamaSettings(keep_alive="-1", vram=given))["ollama"] == given


def test_stable_diffusion_idle_keeps_its_cuda_context_and_last_module() -> None:
    vram = _declared_vram()["stable-diffusion"]
    assert vram is not None
    # A process that touched CUDA keeps its context (0.3 GB at the least, pytorch/pytorch#107667),
    # and --medvram-sdxl leaves the last module used, the VAE (0.17 GB in fp16), on the card.
    assert vram.idle_gb >= 0.3 + 0.17
    assert "CUDA context" in vram.idle_basis


@pytest.mark.parametrize(("idle_timeout_seconds", "idle"), [(0, 4.5), (300, WHISPER_IDLE_GB)])
def test_whisper_holds_its_model_idle_only_when_it_never_unloads(idle_timeout_seconds: int, idle: float) -> None:
    vram = _declared_vram(whisper=WhisperSettings(idle_timeout_seconds=idle_timeout_seconds))["faster-whisper"]
    assert vram is not None
    assert vram.idle_gb == idle


def _gpu_doc(**settings: Any) -> str:
    app = App()
    AiNamespaceChart(app, "ai", **settings)
    plan = ClusterPlan.of(app)
    return render_docs(plan, plan.inventory())["gpu.md"]


def _pattern(active: list[str], figures: dict[str, Vram | None]) -> str:
    """The usage-pattern cell for ``active`` apps, the others idle, from the declared figures."""
    vrams = {name: vram for name, vram in figures.items() if vram is not None}
    idle = sum(v.idle_gb for name, v in vrams.items() if name not in active)
    low = round(sum(vrams[name].min_gb for name in active) + idle, 1)
    high = round(sum(vrams[name].max_gb for name in active) + idle, 1)
    return f"| {' + '.join(active)} | {low:g} GB |" if low == high else f"| {' + '.join(active)} | {low:g}-{high:g} GB |"


def test_docs_show_the_idle_figure_and_add_it_to_the_other_apps_patterns() -> None:
    gpu = _gpu_doc(ollama=OllamaSettings(keep_alive="-1"))
    figures = _declared_vram(ollama=OllamaSettings(keep_alive="-1"))
    assert "| ollama | 9 GB | 9-11 GB | Ollama Q4 model of 13B parameters; idle: keeps the model loaded |" in gpu
    assert "| faster-whisper | 0.5 GB | 4.5 GB | faster-whisper large-v3 in float16; idle: the CUDA context" in gpu
    for active in (["faster-whisper"], ["stable-diffusion"], ["ollama", "faster-whisper", "stable-diffusion"]):
        assert _pattern(active, figures) in gpu
    # Whisper 4.5 active beside Ollama holding its 9 GB model and Stable Diffusion idle at 1.5 GB.
    assert "| faster-whisper | 15 GB | Fits |" in gpu


def test_usage_patterns_count_the_cuda_context_whisper_keeps_after_unloading() -> None:
    # The design's settings: Whisper unloads after 5 minutes, Ollama after 30; Whisper's process
    # lives on with its CUDA context, Ollama's runner exits.
    figures = _declared_vram()
    whisper, ollama = figures["faster-whisper"], figures["ollama"]
    assert whisper is not None and ollama is not None
    assert whisper.idle_gb == WHISPER_IDLE_GB > 0
    assert ollama.idle_gb == 0 and "runner process exits" in ollama.idle_basis
    gpu = _gpu_doc()
    ollama_alone = _pattern(["ollama"], figures)
    stable_diffusion = figures["stable-diffusion"]
    assert stable_diffusion is not None
    idle = WHISPER_IDLE_GB + stable_diffusion.idle_gb
    assert ollama_alone == f"| ollama | {9 + idle:g}-{11 + idle:g} GB |"
    assert ollama_alone in gpu
    assert _pattern(["ollama", "stable-diffusion"], figures) in gpu
