"""The generated docs carry the design's tables, computed from the chart."""

from __future__ import annotations

import pytest
from cdk8s import App

import main
from homelab_ai import ClusterPlan
from homelab_ai.docs import render_docs


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    app = App()
    main.build(app)
    plan = ClusterPlan.of(app)
    return render_docs(plan, plan.inventory())


def test_totals_reproduce_the_design(docs: dict[str, str]) -> None:
    assert "| CPU | 8.25 cores | 18.5 cores | 12 cores |" in docs["resources.md"]
    # The design's 44.5Gi and 69Gi, with Open WebUI's memory raised by 512Mi and 1Gi (deviation 30).
    assert "| Memory | 45Gi | 70Gi | 96Gi |" in docs["resources.md"]
    assert "| ollama | ai | 2 | 6 | 12Gi | 20Gi | 1 (time-sliced) |" in docs["resources.md"]
    assert "| open-webui | ai | 250m | 500m | 1Gi | 2Gi | None |" in docs["resources.md"]


def test_vram_budget_uses_the_real_card(docs: dict[str, str]) -> None:
    assert "### VRAM budget (20 GB per card)" in docs["gpu.md"]
    assert "| faster-whisper | 0.5 GB | 4.5 GB | faster-whisper large-v3 in float16; idle: the CUDA context" in docs["gpu.md"]
    # Ollama 9-11 and Whisper 4.5 active, Stable Diffusion idle with its CUDA context and VAE: 1.5 GB.
    assert "| ollama + faster-whisper | 15-17 GB | Fits |" in docs["gpu.md"]
    assert "| ollama + faster-whisper + stable-diffusion | 21.5-27.5 GB | Does not fit |" in docs["gpu.md"]
    assert "| `nvidia.com/gpu` | 4 advertised, 3 requested, spare 1 |" in docs["gpu.md"]
    # The picture: each app's heavy end against the card.
    assert "  bar [11, 4.5, 12]\n  line [20, 20, 20]" in docs["gpu.md"]


def test_access_points_include_the_reserved_address(docs: dict[str, str]) -> None:
    network = docs["network.md"]
    assert "| open-webui | ai | 10.10.2.25 | http://10.10.2.25 | 80 → 8080 | Chat with LLMs |" in network
    assert "| emby | media | 10.10.2.30 |  |  | Reserved outside these charts. Emby media server |" in network
    assert network.index("10.10.2.27") < network.index("10.10.2.30")
    assert "| ollama | ai | ClusterIP | http://ollama:11434 | 11434 |" in network


def test_diagram_is_mermaid_with_every_piece(docs: dict[str, str]) -> None:
    diagram = docs["diagram.md"]
    assert "```mermaid\nflowchart LR" in diagram
    for piece in ("open-webui<br/>10.10.2.25:80", "StatefulSet ollama", "sd-data<br/>150Gi", "4 slices of nvidia.com/gpu"):
        assert piece in diagram
    assert "wl_ai_open_webui -->|http://ollama:11434| wl_ai_ollama" in diagram
    assert diagram.count("-. 1 slice .-> gpu") == 3
