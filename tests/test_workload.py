from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart, Size

from homelab_ai import (
    DefaultDenyIngress,
    HealthCheck,
    LonghornVolume,
    Mount,
    Resources,
    RunAs,
    SecretEnv,
    Waiver,
    Workload,
    WorkloadKind,
)
from homelab_ai.synth import project_app
from tests.support import container, find, synth, web_workload


def web(chart: Chart, **overrides: Any) -> Workload:
    return web_workload(chart, **overrides)


def test_deployment_runs_one_replica_with_recreate() -> None:
    deployment = find(synth(web), "Deployment", "web")
    assert deployment["spec"]["replicas"] == 1
    assert deployment["spec"]["strategy"] == {"type": "Recreate"}


def test_statefulset_names_its_service() -> None:
    statefulset = find(synth(lambda c: web(c, kind=WorkloadKind.STATEFUL_SET)), "StatefulSet", "web")
    assert statefulset["spec"]["serviceName"] == "web"
    assert statefulset["spec"]["replicas"] == 1


def test_selector_uses_only_the_stable_name_label() -> None:
    deployment = find(synth(web), "Deployment", "web")
    assert deployment["spec"]["selector"] == {"matchLabels": {"app.kubernetes.io/name": "web"}}
    assert deployment["spec"]["template"]["metadata"]["labels"] == {"app.kubernetes.io/name": "web"}
    # A user's object is the user's: no project is named unless the App names one.
    assert deployment["metadata"]["labels"] == {"app.kubernetes.io/name": "web", "app.kubernetes.io/managed-by": "cdk8s"}


def test_the_app_names_the_project_objects_are_part_of() -> None:
    app = project_app("my-cluster")
    chart = Chart(app, "test", namespace="ai", disable_resource_name_hashes=True)
    DefaultDenyIngress(chart, "DefaultDeny")
    web(chart)
    labels = find(list(chart.to_json()), "Deployment", "web")["metadata"]["labels"]
    assert labels["app.kubernetes.io/part-of"] == "my-cluster"


def test_resources_are_written_in_the_units_people_use() -> None:
    resources = Resources(cpu_request=0.25, cpu_limit=2, memory_request=Size.mebibytes(512), memory_limit=Size.gibibytes(1))
    spec = container(find(synth(lambda c: web(c, resources=resources)), "Deployment", "web"))["resources"]
    assert spec == {"requests": {"cpu": "250m", "memory": "512Mi"}, "limits": {"cpu": "2", "memory": "1Gi"}}


def test_cpu_only_workload_has_no_gpu_settings() -> None:
    pod = find(synth(web), "Deployment", "web")["spec"]["template"]["spec"]
    assert "runtimeClassName" not in pod
    assert "tolerations" not in pod
    assert "nvidia.com/gpu" not in pod["containers"][0]["resources"]["limits"]


def test_pod_is_hardened_by_default() -> None:
    pod = find(synth(web), "Deployment", "web")["spec"]["template"]["spec"]
    assert pod["automountServiceAccountToken"] is False
    assert pod["enableServiceLinks"] is False
    assert pod["securityContext"] == {"seccompProfile": {"type": "RuntimeDefault"}}
    assert pod["containers"][0]["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": False,
    }
    assert pod["containers"][0]["imagePullPolicy"] == "IfNotPresent"


def test_startup_probe_is_sized_from_the_budget_and_others_stay_short() -> None:
    health = HealthCheck(path="/health", startup_budget_seconds=1205, period_seconds=10)
    app = container(find(synth(lambda c: web(c, health=health)), "Deployment", "web"))
    assert app["startupProbe"] == {
        "httpGet": {"path": "/health", "port": 8080},
        "periodSeconds": 10,
        "timeoutSeconds": 5,
        "failureThreshold": 121,
    }
    for probe in ("livenessProbe", "readinessProbe"):
        assert app[probe]["failureThreshold"] == 3
        assert app[probe]["httpGet"] == {"path": "/health", "port": 8080}
        assert "initialDelaySeconds" not in app[probe]


def test_readiness_path_probes_readiness_alone() -> None:
    health = HealthCheck(path="/ping", readiness_path="/ready")
    app = container(find(synth(lambda c: web(c, health=health)), "Deployment", "web"))
    assert app["readinessProbe"]["httpGet"] == {"path": "/ready", "port": 8080}
    assert app["livenessProbe"]["httpGet"] == {"path": "/ping", "port": 8080}
    assert app["startupProbe"]["httpGet"] == {"path": "/ping", "port": 8080}


def test_health_without_path_probes_the_tcp_port() -> None:
    app = container(find(synth(lambda c: web(c, health=HealthCheck(path=None))), "Deployment", "web"))
    assert app["livenessProbe"]["tcpSocket"] == {"port": 8080}
    assert "httpGet" not in app["livenessProbe"]


def test_env_keeps_order_and_secrets_are_references() -> None:
    def build(chart: Chart) -> None:
        workload = web(chart, env={"B": "2", "A": "1"}, secret_env=[SecretEnv(name="TOKEN", secret="web-secrets", key="token")])
        workload.add_env("C", "3")
        workload.add_secret_env(SecretEnv(name="PASS", secret="web-secrets", key="pass"))

    env = container(find(synth(build), "Deployment", "web"))["env"]
    assert [item["name"] for item in env] == ["B", "A", "TOKEN", "C", "PASS"]
    assert env[2] == {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "web-secrets", "key": "token"}}}
    assert env[3] == {"name": "C", "value": "3"}
    assert "value" not in env[4]


def test_add_env_creates_the_list_when_none_was_given() -> None:
    env = container(find(synth(lambda c: web(c).add_env("ONLY", "1")), "Deployment", "web"))["env"]
    assert env == [{"name": "ONLY", "value": "1"}]


def test_mounts_share_one_volume_and_keep_sub_paths() -> None:
    def build(chart: Chart) -> None:
        data = LonghornVolume(chart, "Data", name="web-data", size=Size.gibibytes(1))
        workload = web(chart)
        workload.mount("/data/models", data, sub_path="models")
        workload.mount("/data/outputs", data, sub_path="outputs", read_only=True)

    pod = find(synth(build), "Deployment", "web")["spec"]["template"]["spec"]
    assert pod["volumes"] == [{"name": "web-data", "persistentVolumeClaim": {"claimName": "web-data"}}]
    assert pod["containers"][0]["volumeMounts"] == [
        {"name": "web-data", "mountPath": "/data/models", "subPath": "models"},
        {"name": "web-data", "mountPath": "/data/outputs", "subPath": "outputs", "readOnly": True},
    ]


def test_args_are_passed_verbatim() -> None:
    def build(chart: Chart) -> None:
        web(chart, env={"USER": "u", "PASS": "p"}, args=["--port", "8080", "--auth", "$(USER):$(PASS)"])

    app = container(find(synth(build), "Deployment", "web"))
    assert app["args"] == ["--port", "8080", "--auth", "$(USER):$(PASS)"]


def test_cluster_service_gives_an_in_cluster_url() -> None:
    urls: list[str] = []

    def build(chart: Chart) -> None:
        workload = web(chart)
        workload.add_cluster_service()
        urls.append(workload.url)

    manifests = synth(build)
    service = find(manifests, "Service", "web")
    assert service["spec"]["type"] == "ClusterIP"
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": "web"}
    assert service["spec"]["ports"] == [{"name": "http", "port": 8080, "targetPort": "http", "protocol": "TCP"}]
    assert urls == ["http://web:8080"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": "Web"}, "test/Web: name 'Web' is not a valid DNS-1123 label"),
        ({"name": "w" * 64}, "is not a valid DNS-1123 label"),
        ({"image": "ghcr.io/example/web"}, "test/Web: image 'ghcr.io/example/web' has no tag"),
        ({"image": "localhost:5000/web"}, "test/Web: image 'localhost:5000/web' has no tag"),
        ({"image": "ollama/ollama:latest"}, "test/Web: image 'ollama/ollama:latest' uses the floating tag 'latest'"),
        ({"image": "ghcr.io/open-webui/open-webui:main"}, "uses the floating tag 'main'"),
        ({"image": "onerahmet/openai-whisper-asr-webservice:latest-gpu"}, "uses the floating tag 'latest-gpu'"),
        ({"image": "web:1 2"}, "test/Web: image 'web:1 2' is not an image reference"),
        ({"port": 0}, "test/Web: port 0 is not a valid port: use an integer from 1 to 65535"),
        ({"port": 70000}, "test/Web: port 70000 is not a valid port"),
        ({"port": "8080"}, "test/Web: port '8080' is not a valid port"),
        ({"kind": "Deployment"}, "test/Web: kind 'Deployment' is not a WorkloadKind"),
        ({"resources": {"cpu": 1}}, "test/Web: resources {'cpu': 1} is not a Resources"),
        ({"env": {"1BAD": "x"}}, "test/Web: env name '1BAD' is not a valid environment variable name"),
        ({"env": {"PORT": 8080}}, "test/Web: env['PORT'] 8080 is not a string: quote it"),
        ({"env": {"NVIDIA_VISIBLE_DEVICES": "all"}}, "test/Web: env name 'NVIDIA_VISIBLE_DEVICES' must not be set"),
        ({"env": {"CUDA_VISIBLE_DEVICES": "0"}}, "test/Web: env name 'CUDA_VISIBLE_DEVICES' must not be set"),
        (
            {"env": {"A": "1"}, "secret_env": [SecretEnv(name="A", secret="s", key="k")]},
            "test/Web: secret_env name 'A' is set twice: set each variable once",
        ),
        ({"secret_env": [SecretEnv(name="A", secret="Bad_Secret", key="k")]}, "test/Web: secret_env['A'].secret 'Bad_Secret'"),
        (
            {"secret_env": [SecretEnv(name="A", secret="s", key="a/b")]},
            "test/Web: secret_env['A'].key 'a/b' is not a valid Secret key",
        ),
        ({"args": ["--port", 8080]}, "test/Web: args[1] 8080 is not a string: quote it"),
        ({"health": HealthCheck(path="health")}, "test/Web: health.path 'health' is not an absolute HTTP path"),
        (
            {"health": HealthCheck(readiness_path="ready")},
            "test/Web: health.readiness_path 'ready' is not an absolute HTTP path: use for example '/ready', or None",
        ),
        (
            {"health": HealthCheck(startup_budget_seconds=5)},
            "test/Web: health.startup_budget_seconds 5 is not allowed: use a whole number of at least 10",
        ),
        ({"health": HealthCheck(period_seconds=0)}, "test/Web: health.period_seconds 0 is not allowed"),
        ({"health": HealthCheck(timeout_seconds=20)}, "test/Web: health.timeout_seconds 20 is above health.period_seconds 10"),
        ({"namespace": "AI"}, "test/Web: namespace 'AI' is not a valid DNS-1123 label"),
    ],
)
def test_rejects_bad_input_naming_construct_and_prop(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: web(c, **overrides))
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("resources", "message"),
    [
        (
            Resources(cpu_request=-1, cpu_limit=1, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1)),
            "test/Web: resources.cpu_request -1 is not allowed: use a positive number of cores",
        ),
        (
            Resources(cpu_request=0, cpu_limit=1, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1)),
            "test/Web: resources.cpu_request 0 is not allowed",
        ),
        (
            Resources(cpu_request=0.0001, cpu_limit=1, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1)),
            "test/Web: resources.cpu_request 0.0001 is finer than a millicore",
        ),
        (
            Resources(cpu_request=1, cpu_limit=1, memory_request=Size.gibibytes(0), memory_limit=Size.gibibytes(1)),
            "test/Web: resources.memory_request 0Gi is not allowed: use a positive size",
        ),
        (
            Resources(cpu_request=4, cpu_limit=2, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(1)),
            "test/Web: resources.cpu_request 4 is above resources.cpu_limit 2",
        ),
        (
            Resources(cpu_request=1, cpu_limit=2, memory_request=Size.gibibytes(2), memory_limit=Size.mebibytes(1536)),
            "test/Web: resources.memory_request 2Gi is above resources.memory_limit 1536Mi",
        ),
        (
            Resources(cpu_request=1, cpu_limit=2, memory_request=2048, memory_limit=Size.gibibytes(4)),  # type: ignore[arg-type]
            "test/Web: resources.memory_request 2048 is not a cdk8s.Size",
        ),
    ],
)
def test_rejects_bad_resources(resources: Resources, message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: web(c, resources=resources))
    assert message in str(error.value)


def test_rejects_mount_mistakes() -> None:
    def attempt(path: str, sub_path: str | None = None, namespace: str = "ai") -> str:
        def build(chart: Chart) -> None:
            data = LonghornVolume(chart, "Data", name="data", size=Size.gibibytes(1), namespace=namespace)
            workload = web(chart)
            workload.mount("/data", LonghornVolume(chart, "Other", name="other", size=Size.gibibytes(1)))
            workload.mount(path, data, sub_path=sub_path)

        with pytest.raises(ValueError) as error:
            synth(build)
        return str(error.value)

    assert attempt("data").startswith("test/Web: mount path 'data' is not a normalized absolute path")
    assert attempt("/data/../etc").startswith("test/Web: mount path '/data/../etc' is not a normalized absolute path")
    assert attempt("/data").startswith("test/Web: mount path '/data' is already mounted")
    assert attempt("/models", sub_path="../x").startswith("test/Web: mount sub_path '../x' must be a relative path")
    assert attempt("/models", sub_path="/abs").startswith("test/Web: mount sub_path '/abs' must be a relative path")
    assert attempt("/models", namespace="media").startswith("test/Web: mount volume 'data' is in namespace 'media', not 'ai'")


def test_rejects_a_writable_path_listed_twice() -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: web(c, writable_paths=["/tmp", "/tmp"]))
    assert str(error.value) == "test/Web: writable_paths lists '/tmp' twice: list each path once"


def test_rejects_url_before_service_and_a_second_service() -> None:
    def url_first(chart: Chart) -> None:
        _ = web(chart).url

    with pytest.raises(ValueError, match=r"test/Web: url is only known after add_cluster_service\(\)"):
        synth(url_first)

    def twice(chart: Chart) -> None:
        workload = web(chart)
        workload.add_cluster_service()
        workload.add_cluster_service()

    with pytest.raises(ValueError, match="test/Web: add_cluster_service was already called"):
        synth(twice)


def test_mounts_given_up_front_and_later_share_one_volume() -> None:
    def build(chart: Chart) -> None:
        data = LonghornVolume(chart, "Data", name="web-data", size=Size.gibibytes(1))
        workload = web(chart, mounts=[Mount(path="/data/models", volume=data, sub_path="models")], writable_paths=["/tmp"])
        workload.mount("/data/outputs", data, sub_path="outputs")

    pod = find(synth(build), "Deployment", "web")["spec"]["template"]["spec"]
    assert pod["volumes"] == [
        {"name": "tmp", "emptyDir": {}},
        {"name": "web-data", "persistentVolumeClaim": {"claimName": "web-data"}},
    ]
    assert pod["containers"][0]["volumeMounts"] == [
        {"name": "tmp", "mountPath": "/tmp"},
        {"name": "web-data", "mountPath": "/data/models", "subPath": "models"},
        {"name": "web-data", "mountPath": "/data/outputs", "subPath": "outputs"},
    ]


def test_run_as_makes_the_pod_non_root_with_group_owned_volumes() -> None:
    pod = find(synth(lambda c: web(c, run_as=RunAs(), read_only_root_filesystem=True)), "Deployment", "web")["spec"]["template"][
        "spec"
    ]
    security = pod["containers"][0]["securityContext"]
    assert (security["runAsNonRoot"], security["runAsUser"], security["runAsGroup"]) == (True, 10001, 10001)
    assert security["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["fsGroup"] == 10001
    assert pod["securityContext"]["fsGroupChangePolicy"] == "OnRootMismatch"


def test_waivers_become_checkov_annotations_after_the_library_ones() -> None:
    waiver = Waiver(check="CKV_K8S_22", reason="writes caches")
    annotations = find(synth(lambda c: web(c, waivers=[waiver])), "Deployment", "web")["metadata"]["annotations"]
    assert annotations["checkov.io/skip1"].startswith("CKV_K8S_43=")
    assert annotations["checkov.io/skip2"].startswith("CKV_K8S_15=")
    assert annotations["checkov.io/skip3"] == "CKV_K8S_22=writes caches"


def test_a_digest_needs_no_digest_waiver() -> None:
    image = "ghcr.io/example/web@sha256:" + "a" * 64
    annotations = find(synth(lambda c: web(c, image=image)), "Deployment", "web")["metadata"]["annotations"]
    assert not any(value.startswith("CKV_K8S_43=") for value in annotations.values())


def test_rejects_a_waiver_given_twice() -> None:
    waiver = Waiver(check="CKV_K8S_43", reason="again")
    with pytest.raises(ValueError, match="test/Web: waivers CKV_K8S_43 is waived twice"):
        synth(lambda c: web(c, waivers=[waiver]))


@pytest.mark.parametrize("tag", ["main-cuda", "ollama", "dev-cuda", "latest-gpu", "NIGHTLY"])
def test_rejects_floating_tag_variants(tag: str) -> None:
    with pytest.raises(ValueError, match=f"uses the floating tag '{tag}'"):
        synth(lambda c: web(c, image=f"ghcr.io/open-webui/open-webui:{tag}"))


@pytest.mark.parametrize("tag", ["v0.6.32", "0.12.3", "v1.9.1-gpu", "1.10.0.post7", "12.6.3-base-ubuntu24.04"])
def test_accepts_version_tags(tag: str) -> None:
    synth(lambda c: web(c, image=f"example/app:{tag}"))


def test_command_replaces_the_entrypoint() -> None:
    app = container(find(synth(lambda c: web(c, command=["/start.sh"], args=["--listen"])), "Deployment", "web"))
    assert (app["command"], app["args"]) == (["/start.sh"], ["--listen"])
