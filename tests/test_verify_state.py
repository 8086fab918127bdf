"""`make verify` from a workstation: the cluster's state, as `kubectl -o json` returns it (fixtures
checked against the API's schemas), maps to rows with the fix for each failure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest

from homelab_ai.verify import cluster_state
from homelab_ai.verify.expected import PlannedNode
from homelab_ai.verify.kubectl import Completed, KubectlMissing
from homelab_ai.verify.workstation import main
from tests import verify_cluster as vc
from tests.crd_schemas import HELM_RELEASE_V2_SCHEMA, load_crd_schemas, validate_custom_resource
from tests.fake_kubectl import FakeCluster, capture, failures, row
from tests.fake_kubectl import verify as run_verify
from tests.support import ROOT

DIST = ROOT / "dist"
Manifest = dict[str, Any]
OBJECTS = vc.dist_objects(DIST)
VALUES = next(o for o in OBJECTS if o["kind"] == "ConfigMap" and "devicePlugin" in str((o.get("data") or {}).get("values.yaml")))
VALUES_NS, VALUES_NAME = VALUES["metadata"]["namespace"], VALUES["metadata"]["name"]
SLICES = vc._planned_slices(OBJECTS)
WORKLOADS = [o for o in OBJECTS if o["kind"] in ("Deployment", "StatefulSet")]
SECRET_READER = next(o for o in WORKLOADS if "secretKeyRef" in json.dumps(o))
SECRET_NAME = next(
    e["valueFrom"]["secretKeyRef"]["name"]
    for e in SECRET_READER["spec"]["template"]["spec"]["containers"][0]["env"]
    if "secretKeyRef" in e.get("valueFrom", {})
)
GPU_APP = next(
    o for o in WORKLOADS if "nvidia.com/gpu" in json.dumps(o["spec"]["template"]["spec"]["containers"][0]["resources"])
)
LB = next(o for o in OBJECTS if o["kind"] == "Service" and o["spec"].get("type") == "LoadBalancer")
CLAIM = next(o for o in OBJECTS if o["kind"] == "PersistentVolumeClaim")
LAYERS = [o for o in OBJECTS if o["kind"] == "Kustomization" and o["apiVersion"].startswith("kustomize.toolkit.fluxcd.io/")]


def verify(cluster: Any, *args: str, root: Path = ROOT) -> tuple[int, list[dict[str, Any]], str]:
    return run_verify(cluster, *args, root=root)


# --- the fixtures are the API's own shapes -------------------------------------------------------

VERSIONS = ["1.28.0", kubernetes_validate.latest_version()]


def problems(obj: Manifest, version: str, crds: dict[tuple[str, str], Manifest]) -> list[str]:
    if obj["kind"] == "HelmRelease":
        return [e.message for e in jsonschema.Draft7Validator(HELM_RELEASE_V2_SCHEMA).iter_errors(obj)]
    if obj["kind"] == "Kustomization":
        return validate_custom_resource(obj, crds)
    try:
        kubernetes_validate.validate(obj, version, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [f"{'/'.join(str(p) for p in error.path)}: {error.message}"]
    return []


def every_fixture() -> list[Manifest]:
    """The healthy cluster, every broken variant the tests use, and what the fake creates for a Job."""
    objects = vc.healthy(DIST)
    objects += [
        vc.waiting(SECRET_READER, "CreateContainerConfigError", f'secret "{SECRET_NAME}" not found'),
        vc.waiting(
            GPU_APP,
            "ImagePullBackOff",
            f'Back-off pulling image "{GPU_APP["spec"]["template"]["spec"]["containers"][0]["image"]}"',
        ),
        crash_looping(GPU_APP),
        vc.unschedulable(GPU_APP, vc.UNSCHEDULABLE_GPU),
        vc.workload(GPU_APP, available=False),
        *(vc.workload(w, available=False) for w in WORKLOADS),
        vc.claim(CLAIM, phase="Pending"),
        vc.service(LB, ingress=[]),
        vc.kustomization(LAYERS[-1], ready="False", reason="HealthCheckFailed", message="timeout"),
        vc.helm_release("nvidia", "gpu-operator", values_from=None, ready=False),
    ]
    fake = FakeCluster(objects=[], logs={"ollama": vc.result_line("ollama", True)}, stuck=["gpu-concurrency"])
    for check in ("ollama", "gpu-concurrency", "open-webui"):
        job = {
            "apiVersion": "batch/v1",
            "kind": "Job",
            "metadata": {"name": f"{check}-now-1", "namespace": "ai", "labels": {"homelab-ai.dev/check": check}},
            "spec": {
                "template": {
                    "metadata": {"labels": {}},
                    "spec": {"restartPolicy": "Never", "containers": [{"name": "check", "image": "python:3.12.7-slim"}]},
                }
            },
        }
        fake._create({"items": [job]})
    return objects + fake.objects


@pytest.mark.parametrize("version", VERSIONS)
def test_fixtures_are_valid_api_objects(version: str) -> None:
    crds = load_crd_schemas()
    found = [f"{o['kind']} {o['metadata']['name']}: {p}" for o in every_fixture() for p in problems(o, version, crds)]
    assert not found, "\n".join(found)


def test_fixture_validation_catches_a_wrong_shape() -> None:
    crds = load_crd_schemas()
    node = vc.node()
    node["status"]["allocatables"] = node["status"].pop("allocatable")
    assert problems(node, VERSIONS[-1], crds)
    release = vc.helm_release(
        VALUES_NS, "gpu-operator", values_from=[{"kind": "ConfigMap", "name": VALUES_NAME, "valueKey": "values.yaml"}]
    )
    assert problems(release, VERSIONS[-1], crds)
    pod = vc.waiting(GPU_APP, "CrashLoopBackOff", "back-off")
    pod["status"]["containerStatuses"][0]["state"]["waiting"]["reasons"] = "x"
    assert problems(pod, VERSIONS[-1], crds)


def crash_looping(manifest: Manifest) -> Manifest:
    name = manifest["spec"]["template"]["spec"]["containers"][0]["name"]
    last = {
        "terminated": {
            "exitCode": 137,
            "reason": "OOMKilled",
            "startedAt": vc.T0,
            "finishedAt": vc.T1,
            "containerID": "containerd://c0",
        }
    }
    return vc.waiting(
        manifest, "CrashLoopBackOff", f"back-off 5m0s restarting failed container={name} pod={name}-0", restarts=7, last=last
    )


# --- the state: healthy, then one failure at a time --------------------------------------------


def test_healthy_cluster_passes_everything_and_exits_0() -> None:
    code, rows, err = verify(FakeCluster(vc.healthy(DIST)), "--skip-apps")
    assert code == 0, failures(rows)
    assert not failures(rows) and not err
    checks = {r["check"].partition("/")[0] for r in rows}
    assert {"node", "helmrelease", "flux", "workload", "pvc", "service", "secret"} <= checks
    assert len([r for r in rows if r["check"].startswith("workload/")]) == len(WORKLOADS)
    assert len([r for r in rows if r["check"].startswith("flux/")]) == len(LAYERS)


def test_node_with_one_slice_points_at_the_helmrelease_values_from() -> None:
    resource, want = next(iter(SLICES.items()))
    cluster = vc.replace(vc.healthy(DIST), "Node", vc.NODE, vc.node(allocatable={resource: "1"}))
    code, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"node/{vc.NODE}")
    assert code == 1 and found["result"] == "fail"
    assert f"{resource} 1 instead of {want}" in found["detail"]
    assert "valuesFrom" in found["fix"] and f"namespace {VALUES_NS}" in found["fix"] and VALUES_NAME in found["fix"]


def test_node_without_the_gpu_resource_points_at_the_device_plugin() -> None:
    cluster = vc.replace(vc.healthy(DIST), "Node", vc.NODE, vc.node())
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"node/{vc.NODE}")
    assert found["result"] == "fail" and "absent" in found["detail"]
    assert "device plugin" in found["fix"] and "valuesFrom" not in found["fix"]


def test_no_gpu_node_at_all_points_at_the_operator() -> None:
    cluster = vc.replace(vc.healthy(DIST), "Node", vc.NODE, None)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    assert row(rows, "node/")["result"] == "fail" and "GPU operator" in row(rows, "node/")["fix"]


def release(**kwargs: Any) -> Manifest:
    return vc.helm_release(kwargs.pop("namespace", VALUES_NS), "gpu-operator", **kwargs)


def entry(**overrides: Any) -> list[Manifest]:
    return [{"kind": "ConfigMap", "name": VALUES_NAME, "valuesKey": "values.yaml", "optional": True, **overrides}]


@pytest.mark.parametrize(
    ("new", "in_detail", "in_fix"),
    [
        (
            release(namespace="nvidia", values_from=entry()),
            "in namespace nvidia",
            "GpuSharing(operator_release_namespace='nvidia'",
        ),
        (release(values_from=None), "does not list", f"name: {VALUES_NAME}, valuesKey: values.yaml"),
        (release(values_from=[{"kind": "Secret", "name": VALUES_NAME}]), "does not list", "add {kind: ConfigMap"),
        (release(values_from=entry(valuesKey="values")), "valuesKey 'values'", "no targetPath"),
        (release(values_from=entry(targetPath="devicePlugin")), "targetPath", "no targetPath"),
        (release(values_from=entry(), ready=False), "not Ready", "flux logs"),
    ],
    ids=["other-namespace", "no-values-from", "secret-kind", "wrong-key", "target-path", "not-ready"],
)
def test_helmrelease_problem_maps_to_its_fix(new: Manifest, in_detail: str, in_fix: str) -> None:
    cluster = vc.replace(vc.healthy(DIST), "HelmRelease", "gpu-operator", new)
    code, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, "helmrelease/")
    assert code == 1 and found["result"] == "fail"
    assert in_detail in found["detail"] and in_fix in found["fix"]


def test_values_config_map_missing_on_the_cluster_points_at_the_ai_cluster_layer() -> None:
    cluster = vc.replace(vc.healthy(DIST), "ConfigMap", VALUES_NAME, None)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, "helmrelease/")
    assert found["result"] == "fail" and "does not exist" in found["detail"] and "ai-cluster" in found["fix"]


def test_no_gpu_operator_helmrelease() -> None:
    cluster = vc.replace(vc.healthy(DIST), "HelmRelease", "gpu-operator", None)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    assert "no HelmRelease" in row(rows, "helmrelease/")["detail"]


def test_kustomization_not_ready_shows_its_message() -> None:
    layer = LAYERS[-1]
    message = "health check failed after 50m0s: timeout waiting for: [Deployment/ai/open-webui status: 'InProgress']"
    cluster = vc.replace(
        vc.healthy(DIST),
        "Kustomization",
        layer["metadata"]["name"],
        vc.kustomization(layer, ready="False", reason="HealthCheckFailed", message=message),
    )
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"flux/{layer['metadata']['name']}")
    assert found["result"] == "fail" and message in found["detail"] and "workload rows" in found["fix"]


def test_missing_kustomization_points_at_the_bootstrap() -> None:
    cluster = vc.replace(vc.healthy(DIST), "Kustomization", LAYERS[0]["metadata"]["name"], None)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    assert "step 4" in row(rows, f"flux/{LAYERS[0]['metadata']['name']}")["fix"]


def broken_pod(cluster: list[Manifest], manifest: Manifest, pod: Manifest) -> list[Manifest]:
    cluster = vc.replace(cluster, manifest["kind"], manifest["metadata"]["name"], vc.workload(manifest, available=False))
    return vc.replace(cluster, "Pod", pod["metadata"]["name"], pod)


def test_pod_pending_for_a_gpu_slice() -> None:
    resource = next(iter(SLICES))
    cluster = broken_pod(vc.healthy(DIST), GPU_APP, vc.unschedulable(GPU_APP, vc.UNSCHEDULABLE_GPU))
    cluster = vc.replace(cluster, "Node", vc.NODE, vc.node(allocatable={resource: "1"}))
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"workload/{GPU_APP['metadata']['namespace']}/{GPU_APP['metadata']['name']}")
    assert found["result"] == "fail" and f"Insufficient {resource}" in found["detail"]
    assert "slice" in found["fix"] and f"node/{vc.NODE}" in found["fix"]


def test_pod_waiting_for_a_missing_secret() -> None:
    pod = vc.waiting(SECRET_READER, "CreateContainerConfigError", f'secret "{SECRET_NAME}" not found')
    cluster = vc.replace(broken_pod(vc.healthy(DIST), SECRET_READER, pod), "Secret", SECRET_NAME, None)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"workload/{SECRET_READER['metadata']['namespace']}/{SECRET_READER['metadata']['name']}")
    assert "CreateContainerConfigError" in found["detail"] and "make secrets" in found["fix"] and SECRET_NAME in found["fix"]
    secret = row(rows, f"secret/{SECRET_READER['metadata']['namespace']}/{SECRET_NAME}")
    assert (
        secret["result"] == "fail" and "make secrets" in secret["fix"] and SECRET_READER["metadata"]["name"] in secret["detail"]
    )


def test_pod_that_cannot_pull_its_image() -> None:
    image = GPU_APP["spec"]["template"]["spec"]["containers"][0]["image"]
    cluster = broken_pod(vc.healthy(DIST), GPU_APP, vc.waiting(GPU_APP, "ImagePullBackOff", f'Back-off pulling image "{image}"'))
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"workload/{GPU_APP['metadata']['namespace']}/{GPU_APP['metadata']['name']}")
    assert "ImagePullBackOff" in found["detail"] and image in found["detail"] and "pull" in found["fix"]


def test_crash_looping_pod_gives_the_logs_command() -> None:
    pod = crash_looping(GPU_APP)
    cluster = broken_pod(vc.healthy(DIST), GPU_APP, pod)
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"workload/{GPU_APP['metadata']['namespace']}/{GPU_APP['metadata']['name']}")
    container = GPU_APP["spec"]["template"]["spec"]["containers"][0]["name"]
    assert "CrashLoopBackOff" in found["detail"] and "OOMKilled" in found["detail"]
    assert f"kubectl -n {pod['metadata']['namespace']} logs {pod['metadata']['name']} -c {container} --previous" in found["fix"]
    assert "memory limit" in found["fix"]


def test_pending_claim() -> None:
    cluster = vc.replace(vc.healthy(DIST), "PersistentVolumeClaim", CLAIM["metadata"]["name"], vc.claim(CLAIM, phase="Pending"))
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"pvc/{CLAIM['metadata']['namespace']}/{CLAIM['metadata']['name']}")
    assert found["result"] == "fail" and "Pending" in found["detail"] and "describe pvc" in found["fix"]


@pytest.mark.parametrize("ingress", [[], ["10.10.9.9"]], ids=["none", "other"])
def test_load_balancer_without_its_address_points_at_the_pool(ingress: list[str]) -> None:
    address = LB["metadata"]["annotations"]["lbipam.cilium.io/ips"]
    cluster = vc.replace(vc.healthy(DIST), "Service", LB["metadata"]["name"], vc.service(LB, ingress=ingress))
    _, rows, _ = verify(FakeCluster(cluster), "--skip-apps")
    found = row(rows, f"service/{LB['metadata']['namespace']}/{LB['metadata']['name']}")
    assert found["result"] == "fail" and f"instead of {address}" in found["detail"]
    assert "CiliumLoadBalancerIPPool" in found["fix"]
    if not ingress:
        assert "no enabled CiliumLoadBalancerIPPools" in found["detail"]


def test_flux_not_installed_is_a_row_not_a_traceback() -> None:
    cluster = FakeCluster([o for o in vc.healthy(DIST) if o["kind"] != "Kustomization"])
    real = cluster.__call__

    def no_flux(args: Any, stdin: str | None) -> Completed:
        if "kustomize.toolkit.fluxcd.io" in " ".join(args):
            return Completed(1, "", 'error: the server doesn\'t have a resource type "kustomizations"')
        return real(args, stdin)

    code, rows, _ = verify(no_flux, "--skip-apps")
    assert code == 1 and "not installed" in row(rows, "flux")["fix"]


# --- no cluster, output ----------------------------------------------------------------------------


def test_no_cluster_says_so_in_one_line_and_exits_2() -> None:
    code, rows, err = verify(FakeCluster(vc.healthy(DIST), reachable=False))
    assert code == 2 and rows == []
    assert len(err.strip().splitlines()) == 1 and "no cluster reachable" in err and "refused" in err


def test_cluster_that_is_not_ready_says_so_in_one_line_and_exits_2() -> None:
    cluster = FakeCluster(vc.healthy(DIST))

    def not_ready(args: Any, stdin: str | None) -> Completed:
        if "/readyz" in args:
            return Completed(
                1,
                "",
                'Error from server (InternalError): an error on the server ("[-]etcd failed: reason withheld") '
                "has prevented the request from succeeding\n",
            )
        return cluster(args, stdin)

    code, rows, err = verify(not_ready)
    assert code == 2 and rows == [] and len(err.strip().splitlines()) == 1 and "not ready" in err and "etcd" in err


def test_secret_values_are_never_read() -> None:
    cluster = FakeCluster(vc.healthy(DIST))
    verify(cluster, "--skip-apps")
    secret_calls = [c for c in cluster.calls if any("secret" in word for word in c[:2])]
    assert secret_calls and all(c[c.index("-o") + 1] == "name" for c in secret_calls)


def test_missing_kubectl_says_so_in_one_line_and_exits_2() -> None:
    def missing(args: Any, stdin: str | None) -> Completed:
        raise KubectlMissing("kubectl is not on the PATH: install it")

    code, _, err = verify(missing)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "kubectl is not on the PATH" in err


def test_table_lists_check_result_detail_and_fix() -> None:
    cluster = vc.replace(vc.healthy(DIST), "Node", vc.NODE, vc.node(allocatable={next(iter(SLICES)): "1"}))
    (code, out), _ = capture(lambda: main(["--root", str(ROOT), "--skip-apps"], runner=FakeCluster(cluster)))
    lines = out.splitlines()
    assert code == 1 and lines[0].split() == ["CHECK", "RESULT", "DETAIL", "FIX"]
    assert any(line.startswith(f"node/{vc.NODE}") and " FAIL " in line for line in lines)
    assert lines[-1].endswith("1 failed, 0 skipped")


def test_readme_example_is_this_tools_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The README shows the table for a node whose time-slicing did not apply and the GPU pod it
    # leaves Pending; it must be what the tool prints for that cluster, at the README's width.
    # Without the verify layer's Jobs, whose hashed names would change with every app change.
    monkeypatch.setenv("COLUMNS", "118")
    shutil.copytree(DIST, tmp_path / "dist")
    shutil.rmtree(tmp_path / "dist" / "ai-verify")
    cluster = vc.replace(vc.healthy(DIST), "Node", vc.NODE, vc.node(allocatable={next(iter(SLICES)): "1"}))
    cluster = broken_pod(cluster, GPU_APP, vc.unschedulable(GPU_APP, vc.UNSCHEDULABLE_GPU))
    (code, out), _ = capture(lambda: main(["--root", str(tmp_path), "--skip-apps"], runner=FakeCluster(cluster)))
    block = "\n".join(f"    {line}".rstrip() for line in out.rstrip("\n").splitlines())
    assert code == 1 and block in (ROOT / "README.md").read_text(), "README's make verify example is stale:\n" + block


def test_context_reaches_every_call() -> None:
    cluster = FakeCluster(vc.healthy(DIST))
    verify(cluster, "--skip-apps", "--context", "lab")
    assert cluster.calls and all("--context=lab" in call for call in cluster.calls)


@pytest.mark.parametrize(
    ("planned", "node_row", "result", "in_text"),
    [
        ({"name": "gpu-node", "labels": {"kubernetes.io/hostname": "gpu-node"}}, f"node/{vc.NODE}", "pass",
         "planned as gpu-node"),
        ({"name": vc.NODE, "labels": {"nvidia.com/device-plugin.config": "time-slicing-4"}}, f"node/{vc.NODE}", "fail",
         f"kubectl label node {vc.NODE} --overwrite nvidia.com/device-plugin.config=time-slicing-4"),
        ({"name": vc.NODE, "labels": {}, "advertised": {"nvidia.com/gpu": 8}}, f"node/{vc.NODE}", "fail", "instead of 8"),
    ],
    ids=["placeholder-name", "missing-label", "more-slices-planned"],
)  # fmt: skip
def test_nodes_come_from_the_plan(tmp_path: Path, planned: Manifest, node_row: str, result: str, in_text: str) -> None:
    shutil.copytree(DIST, tmp_path / "dist")
    vc.add_verify_layer(tmp_path / "dist", plan_nodes=[{"advertised": SLICES, **planned}])
    _, rows, _ = verify(FakeCluster(vc.healthy(DIST)), "--skip-apps", root=tmp_path)
    found = row(rows, node_row)
    assert found["result"] == result and in_text in found["detail"] + found["fix"]
    assert "kubernetes.io/hostname" not in found["fix"]


@pytest.mark.parametrize("nodes", [[{"name": vc.NODE, "gpus": SLICES}], [{"labels": {}, "advertised": SLICES}], "gpu-ada"])
def test_unreadable_plan_says_so_in_one_line(tmp_path: Path, nodes: Any) -> None:
    shutil.copytree(DIST, tmp_path / "dist")
    vc.add_verify_layer(tmp_path / "dist", plan_nodes=nodes)
    code, rows, err = verify(FakeCluster(vc.healthy(DIST)), root=tmp_path)
    assert code == 2 and rows == [] and len(err.strip().splitlines()) == 1 and "plan.json" in err


def test_planned_node_that_does_not_exist() -> None:
    plan = [PlannedNode(name="gpu-a", labels={}, resources=SLICES), PlannedNode(name="gpu-b", labels={}, resources=SLICES)]
    rows = cluster_state.node_rows(vc.healthy(DIST), plan, None)
    assert [r.outcome.value for r in rows] == ["fail", "fail"] and "GpuNode(name=...)" in rows[0].fix
