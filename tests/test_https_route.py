"""HttpsRoute, the plan's gateway declaration and Open WebUI's settings that follow a route."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from cdk8s import App, Chart

from homelab_ai import (
    AiNamespaceChart,
    Backend,
    ClusterPlan,
    GatewayListener,
    HttpsRoute,
    OpenIdConnect,
    OpenWebUiSettings,
    StableDiffusionSettings,
    cilium_listener,
    envoy_gateway_listener,
    render,
)
from homelab_ai.routes.https_route import duration
from tests.support import container, find

GATEWAY = envoy_gateway_listener(gateway="internal", namespace="network", listener="https", hostname="*.example.com")
MEDIA = Backend(name="emby", namespace="media", selector={"app": "emby"}, port=8096)


def plan_and_chart(*gateways: GatewayListener) -> tuple[App, Chart]:
    app = App()
    ClusterPlan(app, gateways=list(gateways) or [GATEWAY])
    return app, Chart(app, "media", namespace="media", disable_resource_name_hashes=True)


def route(chart: Chart, **props: Any) -> HttpsRoute:
    arguments: dict[str, Any] = {"hostname": "media.example.com", "listener": GATEWAY, "backend": MEDIA, **props}
    return HttpsRoute(chart, "Route", **arguments)


def test_route_serves_a_backend_managed_elsewhere_without_a_policy() -> None:
    app, chart = plan_and_chart()
    created = route(chart, request_timeout_seconds=0)
    manifests = render(app)["media"]
    assert [m["kind"] for m in manifests] == ["Service", "HTTPRoute"]
    assert created.policy is None
    assert created.url == "https://media.example.com"
    spec = find(manifests, "HTTPRoute", "emby-https")["spec"]
    assert spec["rules"][0]["timeouts"] == {"request": "0s"}
    service = find(manifests, "Service", "emby-https")["spec"]
    assert service["selector"] == {"app": "emby"}
    assert service["ports"] == [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": 8096}]


@pytest.mark.parametrize(("seconds", "text"), [(0, "0s"), (90, "1m30s"), (3600, "1h"), (5400, "1h30m"), (200000, "55h33m20s")])
def test_timeouts_are_gateway_api_durations(seconds: int, text: str) -> None:
    assert duration(seconds) == text


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"hostname": "*.example.com"}, "hostname '*.example.com' is not a host name: use a lower-case fully qualified name"),
        ({"hostname": "Media.example.com"}, "hostname 'Media.example.com' is not a host name"),
        ({"request_timeout_seconds": -1}, "request_timeout_seconds -1"),
        ({"websocket": "yes"}, "websocket 'yes'"),
        ({"backend": "emby"}, "backend 'emby' is not a Backend: pass workload.backend or Backend(...)"),
        ({"listener": "internal"}, "listener 'internal' is not a GatewayListener: pass one the ClusterPlan declares"),
        ({"name": "Emby"}, "name 'Emby' is not a valid DNS-1123 label"),
    ],
)
def test_rejects_bad_route_props(props: dict[str, Any], message: str) -> None:
    _, chart = plan_and_chart()
    with pytest.raises(ValueError, match="^media/Route: " + re.escape(message)):
        route(chart, **props)


def test_rejects_a_listener_the_plan_does_not_declare() -> None:
    _, chart = plan_and_chart()
    other = envoy_gateway_listener(gateway="external", namespace="network", listener="https", hostname="*.example.com")
    with pytest.raises(
        ValueError,
        match=re.escape(
            "media/Route: listener network/external listener https is not declared by the ClusterPlan (declared: "
            "network/internal listener https): add it to ClusterPlan(gateways=[...]) before the charts"
        ),
    ):
        route(chart, listener=other)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"proxy_labels": {}}, "gateways[0].proxy_labels is empty: a policy admitting them would admit every pod"),
        ({"hostname": "*.Example.com"}, "gateways[0].hostname '*.Example.com' is not a listener hostname"),
        ({"namespace": "Network"}, "gateways[0].namespace 'Network' is not a valid DNS-1123 label"),
        ({"default_request_timeout_seconds": -5}, "gateways[0].default_request_timeout_seconds -5"),
    ],
)
def test_rejects_bad_gateway_declarations(change: dict[str, Any], message: str) -> None:
    fields = {
        "gateway": "internal",
        "namespace": "network",
        "listener": "https",
        "hostname": "*.example.com",
        "proxy_namespace": "envoy-gateway-system",
        "proxy_labels": {"app": "envoy"},
        **change,
    }
    with pytest.raises(ValueError, match="^ClusterPlan: " + re.escape(message)):
        ClusterPlan(App(), gateways=[GatewayListener(**fields)])


def test_rejects_a_listener_declared_twice_or_not_in_a_list() -> None:
    with pytest.raises(ValueError, match=re.escape("ClusterPlan: gateways[1] declares network/internal listener https twice")):
        ClusterPlan(App(), gateways=[GATEWAY, GATEWAY])
    with pytest.raises(ValueError, match=re.escape("ClusterPlan: gateways GatewayListener(") + ".* is not a list"):
        ClusterPlan(App(), gateways=GATEWAY)  # type: ignore[arg-type]


def test_open_webui_env_follows_its_public_address() -> None:
    app = App()
    ClusterPlan(app, gateways=[GATEWAY])
    ai = AiNamespaceChart(app, "ai", open_webui=OpenWebUiSettings(public_url="https://chat.example.com/"))
    HttpsRoute(ai, "ChatRoute", hostname="chat.example.com", listener=GATEWAY, backend=ai.open_webui.backend, websocket=True)
    env = {e["name"]: e.get("value") for e in container(find(render(app)["ai"], "Deployment", "open-webui"))["env"]}
    assert env["WEBUI_URL"] == env["CORS_ALLOW_ORIGIN"] == "https://chat.example.com"
    assert env["WEBUI_SESSION_COOKIE_SECURE"] == env["WEBUI_AUTH_COOKIE_SECURE"] == "true"
    assert "OPENID_PROVIDER_URL" not in env
    assert env["ENABLE_PERSISTENT_CONFIG"] == "False"


SSO = OpenIdConnect(provider_url="https://auth.example.com/.well-known/openid-configuration", client_id="open-webui")


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"public_url": "http://chat.example.com"}, "open_webui.public_url 'http://chat.example.com' is not an https address"),
        ({"public_url": "https://chat.example.com/ui"}, "open_webui.public_url 'https://chat.example.com/ui' is not an https"),
        ({"sso": SSO}, "open_webui.sso needs open_webui.public_url: the provider redirects back to the https address"),
        (
            {"public_url": "https://chat.example.com", "sso": OpenIdConnect(provider_url="http://auth", client_id="x")},
            "open_webui.sso.provider_url 'http://auth' is not an https URL",
        ),
        (
            {"public_url": "https://chat.example.com", "sso": OpenIdConnect(provider_url=SSO.provider_url, client_id=" ")},
            "open_webui.sso.client_id is empty",
        ),
        (
            {
                "public_url": "https://chat.example.com",
                "sso": OpenIdConnect(provider_url=SSO.provider_url, client_id="x", scopes="openid profile"),
            },
            "open_webui.sso.scopes 'openid profile' lacks 'openid' or 'email'",
        ),
    ],
)
def test_rejects_bad_public_address_and_sign_on(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match="^ai: " + re.escape(message)):
        AiNamespaceChart(App(), "ai", open_webui=OpenWebUiSettings(**settings))


def test_sign_on_settings_come_from_env_and_the_secret_from_a_secret() -> None:
    sso = OpenIdConnect(
        provider_url=SSO.provider_url, client_id="open-webui", client_secret_name="idp", login_form=False, signup=False
    )
    app = App()
    AiNamespaceChart(app, "ai", open_webui=OpenWebUiSettings(public_url="https://chat.example.com", sso=sso))
    env = {e["name"]: e for e in container(find(render(app)["ai"], "Deployment", "open-webui"))["env"]}
    assert env["OPENID_PROVIDER_URL"]["value"] == SSO.provider_url
    assert env["OPENID_REDIRECT_URI"]["value"] == "https://chat.example.com/oauth/oidc/login/callback"
    assert env["ENABLE_LOGIN_FORM"]["value"] == env["ENABLE_OAUTH_SIGNUP"]["value"] == "false"
    assert env["OAUTH_CLIENT_SECRET"]["valueFrom"] == {"secretKeyRef": {"name": "idp", "key": "OAUTH_CLIENT_SECRET"}}
    assert "value" not in env["OAUTH_CLIENT_SECRET"]


def _hides_warnings(env: dict[str, dict[str, str]], name: str) -> bool:
    """Whether a ``<SOURCE>_LOG_LEVEL`` the chart sets silences WARNING, read as Open WebUI reads it
    (v0.6.32 backend/open_webui/env.py L102-109: upper-cased, an unknown name falls back to INFO)."""
    levels = logging.getLevelNamesMapping()
    level = env.get(name, {}).get("value", "").upper()
    return level in levels and levels[level] > logging.WARNING


def test_sign_on_keeps_the_provider_tokens_out_of_the_logs() -> None:
    # utils/oauth.py L1090-1092 logs the whole token response at WARNING through the OAUTH logger.
    app = App()
    AiNamespaceChart(app, "ai", open_webui=OpenWebUiSettings(public_url="https://chat.example.com", sso=SSO))
    env = {e["name"]: e for e in container(find(render(app)["ai"], "Deployment", "open-webui"))["env"]}
    assert _hides_warnings(env, "OAUTH_LOG_LEVEL")
    assert not _hides_warnings({"OAUTH_LOG_LEVEL": {"value": "warning"}}, "OAUTH_LOG_LEVEL")
    assert not _hides_warnings({"OAUTH_LOG_LEVEL": {"value": "QUIET"}}, "OAUTH_LOG_LEVEL")


def test_cilium_gateway_is_admitted_by_its_ingress_identity() -> None:
    cilium = cilium_listener(gateway="cilium", namespace="kube-system", listener="https", hostname="*.home.arpa")
    app = App()
    ClusterPlan(app, gateways=[cilium])
    ai = AiNamespaceChart(app, "ai")
    created = HttpsRoute(ai, "SpeechRoute", hostname="speech.home.arpa", listener=cilium, backend=ai.whisper.backend)
    manifests = render(app)["ai"]
    policy = find(manifests, "CiliumNetworkPolicy", "faster-whisper-https-from-gateway")
    assert policy["apiVersion"] == "cilium.io/v2"
    assert policy["spec"] == {
        "endpointSelector": {"matchLabels": {"app.kubernetes.io/name": "faster-whisper"}},
        "ingress": [{"fromEntities": ["ingress"], "toPorts": [{"ports": [{"port": "9000", "protocol": "TCP"}]}]}],
    }
    assert not [m for m in manifests if m["kind"] == "NetworkPolicy" and m["metadata"]["name"].endswith("-from-gateway")]
    assert created.policy is not None


def test_rejects_proxy_labels_on_a_cilium_gateway() -> None:
    labelled = GatewayListener(
        gateway="cilium",
        namespace="kube-system",
        listener="https",
        hostname=None,
        proxy_namespace="kube-system",
        proxy_labels={"app": "x"},
        cilium_ingress=True,
    )
    with pytest.raises(ValueError, match=re.escape("ClusterPlan: gateways[0].proxy_labels are set with cilium_ingress")):
        ClusterPlan(App(), gateways=[labelled])


def test_an_app_without_an_address_is_reached_through_its_route_only() -> None:
    app = App()
    ClusterPlan(app, gateways=[GATEWAY])
    ai = AiNamespaceChart(
        app,
        "ai",
        open_webui=OpenWebUiSettings(address=None, public_url="https://chat.example.com", image_generation=True),
        stable_diffusion=StableDiffusionSettings(address=None),
    )
    HttpsRoute(ai, "ChatRoute", hostname="chat.example.com", listener=GATEWAY, backend=ai.open_webui.backend, websocket=True)
    manifests = render(app)["ai"]
    assert sorted(ai.services) == ["faster-whisper"]
    services = {m["metadata"]["name"]: m["spec"]["type"] for m in manifests if m["kind"] == "Service"}
    assert services == {
        "ollama": "ClusterIP",
        "faster-whisper": "LoadBalancer",
        "stable-diffusion": "ClusterIP",
        "open-webui-https": "ClusterIP",
    }
    env = {e["name"]: e.get("value") for e in container(find(manifests, "Deployment", "open-webui"))["env"]}
    assert env["AUTOMATIC1111_BASE_URL"] == "http://stable-diffusion:7860"
    policies = {m["metadata"]["name"] for m in manifests if m["kind"] == "NetworkPolicy"}
    assert "open-webui-from-load-balancer" not in policies
    assert {"open-webui-https-from-gateway", "stable-diffusion-from-open-webui"} <= policies
    assert not any("answers in clear" in note for note in ClusterPlan.of(app).notes())


def test_a_public_url_beside_the_plain_address_is_noted() -> None:
    app = App()
    AiNamespaceChart(app, "ai", open_webui=OpenWebUiSettings(public_url="https://chat.example.com"))
    assert (
        "Open WebUI also answers in clear at http://10.10.2.25, where a password typed at its login page crosses the LAN "
        "unencrypted: set OpenWebUiSettings(address=None) to serve it at its public_url only"
    ) in ClusterPlan.of(app).notes()
