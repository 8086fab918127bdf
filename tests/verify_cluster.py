"""A cluster as ``kubectl -o json`` shows it, for the workstation checks: API objects shaped as the
API server returns them (checked against the Kubernetes schemas in the tests), built from ``dist/``,
and a fake kubectl that answers from them.

The fake answers the calls ``homelab_ai.verify`` makes: ``version``, ``get --raw /readyz``,
``get <resources> [-n NS | -A] [-l k=v] -o json|name``, ``create -f -``, ``logs`` and ``delete``.
It runs in-process as a ``Runner``, or as a ``kubectl`` executable on the PATH (``main``) whose
state lives in a JSON file between calls.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from homelab_ai.verify.kubectl import Completed

Manifest = dict[str, Any]
T0 = "2026-12-03T10:00:00Z"
T1 = "2026-12-03T10:05:00Z"
NODE = "gpu-ada"
# What the scheduler writes on a pod when every GPU slice is taken (two nodes, the control plane tainted).
UNSCHEDULABLE_GPU = (
    "0/2 nodes are available: 1 Insufficient nvidia.com/gpu, 1 node(s) had untolerated taint "
    "{node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
)

# The plural kubectl takes for each kind the checks read (the part before the first dot).
RESOURCES = {
    "nodes": "Node",
    "helmreleases": "HelmRelease",
    "kustomizations": "Kustomization",
    "deployments": "Deployment",
    "statefulsets": "StatefulSet",
    "pods": "Pod",
    "persistentvolumeclaims": "PersistentVolumeClaim",
    "services": "Service",
    "secrets": "Secret",
    "configmaps": "ConfigMap",
    "configmap": "ConfigMap",
    "jobs": "Job",
}

# helm.toolkit.fluxcd.io/v2 HelmRelease, the fields the fixtures use, closed, as the types define
# them: fluxcd/helm-controller api/v2/helmrelease_types.go (HelmReleaseSpec: interval required,
# chart.spec.chart and sourceRef required) and api/v2/reference_types.go (ValuesReference: kind
# Secret|ConfigMap and name required, valuesKey defaulting to values.yaml, targetPath, optional).
_CONDITION = {
    "type": "object",
    "required": ["type", "status", "lastTransitionTime", "reason", "message"],
    "properties": {
        "type": {"type": "string"},
        "status": {"enum": ["True", "False", "Unknown"]},
        "observedGeneration": {"type": "integer"},
        "lastTransitionTime": {"type": "string"},
        "reason": {"type": "string"},
        "message": {"type": "string"},
    },
    "additionalProperties": False,
}
HELM_RELEASE_V2_SCHEMA: Manifest = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "properties": {
        "apiVersion": {"const": "helm.toolkit.fluxcd.io/v2"},
        "kind": {"const": "HelmRelease"},
        "metadata": {"type": "object"},
        "spec": {
            "type": "object",
            "required": ["interval"],
            "properties": {
                "interval": {"type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"},
                "releaseName": {"type": "string"},
                "targetNamespace": {"type": "string"},
                "chart": {
                    "type": "object",
                    "required": ["spec"],
                    "properties": {
                        "spec": {
                            "type": "object",
                            "required": ["chart", "sourceRef"],
                            "properties": {
                                "chart": {"type": "string", "minLength": 1},
                                "version": {"type": "string"},
                                "interval": {"type": "string"},
                                "sourceRef": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "kind": {"enum": ["HelmRepository", "GitRepository", "Bucket"]},
                                        "name": {"type": "string"},
                                        "namespace": {"type": "string"},
                                    },
                                    "additionalProperties": False,
                                },
                            },
                            "additionalProperties": False,
                        }
                    },
                    "additionalProperties": False,
                },
                "valuesFrom": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["kind", "name"],
                        "properties": {
                            "kind": {"enum": ["Secret", "ConfigMap"]},
                            "name": {"type": "string", "minLength": 1, "maxLength": 253},
                            "valuesKey": {"type": "string", "pattern": "^[\\-._a-zA-Z0-9]+$"},
                            "targetPath": {"type": "string"},
                            "optional": {"type": "boolean"},
                        },
                        "additionalProperties": False,
                    },
                },
                "values": {"type": "object"},
            },
            "additionalProperties": False,
        },
        "status": {
            "type": "object",
            "properties": {
                "conditions": {"type": "array", "items": _CONDITION},
                "observedGeneration": {"type": "integer"},
                "lastAttemptedRevision": {"type": "string"},
                "lastAttemptedGeneration": {"type": "integer"},
                "lastAttemptedReleaseAction": {"enum": ["install", "upgrade"]},
                "helmChart": {"type": "string"},
            },
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}


def _meta(name: str, namespace: str | None = None, **extra: Any) -> Manifest:
    meta: Manifest = {"name": name, "uid": f"uid-{namespace or ''}-{name}", "resourceVersion": "4242", "creationTimestamp": T0}
    if namespace:
        meta["namespace"] = namespace
    return {**meta, **extra}


def dist_objects(dist: Path) -> list[Manifest]:
    objects = []
    for path in sorted(dist.rglob("*.yaml")):
        if path.name != "kustomization.yaml":
            objects += [d for d in yaml.safe_load_all(path.read_text()) if isinstance(d, dict)]
    return objects


def _planned_slices(objects: list[Manifest]) -> dict[str, int]:
    """The default device plugin config's resources and replicas, as dist/ai-cluster renders them."""
    values = next(
        o for o in objects if o["kind"] == "ConfigMap" and "devicePlugin" in str((o.get("data") or {}).get("values.yaml"))
    )
    config = yaml.safe_load(values["data"]["values.yaml"])["devicePlugin"]["config"]
    plugin = next(o for o in objects if o["kind"] == "ConfigMap" and o["metadata"]["name"] == config["name"])
    sharing = yaml.safe_load(plugin["data"][config["default"]])["sharing"]["timeSlicing"]
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
    result["status"] = {
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
    return result


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
        for container in pod_spec.get("containers") or []:
            for env in container.get("env") or []:
                ref = (env.get("valueFrom") or {}).get("secretKeyRef")
                if ref and not any(o["kind"] == "Secret" and o["metadata"]["name"] == ref["name"] for o in cluster):
                    cluster.append(secret(manifest["metadata"]["namespace"], ref["name"]))
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
    folder.mkdir()
    plan = {
        "nodes": plan_nodes
        if plan_nodes is not None
        else [{"name": NODE, "labels": {}, "resources": _planned_slices(dist_objects(dist))}]
    }
    config: Manifest = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "ai-verify-3f2a9c1", "namespace": "ai", "labels": {"app.kubernetes.io/name": "ai-verify"}},
        "data": {"checks.py": "print('stand-in')\n", "plan.json": json.dumps(plan)},
    }
    (folder / "configmap-ai-verify.yaml").write_text(yaml.safe_dump(config))
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
        (folder / f"job-{check}.yaml").write_text(yaml.safe_dump(job))


def result_line(check: str, ok: bool, detail: str = "", fix: str = "", seconds: float = 1.5) -> str:
    """One line as a check pod prints it."""
    return "VERIFY-RESULT " + json.dumps({"check": check, "ok": ok, "detail": detail, "fix": fix, "seconds": seconds})


@dataclass
class FakeCluster:
    """Answers kubectl calls from ``objects``; Jobs created run at once and print ``logs[check id]``.

    Attributes:
        objects: The cluster's objects.
        logs: What the pod of a created check Job prints, by its check id.
        stuck: Check ids whose Job's pod never schedules (its GPU slice is taken).
        reachable: Whether an API server answers.
        calls: Every call's argv, in order.
    """

    objects: list[Manifest]
    logs: dict[str, str] = field(default_factory=dict)
    stuck: list[str] = field(default_factory=list)
    reachable: bool = True
    calls: list[list[str]] = field(default_factory=list)

    def __call__(self, args: Sequence[str], stdin: str | None) -> Completed:
        self.calls.append(list(args))
        words = [a for a in args if not a.startswith(("--context=", "--request-timeout="))]
        if words[:1] == ["config"]:
            return Completed(0, "homelab\n", "")
        if not self.reachable:
            return Completed(
                1,
                json.dumps({"clientVersion": {"major": "1", "minor": "32", "gitVersion": "v1.32.4"}})
                if words[0] == "version"
                else "",
                "The connection to the server 10.10.1.2:6443 was refused - did you specify the right host or port?\n",
            )
        if words[0] == "version":
            version = {"major": "1", "minor": "32", "gitVersion": "v1.32.4", "platform": "linux/amd64"}
            return Completed(
                0, json.dumps({"clientVersion": version, "kustomizeVersion": "v5.5.0", "serverVersion": version}), ""
            )
        if words[:3] == ["get", "--raw", "/readyz"]:
            return Completed(0, "ok", "")
        if words[0] == "get":
            return self._get(words)
        if words[0] == "create":
            return self._create(json.loads(stdin or "{}"))
        if words[0] == "logs":
            found = [o for o in self.objects if o["kind"] == "Pod" and o["metadata"]["name"] == words[1]]
            return (
                Completed(0, found[0]["metadata"].get("annotations", {}).get("fake/log", ""), "")
                if found
                else Completed(1, "", f'Error from server (NotFound): pods "{words[1]}" not found')
            )
        if words[0] == "delete":
            selector = _option(words, "-l")
            kinds = {RESOURCES[r.split(".")[0]] for r in words[1].split(",")}
            self.objects = [o for o in self.objects if not (o["kind"] in kinds and _selects(selector, o))]
            return Completed(0, "", "")
        return Completed(1, "", f"error: unknown command {words[0]!r} for kubectl")

    def _get(self, words: list[str]) -> Completed:
        kinds = [RESOURCES.get(r.split(".")[0]) for r in words[1].split(",")]
        if None in kinds:
            return Completed(1, "", f'error: the server doesn\'t have a resource type "{words[1]}"')
        namespace, selector = _option(words, "-n"), _option(words, "-l")
        named = words[2] if len(words) > 2 and not words[2].startswith("-") else None
        items = [
            o
            for o in self.objects
            if o["kind"] in kinds
            and (namespace is None or o["metadata"].get("namespace") == namespace)
            and _selects(selector, o)
            and (named is None or o["metadata"]["name"] == named)
        ]
        output = _option(words, "-o")
        if output == "name":
            group = {"Job": "job.batch"}
            return Completed(
                0, "".join(f"{group.get(o['kind'], o['kind'].lower())}/{o['metadata']['name']}\n" for o in items), ""
            )
        return Completed(
            0, json.dumps({"apiVersion": "v1", "kind": "List", "items": items, "metadata": {"resourceVersion": ""}}), ""
        )

    def _create(self, listed: Manifest) -> Completed:
        names = []
        for item in listed.get("items", []):
            item = copy.deepcopy(item)
            item["metadata"] = {
                **_meta(item["metadata"]["name"], item["metadata"].get("namespace", "default")),
                **{k: v for k, v in item["metadata"].items() if k not in ("name", "namespace")},
                "name": item["metadata"]["name"],
                "namespace": item["metadata"].get("namespace", "default"),
            }
            if item["kind"] == "Job":
                self.objects += self._run_job(item)
                names.append(f"job.batch/{item['metadata']['name']}")
            else:
                self.objects.append(item)
                names.append(f"{item['kind'].lower()}/{item['metadata']['name']}")
        return Completed(0, "\n".join(names) + "\n", "")

    def _run_job(self, job: Manifest) -> list[Manifest]:
        check = job["metadata"]["labels"]["homelab-ai.dev/check"]
        name, uid = job["metadata"]["name"], job["metadata"]["uid"]
        log = self.logs.get(check, "")
        stuck = check in self.stuck
        results = [json.loads(line.split("VERIFY-RESULT ", 1)[1]) for line in log.splitlines() if "VERIFY-RESULT " in line]
        # The pod exits 0 only when it printed its results and all passed (a traceback exits 1).
        ok = not stuck and bool(results) and all(r["ok"] for r in results)
        log = "" if stuck else log
        spec = job["spec"]
        spec.setdefault("completions", 1)
        spec.setdefault("parallelism", 1)
        spec.setdefault("backoffLimit", 6)
        spec.setdefault("completionMode", "NonIndexed")
        spec.setdefault("suspend", False)
        spec["selector"] = {"matchLabels": {"batch.kubernetes.io/controller-uid": uid}}
        labels = {
            "batch.kubernetes.io/controller-uid": uid,
            "batch.kubernetes.io/job-name": name,
            "controller-uid": uid,
            "job-name": name,
        }
        spec["template"]["metadata"]["labels"] = {**spec["template"]["metadata"].get("labels", {}), **labels}
        if stuck:
            job["status"] = {"active": 1, "ready": 0, "terminating": 0, "startTime": T0, "uncountedTerminatedPods": {}}
        else:
            final = "Complete" if ok else "Failed"
            job["status"] = {
                "startTime": T0,
                "ready": 0,
                "terminating": 0,
                "uncountedTerminatedPods": {},
                **({"succeeded": 1, "completionTime": T1} if ok else {"failed": 1}),
                "conditions": [
                    {
                        "type": "SuccessCriteriaMet" if ok else "FailureTarget",
                        "status": "True",
                        "lastProbeTime": T1,
                        "lastTransitionTime": T1,
                        **(
                            {}
                            if ok
                            else {"reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}
                        ),
                    },
                    {
                        "type": final,
                        "status": "True",
                        "lastProbeTime": T1,
                        "lastTransitionTime": T1,
                        **(
                            {}
                            if ok
                            else {"reason": "BackoffLimitExceeded", "message": "Job has reached the specified backoff limit"}
                        ),
                    },
                ],
            }
        template = spec["template"]
        container = template["spec"]["containers"][0]
        pod_meta = _meta(
            f"{name}-8xk2p",
            job["metadata"]["namespace"],
            labels=template["metadata"]["labels"],
            generateName=f"{name}-",
            annotations={"fake/log": log},
            ownerReferences=[
                {
                    "apiVersion": "batch/v1",
                    "kind": "Job",
                    "name": name,
                    "uid": uid,
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        )
        if stuck:
            status: Manifest = {
                "phase": "Pending",
                "qosClass": "Burstable",
                "conditions": [
                    {
                        "type": "PodScheduled",
                        "status": "False",
                        "lastProbeTime": None,
                        "lastTransitionTime": T1,
                        "reason": "Unschedulable",
                        "message": UNSCHEDULABLE_GPU,
                    }
                ],
            }
        else:
            status = {
                "phase": "Succeeded" if ok else "Failed",
                "startTime": T0,
                "qosClass": "Burstable",
                "hostIP": "10.10.1.10",
                "podIP": "10.42.0.31",
                "conditions": [{"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": T0}],
                "containerStatuses": [
                    {
                        "name": container["name"],
                        "image": container["image"],
                        "imageID": f"docker.io/{container['image']}@sha256:{'b' * 64}",
                        "containerID": "containerd://c2",
                        "ready": False,
                        "started": False,
                        "restartCount": 0,
                        "lastState": {},
                        "state": {
                            "terminated": {
                                "exitCode": 0 if ok else 1,
                                "reason": "Completed" if ok else "Error",
                                "startedAt": T0,
                                "finishedAt": T1,
                                "containerID": "containerd://c2",
                            }
                        },
                    }
                ],
            }
        created_pod = {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": pod_meta,
            "spec": {**copy.deepcopy(template["spec"]), **({} if stuck else {"nodeName": NODE})},
            "status": status,
        }
        return [job, created_pod]

    def save(self, path: Path) -> None:
        path.write_text(
            json.dumps(
                {
                    "objects": self.objects,
                    "logs": self.logs,
                    "stuck": self.stuck,
                    "reachable": self.reachable,
                    "calls": self.calls,
                }
            )
        )

    @staticmethod
    def load(path: Path) -> FakeCluster:
        state = json.loads(path.read_text())
        return FakeCluster(
            objects=state["objects"], logs=state["logs"], stuck=state["stuck"], reachable=state["reachable"], calls=state["calls"]
        )


def _option(words: list[str], flag: str) -> str | None:
    return words[words.index(flag) + 1] if flag in words else None


def _selects(selector: str | None, obj: Manifest) -> bool:
    if not selector:
        return True
    key, _, value = selector.partition("=")
    return bool(obj["metadata"].get("labels", {}).get(key) == value)


def main() -> int:
    """The fake as a ``kubectl`` executable: state in ``$FAKE_KUBECTL_STATE``."""
    path = Path(os.environ["FAKE_KUBECTL_STATE"])
    cluster = FakeCluster.load(path)
    done = cluster(sys.argv[1:], sys.stdin.read() if "-f" in sys.argv else None)
    cluster.save(path)
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.code


if __name__ == "__main__":
    sys.exit(main())
