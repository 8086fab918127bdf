"""A cluster as ``kubectl -o json`` shows it, for the workstation checks: API objects shaped as the
API server returns them (the tests check them against the Kubernetes schemas), built from
``dist/``, healthy or broken one field at a time.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Manifest = dict[str, Any]
T0 = "2026-12-03T10:00:00Z"
T1 = "2026-12-03T10:05:00Z"
NODE = "gpu-ada"
# What the scheduler writes on a pod when every GPU slice is taken (two nodes, the control plane tainted).
UNSCHEDULABLE_GPU = (
    "0/2 nodes are available: 1 Insufficient nvidia.com/gpu, 1 node(s) had untolerated taint "
    "{node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
)


def _meta(name: str, namespace: str | None = None, **extra: Any) -> Manifest:
    meta: Manifest = {"name": name, "uid": f"uid-{namespace or ''}-{name}", "resourceVersion": "4242", "creationTimestamp": T0}
    if namespace:
        meta["namespace"] = namespace
    return {**meta, **extra}


def dist_objects(dist: Path) -> list[Manifest]:
    # Imported here: the fake kubectl runs as a process per call and reads no YAML.
    from homelab_ai import _yaml

    objects = []
    for path in sorted(dist.rglob("*.yaml")):
        if path.name != "kustomization.yaml":
            objects += [d for d in _yaml.load_all(path.read_text()) if isinstance(d, dict)]
    return objects


def _planned_slices(objects: list[Manifest]) -> dict[str, int]:
    """The default device plugin config's resources and replicas, as dist/ai-cluster renders them."""
    from homelab_ai import _yaml

    values = next(
        o for o in objects if o["kind"] == "ConfigMap" and "devicePlugin" in str((o.get("data") or {}).get("values.yaml"))
    )
    config = _yaml.load(values["data"]["values.yaml"])["devicePlugin"]["config"]
    plugin = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == config["name"])
    sharing = _yaml.load(plugin["data"][config["default"]])["sharing"]["timeSlicing"]
    return {r["name"]: int(r["replicas"]) for r in sharing["resources"]}


def node(name: str = NODE, *, allocatable: dict[str, str] | None = None, labels: dict[str, str] | None = None) -> Manifest:
    resources = {
        "cpu": "12",
        "memory": "98304Mi",
        "pods": "110",
        "ephemeral-storage": "950Gi",
        "hugepages-1Gi": "0",
        **(allocatable or {}),
    }
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": _meta(
            name,
            labels={
                "kubernetes.io/hostname": name,
                "kubernetes.io/os": "linux",
                "nvidia.com/gpu.present": "true",
                "nvidia.com/gpu.count": "1",
                "nvidia.com/gpu.product": "NVIDIA-RTX-4000-SFF-Ada-Generation",
                **(labels or {}),
            },
        ),
        "spec": {"podCIDR": "10.42.0.0/24", "taints": [{"key": "nvidia.com/gpu", "effect": "NoSchedule"}]},
        "status": {
            "capacity": dict(resources),
            "allocatable": resources,
            "conditions": [
                {
                    "type": "Ready",
                    "status": "True",
                    "lastHeartbeatTime": T1,
                    "lastTransitionTime": T0,
                    "reason": "KubeletReady",
                    "message": "kubelet is posting ready status",
                }
            ],
            "nodeInfo": {
                "architecture": "amd64",
                "bootID": "b",
                "containerRuntimeVersion": "containerd://1.7.27",
                "kernelVersion": "6.8.0",
                "kubeProxyVersion": "",
                "kubeletVersion": "v1.32.4",
                "machineID": "m",
                "operatingSystem": "linux",
                "osImage": "Ubuntu 24.04 LTS",
                "systemUUID": "s",
            },
        },
    }


def helm_release(namespace: str, name: str, *, values_from: list[Manifest] | None, ready: bool = True) -> Manifest:
    spec: Manifest = {
        "interval": "30m",
        "chart": {
            "spec": {
                "chart": "gpu-operator",
                "version": "v25.3.4",
                "sourceRef": {"kind": "HelmRepository", "name": "nvidia", "namespace": "flux-system"},
            }
        },
    }
    if values_from is not None:
        spec["valuesFrom"] = values_from
    message = (
        f"Helm upgrade succeeded for release {namespace}/{name}.v3 with chart gpu-operator@v25.3.4"
        if ready
        else "values don't meet the specifications of the schema(s)"
    )
    return {
        "apiVersion": "helm.toolkit.fluxcd.io/v2",
        "kind": "HelmRelease",
        "metadata": _meta(name, namespace, generation=3),
        "spec": spec,
        "status": {
            "conditions": [
                {
                    "type": "Ready",
                    "status": "True" if ready else "False",
                    "observedGeneration": 3,
                    "lastTransitionTime": T1,
                    "reason": "UpgradeSucceeded" if ready else "UpgradeFailed",
                    "message": message,
                }
            ],
            "observedGeneration": 3,
            "lastAttemptedRevision": "v25.3.4",
            "lastAttemptedGeneration": 3,
            "lastAttemptedReleaseAction": "upgrade",
            "helmChart": "flux-system/gpu-operator-gpu-operator",
        },
    }


def kustomization(
    manifest: Manifest, *, ready: str = "True", reason: str = "ReconciliationSucceeded", message: str = ""
) -> Manifest:
    result = copy.deepcopy(manifest)
    result["metadata"] = {
        **_meta(manifest["metadata"]["name"], manifest["metadata"]["namespace"], generation=1),
        "labels": manifest["metadata"].get("labels", {}),
    }
    result["status"] = {
        "conditions": [
            {
                "type": "Ready",
                "status": ready,
                "observedGeneration": 1,
                "lastTransitionTime": T1,
                "reason": reason,
                "message": message or "Applied revision: main@sha1:5df1c6d0e4c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5",
            }
        ],
        "lastAppliedRevision": "main@sha1:5df1c6d0e4c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5",
        "lastAttemptedRevision": "main@sha1:5df1c6d0e4c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5",
        "observedGeneration": 1,
    }
    return result


def workload(manifest: Manifest, *, available: bool = True) -> Manifest:
    result = copy.deepcopy(manifest)
    result["metadata"] = {
        **_meta(manifest["metadata"]["name"], manifest["metadata"]["namespace"], generation=1),
        "labels": manifest["metadata"]["labels"],
    }
    replicas = int(manifest["spec"].get("replicas", 1))
    if manifest["kind"] == "Deployment":
        condition = {"type": "Available", "lastUpdateTime": T1, "lastTransitionTime": T1}
        if available:
            status = {
                "availableReplicas": replicas,
                "readyReplicas": replicas,
                "updatedReplicas": replicas,
                "replicas": replicas,
                "conditions": [
                    {
                        **condition,
                        "status": "True",
                        "reason": "MinimumReplicasAvailable",
                        "message": "Deployment has minimum availability.",
                    }
                ],
            }
        else:
            status = {
                "unavailableReplicas": replicas,
                "updatedReplicas": replicas,
                "replicas": replicas,
                "conditions": [
                    {
                        **condition,
                        "status": "False",
                        "reason": "MinimumReplicasUnavailable",
                        "message": "Deployment does not have minimum availability.",
                    }
                ],
            }
    else:
        status = {
            "replicas": replicas,
            "currentReplicas": replicas,
            "updatedReplicas": replicas,
            "availableReplicas": replicas if available else 0,
            "currentRevision": f"{manifest['metadata']['name']}-5d8f7c9b4",
            "updateRevision": f"{manifest['metadata']['name']}-5d8f7c9b4",
            "collisionCount": 0,
        }
        if available:
            status["readyReplicas"] = replicas
    result["status"] = {"observedGeneration": 1, **status}
    return result


def pod(manifest: Manifest, **status: Any) -> Manifest:
    """A pod of ``manifest``'s template, Running and ready unless ``status`` says otherwise."""
    template = manifest["spec"]["template"]
    name = manifest["metadata"]["name"]
    suffix = "0" if manifest["kind"] == "StatefulSet" else "7c9f8d6b5-x2k4q"
    containers = template["spec"]["containers"]
    running = {
        "phase": "Running",
        "conditions": [
            {"type": t, "status": "True", "lastProbeTime": None, "lastTransitionTime": T1}
            for t in ("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled")
        ],
        "hostIP": "10.10.1.10",
        "podIP": "10.42.0.17",
        "startTime": T0,
        "qosClass": "Burstable",
        "containerStatuses": [
            {
                "name": c["name"],
                "image": c["image"],
                "imageID": f"docker.io/{c['image']}@sha256:{'a' * 64}",
                "containerID": "containerd://c1",
                "ready": True,
                "started": True,
                "restartCount": 0,
                "lastState": {},
                "state": {"running": {"startedAt": T0}},
            }
            for c in containers
        ],
    }
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": _meta(
            f"{name}-{suffix}",
            manifest["metadata"]["namespace"],
            labels=dict(template["metadata"]["labels"]),
            generateName=f"{name}-",
        ),
        "spec": {**copy.deepcopy(template["spec"]), "nodeName": NODE},
        "status": {**running, **status},
    }


def waiting(manifest: Manifest, reason: str, message: str, *, restarts: int = 0, last: Manifest | None = None) -> Manifest:
    """A pod whose first container waits with ``reason``."""
    result = pod(manifest)
    status = result["status"]
    status["phase"] = "Running" if reason == "CrashLoopBackOff" else "Pending"
    for condition in status["conditions"]:
        if condition["type"] in ("Ready", "ContainersReady"):
            condition.update(
                status="False",
                reason="ContainersNotReady",
                message=f"containers with unready status: [{result['spec']['containers'][0]['name']}]",
            )
    first = status["containerStatuses"][0]
    first.update(
        ready=False,
        started=False,
        restartCount=restarts,
        state={"waiting": {"reason": reason, "message": message}},
        lastState=last or {},
    )
    if reason != "CrashLoopBackOff":
        first["imageID"] = ""
        first.pop("containerID")
    return result


def unschedulable(manifest: Manifest, message: str) -> Manifest:
    result = pod(manifest)
    result["spec"].pop("nodeName")
    result["status"] = pending_status(message)
    return result


def pending_status(message: str) -> Manifest:
    """A pod's status while the scheduler finds no node for it, with the scheduler's ``message``."""
    return {
        "phase": "Pending",
        "qosClass": "Burstable",
        "conditions": [
            {
                "type": "PodScheduled",
                "status": "False",
                "lastProbeTime": None,
                "lastTransitionTime": T1,
                "reason": "Unschedulable",
                "message": message,
            }
        ],
    }


def claim(manifest: Manifest, *, phase: str = "Bound") -> Manifest:
    result = copy.deepcopy(manifest)
    result["metadata"] = {
        **_meta(manifest["metadata"]["name"], manifest["metadata"]["namespace"]),
        "labels": manifest["metadata"].get("labels", {}),
        "annotations": manifest["metadata"].get("annotations", {}),
    }
    result["spec"]["volumeMode"] = "Filesystem"
    result["status"] = {"phase": phase}
    if phase == "Bound":
        result["spec"]["volumeName"] = f"pvc-{manifest['metadata']['name']}"
        result["status"].update(
            accessModes=manifest["spec"]["accessModes"],
            capacity={"storage": manifest["spec"]["resources"]["requests"]["storage"]},
        )
    return result


def service(manifest: Manifest, *, ingress: Sequence[str] | None = None) -> Manifest:
    result = copy.deepcopy(manifest)
    result["metadata"] = {
        **_meta(manifest["metadata"]["name"], manifest["metadata"]["namespace"]),
        **{k: v for k, v in manifest["metadata"].items() if k in ("labels", "annotations")},
    }
    spec = result["spec"]
    spec.update(
        clusterIP="10.43.12.7",
        clusterIPs=["10.43.12.7"],
        ipFamilies=["IPv4"],
        ipFamilyPolicy="SingleStack",
        sessionAffinity="None",
        internalTrafficPolicy="Cluster",
    )
    status: Manifest = {"loadBalancer": {}}
    if spec.get("type") == "LoadBalancer":
        spec.update(externalTrafficPolicy="Cluster", allocateLoadBalancerNodePorts=True)
        for i, port in enumerate(spec["ports"]):
            port["nodePort"] = 30080 + i
        addresses = ingress if ingress is not None else manifest["metadata"]["annotations"]["lbipam.cilium.io/ips"].split(",")
        if addresses:
            status["loadBalancer"] = {"ingress": [{"ip": a} for a in addresses]}
        status["conditions"] = [
            {
                "type": "cilium.io/IPAMRequestSatisfied",
                "status": "True" if addresses else "False",
                "observedGeneration": 1,
                "lastTransitionTime": T1,
                "reason": "satisfied" if addresses else "no_pool",
                "message": "" if addresses else "There are no enabled CiliumLoadBalancerIPPools that match this service",
            }
        ]
    result["status"] = status
    return result


def secret(namespace: str, name: str) -> Manifest:
    return {"apiVersion": "v1", "kind": "Secret", "metadata": _meta(name, namespace), "type": "Opaque", "data": {}}


def config_map(manifest: Manifest) -> Manifest:
    result = copy.deepcopy(manifest)
    result["metadata"] = {
        **_meta(manifest["metadata"]["name"], manifest["metadata"].get("namespace", "default")),
        "labels": manifest["metadata"].get("labels", {}),
    }
    return result


def healthy(dist: Path) -> list[Manifest]:
    """What a cluster running ``dist/`` as planned shows."""
    objects = dist_objects(dist)
    values = next(
        o for o in objects if o["kind"] == "ConfigMap" and "devicePlugin" in str((o.get("data") or {}).get("values.yaml"))
    )
    namespace = values["metadata"]["namespace"]
    cluster = [
        node(allocatable={k: str(v) for k, v in _planned_slices(objects).items()}),
        node("control-plane", labels={"nvidia.com/gpu.present": "false", "nvidia.com/gpu.count": "0"}),
        helm_release(
            namespace,
            "gpu-operator",
            values_from=[{"kind": "ConfigMap", "name": values["metadata"]["name"], "valuesKey": "values.yaml", "optional": True}],
        ),
    ]
    for manifest in objects:
        kind = manifest["kind"]
        if kind == "Kustomization" and manifest["apiVersion"].startswith("kustomize.toolkit.fluxcd.io/"):
            cluster.append(kustomization(manifest))
        elif kind in ("Deployment", "StatefulSet"):
            cluster += [workload(manifest), pod(manifest)]
        elif kind == "PersistentVolumeClaim":
            cluster.append(claim(manifest))
        elif kind == "Service":
            cluster.append(service(manifest))
        elif kind == "ConfigMap" and manifest["metadata"].get("namespace"):
            cluster.append(config_map(manifest))
        pod_spec = ((manifest.get("spec") or {}).get("template") or {}).get("spec") or {}
        # The Secrets a pod reads: from env, or mounted as files.
        names = [
            (env.get("valueFrom") or {}).get("secretKeyRef", {}).get("name")
            for container in pod_spec.get("containers") or []
            for env in container.get("env") or []
        ] + [(volume.get("secret") or {}).get("secretName") for volume in pod_spec.get("volumes") or []]
        for name in filter(None, names):
            if not any(o["kind"] == "Secret" and o["metadata"]["name"] == name for o in cluster):
                cluster.append(secret(manifest["metadata"]["namespace"], name))
    return cluster


def replace(cluster: list[Manifest], kind: str, name: str, new: Manifest | None) -> list[Manifest]:
    """``cluster`` with the object ``kind``/``name`` replaced by ``new`` (removed when ``None``)."""
    assert any(o["kind"] == kind and o["metadata"]["name"] == name for o in cluster), f"no {kind} {name} in the fixture"
    return [o for o in cluster if not (o["kind"] == kind and o["metadata"]["name"] == name)] + ([new] if new else [])


def find(objects: list[Manifest], kind: str, name: str) -> Manifest:
    return next(o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name)


CHECK_IDS = ("ollama", "open-webui", "faster-whisper", "stable-diffusion", "gpu-concurrency", "gpu-slices", "access-points")


def add_verify_layer(dist: Path, checks: Sequence[str] = CHECK_IDS, *, plan_nodes: list[Manifest] | None = None) -> None:
    """A stand-in for the verify layer (dist/ai-verify), shaped as its interface says: a ConfigMap with
    ``checks.py`` and ``plan.json``, and one Job per check named ``<check>-<hash>`` and labelled."""
    folder = dist / "ai-verify"
    # Replaces the layer the design's dist/ carries, so each test states the plan it needs.
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    nodes = (
        plan_nodes
        if plan_nodes is not None
        else [{"name": NODE, "labels": {}, "advertised": _planned_slices(dist_objects(dist))}]
    )
    plan = {"gpu-slices": {"nodes": nodes}}
    config: Manifest = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "ai-verify-3f2a9c1", "namespace": "ai", "labels": {"app.kubernetes.io/name": "ai-verify"}},
        "data": {"checks.py": "print('stand-in')\n", "plan.json": json.dumps(plan)},
    }
    (folder / "configmap-ai-verify.yaml").write_text(json.dumps(config, indent=2))  # JSON is YAML
    for i, check in enumerate(checks):
        labels = {"app.kubernetes.io/name": "ai-verify", "homelab-ai.dev/check": check}
        job = {
            "apiVersion": "batch/v1",
            "kind": "Job",
            "metadata": {"name": f"{check}-{i:02d}b7e4d1", "namespace": "ai", "labels": labels},
            "spec": {
                "activeDeadlineSeconds": 600,
                "backoffLimit": 0,
                "template": {
                    "metadata": {"labels": labels},
                    "spec": {
                        "restartPolicy": "Never",
                        "containers": [
                            {
                                "name": "check",
                                "image": "python:3.12.7-slim",
                                "command": ["python", "/checks/checks.py", check],
                                "volumeMounts": [{"name": "checks", "mountPath": "/checks"}],
                            }
                        ],
                        "volumes": [{"name": "checks", "configMap": {"name": config["metadata"]["name"]}}],
                    },
                },
            },
        }
        (folder / f"job-{check}.yaml").write_text(json.dumps(job, indent=2))


def result_line(check: str, ok: bool, detail: str = "", fix: str = "", seconds: float = 1.5) -> str:
    """One line as a check pod prints it."""
    return "VERIFY-RESULT " + json.dumps({"check": check, "ok": ok, "detail": detail, "fix": fix, "seconds": seconds})
