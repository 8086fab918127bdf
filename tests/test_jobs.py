"""Model pre-pull and the on-demand GPU checks."""

from __future__ import annotations

import pytest
from cdk8s import App

from homelab_ai import AiNamespaceChart, GpuSharing, OllamaSettings, OpenWebUiSettings
from tests.support import Manifest, container, find


def everything(**settings: object) -> list[Manifest]:
    chart = AiNamespaceChart(App(), "ai", **settings)  # type: ignore[arg-type]
    return [*chart.to_json(), *chart.cluster.to_json()]


def test_model_pull_job_waits_for_ollama_and_pulls_each_model() -> None:
    job = find(everything(ollama=OllamaSettings(models=("llama3.2", "qwen2.5:7b"))), "Job", "ollama-pull-models")
    app = job["spec"]["template"]["spec"]["containers"][0]
    assert app["image"] == "ollama/ollama:0.12.3"
    assert app["args"] == ["llama3.2", "qwen2.5:7b"]
    script = app["command"][2]
    assert "until ollama list" in script and 'ollama pull "$model"' in script
    assert {"name": "OLLAMA_HOST", "value": "http://ollama:11434"} in app["env"]
    assert job["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/force"] == "enabled"
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"
    assert app["securityContext"]["runAsNonRoot"] is True


def test_model_pull_script_is_valid_shell() -> None:
    import subprocess

    job = find(everything(), "Job", "ollama-pull-models")
    script = job["spec"]["template"]["spec"]["containers"][0]["command"][2]
    assert subprocess.run(["sh", "-n", "-c", script], capture_output=True, check=False).returncode == 0
    assert subprocess.run(["sh", "-n", "-c", script + "\nfi"], capture_output=True, check=False).returncode != 0


def test_model_pull_job_may_reach_ollama() -> None:
    policy = find(everything(), "NetworkPolicy", "ollama-from-ollama-pull-models")
    assert policy["spec"]["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "ollama"}}
    sources = policy["spec"]["ingress"][0]["from"]
    assert sources == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "ollama-pull-models"}}}]


def test_no_models_no_job() -> None:
    assert not [m for m in everything(ollama=OllamaSettings(models=())) if m["kind"] == "Job"]


@pytest.mark.parametrize(
    ("models", "message"),
    [
        (("Llama3.2",), "ai/ModelPull: models 'Llama3.2' is not an Ollama model name"),
        (("llama3.2; rm -rf /",), "ai/ModelPull: models 'llama3.2; rm -rf /' is not an Ollama model name"),
        (("llama3.2:",), "ai/ModelPull: models 'llama3.2:' is not an Ollama model name"),
        (("a/b/c/d",), "ai/ModelPull: models 'a/b/c/d' is not an Ollama model name"),
        (("llama3.2", "llama3.2"), "ai/ModelPull: models 'llama3.2' is listed twice"),
    ],
)
def test_rejects_model_names_that_cannot_be_valid(models: tuple[str, ...], message: str) -> None:
    with pytest.raises(ValueError) as error:
        everything(ollama=OllamaSettings(models=models))
    assert str(error.value).startswith(message)


def test_gpu_smoke_test_is_suspended_and_takes_one_slice() -> None:
    manifests = everything(gpu_sharing=GpuSharing(time_slicing_replicas=6))
    cron_job = find(manifests, "CronJob", "gpu-smoke-test")
    assert cron_job["spec"]["suspend"] is True
    job = cron_job["spec"]["jobTemplate"]["spec"]
    assert (job["parallelism"], job["completions"]) == (1, 1)
    pod = job["template"]["spec"]
    assert pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert pod["runtimeClassName"] == "nvidia"
    assert "nvidia-smi -L" in pod["containers"][0]["command"][2]


def test_no_gpu_check_asks_for_more_slices_than_the_apps_leave() -> None:
    # A CronJob that asks for every slice while the apps hold three can never run beside them;
    # concurrency is the verify chart's gpu-concurrency check.
    manifests = everything()
    cron_jobs = [m for m in manifests if m["kind"] == "CronJob"]
    assert [m["metadata"]["name"] for m in cron_jobs] == ["gpu-smoke-test"]
    held = sum(
        int(c["resources"]["limits"].get("nvidia.com/gpu", 0))
        for m in manifests
        if m["kind"] in ("Deployment", "StatefulSet")
        for c in m["spec"]["template"]["spec"]["containers"]
    )
    for cron_job in cron_jobs:
        assert cron_job["spec"]["jobTemplate"]["spec"]["parallelism"] <= 4 - held


def test_gpu_checks_can_be_left_out() -> None:
    assert not [m for m in everything(gpu_sharing=GpuSharing(checks=False)) if m["kind"] == "CronJob"]


def test_image_generation_is_off_by_default() -> None:
    env = {e["name"] for e in container(find(everything(), "Deployment", "open-webui"))["env"]}
    assert "AUTOMATIC1111_BASE_URL" not in env


def test_image_generation_wires_open_webui_to_stable_diffusion_with_its_secret() -> None:
    manifests = everything(open_webui=OpenWebUiSettings(image_generation=True))
    env = {e["name"]: e.get("value", e.get("valueFrom")) for e in container(find(manifests, "Deployment", "open-webui"))["env"]}
    assert env["ENABLE_IMAGE_GENERATION"] == "true"
    assert env["IMAGE_GENERATION_ENGINE"] == "automatic1111"
    assert env["AUTOMATIC1111_BASE_URL"] == "http://stable-diffusion"
    assert env["SD_WEBUI_AUTH_USER"] == {"secretKeyRef": {"name": "stable-diffusion-secrets", "key": "WEBUI_AUTH_USER"}}
    assert env["AUTOMATIC1111_API_AUTH"] == "$(SD_WEBUI_AUTH_USER):$(SD_WEBUI_AUTH_PASS)"
    names = [e["name"] for e in container(find(manifests, "Deployment", "open-webui"))["env"]]
    assert names.index("SD_WEBUI_AUTH_PASS") < names.index("AUTOMATIC1111_API_AUTH")
    policy = find(manifests, "NetworkPolicy", "stable-diffusion-from-open-webui")
    assert policy["spec"]["ingress"][0]["ports"] == [{"port": 7860, "protocol": "TCP"}]
