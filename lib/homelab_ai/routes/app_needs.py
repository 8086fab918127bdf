"""What each app of the design needs from a route in front of it, read from its source at the
pinned tag: how long one request may run, and whether it upgrades to WebSockets.

The plan finds the app behind a route from the manifests (route, Service, pods, image), so a
route built by hand is held to the same needs as one built with ``HttpsRoute``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class RouteNeeds:
    """What a route in front of one app must allow.

    Attributes:
        app: The app's name, for messages.
        min_request_seconds: The shortest request timeout that lets its long requests finish.
        websocket: Whether its browser UI upgrades to WebSockets.
        why: What runs that long.
        source: Where that was read, at the pinned tag.
    """

    app: str
    min_request_seconds: int
    websocket: bool
    why: str
    source: str


# By image repository (the image reference without its tag or digest).
NEEDS: dict[str, RouteNeeds] = {
    "ghcr.io/open-webui/open-webui": RouteNeeds(
        app="open-webui",
        min_request_seconds=600,
        websocket=True,
        why="a chat reply streams for as long as the model writes",
        source=(
            "open-webui/open-webui v0.6.32: backend/open_webui/main.py (chat completions streamed as they come); "
            "the UI keeps a socket.io connection at /ws/socket.io (backend/open_webui/socket/main.py)"
        ),
    ),
    "runpod/a1111": RouteNeeds(
        app="stable-diffusion",
        min_request_seconds=600,
        websocket=True,
        why="a render answers only once the whole batch is done",
        source=(
            "AUTOMATIC1111/stable-diffusion-webui v1.10.0: /sdapi/v1/txt2img holds the request for the render; the UI "
            "queues through Gradio 3.41.2 (requirements_versions.txt, webui.py L67-68), whose queue is a WebSocket"
        ),
    ),
    "onerahmet/openai-whisper-asr-webservice": RouteNeeds(
        app="faster-whisper",
        min_request_seconds=900,
        websocket=False,
        why="POST /asr takes the upload and answers only after the whole transcription",
        source="ahmetoner/whisper-asr-webservice v1.9.1: app/webservice.py L55-107",
    ),
    "ollama/ollama": RouteNeeds(
        app="ollama",
        min_request_seconds=600,
        websocket=False,
        why="/api/chat and /api/generate stream for as long as the model writes",
        source="ollama/ollama v0.12.3: server/routes.go",
    ),
}


def repository(image: str) -> str:
    """An image reference without its tag or digest (``ollama/ollama:0.12.3`` -> ``ollama/ollama``)."""
    name = image.split("@", 1)[0]
    slash = name.rfind("/")
    colon = name.rfind(":")
    return name[:colon] if colon > slash else name


def needs_of(image: str) -> RouteNeeds | None:
    """The route needs of the app an image runs, or ``None`` for an image the library does not know."""
    return NEEDS.get(repository(image))
