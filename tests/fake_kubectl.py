"""A fake kubectl that answers from API objects (``tests/verify_cluster.py``), for ``make verify``.

It answers the calls ``homelab_ai.verify`` makes: ``version``, ``get --raw /readyz``,
``get <resources> [-n NS | -A] [-l k=v] -o json|name``, ``create -f -``, ``logs`` and ``delete``.
It runs in-process as a ``Runner``, or as a ``kubectl`` executable on the PATH (``main``) whose
state lives in a JSON file between calls. A Job it creates runs at once: its pod prints the log
given for its check id.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from homelab_ai.verify.kubectl import Completed
from tests.verify_cluster import NODE, T0, T1, UNSCHEDULABLE_GPU, Manifest, _meta, pending_status

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
            status: Manifest = pending_status(UNSCHEDULABLE_GPU)
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


def verify(cluster: Callable[..., Completed], *args: str, root: Path) -> tuple[int, list[Manifest], str]:
    """Runs `make verify --json` against the fake; returns the exit code, the rows and stderr."""
    # Imported here: the fake as an executable (main) loads only what answering a call needs.
    from homelab_ai.verify.workstation import main as verify_main

    out, err = capture(lambda: verify_main(["--root", str(root), "--json", *args], runner=cluster))
    return out[0], (json.loads(out[1]) if out[1].strip() else []), err


def capture(call: Callable[[], int]) -> tuple[tuple[int, str], str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = call()
    return (code, stdout.getvalue()), stderr.getvalue()


def row(rows: list[Manifest], prefix: str) -> Manifest:
    found = [r for r in rows if r["check"] == prefix] or [r for r in rows if r["check"].startswith(prefix)]
    assert found, f"no row for {prefix}: {[r['check'] for r in rows]}"
    return found[0]


def failures(rows: list[Manifest]) -> list[Manifest]:
    return [r for r in rows if r["result"] == "fail"]


def _option(words: list[str], flag: str) -> str | None:
    return words[words.index(flag) + 1] if flag in words else None


def _selects(selector: str | None, obj: Manifest) -> bool:
    if not selector:
        return True
    key, _, value = selector.partition("=")
    return bool(obj["metadata"].get("labels", {}).get(key) == value)


def main() -> int:
    """The fake as a ``kubectl`` executable: state in ``$FAKE_KUBECTL_STATE``, written back when a
    call changes the objects (``calls`` records only the in-process runs)."""
    path = Path(os.environ["FAKE_KUBECTL_STATE"])
    cluster = FakeCluster.load(path)
    before = [id(o) for o in cluster.objects]
    done = cluster(sys.argv[1:], sys.stdin.read() if "-f" in sys.argv else None)
    if [id(o) for o in cluster.objects] != before:
        cluster.save(path)
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.code


if __name__ == "__main__":
    sys.exit(main())
