"""The plan's checks of HTTPRoutes, on the manifests of every object, whoever built them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from cdk8s import ApiObject, App, Chart, JsonPatch

from homelab_ai import (
    AiNamespaceChart,
    ClusterPlan,
    GatewayListener,
    HttpsRoute,
    OpenWebUiSettings,
    envoy_gateway_listener,
    render,
    run,
)

GATEWAY = envoy_gateway_listener(gateway="internal", namespace="network", listener="https", hostname="*.example.com")


def design(**settings: Any) -> tuple[App, AiNamespaceChart]:
    app = App()
    ClusterPlan(app, gateways=[GATEWAY])
    return app, AiNamespaceChart(app, "ai", **settings)


def raw_route(chart: Chart, name: str, spec: dict[str, Any]) -> ApiObject:
    route = ApiObject(
        chart, name, api_version="gateway.networking.k8s.io/v1", kind="HTTPRoute", metadata={"name": name, "namespace": "ai"}
    )
    route.add_json_patch(JsonPatch.add("/spec", spec))
    return route


def route_spec(
    hostname: str = "speech.example.com",
    *,
    parent: dict[str, str] | None = None,
    service: str = "faster-whisper",
    port: int = 80,
    timeouts: dict[str, str] | None = None,
) -> dict[str, Any]:
    rule: dict[str, Any] = {"backendRefs": [{"name": service, "port": port}]}
    if timeouts is not None:
        rule["timeouts"] = timeouts
    return {
        "parentRefs": [parent or {"name": "internal", "namespace": "network", "sectionName": "https"}],
        "hostnames": [hostname],
        "rules": [rule],
    }


def problems(app: App) -> str:
    with pytest.raises(ValueError) as caught:
        render(app)
    return str(caught.value)


def test_a_route_built_by_hand_passes_when_it_fits_the_plan() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec(timeouts={"request": "0s"}))
    render(app)


def test_rejects_a_hostname_used_twice() -> None:
    app, ai = design()
    HttpsRoute(ai, "SpeechRoute", hostname="speech.example.com", listener=GATEWAY, backend=ai.whisper.backend)
    raw_route(ai, "speech-again", route_spec(timeouts={"request": "1h"}))
    assert problems(app) == (
        "ai/speech-again: hostnames[0] 'speech.example.com' is already served by ai/SpeechRoute: give each hostname one route"
    )


def test_rejects_a_route_to_an_undeclared_gateway() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec(parent={"name": "external", "namespace": "network"}, timeouts={"request": "1h"}))
    assert problems(app) == (
        "ai/speech: parentRefs[0] names Gateway network/external, which the plan does not declare (declared: "
        "network/internal): declare it in ClusterPlan(gateways=[GatewayListener(...)]) or attach the route to a declared one"
    )


def test_rejects_a_route_to_an_undeclared_listener() -> None:
    app, ai = design()
    parent = {"name": "internal", "namespace": "network", "sectionName": "http"}
    raw_route(ai, "speech", route_spec(parent=parent, timeouts={"request": "1h"}))
    assert problems(app) == (
        "ai/speech: parentRefs[0].sectionName 'http' is not a listener of Gateway network/internal: use one of https, "
        "or declare it in ClusterPlan(gateways=...)"
    )


def test_a_gateway_rendered_in_the_app_declares_its_listeners() -> None:
    app, ai = design()
    gateway = ApiObject(
        ai, "Gw", api_version="gateway.networking.k8s.io/v1", kind="Gateway", metadata={"name": "lan", "namespace": "ai"}
    )
    listener = {"name": "https", "hostname": "*.home.arpa", "port": 443, "protocol": "HTTPS"}
    gateway.add_json_patch(JsonPatch.add("/spec", {"gatewayClassName": "cilium", "listeners": [listener]}))
    raw_route(ai, "speech", route_spec("speech.home.arpa", parent={"name": "lan"}, timeouts={"request": "1h"}))
    render(app)
    raw_route(
        ai, "chat", route_spec("chat.example.com", parent={"name": "lan"}, service="open-webui", timeouts={"request": "1h"})
    )
    assert "ai/chat: hostnames[0] 'chat.example.com' is outside listener https of Gateway ai/lan" in problems(app)


def test_rejects_a_hostname_outside_the_listener_domain() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec("speech.example.org", timeouts={"request": "1h"}))
    assert problems(app) == (
        "ai/speech: hostnames[0] 'speech.example.org' is outside listener https of Gateway network/internal, which takes "
        "'*.example.com': use a name under 'example.com' or attach to a listener that takes it"
    )


def test_rejects_a_backend_port_that_is_not_a_service_port() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec(port=9000, timeouts={"request": "1h"}))
    assert problems(app) == (
        "ai/speech: rules[0].backendRefs[0].port 9000 is not a port of ai/FasterWhisperService (80): use one of its ports, "
        "not the container's"
    )


def test_rejects_a_streaming_app_behind_a_short_timeout() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec(timeouts={"request": "5m"}))
    assert problems(app) == (
        "ai/speech: rules[0].timeouts.request 300s cuts faster-whisper short (POST /asr takes the upload and answers only "
        "after the whole transcription): set it to at least 900s (HttpsRoute request_timeout_seconds), or 0s for no limit"
    )


def test_rejects_a_streaming_app_left_to_the_gateway_default_timeout() -> None:
    app, ai = design()
    raw_route(ai, "chat", route_spec("chat.example.com", service="open-webui"))
    message = problems(app)
    assert message.startswith(
        "ai/chat: rules[0].timeouts.request is unset, so the gateway's default of 15s cuts open-webui short "
        "(a chat reply streams for as long as the model writes): set it to at least 600s"
    )


def test_rejects_a_short_backend_request_timeout() -> None:
    app, ai = design()
    raw_route(ai, "speech", route_spec(timeouts={"request": "0s", "backendRequest": "60s"}))
    assert problems(app) == (
        "ai/speech: rules[0].timeouts.backendRequest 60s cuts faster-whisper short (POST /asr takes the upload and answers "
        "only after the whole transcription): remove it or set it to at least 900s"
    )


def test_a_gateway_without_a_default_timeout_accepts_a_route_without_one() -> None:
    listener = GatewayListener(
        gateway="lan",
        namespace="network",
        listener="https",
        hostname=None,
        proxy_namespace="kube-system",
        proxy_labels={"app": "proxy"},
        default_request_timeout_seconds=0,
    )
    app = App()
    ClusterPlan(app, gateways=[listener])
    ai = AiNamespaceChart(app, "ai")
    raw_route(ai, "speech", route_spec("speech.anything.lan", parent={"name": "lan", "namespace": "network"}))
    render(app)


def test_rejects_open_webui_that_does_not_know_its_public_address() -> None:
    app, ai = design()
    HttpsRoute(ai, "ChatRoute", hostname="chat.example.com", listener=GATEWAY, backend=ai.open_webui.backend)
    assert problems(app) == (
        "ai/OpenWebUi: env WEBUI_URL is unset, but ai/ChatRoute serves it at https://chat.example.com: set "
        "open_webui.public_url to 'https://chat.example.com' (it sets WEBUI_URL, secure cookies and CORS)"
    )
    app, ai = design(open_webui=OpenWebUiSettings(public_url="https://chat.example.com"))
    HttpsRoute(ai, "ChatRoute", hostname="chat.example.com", listener=GATEWAY, backend=ai.open_webui.backend)
    render(app)


def test_nothing_is_written_when_a_route_is_refused(tmp_path: Path) -> None:
    def build(app: App) -> None:
        ClusterPlan(app, gateways=[GATEWAY])
        ai = AiNamespaceChart(app, "ai")
        raw_route(ai, "speech", route_spec(timeouts={"request": "5m"}))

    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "keep.yaml").write_text("kept: true\n")
    errors = io.StringIO()
    assert run(build, root=tmp_path, stderr=errors) == 1
    assert "ai/speech: rules[0].timeouts.request 300s cuts faster-whisper short" in errors.getvalue()
    assert [p.name for p in (tmp_path / "dist").iterdir()] == ["keep.yaml"]
    assert not (tmp_path / "docs").exists()


def test_declaring_a_gateway_alone_changes_no_object() -> None:
    plain = App()
    AiNamespaceChart(plain, "ai")
    with_gateway, _ = design()
    assert render(with_gateway) == render(plain)
