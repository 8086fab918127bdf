"""The verify layer's in-cluster checks, run now: copies of its Jobs under fresh names, waited for
with a bound, their ``VERIFY-RESULT`` lines read back, and the copies deleted (also on Ctrl-C).

Each Job's pod prints one line per check, ``VERIFY-RESULT {"check", "ok", "detail", "fix",
"seconds"}``, and exits 0 when every check passed.
"""

from __future__ import annotations

import copy
import json
import secrets
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from homelab_ai.verify import pods
from homelab_ai.verify.expected import CHECK_LABEL
from homelab_ai.verify.kubectl import Kubectl, KubectlError
from homelab_ai.verify.report import Outcome, Row, failed

Manifest = dict[str, Any]
RESULT_PREFIX = "VERIFY-RESULT "
RUN_LABEL = "homelab-ai.dev/verify-run"
# A copy left behind by a killed run (SIGKILL, a lost laptop) is removed by the cluster after this.
_TTL_SECONDS = 3600


def default_timeout(jobs: Sequence[Manifest]) -> int:
    """How long to wait for the copies: the longest ``activeDeadlineSeconds`` of the Jobs, plus a minute to start."""
    deadlines = [int((j.get("spec") or {}).get("activeDeadlineSeconds", 0)) for j in jobs]
    return max(deadlines, default=0) + 60 if any(deadlines) else 900


def copies(jobs: Sequence[Manifest], run_id: str) -> list[Manifest]:
    """The Jobs renamed ``<check>-now-<run id>`` and labelled with the run, so the run finds and deletes them."""
    result = []
    for job in jobs:
        job = copy.deepcopy(job)
        meta = job.setdefault("metadata", {})
        check = str((meta.get("labels") or {}).get(CHECK_LABEL, meta.get("name", "check")))
        meta["name"] = f"{check[: 63 - len(run_id) - 5]}-now-{run_id}"
        meta["labels"] = {**(meta.get("labels") or {}), RUN_LABEL: run_id}
        spec = job.setdefault("spec", {})
        spec["ttlSecondsAfterFinished"] = min(int(spec.get("ttlSecondsAfterFinished", _TTL_SECONDS)), _TTL_SECONDS)
        result.append(job)
    return result


def parse_results(log: str) -> list[Row]:
    """The rows a check pod printed, one per ``VERIFY-RESULT`` line; an unreadable line is a failed row."""
    rows = []
    for line in log.splitlines():
        start = line.find(RESULT_PREFIX)
        if start < 0:
            continue
        text = line[start + len(RESULT_PREFIX) :]
        try:
            result = json.loads(text)
            check, ok = str(result["check"]), result["ok"]
            if not isinstance(ok, bool):
                raise TypeError(f"ok is {ok!r}, not a boolean")
        except (ValueError, KeyError, TypeError) as error:
            rows.append(
                failed(
                    "verify-result",
                    f"unreadable result line {text[:120]!r}: {error}",
                    "the check script and make verify disagree on the format: update both",
                )
            )
            continue
        seconds = result.get("seconds")
        rows.append(
            Row(
                check=check,
                outcome=Outcome.PASS if ok else Outcome.FAIL,
                detail=str(result.get("detail", "")),
                fix="" if ok else str(result.get("fix", "")) or "see the check's log",
                seconds=float(seconds) if isinstance(seconds, int | float) else None,
            )
        )
    return rows


def run(
    kubectl: Kubectl,
    jobs: Sequence[Manifest],
    config_maps: Sequence[Manifest],
    *,
    timeout_seconds: float,
    poll_seconds: float = 5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    run_id: str | None = None,
) -> list[Row]:
    """Runs copies of ``jobs`` now and returns their checks' rows; deletes what it created, whatever happens."""
    run_id = run_id or secrets.token_hex(3)
    created = copies(jobs, run_id)
    namespaces = sorted({str(j["metadata"].get("namespace", "default")) for j in created})
    try:
        missing = [_labelled(c, run_id) for c in config_maps if not _exists(kubectl, c)]
        done = kubectl.run(
            "create",
            "-f",
            "-",
            "-o",
            "name",
            stdin=json.dumps({"apiVersion": "v1", "kind": "List", "items": [*missing, *created]}),
        )
        if done.code != 0:
            return [
                failed(
                    _check_of(j),
                    f"could not create the check Job: {done.error}",
                    "your kubectl user needs create on Jobs and ConfigMaps in the namespace",
                )
                for j in jobs
            ]
        finished = _wait(kubectl, namespaces, run_id, len(created), timeout_seconds, poll_seconds, clock, sleep)
        rows: list[Row] = []
        for job in created:
            rows += _rows_of(kubectl, job, finished.get(job["metadata"]["name"]), timeout_seconds)
        return rows
    finally:
        with _uninterruptible():
            for namespace in namespaces:
                kubectl.run(
                    "delete",
                    "jobs,configmaps",
                    "-n",
                    namespace,
                    "-l",
                    f"{RUN_LABEL}={run_id}",
                    "--ignore-not-found",
                    "--wait=false",
                )


def _check_of(job: Manifest) -> str:
    return str(((job.get("metadata") or {}).get("labels") or {}).get(CHECK_LABEL, (job.get("metadata") or {}).get("name")))


def _labelled(config_map: Manifest, run_id: str) -> Manifest:
    config_map = copy.deepcopy(config_map)
    meta = config_map.setdefault("metadata", {})
    meta["labels"] = {**(meta.get("labels") or {}), RUN_LABEL: run_id}
    return config_map


def _exists(kubectl: Kubectl, manifest: Manifest) -> bool:
    meta = manifest.get("metadata") or {}
    done = kubectl.run(
        "get", "configmap", str(meta.get("name")), "-n", str(meta.get("namespace", "default")), "-o", "name", "--ignore-not-found"
    )
    return done.code == 0 and bool(done.stdout.strip())


def _wait(
    kubectl: Kubectl,
    namespaces: Sequence[str],
    run_id: str,
    expected: int,
    timeout_seconds: float,
    poll_seconds: float,
    clock: Callable[[], float],
    sleep: Callable[[float], None],
) -> dict[str, Manifest]:
    """The run's Jobs as last seen, once all have finished or the time is up."""
    deadline = clock() + timeout_seconds
    seen: dict[str, Manifest] = {}
    while True:
        for namespace in namespaces:
            with suppress(KubectlError):  # one failed poll is not a result; the deadline bounds the wait
                seen.update(
                    {
                        j["metadata"]["name"]: j
                        for j in kubectl.items("jobs", namespace=namespace, selector=f"{RUN_LABEL}={run_id}")
                    }
                )
        if (len(seen) >= expected and all(_finished(j) for j in seen.values())) or clock() >= deadline:
            return seen
        sleep(min(poll_seconds, max(deadline - clock(), 0)))


def _finished(job: Manifest) -> str | None:
    for condition in (job.get("status") or {}).get("conditions") or []:
        if condition.get("type") in ("Complete", "Failed") and condition.get("status") == "True":
            return str(condition["type"])
    return None


def _rows_of(kubectl: Kubectl, job: Manifest, seen: Manifest | None, timeout_seconds: float) -> list[Row]:
    name, namespace, check = job["metadata"]["name"], job["metadata"].get("namespace", "default"), _check_of(job)
    try:
        job_pods = sorted(
            kubectl.items("pods", namespace=namespace, selector=f"job-name={name}"),
            key=lambda p: str((p.get("metadata") or {}).get("creationTimestamp", "")),
        )
    except KubectlError as error:
        return [failed(check, f"could not list the pods of Job {name}: {error}", "kubectl get pods needs list permission")]
    rows: list[Row] = []
    if job_pods:
        newest = job_pods[-1]["metadata"]["name"]
        log = kubectl.run("logs", newest, "-n", namespace, "--all-containers=true")
        rows = parse_results(log.stdout) if log.code == 0 else []
    if any(r.check == check for r in rows):
        return rows
    state = _finished(seen or {})
    why = next((p for p in (pods.problem(pod) for pod in reversed(job_pods)) if p), None)
    conditions = ((seen or {}).get("status") or {}).get("conditions") or []
    condition: Manifest = next((c for c in conditions if c.get("type") == state and c.get("status") == "True"), {})
    if state is None:
        detail = f"Job {name} did not finish within {timeout_seconds:.0f} s"
    else:
        why_job = ": ".join(str(condition[k]) for k in ("reason", "message") if condition.get(k))
        detail = f"Job {name} {state}" + (f" ({why_job})" if why_job else "")
    detail += f"; printed no result for {check}" + (f"; {why.detail}" if why else "")
    fix = (
        why.fix
        if why
        else (f"kubectl -n {namespace} logs job/{name}" if job_pods else f"kubectl -n {namespace} describe job {name}")
    )
    return [*rows, failed(check, detail, fix)]


@contextmanager
def _uninterruptible() -> Iterator[None]:
    """Lets the clean-up finish after a Ctrl-C (a second one would leave the copies behind)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to guard
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
