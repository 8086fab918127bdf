"""The library's own checks: each rule passes the real output and fails a manifest that breaks it."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from cdk8s import App

import main
from homelab_ai.policy import check_manifests
from homelab_ai.publish import render

Charts = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def charts() -> Charts:
    app = App()
    main.build(app)
    return render(app)


def find(charts: Charts, kind: str, name: str) -> dict[str, Any]:
    return next(m for m in charts["ai"] if m["kind"] == kind and m["metadata"]["name"] == name)


def test_the_real_output_passes(charts: Charts) -> None:
    assert check_manifests(charts) == []


def breaks(mutate: Callable[[Charts], None], charts: Charts) -> list[str]:
    broken = copy.deepcopy(charts)
    mutate(broken)
    return check_manifests(broken)


def app_container(charts: Charts, kind: str = "Deployment", name: str = "faster-whisper") -> dict[str, Any]:
    result: dict[str, Any] = find(charts, kind, name)["spec"]["template"]["spec"]["containers"][0]
    return result


def test_refuses_a_plaintext_secret(charts: Charts) -> None:
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "ai"}, "stringData": {"k": "v"}}
    assert breaks(lambda c: c["ai"].append(secret), charts) == [
        "ai/Secret s: a Secret would be written in plaintext: keep it SOPS-encrypted in secrets/ and reference it by name"
    ]


@pytest.mark.parametrize("image", ["ollama/ollama:latest", "ghcr.io/open-webui/open-webui:main", "x/whisper:latest-gpu"])
def test_refuses_latest_like_tags(charts: Charts, image: str) -> None:
    def mutate(c: Charts) -> None:
        app_container(c)["image"] = image

    assert breaks(mutate, charts) == [
        f"ai/Deployment faster-whisper: container faster-whisper image {image!r} uses a floating tag: pin a version"
    ]


def test_refuses_an_untagged_image(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        app_container(c)["image"] = "onerahmet/openai-whisper-asr-webservice"

    assert breaks(mutate, charts) == [
        "ai/Deployment faster-whisper: container faster-whisper image 'onerahmet/openai-whisper-asr-webservice' has no tag: "
        "pin a version"
    ]


def test_requires_default_deny_in_the_workloads_namespace(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        find(c, "NetworkPolicy", "default-deny-ingress")["metadata"]["namespace"] = "other"

    problems = breaks(mutate, charts)
    # The apps, the model pull and the smoke test, and the seven verify Jobs in the same namespace.
    pod_owners = [m for ms in charts.values() for m in ms if m["kind"] in ("Deployment", "StatefulSet", "Job", "CronJob")]
    assert len(problems) == len(pod_owners) == 13
    expected = (
        "namespace ai has no default-deny ingress NetworkPolicy: add DefaultDenyIngress to the chart that owns the namespace"
    )
    assert all(p.endswith(expected) for p in problems)


def test_requires_recreate_for_gpu_workloads(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        find(c, "Deployment", "faster-whisper")["spec"]["strategy"] = {"type": "RollingUpdate"}

    assert breaks(mutate, charts) == [
        "ai/Deployment faster-whisper: strategy RollingUpdate while it holds a GPU slice: a surge pod would wait forever; "
        "use Recreate"
    ]


def test_requires_recreate_for_read_write_once_volumes(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        del find(c, "Deployment", "open-webui")["spec"]["strategy"]

    assert breaks(mutate, charts) == [
        "ai/Deployment open-webui: strategy RollingUpdate while it mounts ReadWriteOnce open-webui-data: a surge pod would "
        "wait forever; use Recreate"
    ]


def test_requires_a_startup_probe_on_model_loaders(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        del app_container(c, "StatefulSet", "ollama")["startupProbe"]

    assert breaks(mutate, charts) == [
        "ai/StatefulSet ollama: container ollama loads models on a GPU without a startupProbe: a slow first start would be killed"
    ]


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda c: c.update(privileged=True), "container faster-whisper is privileged"),
        (
            lambda c: c.update(allowPrivilegeEscalation=True),
            "container faster-whisper does not set allowPrivilegeEscalation: false",
        ),
        (lambda c: c.update(capabilities={}), "container faster-whisper does not drop ALL capabilities"),
    ],
)
def test_refuses_weakened_container_security(charts: Charts, mutate: Callable[[dict[str, Any]], None], problem: str) -> None:
    problems = breaks(lambda c: mutate(app_container(c)["securityContext"]), charts)
    assert len(problems) == 1
    assert problems[0].startswith(f"ai/Deployment faster-whisper: {problem}")


def test_refuses_visible_devices_and_service_account_tokens(charts: Charts) -> None:
    def mutate(c: Charts) -> None:
        app_container(c)["env"].append({"name": "NVIDIA_VISIBLE_DEVICES", "value": "all"})
        find(c, "Deployment", "faster-whisper")["spec"]["template"]["spec"]["automountServiceAccountToken"] = True

    assert breaks(mutate, charts) == [
        "ai/Deployment faster-whisper: automountServiceAccountToken is not false: the apps never call the API server",
        "ai/Deployment faster-whisper: container faster-whisper sets NVIDIA_VISIBLE_DEVICES: the device plugin injects the GPU; "
        "request nvidia.com/gpu instead",
    ]


def test_refuses_references_kubernetes_would_not_expand(charts: Charts) -> None:
    def misspelled(broken: Charts) -> None:
        container = app_container(broken, name="stable-diffusion")
        container["env"].append({"name": "WEBUI_AUTH_PASS", "value": "x"})
        container["args"] = [*container["args"], "--api-auth", "admin:$(WEBUI_AUTH_PASSWORD)"]
        container["env"].append({"name": "LATE", "value": "$(LATER)"})
        container["env"].append({"name": "LATER", "value": "x"})
        container["env"].append({"name": "ESCAPED", "value": "$$(NOT_A_REFERENCE)"})

    problems = breaks(misspelled, charts)
    where = "ai/Deployment stable-diffusion: container stable-diffusion"
    unexpanded = "Kubernetes would pass the text unexpanded"
    assert problems == [
        f"{where} env LATE refers to $(LATER), which is not defined before it: {unexpanded}",
        f"{where} args refers to $(WEBUI_AUTH_PASSWORD), which is not in its env: {unexpanded}",
    ]
