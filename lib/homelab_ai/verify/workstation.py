"""``make verify``: checks the cluster of the current kubectl context against the committed ``dist/``.

It reads what the cluster runs (``kubectl get ... -o json``) and compares it with what ``dist/``
says it should run: the GPU nodes' slices, the GPU operator's HelmRelease, the Flux
Kustomizations, the workloads and their pods, the claims, the LoadBalancer addresses and the
Secrets. Then it runs the verify layer's in-cluster checks now, as copies of its Jobs. It prints a
table with a fix for each failure (or ``--json``) and exits 0 when all passed, 1 on a failure and
2 when no cluster answers.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from types import FrameType
from typing import TypeVar

from homelab_ai.verify import cluster_jobs, cluster_state, expected
from homelab_ai.verify.expected import Expectations
from homelab_ai.verify.kubectl import Kubectl, KubectlError, KubectlMissing, Runner, unreachable
from homelab_ai.verify.report import Row, as_json, as_table, failed, skipped

NO_CLUSTER = 2
T = TypeVar("T")


def state_rows(kubectl: Kubectl, plan: Expectations) -> list[Row]:
    """The cluster's state against the plan, one row per object checked."""
    rows: list[Row] = []
    nodes = _fetch(rows, "nodes", lambda: kubectl.items("nodes"))
    if nodes is not None:
        rows += cluster_state.node_rows(nodes, plan.nodes, plan.values)
    if plan.values:
        values = plan.values
        releases = _fetch(rows, "helmrelease/gpu-operator", lambda: kubectl.items("helmreleases.v2.helm.toolkit.fluxcd.io"))
        if releases is not None:
            found = kubectl.run("get", "configmap", values.name, "-n", values.namespace, "-o", "name", "--ignore-not-found")
            rows += cluster_state.helm_release_rows(releases, values, bool(found.stdout.strip()))
    by_version: dict[str, list[dict[str, object]]] = {}
    for kustomization in plan.kustomizations:
        group, _, version = str(kustomization["apiVersion"]).partition("/")
        by_version.setdefault(f"kustomizations.{version}.{group}", []).append(kustomization)
    for resource, wanted in by_version.items():
        found_k = _fetch(rows, "flux", partial(kubectl.items, resource))
        if found_k is not None:
            rows += cluster_state.kustomization_rows(found_k, wanted)
    gpu_hint = next((f"{r.check}: {r.detail}." for r in rows if r.check.startswith("node/") and r.failed), "")
    for namespace in plan.namespaces():
        rows += _namespace_rows(kubectl, plan, namespace, gpu_hint)
    return rows


def _namespace_rows(kubectl: Kubectl, plan: Expectations, namespace: str, gpu_hint: str) -> list[Row]:
    rows: list[Row] = []
    workloads = [w for w in plan.workloads if w.id.namespace == namespace]
    if workloads:
        found_w = _fetch(
            rows, f"workloads/{namespace}", partial(kubectl.items, "deployments.apps,statefulsets.apps", namespace=namespace)
        )
        found_p = _fetch(rows, f"pods/{namespace}", partial(kubectl.items, "pods", namespace=namespace))
        if found_w is not None:
            rows += cluster_state.workload_rows(found_w, found_p or [], workloads, gpu_hint=gpu_hint)
    claims = [c for c in plan.claims if c.namespace == namespace]
    if claims:
        found_c = _fetch(rows, f"pvcs/{namespace}", partial(kubectl.items, "persistentvolumeclaims", namespace=namespace))
        if found_c is not None:
            rows += cluster_state.claim_rows(found_c, claims)
    addresses = {s: a for s, a in plan.addresses.items() if s.namespace == namespace}
    if addresses:
        found_s = _fetch(rows, f"services/{namespace}", partial(kubectl.items, "services", namespace=namespace))
        if found_s is not None:
            rows += cluster_state.service_rows(found_s, addresses)
    secrets = {s: r for s, r in plan.secrets.items() if s.namespace == namespace}
    if secrets:
        names = _fetch(rows, f"secrets/{namespace}", partial(kubectl.names, "secrets", namespace=namespace))
        if names is not None:
            rows += cluster_state.secret_rows({namespace: names}, secrets)
    return rows


def _fetch(rows: list[Row], check: str, get: Callable[[], T]) -> T | None:
    try:
        return get()
    except KubectlError as error:
        fix = (
            "its API is not installed on the cluster (Flux, or a CRD missing)"
            if "doesn't have a resource type" in str(error)
            else "check your kubectl user's permissions (kubectl auth can-i list ...)"
        )
        rows.append(failed(check, f"could not read: {error}", fix))
        return None


def app_rows(kubectl: Kubectl, plan: Expectations, timeout_seconds: float | None) -> list[Row]:
    """The verify layer's in-cluster checks, run now."""
    if not plan.check_jobs:
        return [skipped("in-cluster checks", "dist/ holds no check Jobs (the ai-verify layer): only the state was checked")]
    timeout = timeout_seconds if timeout_seconds is not None else cluster_jobs.default_timeout(plan.check_jobs)
    return cluster_jobs.run(kubectl, plan.check_jobs, plan.check_config_maps, timeout_seconds=timeout)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="make verify",
        description="Checks the cluster of the current kubectl context against the committed dist/, runs the "
        "in-cluster checks now, and prints a fix for each failure. Exit code: 0 all passed, 1 a failure, 2 no cluster.",
    )
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="the repository (its dist/ is read); defaults to the current folder"
    )
    parser.add_argument("--context", help="the kubeconfig context; defaults to the current one")
    parser.add_argument(
        "--timeout", type=float, help="seconds to wait for the in-cluster checks; defaults to their Jobs' deadline plus a minute"
    )
    parser.add_argument("--skip-apps", action="store_true", help="check the cluster's state only, run no check Job")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, *, runner: Runner | None = None) -> int:
    """Runs the checks; returns the exit code (0 all passed, 1 a failure, 2 no cluster or no dist/)."""
    args = parse_args(argv)
    # `kill` or a closed terminal cleans up like Ctrl-C does.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _run(args, runner)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(args: argparse.Namespace, runner: Runner | None) -> int:
    try:
        plan = expected.read(args.root / "dist")
    except expected.DistError as error:
        print(f"make verify: {error}", file=sys.stderr)
        return NO_CLUSTER
    kubectl = Kubectl(runner, context=args.context)
    try:
        problem = unreachable(kubectl)
        if problem:
            print(f"make verify: {problem}", file=sys.stderr)
            return NO_CLUSTER
        rows = state_rows(kubectl, plan)
        if not args.skip_apps:
            rows += app_rows(kubectl, plan, args.timeout)
    except KubectlMissing as error:
        print(f"make verify: {error}", file=sys.stderr)
        return NO_CLUSTER
    except KeyboardInterrupt:
        print("make verify: interrupted (the check Jobs it created were deleted)", file=sys.stderr)
        return 130
    print(as_json(rows) if args.json else as_table(rows, width=max(shutil.get_terminal_size((160, 40)).columns, 100)))
    return 1 if any(r.failed for r in rows) else 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
