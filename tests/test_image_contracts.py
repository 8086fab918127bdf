"""The committed dist/ against what each image really does (``homelab_ai.apps.*.CONTRACT``).

Each rule reads the rendered manifests only: a chart that is valid YAML but would crash-loop,
never turn ready, lose data on restart or restart a busy app fails here.
"""

from __future__ import annotations

import posixpath
from typing import Any

import pytest
import yaml
from cdk8s import App

from homelab_ai import AiNamespaceChart, OpenWebUiSettings, _yaml
from homelab_ai.apps import CONTRACTS, faster_whisper, ollama, open_webui, stable_diffusion
from homelab_ai.image_contract import ImageContract
from homelab_ai.inventory import mebibytes
from tests.support import ROOT, Manifest

CONTROLLERS = ("Deployment", "StatefulSet")


def dist_manifests() -> list[Manifest]:
    return [_yaml.load(p.read_text()) for p in sorted((ROOT / "dist").rglob("*.yaml")) if p.name != "kustomization.yaml"]


@pytest.fixture(scope="module")
def manifests() -> list[Manifest]:
    return dist_manifests()


def controller_of(manifests: list[Manifest], contract: ImageContract) -> Manifest:
    matches = [m for m in manifests if m["kind"] in CONTROLLERS and m["metadata"]["name"] == contract.app]
    assert len(matches) == 1, f"expected one controller named {contract.app}"
    return matches[0]


def app_container(controller: Manifest, contract: ImageContract) -> Manifest:
    containers = controller["spec"]["template"]["spec"]["containers"]
    matches = [c for c in containers if c["name"] == contract.app]
    assert len(matches) == 1
    result: Manifest = matches[0]
    return result


def under(path: str, mount: str) -> bool:
    return path == mount or posixpath.commonpath([path, mount]) == mount


def claim_mounts(controller: Manifest, container: Manifest) -> list[str]:
    pod = controller["spec"]["template"]["spec"]
    claims = {v["name"] for v in pod.get("volumes", []) if "persistentVolumeClaim" in v}
    templates = {t["metadata"]["name"] for t in controller["spec"].get("volumeClaimTemplates", [])}
    return [m["mountPath"] for m in container.get("volumeMounts", []) if m["name"] in claims | templates and "subPath" not in m]


def contract_problems(manifests: list[Manifest], contract: ImageContract) -> list[str]:
    """Every way the app's manifests break its image contract."""
    controller = controller_of(manifests, contract)
    container = app_container(controller, contract)
    problems: list[str] = []
    if container["image"] != contract.image:
        problems.append(f"image {container['image']} is not the contract's {contract.image}")
    ports = [p["containerPort"] for p in container.get("ports", [])]
    if ports != [contract.port]:
        problems.append(f"container ports {ports}, but the app listens on {contract.port} only")
    if tuple(container.get("command", ())) != contract.launch:
        problems.append(
            "command does not start the app as the contract's launch does"
            + (" (args alone would replace the image's CMD)" if contract.launch and "args" in container else "")
        )
    if container.get("args") and not contract.args_reach_app:
        problems.append("args are set, but they do not reach the app with this launch")
    problems += _probe_problems(container, contract)
    # Data must survive a restart: each data path sits on a claim mounted whole (no sub-path
    # leaves a sibling directory on the container's disk).
    persistent = claim_mounts(controller, container)
    for path in contract.data:
        if not any(under(path, mount) for mount in persistent):
            problems.append(f"{path} is not on a volume: its content is lost on every restart")
    security = container.get("securityContext", {})
    if security.get("readOnlyRootFilesystem"):
        mounted = [m["mountPath"] for m in container.get("volumeMounts", [])]
        problems += [f"{p} is written to but read-only" for p in contract.writes if not any(under(p, m) for m in mounted)]
    runs_as = security.get("runAsUser", controller["spec"]["template"]["spec"].get("securityContext", {}).get("runAsUser"))
    if contract.needs_root and (security.get("runAsNonRoot") or runs_as not in (None, 0)):
        problems.append("runs as non-root, but the image's start fails as another user")
    if security.get("capabilities", {}).get("add"):
        problems.append("adds capabilities the launch does not need")
    limit = container.get("resources", {}).get("limits", {}).get("memory")
    if contract.resident_mib and (limit is None or mebibytes(limit) <= contract.resident_mib):
        problems.append(f"memory limit {limit} leaves no room above the {contract.resident_mib} MiB the app holds in use")
    return problems + _log_problems(container, contract)


def secret_env(container: Manifest) -> set[str]:
    """Variables that carry a secret: read from a Secret, or built from one with ``$(VAR)``."""
    env = container.get("env", [])
    direct = {e["name"] for e in env if "secretKeyRef" in e.get("valueFrom", {})}
    return direct | {e["name"] for e in env if any(f"$({name})" in e.get("value", "") for name in direct)}


def _log_problems(container: Manifest, contract: ImageContract) -> list[str]:
    values = {e["name"]: e.get("value") for e in container.get("env", [])}
    problems = [
        f"{name} carries a secret, and the app prints its value"
        for name in sorted(secret_env(container) & set(contract.logged_env))
    ]
    problems += [
        f"{name} is {values.get(name)!r}, not {value!r}: the app would print secrets in its logs"
        for name, value in contract.quiet_env
        if values.get(name) != value
    ]
    return problems


def _probe_problems(container: Manifest, contract: ImageContract) -> list[str]:
    problems = []
    for kind in ("startupProbe", "livenessProbe", "readinessProbe"):
        probe: dict[str, Any] = container.get(kind, {})
        action = probe.get("httpGet") or probe.get("tcpSocket")
        if action is None:
            problems.append(f"{kind} is missing")
            continue
        if action["port"] != contract.port:
            problems.append(f"{kind} probes port {action['port']}, not {contract.port}")
        if "httpGet" not in probe:
            continue
        try:
            endpoint = contract.endpoint(probe["httpGet"]["path"])
        except KeyError as error:
            problems.append(f"{kind}: {error.args[0]}")
            continue
        if endpoint.needs_auth:
            problems.append(f"{kind} probes {endpoint.path}, which needs a login")
        if kind != "startupProbe" and not endpoint.answers_while_busy:
            problems.append(f"{kind} probes {endpoint.path}, which does not answer while the app works: busy means restarted")
    return problems


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c.app for c in CONTRACTS])
def test_dist_honours_the_image_contract(manifests: list[Manifest], contract: ImageContract) -> None:
    assert contract_problems(manifests, contract) == []


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c.app for c in CONTRACTS])
def test_services_expose_only_the_app_port(manifests: list[Manifest], contract: ImageContract) -> None:
    selector = controller_of(manifests, contract)["spec"]["selector"]["matchLabels"]
    services = [m for m in manifests if m["kind"] == "Service" and m["spec"].get("selector") == selector]
    assert services
    for service in services:
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in (contract.port, "http"), f"{service['metadata']['name']} exposes {port}"
            assert port["targetPort"] not in contract.side_ports


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c.app for c in CONTRACTS])
def test_every_contract_names_its_sources(contract: ImageContract) -> None:
    assert contract.sources
    version = contract.image.rsplit(":", 1)[1].lstrip("v").split("-")[0]
    for source in contract.sources:
        assert source.repository.count("/") == 1 and source.ref and source.path and source.fact
    # The image's own build is among the sources, read at the version it is pinned to: an image
    # bump (a Renovate PR) fails here until the contract has been read again at the new tag.
    assert any(version in source.ref for source in contract.sources), f"no source was read at {version}"


def test_stable_diffusion_flags_match_the_port_and_the_data_volume(manifests: list[Manifest]) -> None:
    contract = stable_diffusion.CONTRACT
    container = app_container(controller_of(manifests, contract), contract)
    args = container["args"]
    assert args[args.index("--port") + 1] == str(container["ports"][0]["containerPort"])
    assert args[args.index("--data-dir") + 1] == stable_diffusion.DATA_DIR
    assert "--skip-prepare-environment" in args and "--no-download-sd-model" in args


# The rules above, each shown to catch the break it is for.
def broken(manifests: list[Manifest], contract: ImageContract, change: Any) -> list[str]:
    copy: list[Manifest] = _yaml.load(yaml.safe_dump(manifests))
    change(app_container(controller_of(copy, contract), contract), controller_of(copy, contract))
    return contract_problems(copy, contract)


def test_args_without_the_launch_are_caught(manifests: list[Manifest]) -> None:
    problems = broken(manifests, stable_diffusion.CONTRACT, lambda c, _: c.pop("command"))
    assert problems == ["command does not start the app as the contract's launch does (args alone would replace the image's CMD)"]


def test_http_liveness_on_a_blocking_app_is_caught(manifests: list[Manifest]) -> None:
    def http_liveness(container: Manifest, _: Manifest) -> None:
        container["livenessProbe"] = {"httpGet": {"path": "/docs", "port": 9000}}

    assert broken(manifests, faster_whisper.CONTRACT, http_liveness) == [
        "livenessProbe probes /docs, which does not answer while the app works: busy means restarted"
    ]


def test_data_off_the_volume_is_caught(manifests: list[Manifest]) -> None:
    def sub_paths(container: Manifest, _: Manifest) -> None:
        container["volumeMounts"] = [
            {"name": "sd-data", "mountPath": "/stable-diffusion-webui/models", "subPath": "models"},
            {"name": "sd-data", "mountPath": "/stable-diffusion-webui/outputs", "subPath": "outputs"},
        ]

    problems = broken(manifests, stable_diffusion.CONTRACT, sub_paths)
    assert problems == [
        f"{path} is not on a volume: its content is lost on every restart" for path in stable_diffusion.CONTRACT.data
    ]


def test_a_probe_behind_the_login_or_on_a_missing_route_is_caught(manifests: list[Manifest]) -> None:
    def info(container: Manifest, _: Manifest) -> None:
        container["readinessProbe"] = {"httpGet": {"path": "/info", "port": 7860}}
        container["startupProbe"] = {"httpGet": {"path": "/status", "port": 7860}}

    problems = broken(manifests, stable_diffusion.CONTRACT, info)
    assert problems[0].startswith("startupProbe: ashleykza/a1111:1.10.0.post7 has no route /status")
    assert problems[1] == "readinessProbe probes /info, which needs a login"


def test_a_wrong_port_and_a_read_only_root_are_caught(manifests: list[Manifest]) -> None:
    def wrong(container: Manifest, _: Manifest) -> None:
        container["ports"][0]["containerPort"] = 3001
        container["securityContext"]["readOnlyRootFilesystem"] = True
        container["securityContext"]["runAsNonRoot"] = True

    from homelab_ai.apps import open_webui

    problems = broken(manifests, open_webui.CONTRACT, wrong)
    assert problems == [
        "container ports [3001], but the app listens on 8080 only",
        "/app/backend/open_webui/static is written to but read-only",
        "/tmp is written to but read-only",
        "runs as non-root, but the image's start fails as another user",
    ]


def test_a_memory_limit_at_the_reported_footprint_is_caught(manifests: list[Manifest]) -> None:
    def the_design_s_limit(container: Manifest, _: Manifest) -> None:
        container["resources"]["limits"]["memory"] = "1Gi"

    assert broken(manifests, open_webui.CONTRACT, the_design_s_limit) == [
        "memory limit 1Gi leaves no room above the 1024 MiB the app holds in use"
    ]


def test_a_secret_in_a_printed_variable_or_a_loud_log_level_is_caught(manifests: list[Manifest]) -> None:
    def proxy_from_a_secret(container: Manifest, _: Manifest) -> None:
        container["env"].append({"name": "HTTPS_PROXY", "valueFrom": {"secretKeyRef": {"name": "proxy", "key": "url"}}})

    assert broken(manifests, ollama.CONTRACT, proxy_from_a_secret) == [
        "HTTPS_PROXY carries a secret, and the app prints its value"
    ]

    def config_at_info(container: Manifest, _: Manifest) -> None:
        container["env"] = [e for e in container["env"] if e["name"] != "CONFIG_LOG_LEVEL"]

    assert broken(manifests, open_webui.CONTRACT, config_at_info) == [
        "CONFIG_LOG_LEVEL is None, not 'WARNING': the app would print secrets in its logs"
    ]

    def api_keys_at_info(container: Manifest, _: Manifest) -> None:
        container["env"] = [
            {"name": "MODELS_LOG_LEVEL", "value": "INFO"} if e["name"] == "MODELS_LOG_LEVEL" else e for e in container["env"]
        ]

    assert broken(manifests, open_webui.CONTRACT, api_keys_at_info) == [
        "MODELS_LOG_LEVEL is 'INFO', not 'WARNING': the app would print secrets in its logs"
    ]


def test_a_secret_built_into_a_printed_variable_is_caught(manifests: list[Manifest]) -> None:
    def auth_in_the_embedding_model(container: Manifest, _: Manifest) -> None:
        container["env"].append({"name": "RAG_EMBEDDING_MODEL", "value": "$(WEBUI_SECRET_KEY)"})

    assert broken(manifests, open_webui.CONTRACT, auth_in_the_embedding_model) == [
        "RAG_EMBEDDING_MODEL carries a secret, and the app prints its value"
    ]


def test_open_webui_with_image_generation_keeps_the_sd_credentials_out_of_its_logs() -> None:
    # AUTOMATIC1111_API_AUTH is built from the Stable Diffusion secret; Open WebUI prints it only
    # through its CONFIG logger, which the chart keeps at WARNING.
    rendered: list[Manifest] = list(AiNamespaceChart(App(), "ai", open_webui=OpenWebUiSettings(image_generation=True)).to_json())
    container = app_container(controller_of(rendered, open_webui.CONTRACT), open_webui.CONTRACT)
    assert "AUTOMATIC1111_API_AUTH" in secret_env(container)
    assert contract_problems(rendered, open_webui.CONTRACT) == []
