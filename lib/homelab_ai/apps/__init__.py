"""The design's four apps: each module keeps an app's settings, its image contract and how the
chart builds it, so what the image does and what the chart asks of it sit side by side."""

from homelab_ai.apps import faster_whisper, ollama, open_webui, stable_diffusion
from homelab_ai.image_contract import ImageContract

# Every image the design runs, in the design's order.
CONTRACTS: tuple[ImageContract, ...] = (
    ollama.CONTRACT,
    open_webui.CONTRACT,
    faster_whisper.CONTRACT,
    stable_diffusion.CONTRACT,
)
