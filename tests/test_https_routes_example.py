"""The documented example: the design's apps behind chat., images. and speech. on one Gateway."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest

from homelab_ai import _yaml
from tests.gateway_api import unknown_fields, validate
from tests.support import ROOT

ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The example run once, as the README shows it: its result and its output folder."""
    out = tmp_path_factory.mktemp("https-routes") / "out"
    result = subprocess.run(
        [sys.executable, "-m", "examples.https_routes", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENV,
        check=False,
    )
    return result, out


def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = _yaml.load(path.read_text())
    return document


def test_the_example_writes_three_routes_that_pass_the_gateway_api_schemas(
    example: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    result, out = example
    assert result.returncode == 0, result.stderr[-2000:]
    routes = [_load(p) for p in sorted((out / "dist" / "ai").glob("httproute-*.yaml"))]
    assert sorted(h for r in routes for h in r["spec"]["hostnames"]) == [
        "chat.example.com",
        "images.example.com",
        "speech.example.com",
    ]
    assert validate(routes) == [[], [], []]
    assert [unknown_fields(route) for route in routes] == [[], [], []]
    for route in routes:
        (parent,) = route["spec"]["parentRefs"]
        assert (parent["namespace"], parent["name"], parent["sectionName"]) == ("network", "internal", "https")
        (rule,) = route["spec"]["rules"]
        assert rule["timeouts"] == {"request": "1h"}
        (backend,) = rule["backendRefs"]
        service = _load(out / "dist" / "ai" / f"service-{backend['name']}.yaml")
        assert backend["port"] in [p["port"] for p in service["spec"]["ports"]]
    # Open WebUI is reached at its hostname only; the other two keep their LoadBalancer addresses.
    assert not (out / "dist" / "ai" / "service-open-webui.yaml").exists()
    assert _load(out / "dist" / "ai" / "service-faster-whisper.yaml")["spec"]["type"] == "LoadBalancer"
    network = (out / "docs" / "network.md").read_text()
    for hostname in ("chat.example.com", "images.example.com", "speech.example.com"):
        assert f"| {hostname} | https://{hostname} |" in network


def test_the_schemas_refuse_a_wrong_route(example: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, out = example
    assert result.returncode == 0, result.stderr[-2000:]
    route = _load(out / "dist" / "ai" / "httproute-open-webui-https.yaml")
    bad_hostname = copy.deepcopy(route)
    bad_hostname["spec"]["hostnames"] = ["Chat_Example.com"]
    bad_timeout = copy.deepcopy(route)
    bad_timeout["spec"]["rules"][0]["timeouts"]["request"] = "one hour"
    bad_path = copy.deepcopy(route)
    bad_path["spec"]["rules"][0]["matches"][0]["path"]["type"] = "Prefix"
    problems = validate([bad_hostname, bad_timeout, bad_path])
    assert "/spec/hostnames/0" in problems[0][0]
    assert "/spec/rules/0/timeouts/request" in problems[1][0]
    assert "/spec/rules/0/matches/0/path/type" in problems[2][0]
    misspelled = copy.deepcopy(route)
    misspelled["spec"]["rules"][0]["timeout"] = misspelled["spec"]["rules"][0].pop("timeouts")
    assert unknown_fields(misspelled) == ["spec.rules.timeout"]


def test_open_webui_follows_its_route_with_sign_on_from_a_secret(example: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, out = example
    assert result.returncode == 0, result.stderr[-2000:]
    deployment = _load(out / "dist" / "ai" / "deployment-open-webui.yaml")
    env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["WEBUI_URL"]["value"] == "https://chat.example.com"
    assert env["CORS_ALLOW_ORIGIN"]["value"] == "https://chat.example.com"
    assert env["WEBUI_SESSION_COOKIE_SECURE"]["value"] == env["WEBUI_AUTH_COOKIE_SECURE"]["value"] == "true"
    assert env["OPENID_REDIRECT_URI"]["value"] == "https://chat.example.com/oauth/oidc/login/callback"
    assert env["OAUTH_CLIENT_SECRET"] == {
        "name": "OAUTH_CLIENT_SECRET",
        "valueFrom": {"secretKeyRef": {"name": "open-webui-oidc", "key": "OAUTH_CLIENT_SECRET"}},
    }
    # A failed callback logs the provider's token response at WARNING (v0.6.32 utils/oauth.py L1091).
    assert env["OAUTH_LOG_LEVEL"]["value"] == "ERROR"
    assert "note: secret open-webui-oidc is referenced but not in secrets/" in result.stderr


def test_only_the_gateway_proxies_are_admitted_through_the_route(example: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, out = example
    assert result.returncode == 0, result.stderr[-2000:]
    policy = _load(out / "dist" / "ai" / "networkpolicy-open-webui-https-from-gateway.yaml")
    (rule,) = policy["spec"]["ingress"]
    (source,) = rule["from"]
    assert source["namespaceSelector"] == {"matchLabels": {"kubernetes.io/metadata.name": "envoy-gateway-system"}}
    labels = source["podSelector"]["matchLabels"]
    assert labels["gateway.envoyproxy.io/owning-gateway-name"] == "internal"
    assert labels["gateway.envoyproxy.io/owning-gateway-namespace"] == "network"
    assert rule["ports"] == [{"port": 8080, "protocol": "TCP"}]
    service = _load(out / "dist" / "ai" / "service-open-webui-https.yaml")
    assert service["spec"]["ports"][0]["appProtocol"] == "kubernetes.io/ws"
    whisper = _load(out / "dist" / "ai" / "service-faster-whisper-https.yaml")
    assert "appProtocol" not in whisper["spec"]["ports"][0]


def test_the_example_services_and_policies_pass_strict_kubernetes_schemas(
    example: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    result, out = example
    assert result.returncode == 0, result.stderr[-2000:]
    failures, checked = [], 0
    for path in sorted((out / "dist" / "ai").glob("*.yaml")):
        document = _load(path)
        if path.name == "kustomization.yaml" or "." in document["apiVersion"].rpartition("/")[0].removesuffix(".k8s.io"):
            continue
        checked += 1
        for version in ("1.28.0", kubernetes_validate.latest_version()):
            try:
                kubernetes_validate.validate(document, version, strict=True)
            except kubernetes_validate.ValidationError as error:
                failures.append(f"{path.name} ({version}): {error.message}")
    assert not failures, "\n".join(failures)
    assert checked >= 20
    names = {p.name for p in (out / "dist" / "ai").glob("*.yaml")}
    assert {"service-open-webui-https.yaml", "networkpolicy-open-webui-https-from-gateway.yaml"} <= names
