"""The verify chart: one Job per check, named by a hash of what it tests, for a Flux layer to run.

Every object that depends on the other charts is completed when it renders (as the Flux layers
are): the expectations are read from the manifests of the charts declared before this one, after
every escape-hatch patch. Each check gets a ConfigMap (the script, its part of the plan, the
speech sample when it needs it) and a Job, both named ``<check>-<hash>``: the hash covers the
check's expectations, the rendered pod templates and Services of the apps it tests, the
NetworkPolicies into their pods, the script and the image, so a change that reaches the cluster
is tested once, and a change elsewhere leaves the Job, completed, as it is.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, App, Chart

from homelab_ai import _pod, _scope, _typecheck, _validate
from homelab_ai._filling_chart import FillingChart
from homelab_ai._objects import plain_object
from homelab_ai._render_pass import RENDER_PASS
from homelab_ai._scope import folder_of
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.flux import FluxLayer
from homelab_ai.inventory import Manifest, id_of, pod_template
from homelab_ai.scheduling import BATCH
from homelab_ai.verify import plan as expectations
from homelab_ai.verify.checks import CHECKS
from homelab_ai.waivers import CHECK_PULL_IF_NOT_PRESENT, TAG_NOT_DIGEST, skip_annotations
from homelab_ai.workload_settings import RunAs

HERE = Path(__file__).resolve().parent
NAME = "ai-verify"
CHECK_LABEL = "homelab-ai.dev/check"
# The image's "nobody": the checks write nothing but /tmp.
NOBODY = RunAs(user=65534, group=65534)
_NEEDS_SAMPLE = ("faster-whisper", "gpu-concurrency")
_NEEDS_CREDENTIALS = ("stable-diffusion", "gpu-concurrency")
_CALLS_OLLAMA = ("ollama", "gpu-concurrency")


@dataclass(frozen=True, kw_only=True)
class VerifySettings:
    """Which checks run after each deploy, and how long they wait.

    Attributes:
        enabled: Emit the verify chart and its Flux layer.
        checks: The checks to run (``checks.CHECKS``).
        image: A Python 3 image; the script needs nothing but the standard library.
        timing: Deadlines and timeouts.
    """

    enabled: bool = True
    checks: tuple[str, ...] = CHECKS
    # renovate: datasource=docker
    image: str = "python:3.12.8-slim-bookworm"
    timing: expectations.Timing = field(default_factory=expectations.Timing)


class VerifyChart(FillingChart):
    """The design's verification steps as Jobs, in the namespace of the apps they test.

    Declare it after the charts it tests (it reads the charts declared before it) and before the
    FluxChart, whose layer ``flux_layer`` returns.

    Example:
        ai = AiNamespaceChart(app, "ai")
        verify = VerifyChart(app, "ai-verify", namespace="ai")
        FluxChart(app, "flux", layers=[*ai.flux_layers(FLUX), verify.flux_layer(after=ai)])

    Attributes:
        settings: The settings.
        jobs: The Job of each check, by check id.
        config_maps: The ConfigMap of each check, by check id.
    """

    def __init__(self, scope: App, id: str, *, namespace: str = "ai", settings: VerifySettings = VerifySettings()) -> None:
        """Creates the Jobs, their ConfigMaps, the ServiceAccount the GPU-slices check reads nodes with,
        and the NetworkPolicy that admits the checks into Ollama.

        Raises:
            ValueError: an unknown check, a duplicate, or an invalid image or timing.
        """
        targets = list(scope.charts)
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        _scope.claim_for_project(self, namespace)
        _typecheck.check_fields(self, "settings", settings)
        _validate.dns_label(self, "namespace", namespace)
        _validate.image(self, "settings.image", settings.image)
        for prop in ("deadline_seconds", "request_seconds", "connect_seconds", "retry_seconds"):
            _validate.positive_int(self, f"settings.timing.{prop}", getattr(settings.timing, prop))
        unknown = [c for c in settings.checks if c not in CHECKS]
        if unknown or not settings.checks or len(set(settings.checks)) != len(settings.checks):
            raise _validate.fail(
                self,
                "settings.checks",
                f"{list(settings.checks)!r} is not allowed: list each of {', '.join(CHECKS)} at most once",
            )
        self.settings = settings
        self._namespace = namespace
        self._targets = targets
        self._plan = ClusterPlan.of(scope)
        ClusterPlan.share(self, self._plan)
        self._cache: tuple[int | None, dict[str, Any] | None] | None = None
        self._script = (HERE / "checks.py").read_text()
        self._sample = (HERE / "speech.wav").read_bytes()
        spoken = (_normalise(w) for w in json.loads((HERE / "speech.json").read_text())["text"].split())
        self._words = list(dict.fromkeys(w for w in spoken if w))
        labels = _scope.ownership_labels(self)
        if "gpu-slices" in settings.checks:
            self._node_reader(labels)
        self.config_maps: dict[str, ApiObject] = {}
        self.jobs: dict[str, ApiObject] = {}
        for check in settings.checks:
            self.config_maps[check] = self.filled_object(
                f"{check}-config",
                api_version="v1",
                kind="ConfigMap",
                metadata=ApiObjectMetadata(name=f"{check}-config"),
                fill=functools.partial(self._fill_config, check=check),
            )
            self.jobs[check] = self.filled_object(
                check,
                api_version="batch/v1",
                kind="Job",
                metadata=ApiObjectMetadata(name=check),
                fill=functools.partial(self._fill_job, check=check),
            )
            # The fill writes the Job's whole spec: the namespace's quota counts the Job it makes.
            job = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": check, "namespace": namespace}}
            _pod.read_for_quota(self.jobs[check], functools.partial(self._fill_job, job, check))
        if any(c in settings.checks for c in _CALLS_OLLAMA):
            self.filled_object(
                "OllamaFromVerify",
                api_version="networking.k8s.io/v1",
                kind="NetworkPolicy",
                metadata=ApiObjectMetadata(name=f"ollama-from-{NAME}", labels=labels),
                fill=self._fill_ollama_policy,
            )

    def flux_layer(self, *, after: Chart) -> FluxLayer:
        """The layer that runs the checks once ``after``'s layer is Ready, waits for them, and
        recreates a Job whose spec changed (Jobs are immutable)."""
        return FluxLayer(chart=self, depends_on=(folder_of(after),), wait=True, force=True)

    def plans(self) -> dict[str, dict[str, Any]]:
        """Each check's ``plan.json`` as the chart renders it now, by check id (for running
        ``checks.py`` elsewhere)."""
        return {
            m["metadata"]["labels"][CHECK_LABEL]: json.loads(m["data"]["plan.json"])
            for m in self._plan.manifests_of(self)
            if m["kind"] == "ConfigMap"
        }

    def plan(self) -> dict[str, Any]:
        """One plan for every check of the chart (``checks.py PLAN.json all``): the checks' plans merged."""
        merged: dict[str, Any] = {"deadlines": {}, "fixes": {}}
        for own in self.plans().values():
            for key, value in own.items():
                if key in ("deadlines", "fixes"):
                    merged[key].update(value)
                else:
                    merged[key] = value
        return merged

    # --- what the checks expect, read when the chart renders ------------------------------

    def _expected(self) -> dict[str, Any] | None:
        """The plan and names, once per render pass and once per render of this chart; ``None``
        while a chart it reads is rendering (its quota reads these Jobs' resources, which need no
        expectations), and then never kept for the fills that run after that render."""
        if any(self._plan.is_rendering(chart) for chart in self._targets):
            return None
        return self.once_per_render("expected", self._read_expected)

    def _read_expected(self) -> dict[str, Any] | None:
        current = RENDER_PASS.current
        if self._cache is not None and current is not None and self._cache[0] == current:
            return self._cache[1]
        charts: dict[str, list[Manifest]] = {}
        for chart in self._targets:
            manifests = self._plan.manifests_unless_rendering(chart)
            if manifests is None:
                return None
            charts[folder_of(chart)] = manifests
        try:
            found = expectations.build(
                charts, self._plan, words=self._words, timing=self.settings.timing, checks=self.settings.checks
            )
        except expectations.MissingApp as error:
            raise ValueError(f"{self.node.path}: settings.checks {error}: deploy it or leave the check out") from None
        by_id = {id_of(m): m for ms in charts.values() for m in ms}
        result: dict[str, Any] = {"plan": found.plan, "checks": {}}
        for check in self.settings.checks:
            plan = _plan_for(found.plan, check)
            files = {"checks.py": self._script, "plan.json": json.dumps(plan, indent=2, sort_keys=True) + "\n"}
            binary = {expectations.SAMPLE_NAME: base64.b64encode(self._sample).decode()} if check in _NEEDS_SAMPLE else {}
            tested = [_tested(by_id[s]) for s in found.sources[check] if s in by_id]
            digest = hashlib.sha256(
                json.dumps([files, binary, tested, self.settings.image], sort_keys=True).encode()
            ).hexdigest()[:10]
            priority = BATCH if any(m.get("kind") == "PriorityClass" and _name(m) == BATCH for m in by_id.values()) else None
            result["checks"][check] = {"name": f"{check}-{digest}", "files": files, "binary": binary, "priority": priority}
        if current is not None:
            self._cache = (current, result)
        return result

    def _fill_config(self, rendered: Manifest, check: str) -> Manifest:
        expected = self._expected()
        if expected is None:
            return rendered
        mine = expected["checks"][check]
        rendered["metadata"] = {**rendered["metadata"], "name": mine["name"], "labels": self._labels(check)}
        rendered["data"] = mine["files"]
        if mine["binary"]:
            rendered["binaryData"] = mine["binary"]
        return rendered

    def _fill_job(self, rendered: Manifest, check: str) -> Manifest:
        expected = self._expected()
        mine: dict[str, Any] = expected["checks"][check] if expected else {"name": check, "priority": None}
        plan: dict[str, Any] = expected["plan"] if expected else {}
        timing = self.settings.timing
        rendered["metadata"] = {
            **rendered["metadata"],
            "name": mine["name"],
            "labels": self._labels(check),
            "annotations": skip_annotations([TAG_NOT_DIGEST, CHECK_PULL_IF_NOT_PRESENT]),
        }
        rendered["spec"] = {
            # A try may overrun the deadline by its own requests; the pod's deadline leaves room.
            "activeDeadlineSeconds": timing.deadline_seconds + 2 * timing.request_seconds + 120,
            # The check retries what may still be on its way itself; a failed pod is a failed check.
            "backoffLimit": 0,
            # A pod evicted or preempted (a batch pod gives way to the apps) did not fail its
            # check: the Job starts another instead of failing the layer.
            "podFailurePolicy": {
                "rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]
            },
            # No ttlSecondsAfterFinished: Flux would re-create a deleted Job and run it again.
            "template": self._pod(check, mine["name"], mine["priority"], plan),
        }
        return rendered

    def _pod(self, check: str, config: str, priority: str | None, plan: dict[str, Any]) -> Manifest:
        folder = expectations.SCRIPT_FOLDER
        mounts = [{"name": "tmp", "mountPath": "/tmp"}, {"name": "verify", "mountPath": folder, "readOnly": True}]
        volumes: list[Manifest] = [
            {"name": "tmp", "emptyDir": {"sizeLimit": "16Mi"}},
            {"name": "verify", "configMap": {"name": config}},
        ]
        if check in _NEEDS_CREDENTIALS and "stable-diffusion" in plan:
            # Files, never env or argv: the credentials stay out of the process list and the pod spec.
            secret = plan["stable-diffusion"]["secret"]
            volumes.append({"name": "credentials", "secret": {"secretName": secret, "defaultMode": 0o440}})
            mounts.append({"name": "credentials", "mountPath": expectations.CREDENTIALS_DIR, "readOnly": True})
        fields: dict[str, Any] = {}
        if check == "gpu-slices":
            # Only this pod gets a token, and only through this volume (automount stays off).
            fields["serviceAccountName"] = NAME
            volumes.append(
                {
                    "name": "api",
                    "projected": {
                        "sources": [
                            {"serviceAccountToken": {"path": "token", "expirationSeconds": 3600}},
                            {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}},
                        ]
                    },
                }
            )
            mounts.append({"name": "api", "mountPath": expectations.TOKEN_DIR, "readOnly": True})
        container = {
            "name": "check",
            "image": self.settings.image,
            "imagePullPolicy": "IfNotPresent",
            "command": ["python3", f"{folder}/checks.py", f"{folder}/plan.json", check],
            "env": [{"name": "PYTHONDONTWRITEBYTECODE", "value": "1"}],
            "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}, "requests": {"cpu": "50m", "memory": "64Mi"}},
            "securityContext": _pod.container_security(NOBODY, read_only_root_filesystem=True),
            "volumeMounts": mounts,
        }
        spec = _pod.hardened_pod(
            [container],
            restartPolicy="Never",
            securityContext=_pod.pod_security(NOBODY),
            volumes=volumes,
            priorityClassName=priority,
            **fields,
        )
        return {"metadata": {"labels": {"app.kubernetes.io/name": NAME, CHECK_LABEL: check}}, "spec": spec}

    def _fill_ollama_policy(self, rendered: Manifest) -> Manifest:
        expected = self._expected()
        if expected is None:
            return rendered
        ollama = expected["plan"].get("ollama", {}).get("_backend")
        rendered["spec"] = {
            "podSelector": {"matchLabels": ollama["selector"]} if ollama else {},
            "policyTypes": ["Ingress"],
            "ingress": [
                {
                    "from": [
                        {
                            "podSelector": {
                                "matchLabels": {"app.kubernetes.io/name": NAME},
                                "matchExpressions": [
                                    {
                                        "key": CHECK_LABEL,
                                        "operator": "In",
                                        "values": [c for c in _CALLS_OLLAMA if c in self.settings.checks],
                                    }
                                ],
                            }
                        }
                    ],
                    "ports": [{"protocol": "TCP", "port": ollama["port"]}] if ollama else [],
                }
            ],
        }
        return rendered

    def _labels(self, check: str) -> dict[str, str]:
        return {**_scope.metadata_labels(self, NAME), CHECK_LABEL: check}

    def _node_reader(self, labels: dict[str, str]) -> None:
        """A ServiceAccount that may get and list nodes, and nothing else."""
        plain_object(
            self,
            "ServiceAccount",
            api_version="v1",
            kind="ServiceAccount",
            metadata=ApiObjectMetadata(name=NAME, labels=labels),
            body={"automountServiceAccountToken": False},
        )
        self.filled_object(
            "NodeReader",
            api_version="rbac.authorization.k8s.io/v1",
            kind="ClusterRole",
            metadata=ApiObjectMetadata(name=f"{NAME}-nodes", labels=labels),
            body={"rules": [{"apiGroups": [""], "resources": ["nodes"], "verbs": ["get", "list"]}]},
            fill=_cluster_scoped,
        )
        self.filled_object(
            "NodeReaderBinding",
            api_version="rbac.authorization.k8s.io/v1",
            kind="ClusterRoleBinding",
            metadata=ApiObjectMetadata(name=f"{NAME}-nodes", labels=labels),
            body={
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": f"{NAME}-nodes"},
                "subjects": [{"kind": "ServiceAccount", "name": NAME, "namespace": self._namespace}],
            },
            fill=_cluster_scoped,
        )


def _cluster_scoped(rendered: Manifest) -> Manifest:
    """The chart's namespace does not apply to cluster-scoped objects."""
    rendered["metadata"].pop("namespace", None)
    return rendered


def _plan_for(plan: dict[str, Any], check: str) -> dict[str, Any]:
    """The part of the plan one check reads."""
    sections = {
        "gpu-concurrency": ("ollama", "faster-whisper", "stable-diffusion", "gpu-concurrency"),
        "open-webui": ("open-webui",),
    }.get(check, (check,))
    own = {key: value for key, value in plan.items() if key in sections}
    own = {
        key: ({k: v for k, v in value.items() if not k.startswith("_")} if isinstance(value, dict) else value)
        for key, value in own.items()
    }
    common = {k: plan[k] for k in ("timeouts", "retry_seconds")}
    return {**common, **own, "deadlines": {check: plan["deadlines"][check]}, "fixes": {check: plan["fixes"][check]}}


def _tested(manifest: Manifest) -> Any:
    """What of an object a check tests: a pod owner's pod template, anything else's spec and data."""
    template = pod_template(manifest)
    if template is not None:
        return [str(id_of(manifest)), template]
    return [str(id_of(manifest)), {k: v for k, v in manifest.items() if k not in ("metadata", "status")}]


def _name(manifest: Manifest) -> str:
    return str((manifest.get("metadata") or {}).get("name", ""))


def _normalise(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())
