"""The chart against the design (with its corrections), value by value."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import App, Size

from homelab_ai import (
    AiNamespaceChart,
    EmbeddingEngine,
    GpuSharing,
    OllamaSettings,
    OpenWebUiSettings,
    Resources,
    StableDiffusionSettings,
    WhisperQuantization,
    WhisperSettings,
)
from tests.support import Manifest, container, find


def all_manifests(chart: AiNamespaceChart) -> list[Manifest]:
    """The chart's objects and those of its nested cluster chart."""
    return [*chart.to_json(), *chart.cluster.to_json()]


@pytest.fixture(scope="module")
def manifests() -> list[Manifest]:
    return all_manifests(AiNamespaceChart(App(), "ai"))


def env_of(manifest: Manifest) -> dict[str, Any]:
    return {item["name"]: item.get("value", item.get("valueFrom")) for item in container(manifest).get("env", [])}


def test_namespace_is_cluster_scoped_and_never_pruned(manifests: list[Manifest]) -> None:
    namespace = find(manifests, "Namespace", "ai")
    assert "namespace" not in namespace["metadata"]
    assert namespace["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/prune"] == "disabled"


def test_every_object_carries_a_design_name(manifests: list[Manifest]) -> None:
    names = sorted((m["kind"], m["metadata"].get("namespace", ""), m["metadata"]["name"]) for m in manifests)
    assert names == sorted(
        [
            ("Namespace", "", "ai"),
            ("ConfigMap", "gpu-operator", "time-slicing-config"),
            ("StatefulSet", "ai", "ollama"),
            ("Service", "ai", "ollama"),
            ("Deployment", "ai", "open-webui"),
            ("Service", "ai", "open-webui"),
            ("Deployment", "ai", "faster-whisper"),
            ("Service", "ai", "faster-whisper"),
            ("Deployment", "ai", "stable-diffusion"),
            ("Service", "ai", "stable-diffusion"),
            ("PersistentVolumeClaim", "ai", "ollama-models"),
            ("PersistentVolumeClaim", "ai", "open-webui-data"),
            ("PersistentVolumeClaim", "ai", "whisper-models"),
            ("PersistentVolumeClaim", "ai", "sd-data"),
            ("NetworkPolicy", "ai", "default-deny-ingress"),
            ("NetworkPolicy", "ai", "ollama-from-open-webui"),
            ("NetworkPolicy", "ai", "open-webui-from-load-balancer"),
            ("NetworkPolicy", "ai", "stable-diffusion-from-load-balancer"),
            ("NetworkPolicy", "ai", "faster-whisper-from-load-balancer"),
            ("RecurringJob", "longhorn-system", "homelab-ai-backup"),
            ("ConfigMap", "gpu-operator", "gpu-operator-time-slicing-values"),
            ("Job", "ai", "ollama-pull-models"),
            ("NetworkPolicy", "ai", "ollama-from-ollama-pull-models"),
            ("CronJob", "ai", "gpu-smoke-test"),
            ("PriorityClass", "", "homelab-ai-interactive"),
            ("PriorityClass", "", "homelab-ai-batch"),
            ("ResourceQuota", "ai", "homelab-ai"),
        ]
    )


@pytest.mark.parametrize(
    ("name", "size"),
    [("ollama-models", "100Gi"), ("open-webui-data", "10Gi"), ("whisper-models", "50Gi"), ("sd-data", "150Gi")],
)
def test_volumes_have_the_design_sizes(manifests: list[Manifest], name: str, size: str) -> None:
    claim = find(manifests, "PersistentVolumeClaim", name)
    assert claim["spec"]["resources"]["requests"]["storage"] == size
    assert claim["spec"]["storageClassName"] == "longhorn"
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]


@pytest.mark.parametrize(
    ("name", "address", "target_port"),
    [("open-webui", "10.10.2.25", 8080), ("stable-diffusion", "10.10.2.26", 7860), ("faster-whisper", "10.10.2.27", 9000)],
)
def test_web_apps_answer_on_port_80_at_their_design_address(
    manifests: list[Manifest], name: str, address: str, target_port: int
) -> None:
    service = find(manifests, "Service", name)
    assert service["spec"]["type"] == "LoadBalancer"
    assert service["metadata"]["annotations"] == {"lbipam.cilium.io/ips": address}
    assert service["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": target_port, "protocol": "TCP"}]
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": name}


def test_ollama_is_a_statefulset_behind_a_cluster_ip_service(manifests: list[Manifest]) -> None:
    service = find(manifests, "Service", "ollama")
    assert service["spec"]["type"] == "ClusterIP"
    assert service["spec"]["ports"][0]["port"] == 11434
    statefulset = find(manifests, "StatefulSet", "ollama")
    assert statefulset["spec"]["serviceName"] == "ollama"
    assert container(statefulset)["volumeMounts"] == [
        {"name": "tmp", "mountPath": "/tmp"},
        {"name": "ollama-models", "mountPath": "/home/ollama/.ollama"},
    ]


def test_ollama_env_follows_the_design_without_visible_devices(manifests: list[Manifest]) -> None:
    assert env_of(find(manifests, "StatefulSet", "ollama")) == {
        "HOME": "/home/ollama",
        "OLLAMA_NUM_PARALLEL": "2",
        "OLLAMA_MAX_LOADED_MODELS": "1",
        "OLLAMA_KEEP_ALIVE": "30m",
        "OLLAMA_FLASH_ATTENTION": "1",
    }


def test_open_webui_reaches_ollama_through_its_service_and_keeps_its_secret_key(manifests: list[Manifest]) -> None:
    deployment = find(manifests, "Deployment", "open-webui")
    assert env_of(deployment) == {
        "OLLAMA_BASE_URL": "http://ollama:11434",
        "WEBUI_AUTH": "true",
        "DATA_DIR": "/app/backend/data",
        # What the chart sets is what runs after every restart, not what the database kept.
        "ENABLE_PERSISTENT_CONFIG": "False",
        # Open WebUI's own embedding default, in-process: the chat model stays loaded in Ollama.
        "RAG_EMBEDDING_ENGINE": "",
        "RAG_EMBEDDING_MODEL": "sentence-transformers/all-MiniLM-L6-v2",
        # An admin's config import would log every setting's value (secrets too) at INFO.
        "CONFIG_LOG_LEVEL": "WARNING",
        # Every API key a client uses would be logged at INFO.
        "MODELS_LOG_LEVEL": "WARNING",
        "WEBUI_SECRET_KEY": {"secretKeyRef": {"name": "open-webui-secrets", "key": "WEBUI_SECRET_KEY"}},
    }
    assert container(deployment)["volumeMounts"] == [{"name": "open-webui-data", "mountPath": "/app/backend/data"}]
    assert "runtimeClassName" not in deployment["spec"]["template"]["spec"]


@pytest.mark.parametrize("pulled", ["nomic-embed-text", "nomic-embed-text:latest"])
def test_open_webui_can_take_its_embeddings_from_an_ollama_model_the_job_pulls(pulled: str) -> None:
    chart = AiNamespaceChart(
        App(),
        "ai",
        ollama=OllamaSettings(models=("llama3.2", pulled)),
        open_webui=OpenWebUiSettings(embeddings=EmbeddingEngine.OLLAMA, embedding_model="nomic-embed-text"),
    )
    env = env_of(find(all_manifests(chart), "Deployment", "open-webui"))
    # RAG_OLLAMA_BASE_URL defaults to OLLAMA_BASE_URL, the Service the NetworkPolicy admits.
    assert (env["RAG_EMBEDDING_ENGINE"], env["RAG_EMBEDDING_MODEL"]) == ("ollama", "nomic-embed-text")
    assert env["OLLAMA_BASE_URL"] == "http://ollama:11434" and "RAG_OLLAMA_BASE_URL" not in env


def test_whisper_stores_models_where_they_go_in_float16(manifests: list[Manifest]) -> None:
    deployment = find(manifests, "Deployment", "faster-whisper")
    assert env_of(deployment) == {
        "ASR_ENGINE": "faster_whisper",
        "ASR_MODEL": "large-v3",
        "ASR_DEVICE": "cuda",
        "ASR_QUANTIZATION": "float16",
        "ASR_MODEL_PATH": "/root/.cache/whisper",
        "MODEL_IDLE_TIMEOUT": "300",
    }
    assert container(deployment)["volumeMounts"] == [{"name": "whisper-models", "mountPath": "/root/.cache/whisper"}]


def test_stable_diffusion_reads_its_secret_from_files_not_env_or_args(manifests: list[Manifest]) -> None:
    deployment = find(manifests, "Deployment", "stable-diffusion")
    app = container(deployment)
    env = env_of(deployment)
    # Anything in env or args is printed at start or shown by /internal/sysinfo: the Secret is a
    # read-only tmpfs volume only root (the app's user) can read.
    assert not any("WEBUI_AUTH" in name or "secretKeyRef" in str(value) for name, value in env.items())
    assert "CUDA_VISIBLE_DEVICES" not in env
    assert "TORCH_CUDNN_BENCHMARK" not in env  # read by nothing in A1111 or PyTorch
    assert env["LD_PRELOAD"] == "/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4"
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
    secret = volumes["secret-stable-diffusion-secrets"]["secret"]
    assert secret == {
        "secretName": "stable-diffusion-secrets",
        "defaultMode": 0o400,
        "items": [{"key": "WEBUI_AUTH_USER", "path": "WEBUI_AUTH_USER"}, {"key": "WEBUI_AUTH_PASS", "path": "WEBUI_AUTH_PASS"}],
    }
    args = app["args"]
    assert args[:3] == ["--listen", "--port", "7860"]
    assert not any("auth" in arg or "$(" in arg for arg in args)
    assert "--opt-split-attention-v2" not in args and "--no-half-vae" not in args
    # Everything A1111 keeps lives in sd-data: models/ and outputs/ are the design's sub-paths.
    assert args[args.index("--data-dir") + 1] == "/data"
    assert app["volumeMounts"] == [
        {"name": "sd-data", "mountPath": "/data"},
        {"name": "secret-stable-diffusion-secrets", "mountPath": "/run/secrets/stable-diffusion", "readOnly": True},
    ]


def test_stable_diffusion_starts_a1111_itself_not_the_image_start_script(manifests: list[Manifest]) -> None:
    command = container(find(manifests, "Deployment", "stable-diffusion"))["command"]
    assert command[:2] == ["/bin/bash", "-c"]
    script, launcher = command[2], command[4]
    assert '/venv/bin/python -u -c "$launcher" "$@"' in script
    assert "/start.sh" not in script and "jupyter" not in script
    # The kubelet's SIGTERM is forwarded as SIGTERM, which a background job does not ignore.
    assert 'kill -TERM "$pid"' in script
    assert "launch.main()" in launcher


@pytest.mark.parametrize(
    ("kind", "name", "requests", "limits", "gpu"),
    [
        ("StatefulSet", "ollama", {"cpu": "2", "memory": "12Gi"}, {"cpu": "6", "memory": "20Gi"}, 1),
        # Deviation 30: Open WebUI's memory, from upstream reports (its image contract).
        ("Deployment", "open-webui", {"cpu": "250m", "memory": "1Gi"}, {"cpu": "500m", "memory": "2Gi"}, None),
        ("Deployment", "faster-whisper", {"cpu": "2", "memory": "8Gi"}, {"cpu": "4", "memory": "16Gi"}, 1),
        ("Deployment", "stable-diffusion", {"cpu": "4", "memory": "24Gi"}, {"cpu": "8", "memory": "32Gi"}, 1),
    ],
)
def test_resources_follow_the_design_table(
    manifests: list[Manifest], kind: str, name: str, requests: dict[str, str], limits: dict[str, str], gpu: int | None
) -> None:
    resources = container(find(manifests, kind, name))["resources"]
    assert resources["requests"] == requests
    expected_limits: dict[str, Any] = dict(limits)
    if gpu is not None:
        expected_limits["nvidia.com/gpu"] = gpu
    assert resources["limits"] == expected_limits


@pytest.mark.parametrize(
    ("kind", "name", "path", "ready_path", "port", "startup_failures"),
    [
        ("StatefulSet", "ollama", "/", "/", 11434, 30),
        ("Deployment", "open-webui", "/health", "/health", 8080, 60),
        ("Deployment", "faster-whisper", "/docs", None, 9000, 120),
        # Ready once a checkpoint is loaded; /internal/ping answers before and without one.
        ("Deployment", "stable-diffusion", "/internal/ping", "/internal/ready", 7860, 180),
    ],
)
def test_probes_use_real_health_paths_and_a_startup_budget(
    manifests: list[Manifest], kind: str, name: str, path: str, ready_path: str | None, port: int, startup_failures: int
) -> None:
    app = container(find(manifests, kind, name))
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        busy_blind = name == "faster-whisper" and probe != "startupProbe"
        probe_path = ready_path if probe == "readinessProbe" else path
        assert app[probe] == {
            **({"tcpSocket": {"port": port}} if busy_blind else {"httpGet": {"path": probe_path, "port": port}}),
            "periodSeconds": 10,
            "timeoutSeconds": 5,
            "failureThreshold": app[probe]["failureThreshold"],
        }
    assert app["startupProbe"]["failureThreshold"] * app["startupProbe"]["periodSeconds"] == startup_failures * 10


@pytest.mark.parametrize("name", ["faster-whisper", "stable-diffusion", "open-webui"])
def test_deployments_use_recreate(manifests: list[Manifest], name: str) -> None:
    assert find(manifests, "Deployment", name)["spec"]["strategy"] == {"type": "Recreate"}


def test_no_image_floats(manifests: list[Manifest]) -> None:
    images = [container(m)["image"] for m in manifests if m["kind"] in ("Deployment", "StatefulSet")]
    assert len(images) == 4
    for image in images:
        assert ":" in image.rsplit("/", 1)[-1]
        assert image.rsplit(":", 1)[1] not in ("latest", "main", "latest-gpu")


def test_settings_override_one_value_and_keep_the_rest() -> None:
    chart = AiNamespaceChart(
        App(),
        "ai",
        namespace="llm",
        ollama=OllamaSettings(keep_alive="5m", models_size_gib=200),
        open_webui=OpenWebUiSettings(address="10.10.2.35"),
        whisper=WhisperSettings(model="medium", quantization=WhisperQuantization.INT8),
        stable_diffusion=StableDiffusionSettings(
            port=3000,
            resources=Resources(cpu_request=2, cpu_limit=4, memory_request=Size.gibibytes(8), memory_limit=Size.gibibytes(16)),
        ),
        gpu_sharing=GpuSharing(time_slicing_replicas=8),
    )
    manifests = all_manifests(chart)
    assert env_of(find(manifests, "StatefulSet", "ollama"))["OLLAMA_KEEP_ALIVE"] == "5m"
    assert env_of(find(manifests, "StatefulSet", "ollama"))["OLLAMA_NUM_PARALLEL"] == "2"
    assert find(manifests, "PersistentVolumeClaim", "ollama-models")["spec"]["resources"]["requests"]["storage"] == "200Gi"
    assert find(manifests, "Service", "open-webui")["metadata"]["annotations"]["lbipam.cilium.io/ips"] == "10.10.2.35"
    assert find(manifests, "Service", "open-webui")["metadata"]["namespace"] == "llm"
    assert env_of(find(manifests, "Deployment", "faster-whisper"))["ASR_MODEL"] == "medium"
    assert env_of(find(manifests, "Deployment", "faster-whisper"))["ASR_QUANTIZATION"] == "int8"
    sd = find(manifests, "Deployment", "stable-diffusion")
    assert container(sd)["args"][:3] == ["--listen", "--port", "3000"]
    assert find(manifests, "Service", "stable-diffusion")["spec"]["ports"][0]["targetPort"] == 3000
    assert container(sd)["resources"]["requests"] == {"cpu": "2", "memory": "8Gi"}
    assert "replicas: 8" in find(manifests, "ConfigMap", "time-slicing-config")["data"]["any"]


def test_bad_setting_names_the_construct_and_field() -> None:
    with pytest.raises(ValueError, match=r"^ai/OpenWebUiService: address '10\.10\.2' is not an IPv4 address"):
        AiNamespaceChart(App(), "ai", open_webui=OpenWebUiSettings(address="10.10.2"))
    with pytest.raises(ValueError, match=r"^ai/Ollama: image 'ollama/ollama:latest' uses the floating tag 'latest'"):
        AiNamespaceChart(App(), "ai", ollama=OllamaSettings(image="ollama/ollama:latest"))
    with pytest.raises(ValueError, match=r"^ai: namespace 'AI' is not a valid DNS-1123 label"):
        AiNamespaceChart(App(), "ai", namespace="AI")
