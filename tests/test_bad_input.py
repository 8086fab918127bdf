"""Every bad input gives one clear error (construct, field, value, fix) and writes nothing.

Each case runs main.main() on an App like main.build's with one mistake, against a dist/ and a
docs/ that hold the previous synth, and asserts the exact message and that both folders are
byte for byte unchanged.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cdk8s import App, Chart, Size

import main
from examples.media_chart import MediaChart
from homelab_ai import (
    AddressRange,
    AiNamespaceChart,
    ClusterPlan,
    EmbeddingEngine,
    FluxChart,
    FluxSettings,
    Gpu,
    GpuSharing,
    LbIpPool,
    LonghornVolume,
    NetworkSettings,
    OllamaSettings,
    OpenWebUiSettings,
    ReservedAddress,
    Resources,
    StableDiffusionSettings,
    Vram,
    WhisperSettings,
)

POOL = "10.10.2.20-10.10.2.40"


def free(*taken_back: str) -> str:
    """The free-address hint when the design's addresses are taken, except ``taken_back``."""
    design = {"10.10.2.25", "10.10.2.26", "10.10.2.27", "10.10.2.30"}
    used = design - set(taken_back)
    addresses = [f"10.10.2.{n}" for n in range(20, 41) if f"10.10.2.{n}" not in used]
    more = len(addresses) - 8
    return f"free addresses in {POOL}: {', '.join(addresses[:8])} and {more} more"


def plan(app: App, **overrides: Any) -> None:
    props: dict[str, Any] = {
        "lb_pools": [AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        "reserved": [ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
        **overrides,
    }
    ClusterPlan(app, **props)


def chart(**settings: Any) -> Callable[[App], None]:
    def build(app: App) -> None:
        plan(app)
        AiNamespaceChart(app, "ai", **settings)

    return build


def sd_resources(cpu: float, memory_gib: int) -> StableDiffusionSettings:
    return StableDiffusionSettings(
        resources=Resources(
            cpu_request=cpu, cpu_limit=cpu, memory_request=Size.gibibytes(memory_gib), memory_limit=Size.gibibytes(memory_gib)
        )
    )


def with_media(address: str) -> Callable[[App], None]:
    def build(app: App) -> None:
        plan(app)
        AiNamespaceChart(app, "ai")
        MediaChart(app, "media", address=address)

    return build


def with_volume(name: str) -> Callable[[App], None]:
    def build(app: App) -> None:
        chart(**{})(app)
        extra = Chart(app, "extra", namespace="ai")
        LonghornVolume(extra, "Models", name=name, size=Size.gibibytes(1))

    return build


def with_flux(**settings: Any) -> Callable[[App], None]:
    def build(app: App) -> None:
        plan(app)
        ai = AiNamespaceChart(app, "ai")
        FluxChart(app, "flux", layers=ai.flux_layers(FluxSettings(**settings)))

    return build


def with_lb_pool(app: App) -> None:
    plan(app)
    ai = AiNamespaceChart(app, "ai", network=NetworkSettings(lb_pool_name="homelab"))
    LbIpPool(ai.cluster, "Narrow", name="narrow", blocks=[AddressRange(start="10.10.2.20", stop="10.10.2.26")])


def bad_pool(app: App) -> None:
    plan(app, lb_pools=[AddressRange(start="10.10.2.40", stop="10.10.2.20")])
    AiNamespaceChart(app, "ai")


CASES: list[tuple[str, Callable[[App], None], str]] = [
    (
        "Ollama embedding model that no Job pulls",
        chart(open_webui=OpenWebUiSettings(embeddings=EmbeddingEngine.OLLAMA, embedding_model="nomic-embed-text")),
        "ai: open_webui.embedding_model 'nomic-embed-text' is not among ollama.models ('llama3.2',), so no Job pulls it "
        "and every embedding would fail: add it to OllamaSettings(models=...) or use EmbeddingEngine.SENTENCE_TRANSFORMERS",
    ),
    (
        "empty embedding model",
        chart(open_webui=OpenWebUiSettings(embedding_model=" ")),
        "ai: open_webui.embedding_model '' is not a model: name the embedding model, such as nomic-embed-text",
    ),
    (
        "malformed address",
        chart(open_webui=OpenWebUiSettings(address="10.10.2")),
        "ai/OpenWebUiService: address '10.10.2' is not an IPv4 address: use dotted form such as '10.10.2.25'",
    ),
    (
        "address outside the pool",
        chart(open_webui=OpenWebUiSettings(address="10.10.3.5")),
        f"ai/OpenWebUiService: address 10.10.3.5 is outside the LB-IPAM pool {POOL}; {free('10.10.2.25')}",
    ),
    (
        "duplicate address",
        chart(stable_diffusion=StableDiffusionSettings(address="10.10.2.25")),
        "ai/StableDiffusionService: address 10.10.2.25 is already taken by ai/OpenWebUiService (sharing needs the same "
        f"lbipam.cilium.io/sharing-key on both services); {free('10.10.2.26')}",
    ),
    (
        "reserved address",
        chart(whisper=WhisperSettings(address="10.10.2.30")),
        f"ai/FasterWhisperService: address 10.10.2.30 is reserved for media/emby (Emby media server); {free('10.10.2.27')}",
    ),
    (
        "clash between two charts",
        with_media("10.10.2.25"),
        "media/EmbyService: address 10.10.2.25 is already taken by ai/OpenWebUiService (sharing needs the same "
        f"lbipam.cilium.io/sharing-key on both services); {free()}",
    ),
    (
        "pool that ends before it starts",
        bad_pool,
        "ClusterPlan: lb_pools 10.10.2.40-10.10.2.20 ends before it starts: put the lower address first",
    ),
    (
        "zero GPUs",
        chart(gpu_sharing=GpuSharing(gpu=Gpu(count=0))),
        "ai/Ollama: gpu.count 0 is not allowed: use a whole number of at least 1",
    ),
    (
        "negative GPUs",
        chart(gpu_sharing=GpuSharing(gpu=Gpu(count=-1))),
        "ai/Ollama: gpu.count -1 is not allowed: use a whole number of at least 1",
    ),
    (
        "more slices than exist",
        chart(gpu_sharing=GpuSharing(time_slicing_replicas=2)),
        "ai/cluster/TimeSlicing: gpu_sharing.time_slicing_replicas 2 on 1 GPU give 2 slices, but 3 are requested "
        "(ai/Ollama 1, ai/FasterWhisper 1, ai/StableDiffusion 1): raise it to 3, add a GPU, or run fewer GPU apps",
    ),
    (
        "resource the time-slicing config does not advertise",
        chart(gpu_sharing=GpuSharing(gpu=Gpu(resource="nvidia.com/gpu.shared"))),
        "\n".join(
            f"ai/{app}: requests nvidia.com/gpu.shared, which the sharing config ai/cluster/TimeSlicing does not advertise: "
            "set gpu_sharing.gpu.resource to 'nvidia.com/gpu'"
            for app in ("Ollama", "FasterWhisper", "StableDiffusion", "GpuSmokeTest")
        ),
    ),
    (
        "workload larger than the card",
        chart(ollama=OllamaSettings(largest_model_billions=70)),
        "ai/Ollama: vram up to 48 GB (Ollama Q4 model of 70B parameters) does not fit the NVIDIA RTX 4000 SFF Ada "
        "Generation (20 GB) even alone: choose a smaller model or quantization",
    ),
    (
        "model without a VRAM figure",
        chart(whisper=WhisperSettings(model="huge")),
        "ai: whisper.model 'huge' has no VRAM figure (known: tiny, base, small, medium, large-v1/v2/v3, turbo): "
        "set WhisperSettings(vram=Vram(...))",
    ),
    (
        "requests above limits",
        chart(
            open_webui=OpenWebUiSettings(
                resources=Resources(
                    cpu_request=1, cpu_limit=0.5, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1)
                )
            )
        ),
        "ai/OpenWebUi: resources.cpu_request 1 is above resources.cpu_limit 500m: a container cannot reserve more than it "
        "may use; lower the request or raise the limit",
    ),
    (
        "negative resources",
        chart(
            open_webui=OpenWebUiSettings(
                resources=Resources(cpu_request=-1, cpu_limit=1, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1))
            )
        ),
        "ai/OpenWebUi: resources.cpu_request -1 is not allowed: use a positive number of cores (for example 0.25 or 2)",
    ),
    (
        "memory requests above the node",
        chart(stable_diffusion=sd_resources(4, 90)),
        "ClusterPlan: node_capacity.memory_gib 96 is below the 111Gi requested (largest: ai/StableDiffusion 90Gi, "
        "ai/Ollama 12Gi, ai/FasterWhisper 8Gi): lower requests (limits may stay above) or declare the node's real allocatable",
    ),
    (
        "cpu requests above the node",
        chart(stable_diffusion=sd_resources(10, 24)),
        "ClusterPlan: node_capacity.cpu_cores 12 is below the 14.25 cores requested (largest: ai/StableDiffusion 10, "
        "ai/Ollama 2, ai/FasterWhisper 2): lower requests (limits may stay above) or declare the node's real allocatable",
    ),
    (
        "bad namespace name",
        chart(namespace="AI"),
        "ai: namespace 'AI' is not a valid DNS-1123 label: use at most 63 lower-case letters, digits and '-', starting "
        "and ending with a letter or digit (for example 'open-webui')",
    ),
    (
        "name used twice",
        with_volume("ollama-models"),
        "extra/Models: name 'ollama-models' is already used by ai/OllamaModels for a PersistentVolumeClaim in namespace ai: "
        "give one of them another name",
    ),
    (
        "bad volume size",
        chart(ollama=OllamaSettings(models_size_gib=0)),
        "ai: ollama.models_size_gib 0 is not allowed: use a whole number of at least 1",
    ),
    (
        "negative volume size",
        chart(whisper=WhisperSettings(models_size_gib=-50)),
        "ai: whisper.models_size_gib -50 is not allowed: use a whole number of at least 1",
    ),
    (
        "keep-alive that is no duration",
        chart(ollama=OllamaSettings(keep_alive="forever please")),
        "ai: ollama.keep_alive 'forever please' is not a duration: use for example '30m', '1h' or '-1' (forever)",
    ),
    (
        "model larger than the VRAM budget assumes",
        chart(ollama=OllamaSettings(models=("llama3.2", "qwen2.5:32b"))),
        "ai: ollama.models 'qwen2.5:32b' has 32B parameters, more than largest_model_billions 13 that the VRAM budget "
        "assumes: raise largest_model_billions or drop the model",
    ),
    (
        "image without a tag",
        chart(ollama=OllamaSettings(image="ollama/ollama")),
        "ai/Ollama: image 'ollama/ollama' has no tag, so it deploys whatever 'latest' is on the day: pin a version "
        "('ollama/ollama:1.2.3') or a digest ('ollama/ollama@sha256:...')",
    ),
    (
        "floating tag",
        chart(open_webui=OpenWebUiSettings(image="ghcr.io/open-webui/open-webui:main")),
        "ai/OpenWebUi: image 'ghcr.io/open-webui/open-webui:main' uses the floating tag 'main', so the same commit deploys "
        "different software over time: pin a version tag or a digest",
    ),
    (
        "port out of range",
        chart(stable_diffusion=StableDiffusionSettings(port=0)),
        "ai/StableDiffusion: port 0 is not a valid port: use an integer from 1 to 65535",
    ),
    (
        "Flux dependency that names nothing",
        with_flux(longhorn=""),
        "flux: layers[ai].depends_on '' names nothing: give a Kustomization name",
    ),
    (
        "model name that cannot be valid",
        chart(ollama=OllamaSettings(models=("Llama 3.2",))),
        "ai/ModelPull: models 'Llama 3.2' is not an Ollama model name: use name[:tag] in lower case, such as 'llama3.2' or "
        "'qwen2.5:14b'",
    ),
    (
        "pool that does not contain the chart's addresses",
        with_lb_pool,
        "ai/cluster/Narrow: blocks 10.10.2.20-10.10.2.26 do not contain ai/FasterWhisperService's address 10.10.2.27, which "
        "Cilium would then never assign: widen the pool or move the service into it",
    ),
    (
        "startup budget shorter than a probe period",
        chart(ollama=OllamaSettings(startup_budget_seconds=5)),
        "ai: ollama.startup_budget_seconds 5 is not allowed: use a whole number of at least 10",
    ),
    (
        "Open WebUI startup budget shorter than a probe period",
        chart(open_webui=OpenWebUiSettings(startup_budget_seconds=9)),
        "ai: open_webui.startup_budget_seconds 9 is not allowed: use a whole number of at least 10",
    ),
    (
        "zero Whisper startup budget",
        chart(whisper=WhisperSettings(startup_budget_seconds=0)),
        "ai: whisper.startup_budget_seconds 0 is not allowed: use a whole number of at least 10",
    ),
    (
        "negative Stable Diffusion startup budget",
        chart(stable_diffusion=StableDiffusionSettings(startup_budget_seconds=-60)),
        "ai: stable_diffusion.startup_budget_seconds -60 is not allowed: use a whole number of at least 10",
    ),
    (
        "Open WebUI secret name that Kubernetes refuses",
        chart(open_webui=OpenWebUiSettings(secret_name="Open WebUI")),
        "ai: open_webui.secret_name 'Open WebUI' is not a valid DNS-1123 subdomain: use at most 253 lower-case letters, "
        "digits, '-' and '.', starting and ending with a letter or digit (for example 'ollama-models')",
    ),
    (
        "Stable Diffusion secret name that Kubernetes refuses",
        chart(stable_diffusion=StableDiffusionSettings(secret_name="sd_secrets")),
        "ai: stable_diffusion.secret_name 'sd_secrets' is not a valid DNS-1123 subdomain: use at most 253 lower-case "
        "letters, digits, '-' and '.', starting and ending with a letter or digit (for example 'ollama-models')",
    ),
    (
        "Stable Diffusion credentials as a flag, which A1111 prints at start",
        chart(stable_diffusion=StableDiffusionSettings(extra_args=("--api", "--api-auth=admin:secret"))),
        "ai: stable_diffusion.extra_args '--api-auth' is set by the chart itself: use "
        "StableDiffusionSettings.port, .checkpoint or the secret instead",
    ),
    (
        "Stable Diffusion never loading its checkpoint, so never ready",
        chart(stable_diffusion=StableDiffusionSettings(extra_args=("--skip-load-model-at-start",))),
        "ai: stable_diffusion.extra_args '--skip-load-model-at-start' keeps the checkpoint unloaded until a render "
        "needs it, and readiness waits for a loaded checkpoint: the pod would never take traffic; drop the flag",
    ),
    (
        "negative model size",
        chart(ollama=OllamaSettings(largest_model_billions=-1)),
        "ai: ollama.largest_model_billions -1 is not allowed: use the parameter count in billions, such as 13",
    ),
    (
        "zero model size",
        chart(ollama=OllamaSettings(largest_model_billions=0)),
        "ai: ollama.largest_model_billions 0 is not allowed: use the parameter count in billions, such as 13",
    ),
    (
        "idle VRAM above active VRAM",
        chart(ollama=OllamaSettings(vram=Vram(min_gb=9, max_gb=11, basis="measured", idle_gb=12))),
        "ai: ollama.vram.idle_gb 12 is above min_gb 9: an idle app holds at most what it uses when active; lower idle_gb",
    ),
    (
        "negative idle VRAM",
        chart(whisper=WhisperSettings(vram=Vram(min_gb=3, max_gb=3, basis="measured", idle_gb=-1))),
        "ai: whisper.vram.idle_gb -1 is not allowed: use the GB the app keeps on the card while idle (its CUDA "
        "context, or its model when it keeps it loaded), or 0",
    ),
    (
        "VRAM range upside down",
        chart(stable_diffusion=StableDiffusionSettings(vram=Vram(min_gb=12, max_gb=8, basis="measured"))),
        "ai: stable_diffusion.vram.max_gb 8 is below min_gb 12: use a max_gb of at least min_gb",
    ),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good_synth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ and docs/ as main.main() leaves them after a good synth, made once for the module."""
    root = tmp_path_factory.mktemp("good")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(main, "ROOT", root)
        patch.delenv("CDK8S_OUTDIR", raising=False)
        assert main.main() == 0
    return root


@pytest.fixture
def previous_synth(good_synth: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project root whose dist/ and docs/ hold a good synth, its own copy for each case."""
    root = tmp_path / "project"
    for name in ("dist", "docs"):
        shutil.copytree(good_synth / name, root / name)
    monkeypatch.setattr(main, "ROOT", root)
    monkeypatch.delenv("CDK8S_OUTDIR", raising=False)
    return root


def test_matrix_has_at_least_twenty_cases() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(("build", "message"), [(build, message) for _, build, message in CASES], ids=[c[0] for c in CASES])
def test_bad_input_gives_one_clear_error_and_writes_nothing(
    previous_synth: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], build: Any, message: str
) -> None:
    before = {name: snapshot(previous_synth / name) for name in ("dist", "docs")}
    assert before["dist"] and before["docs"]
    capsys.readouterr()
    monkeypatch.setattr(main, "build", build)
    assert main.main() == 1
    assert capsys.readouterr().err == f"synth failed, dist/ and docs/ left unchanged:\n{message}\n"
    assert {name: snapshot(previous_synth / name) for name in ("dist", "docs")} == before
    assert sorted(p.name for p in previous_synth.iterdir()) == ["dist", "docs"]
