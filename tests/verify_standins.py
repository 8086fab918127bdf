"""Local stand-ins for the apps' routes, answering as the upstream code does at the pinned tags.

Each stand-in is an ``http.server`` on 127.0.0.1 in a thread. The shapes follow:

- Ollama v0.12.3: server/routes.go (``GET /api/tags``, ``POST /api/generate``, ``GET /api/version``,
  ``model '<name>' not found`` as 404), api/types.go (``ListResponse``, ``GenerateResponse``).
- Open WebUI v0.6.32: backend/open_webui/main.py (``GET /health`` -> ``{"status": true}``) and
  backend/open_webui/routers/ollama.py (``GET /ollama/api/version``: no user, asks Ollama's
  ``/api/version``, 500 ``OLLAMA_NOT_FOUND`` when it does not answer).
- whisper-asr-webservice v1.9.1: app/webservice.py (``POST /asr``, multipart ``audio_file``,
  ``output=json`` served as text/plain) and app/utils.py ``WriteJSON``.
- A1111 v1.10.0: modules/api/api.py (``POST /sdapi/v1/txt2img`` behind HTTP Basic with
  ``--api-auth``: 401 ``Incorrect username or password``; ``TextToImageResponse`` with base64
  PNGs) and ``GET /internal/ping``.
- Kubernetes: ``GET /api/v1/nodes`` (a ``NodeList``), 401/403 without a valid bearer token.

A test breaks one answer through ``faults``: ``{(method, path): Fault(...)}``.
"""

from __future__ import annotations

import base64
import json
import struct
import threading
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Fault:
    """A broken answer: a status and body, a delay before answering, or a body that replaces the real one."""

    status: int | None = None
    body: bytes | None = None
    sleep_seconds: float = 0.0


@dataclass
class StandIn:
    """One app: its routes, the faults injected into them, and what it was asked."""

    routes: dict[tuple[str, str], Callable[[BaseHTTPRequestHandler, bytes], Answer]]
    faults: dict[tuple[str, str], Fault] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    url: str = ""
    port: int = 0


def _json(status: int, data: Any, headers: dict[str, str] | None = None) -> Answer:
    return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(data).encode()


def png(width: int, height: int) -> bytes:
    """A valid grey PNG of ``width`` x ``height``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def ollama(models: tuple[str, ...] = ("llama3.2:latest",), version: str = "0.12.3") -> StandIn:
    def tags(_: BaseHTTPRequestHandler, __: bytes) -> Answer:
        listed = [
            {"name": m, "model": m, "size": 2019393189, "digest": "a80c4f17acd5", "details": {"format": "gguf"}} for m in models
        ]
        return _json(200, {"models": listed})

    def generate(_: BaseHTTPRequestHandler, body: bytes) -> Answer:
        request = json.loads(body)
        name = request["model"] if ":" in request["model"] else f"{request['model']}:latest"
        if name not in models:
            return _json(404, {"error": f"model '{request['model']}' not found"})
        assert request["stream"] is False and request["options"]["num_predict"] > 0
        return _json(200, {"model": request["model"], "created_at": "2026-01-01T00:00:00Z", "response": "Blue.", "done": True})

    return StandIn(
        routes={
            ("GET", "/api/tags"): tags,
            ("POST", "/api/generate"): generate,
            ("GET", "/api/version"): lambda _, __: _json(200, {"version": version}),
            ("GET", "/"): lambda _, __: (200, {"Content-Type": "text/plain"}, b"Ollama is running"),
        }
    )


def open_webui(ollama_url: Callable[[], str]) -> StandIn:
    def version(_: BaseHTTPRequestHandler, __: bytes) -> Answer:
        try:
            with urllib.request.urlopen(f"{ollama_url()}/api/version", timeout=2) as response:
                return _json(200, {"version": json.loads(response.read())["version"]})
        except Exception:
            return _json(500, {"detail": "WebUI could not connect to Ollama"})

    return StandIn(
        routes={("GET", "/health"): lambda _, __: _json(200, {"status": True}), ("GET", "/ollama/api/version"): version}
    )


def whisper(text: str) -> StandIn:
    def asr(handler: BaseHTTPRequestHandler, body: bytes) -> Answer:
        content_type = handler.headers.get("Content-Type", "")
        if "multipart/form-data" not in content_type or b'name="audio_file"' not in body or b"RIFF" not in body:
            return _json(422, {"detail": [{"loc": ["body", "audio_file"], "msg": "field required"}]})
        assert "output=json" in handler.path
        result = {"text": text, "segments": [], "language": "en"}
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, json.dumps(result).encode()

    return StandIn(routes={("POST", "/asr"): asr, ("GET", "/docs"): lambda _, __: (200, {}, b"<html>docs</html>")})


def a1111(user: str, password: str) -> StandIn:
    def txt2img(handler: BaseHTTPRequestHandler, body: bytes) -> Answer:
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        if handler.headers.get("Authorization") != expected:
            detail = "Incorrect username or password" if handler.headers.get("Authorization") else "Not authenticated"
            error = {"error": "HTTPException", "detail": detail, "body": "", "errors": detail}
            return _json(401, error, {"WWW-Authenticate": "Basic"})
        request = json.loads(body)
        image = base64.b64encode(png(request["width"], request["height"])).decode()
        return _json(200, {"images": [image], "parameters": request, "info": "{}"})

    # /internal/ready is the chart's readiness route (apps/_a1111_launch.py): plain text, 200 once a
    # checkpoint is loaded.
    return StandIn(
        routes={
            ("POST", "/sdapi/v1/txt2img"): txt2img,
            ("GET", "/internal/ping"): lambda _, __: _json(200, {}),
            ("GET", "/internal/ready"): lambda _, __: (200, {"Content-Type": "text/plain"}, b"checkpoint loaded"),
        }
    )


def kubernetes(token: str, nodes: list[dict[str, Any]]) -> StandIn:
    def list_nodes(handler: BaseHTTPRequestHandler, _: bytes) -> Answer:
        if handler.headers.get("Authorization") != f"Bearer {token}":
            return _json(401, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "Unauthorized", "code": 401})
        return _json(200, {"kind": "NodeList", "apiVersion": "v1", "metadata": {"resourceVersion": "1"}, "items": nodes})

    return StandIn(routes={("GET", "/api/v1/nodes"): list_nodes})


def node(name: str, labels: dict[str, str], allocatable: dict[str, str]) -> dict[str, Any]:
    """A Node as ``kubectl get node -o json`` shows it (the fields the check reads, and a few more)."""
    return {
        "kind": "Node",
        "apiVersion": "v1",
        "metadata": {"name": name, "labels": {"kubernetes.io/hostname": name, **labels}},
        "status": {"allocatable": {"cpu": "12", "memory": "98304Mi", "pods": "110", **allocatable}, "capacity": {}},
    }


@contextmanager
def serving(*stand_ins: StandIn) -> Iterator[tuple[StandIn, ...]]:
    """Serves each stand-in on its own 127.0.0.1 port while the block runs."""
    servers = []
    for stand_in in stand_ins:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stand_in))
        server.daemon_threads = True
        # Do not wait at close for handler threads still holding a kept-alive or stalled connection.
        server.block_on_close = False
        stand_in.port = server.server_address[1]
        stand_in.url = f"http://127.0.0.1:{stand_in.port}"
        # A short poll: shutdown() waits up to one interval per server (0.5 s by default).
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        servers.append(server)
    try:
        yield stand_ins
    finally:
        # All at once: each shutdown() waits for its server's next poll.
        stoppers = [threading.Thread(target=server.shutdown) for server in servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join()
        for server in servers:
            server.server_close()


def _handler(stand_in: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self, method: str) -> None:
            path = self.path.split("?", 1)[0]
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            stand_in.requests.append((method, path, dict(self.headers)))
            fault = stand_in.faults.get((method, path))
            route = stand_in.routes.get((method, path))
            if fault and fault.sleep_seconds:
                time.sleep(fault.sleep_seconds)
            if route is None:
                status, headers, content = _json(404, {"detail": "Not Found"})
            else:
                status, headers, content = route(self, body)
            if fault and fault.status is not None:
                status = fault.status
            if fault and fault.body is not None:
                content = fault.body
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

    return Handler
