"""A Workload fits any app: more volume kinds, named ports, init containers, sidecars, replicas,
and env that composes with escape-hatch patches."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart, JsonPatch, Size

from homelab_ai import (
    AccessMode,
    ClusterPlan,
    ConfigMapVolume,
    ContainerSpec,
    EmptyDir,
    ExistingClaim,
    Gpu,
    LoadBalancedApp,
    LonghornVolume,
    Mount,
    SecretVolume,
    Vram,
    Workload,
)
from homelab_ai.inventory import Inventory
from tests.support import Manifest, find, new_chart, small_resources, synth, web_workload


def web(chart: Chart, **overrides: Any) -> Workload:
    return web_workload(chart, **overrides)


def pod_of(manifests: list[Manifest]) -> Manifest:
    result: Manifest = find(manifests, "Deployment", "web")["spec"]["template"]["spec"]
    return result


def helper(name: str, **overrides: Any) -> ContainerSpec:
    return ContainerSpec(name=name, image="ghcr.io/example/helper:2.0.0", resources=small_resources(), **overrides)


def test_config_secret_claim_and_sized_scratch_volumes_are_mounted() -> None:
    mounts = [
        Mount(path="/etc/app/config.yaml", volume=ConfigMapVolume(config_map="web-config"), sub_path="config.yaml"),
        Mount(path="/etc/app/extra.yaml", volume=ConfigMapVolume(config_map="web-config"), sub_path="extra.yaml"),
        Mount(path="/run/secrets/app", volume=SecretVolume(secret="web-secrets"), read_only=True),
        Mount(path="/run/secrets/root", volume=SecretVolume(secret="root-only", default_mode=0o400), read_only=True),
        Mount(path="/run/secrets/two", volume=SecretVolume(secret="two-keys", keys=("user", "pass.txt")), read_only=True),
        Mount(path="/data", volume=ExistingClaim(claim="restored-data")),
        Mount(path="/cache", volume=EmptyDir(size_limit=Size.gibibytes(2))),
        Mount(path="/dev/shm", volume=EmptyDir(in_memory=True, size_limit=Size.mebibytes(512))),
    ]
    pod = pod_of(synth(lambda c: web(c, mounts=mounts)))
    assert pod["volumes"] == [
        {"name": "configmap-web-config", "configMap": {"name": "web-config"}},
        {"name": "secret-web-secrets", "secret": {"secretName": "web-secrets"}},
        {"name": "secret-root-only", "secret": {"secretName": "root-only", "defaultMode": 0o400}},
        {
            "name": "secret-two-keys",
            "secret": {
                "secretName": "two-keys",
                "items": [{"key": "user", "path": "user"}, {"key": "pass.txt", "path": "pass.txt"}],
            },
        },
        {"name": "restored-data", "persistentVolumeClaim": {"claimName": "restored-data"}},
        {"name": "cache", "emptyDir": {"sizeLimit": "2048Mi"}},
        {"name": "dev-shm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}},
    ]
    assert pod["containers"][0]["volumeMounts"][0] == {
        "name": "configmap-web-config",
        "mountPath": "/etc/app/config.yaml",
        "subPath": "config.yaml",
    }
    assert pod["containers"][0]["volumeMounts"][2]["readOnly"] is True


@pytest.mark.parametrize("mode", [0o1000, -1])
def test_rejects_a_secret_file_mode_that_is_not_one(mode: Any) -> None:
    mounts = [Mount(path="/run/secrets/app", volume=SecretVolume(secret="web-secrets", default_mode=mode))]
    with pytest.raises(ValueError) as error:
        synth(lambda c: web(c, mounts=mounts))
    assert f"test/Web: mount volume default_mode {mode!r} is not a file mode: use an octal number such as 0o400" in str(
        error.value
    )


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (("a/b",), "mount volume keys 'a/b' is not a valid Secret key: use letters, digits, '-', '_' and '.'"),
        (("..",), "mount volume keys '..' is not a valid Secret key"),
        (("user", "user"), "mount volume keys ['user', 'user'] lists a key twice: list each key once"),
        ("user", "mounts.volume.keys 'user' is a str, not a tuple: write ('user',) with the trailing comma"),
    ],
)
def test_rejects_secret_keys_that_cannot_be_files(keys: Any, message: str) -> None:
    mounts = [Mount(path="/run/secrets/app", volume=SecretVolume(secret="web-secrets", keys=keys))]
    with pytest.raises(ValueError) as error:
        synth(lambda c: web(c, mounts=mounts))
    assert f"test/Web: {message}" in str(error.value)


def test_named_ports_and_a_service_on_the_second_one() -> None:
    def build(chart: Chart) -> None:
        app = web(chart, ports={"ws": 8189})
        LoadBalancedApp(chart, "Ws", name="web-ws", address="10.10.2.31", port=8189, backend=app.backend_for("ws"))

    manifests = synth(build)
    assert pod_of(manifests)["containers"][0]["ports"] == [
        {"containerPort": 8080, "name": "http", "protocol": "TCP"},
        {"containerPort": 8189, "name": "ws", "protocol": "TCP"},
    ]
    assert find(manifests, "Service", "web-ws")["spec"]["ports"][0]["targetPort"] == 8189
    assert find(manifests, "NetworkPolicy", "web-ws-from-load-balancer")["spec"]["ingress"][0]["ports"][0]["port"] == 8189


@pytest.mark.parametrize(
    ("ports", "message"),
    [
        ({"http": 9000}, "test/Web: ports['http'] 9000 clashes with port http (8080)"),
        ({"metrics": 8080}, "test/Web: ports['metrics'] 8080 clashes with port http (8080)"),
        ({"Metrics!": 9090}, "test/Web: ports name 'Metrics!' is not a valid port name"),
        ({"metrics": 70000}, "test/Web: ports['metrics'] 70000 is not a valid port"),
    ],
)
def test_bad_ports_are_refused(ports: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        web(new_chart(), ports=ports)


def test_backend_for_an_unknown_port_names_the_known_ones() -> None:
    app = web(new_chart(), ports={"ws": 8189})
    with pytest.raises(ValueError, match=r"^test/Web: backend_for 'metrics' is not a port of the workload: use one of http, ws$"):
        app.backend_for("metrics")


def test_init_containers_and_sidecars_are_hardened_like_the_app() -> None:
    scratch = EmptyDir(name="models")
    pod = pod_of(
        synth(
            lambda c: web(
                c,
                mounts=[Mount(path="/models", volume=scratch)],
                init_containers=[helper("fetch", args=("--to", "/models"), mounts=(Mount(path="/models", volume=scratch),))],
                sidecars=[helper("exporter", env={"PORT": "9100"})],
            )
        )
    )
    app, exporter = pod["containers"]
    (fetch,) = pod["initContainers"]
    assert exporter["name"] == "exporter" and exporter["env"] == [{"name": "PORT", "value": "9100"}]
    assert fetch["volumeMounts"] == [{"name": "models", "mountPath": "/models"}]
    assert [v["name"] for v in pod["volumes"]] == ["models"]
    for extra in (exporter, fetch):
        assert extra["securityContext"] == app["securityContext"]
        assert extra["resources"] == {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "500m", "memory": "256Mi"}}
        assert extra["imagePullPolicy"] == "IfNotPresent"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"sidecars": [helper("web")]}, "test/Web: sidecars['web'].name 'web' is already a container of the pod"),
        (
            {"init_containers": [ContainerSpec(name="fetch", image="busybox:latest", resources=small_resources())]},
            "test/Web: init_containers['fetch'].image 'busybox:latest' uses the floating tag 'latest'",
        ),
        ({"sidecars": helper("one")}, "test/Web: sidecars ContainerSpec"),
        (
            {"sidecars": [helper("log", command="tail -f /var/log/app.log")]},
            "test/Web: sidecars['log'].command 'tail -f /var/log/app.log' is a str, not a tuple",
        ),
        (
            {"init_containers": [helper("fetch", env={"NVIDIA_VISIBLE_DEVICES": "all"})]},
            "test/Web: init_containers['fetch'].env name 'NVIDIA_VISIBLE_DEVICES' must not be set",
        ),
    ],
)
def test_bad_extra_containers_are_refused(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        web(new_chart(), **overrides)
    assert str(caught.value).startswith(message)


def test_stateless_replicas_roll_one_at_a_time() -> None:
    deployment = find(synth(lambda c: web(c, replicas=3, writable_paths=["/tmp"])), "Deployment", "web")
    assert deployment["spec"]["replicas"] == 3
    assert deployment["spec"]["strategy"] == {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}


def test_replicas_are_refused_with_a_gpu_or_a_read_write_once_volume() -> None:
    with pytest.raises(ValueError, match=r"^test/Web: replicas 2 with a GPU: each replica would hold its own slice"):
        web(new_chart(), replicas=2, gpu=Gpu(), vram=Vram(min_gb=1, max_gb=2, basis="x"))
    chart = new_chart()
    data = LonghornVolume(chart, "Data", name="data", size=Size.gibibytes(1))
    with pytest.raises(
        ValueError, match=r"^test/Web: replicas 2 with ReadWriteOnce volume data: a second pod could not attach it"
    ):
        web(chart, replicas=2, mounts=[Mount(path="/data", volume=data)])
    later = web(new_chart(), replicas=2)
    with pytest.raises(ValueError, match=r"^test/Web: replicas 2 with ReadWriteOnce volume restored"):
        later.mount("/data", ExistingClaim(claim="restored"))
    fresh = new_chart()
    shared = LonghornVolume(fresh, "Shared", name="shared", size=Size.gibibytes(1), access_mode=AccessMode.READ_WRITE_MANY)
    assert web(fresh, replicas=2, mounts=[Mount(path="/shared", volume=shared)]).replicas == 2


def test_env_added_later_composes_with_a_patch_in_either_order() -> None:
    def build(chart: Chart) -> None:
        app = web(chart)
        # A user's escape hatch sets the whole list, then the library appends; then the reverse.
        app.controller.add_json_patch(
            JsonPatch.add("/spec/template/spec/containers/0/env", [{"name": "FROM_PATCH", "value": "1"}])
        )
        app.add_env("FROM_CODE", "2")
        app.controller.add_json_patch(JsonPatch.add("/spec/template/spec/containers/0/env/-", {"name": "LATER", "value": "3"}))

    env = pod_of(synth(build))["containers"][0]["env"]
    assert [item["name"] for item in env] == ["FROM_PATCH", "FROM_CODE", "LATER"]


def test_the_plan_counts_every_container_and_replica() -> None:
    chart = new_chart()
    web(chart, replicas=3, sidecars=[helper("exporter")], init_containers=[helper("migrate")])
    inventory = Inventory.read({"test": list(chart.to_json())})
    # Three pods of app + sidecar (1000m, 512Mi each), the init step being smaller.
    assert ClusterPlan.of(chart).requests(inventory) == (3000, 1536.0)
    assert ClusterPlan.of(chart).limits(inventory) == (6000, 6144.0)
