"""The cluster's state against ``dist/``: pure functions from API objects (``kubectl get -o json``)
to rows, each failure with the fix that applies to it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from homelab_ai.inventory import ObjectId, selects
from homelab_ai.verify import pods
from homelab_ai.verify.expected import PlannedNode, PlannedWorkload, ValuesSource
from homelab_ai.verify.report import Row, failed, passed

Manifest = dict[str, Any]
GPU_PRESENT = "nvidia.com/gpu.present"
GPU_COUNT = "nvidia.com/gpu.count"
HOSTNAME = "kubernetes.io/hostname"
_README_STEP_3 = "README, How Flux consumes dist/, step 3"


def _name(obj: Manifest) -> str:
    return str((obj.get("metadata") or {}).get("name", ""))


def _namespace(obj: Manifest) -> str:
    return str((obj.get("metadata") or {}).get("namespace", ""))


def _condition(obj: Manifest, kind: str) -> Manifest | None:
    return next((c for c in (obj.get("status") or {}).get("conditions") or [] if c.get("type") == kind), None)


def _count(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _is_gpu_node(node: Manifest) -> bool:
    labels = (node.get("metadata") or {}).get("labels") or {}
    advertised = {**((node.get("status") or {}).get("capacity") or {}), **((node.get("status") or {}).get("allocatable") or {})}
    return labels.get(GPU_PRESENT) == "true" or any(k.startswith("nvidia.com/") for k in advertised)


def node_rows(nodes: Sequence[Manifest], planned: Sequence[PlannedNode], values: ValuesSource | None) -> list[Row]:
    """Each planned GPU node advertises its slices and carries its labels."""
    rows = []
    by_name = {_name(n): n for n in nodes}
    for plan in planned:
        if plan.name is None:
            matched = [n for n in nodes if _is_gpu_node(n)]
            if not matched:
                rows.append(
                    failed(
                        "node/(gpu)",
                        f"no node is labelled {GPU_PRESENT}=true or advertises an nvidia.com/ resource",
                        "the GPU operator has not set the node up: kubectl -n <operator namespace> get pods "
                        "(driver, container toolkit, device plugin, feature discovery)",
                    )
                )
            rows += [_node_row(n, plan, values) for n in matched]
            continue
        node = by_name.get(plan.name)
        if node is None:
            stand_in = _only_unplanned_gpu_node(nodes, planned)
            if stand_in is not None and sum(1 for p in planned if p.name and p.name not in by_name) == 1:
                # The plan's node carries a placeholder name (the default plan's): the one GPU node
                # nobody planned is the one it means.
                row = _node_row(stand_in, plan, values)
                rows.append(replace(row, detail=f"{row.detail} (planned as {plan.name})"))
                continue
            if not any(_is_gpu_node(n) for n in nodes):
                # No node is set up for GPUs at all: the name is not the first thing to fix.
                rows.append(
                    failed(
                        f"node/{plan.name}",
                        f"no node named {plan.name}, and no node is labelled {GPU_PRESENT}=true or advertises an "
                        "nvidia.com/ resource",
                        "the GPU operator has not set the node up: kubectl -n <operator namespace> get pods "
                        "(driver, container toolkit, device plugin, feature discovery)",
                    )
                )
                continue
            rows.append(
                failed(
                    f"node/{plan.name}",
                    f"no node named {plan.name} (nodes: {', '.join(sorted(by_name)) or 'none'})",
                    "declare the GPU node by its real name: ClusterPlan(nodes=[GpuNode(name=...)]) in main.py, then make synth",
                )
            )
            continue
        rows.append(_node_row(node, plan, values))
    return rows


def _only_unplanned_gpu_node(nodes: Sequence[Manifest], planned: Sequence[PlannedNode]) -> Manifest | None:
    names = {p.name for p in planned}
    unplanned = [n for n in nodes if _is_gpu_node(n) and _name(n) not in names]
    return unplanned[0] if len(unplanned) == 1 else None


def _node_row(node: Manifest, plan: PlannedNode, values: ValuesSource | None) -> Row:
    name = _name(node)
    labels = (node.get("metadata") or {}).get("labels") or {}
    allocatable = (node.get("status") or {}).get("allocatable") or {}
    gpus = _count(labels.get(GPU_COUNT, "1")) if plan.per_gpu else 1
    check = f"node/{name}"
    for resource, per in plan.resources.items():
        want, have = per * gpus, _count(allocatable.get(resource, "0"))
        if have == want:
            continue
        found = f"allocatable {resource} {have if resource in allocatable else 'absent'} instead of {want}"
        if have == 0:
            return failed(
                check,
                found,
                "the GPU operator's device plugin does not run on this node, or the config it was given failed: "
                "kubectl get pods -A -l app=nvidia-device-plugin-daemonset -o wide, then its logs",
            )
        if have < want:
            source = f"ConfigMap {values.namespace}/{values.name} (key {values.key})" if values else "the time-slicing values"
            return failed(
                check,
                found + " (time-slicing not applied)",
                f"the device plugin runs without the time-slicing config: the GPU operator's HelmRelease must sit in "
                f"namespace {values.namespace if values else '<the values namespace>'} and list {source} in spec.valuesFrom "
                f"({_README_STEP_3}); see the helmrelease row",
            )
        return failed(
            check,
            found,
            f"the device plugin applies another config than planned: check the node's label nvidia.com/device-plugin.config "
            f"({labels.get('nvidia.com/device-plugin.config', 'unset')}) and the HelmRelease's values",
        )
    # The hostname label is the node's name, which the name check covers; it is never relabelled.
    missing = {k: v for k, v in plan.labels.items() if labels.get(k) != v and k != HOSTNAME}
    if missing:
        pairs = " ".join(f"{k}={v}" for k, v in missing.items())
        return failed(check, f"lacks the labels {pairs}", f"kubectl label node {name} --overwrite {pairs}")
    advertised = ", ".join(f"{r} {_count(allocatable.get(r))}" for r in plan.resources)
    return passed(check, f"allocatable {advertised}, as planned")


def helm_release_rows(releases: Sequence[Manifest], values: ValuesSource, config_map_found: bool) -> list[Row]:
    """The GPU operator's HelmRelease reads the time-slicing values (README step 3)."""
    check = "helmrelease/gpu-operator"
    candidates = [r for r in releases if _installs_gpu_operator(r)]
    source = f"ConfigMap {values.namespace}/{values.name}"
    if not candidates:
        return [
            failed(
                check,
                "no HelmRelease installs the gpu-operator chart",
                f"install the GPU operator with Flux (a HelmRelease in namespace {values.namespace}), or, if it is "
                f"installed otherwise, give it the values of {source} by hand ({_README_STEP_3})",
            )
        ]
    rows = []
    for release in candidates:
        where = f"{_namespace(release)}/{_name(release)}"
        if _namespace(release) != values.namespace:
            rows.append(
                failed(
                    check,
                    f"HelmRelease {where} is in namespace {_namespace(release)}, the values in {values.namespace}",
                    "helm-controller reads valuesFrom only from the release's own namespace: set "
                    f"GpuSharing(operator_release_namespace={_namespace(release)!r}, operator_release_name={_name(release)!r}) "
                    "in main.py, make synth, commit",
                )
            )
            continue
        references = [
            v
            for v in (release.get("spec") or {}).get("valuesFrom") or []
            if v.get("kind") == "ConfigMap" and v.get("name") == values.name
        ]
        entry = f"{{kind: ConfigMap, name: {values.name}, valuesKey: {values.key}, optional: true}}"
        if not references:
            rows.append(
                failed(
                    check,
                    f"HelmRelease {where} does not list {source} in spec.valuesFrom",
                    f"add {entry} to its spec.valuesFrom ({_README_STEP_3})",
                )
            )
        elif all(r.get("valuesKey", "values.yaml") != values.key or r.get("targetPath") for r in references):
            wrong = references[0]
            rows.append(
                failed(
                    check,
                    f"HelmRelease {where} reads {source} with valuesKey {wrong.get('valuesKey', 'values.yaml')!r}"
                    + (f" at targetPath {wrong['targetPath']!r}" if wrong.get("targetPath") else ""),
                    f"use {entry} (no targetPath) ({_README_STEP_3})",
                )
            )
        elif not config_map_found:
            rows.append(
                failed(
                    check,
                    f"{source} does not exist on the cluster (optional: true hides it from the release)",
                    "the ai-cluster layer has not been applied: see its flux row (flux get kustomizations)",
                )
            )
        else:
            ready = _condition(release, "Ready")
            if ready and ready.get("status") != "True":
                rows.append(
                    failed(
                        check,
                        f"HelmRelease {where} not Ready: {ready.get('message', ready.get('reason', ''))}",
                        f"flux -n {_namespace(release)} get helmrelease {_name(release)}; "
                        f"flux logs --kind=HelmRelease --name={_name(release)}",
                    )
                )
            else:
                rows.append(passed(check, f"{where} reads {values.namespace}/{values.name} ({values.key})"))
    return rows


def _installs_gpu_operator(release: Manifest) -> bool:
    spec = release.get("spec") or {}
    chart = str((((spec.get("chart") or {}).get("spec")) or {}).get("chart", ""))
    reference = str((spec.get("chartRef") or {}).get("name", ""))
    return (
        chart.rstrip("/").rpartition("/")[2] == "gpu-operator" or "gpu-operator" in reference or _name(release) == "gpu-operator"
    )


def kustomization_rows(found: Sequence[Manifest], expected: Sequence[Manifest]) -> list[Row]:
    """Each Flux Kustomization of dist/flux exists and is Ready."""
    rows = []
    by_id = {(_namespace(k), _name(k)): k for k in found}
    for want in expected:
        namespace, name = _namespace(want), _name(want)
        check = f"flux/{name}"
        kustomization = by_id.get((namespace, name))
        if kustomization is None:
            rows.append(
                failed(
                    check,
                    f"no Kustomization {namespace}/{name}",
                    "point Flux at dist/flux once (README, How Flux consumes dist/, step 4)",
                )
            )
            continue
        ready = _condition(kustomization, "Ready")
        if ready is None:
            rows.append(
                failed(check, "not reconciled yet (no Ready condition)", f"flux reconcile kustomization {name} -n {namespace}")
            )
        elif ready.get("status") == "True":
            rows.append(passed(check, f"Ready: {ready.get('message', '')}"))
        else:
            reason = str(ready.get("reason", ""))
            fix = {
                "DependencyNotReady": "fix the layer it depends on first (its row above)",
                "HealthCheckFailed": "a workload did not become ready: see the workload rows",
                "DecryptionFailed": "Flux cannot decrypt secrets/: create the age key Secret (README step 2), check .sops.yaml",
                "ArtifactFailed": "the Flux source cannot fetch this repository: flux get sources git",
            }.get(reason, f"flux -n {namespace} events --for Kustomization/{name}")
            rows.append(failed(check, f"not Ready ({reason}): {ready.get('message', '')}", fix))
    return rows


def workload_rows(
    found: Sequence[Manifest], pods_found: Sequence[Manifest], expected: Sequence[PlannedWorkload], *, gpu_hint: str = ""
) -> list[Row]:
    """Each Deployment and StatefulSet of dist/ is available; for one that is not, why its pods do not run."""
    rows = []
    by_id = {ObjectId(str(w.get("kind")), _namespace(w), _name(w)): w for w in found}
    for want in expected:
        check = f"workload/{want.id.namespace}/{want.id.name}"
        workload = by_id.get(want.id)
        if workload is None:
            rows.append(failed(check, f"no {want.id}", "the layer that holds it has not been applied: see the flux rows"))
            continue
        status = workload.get("status") or {}
        available = _count(status.get("availableReplicas", status.get("readyReplicas", 0)))
        if available >= want.replicas:
            rows.append(passed(check, f"{want.id.kind} available {available}/{want.replicas}"))
            continue
        mine = [
            p
            for p in pods_found
            if _namespace(p) == want.id.namespace and selects(want.selector, (p.get("metadata") or {}).get("labels") or {})
        ]
        problems = [p for p in (pods.problem(pod, gpu_hint=gpu_hint) for pod in mine) if p]
        if problems:
            rows.append(
                failed(check, f"{want.id.kind} available {available}/{want.replicas}: {problems[0].detail}", problems[0].fix)
            )
        else:
            rows.append(
                failed(
                    check,
                    f"{want.id.kind} available {available}/{want.replicas}, no pod" + (" with a problem" if mine else ""),
                    f"kubectl -n {want.id.namespace} describe {want.id.kind.lower()} {want.id.name} (Events: quota, admission)",
                )
            )
    return rows


def claim_rows(found: Sequence[Manifest], expected: Sequence[ObjectId]) -> list[Row]:
    """Each PersistentVolumeClaim is Bound."""
    rows = []
    by_id = {(_namespace(c), _name(c)): c for c in found}
    for want in expected:
        check = f"pvc/{want.namespace}/{want.name}"
        claim = by_id.get((want.namespace, want.name))
        phase = ((claim or {}).get("status") or {}).get("phase")
        if claim is None:
            rows.append(failed(check, "does not exist", "the layer that holds it has not been applied: see the flux rows"))
        elif phase == "Bound":
            capacity = ((claim.get("status") or {}).get("capacity") or {}).get("storage", "")
            rows.append(passed(check, f"Bound {capacity}".strip()))
        else:
            storage_class = (claim.get("spec") or {}).get("storageClassName", "")
            rows.append(
                failed(
                    check,
                    f"{phase or 'no phase'} (storage class {storage_class})",
                    f"the storage class cannot provision it: kubectl -n {want.namespace} describe pvc {want.name}; "
                    "for Longhorn: kubectl -n longhorn-system get pods, and free disk space on the nodes",
                )
            )
    return rows


def service_rows(found: Sequence[Manifest], expected: Mapping[ObjectId, tuple[str, ...]]) -> list[Row]:
    """Each LoadBalancer Service got the address it asks LB-IPAM for."""
    rows = []
    by_id = {(_namespace(s), _name(s)): s for s in found}
    for want, addresses in expected.items():
        check = f"service/{want.namespace}/{want.name}"
        service = by_id.get((want.namespace, want.name))
        if service is None:
            rows.append(failed(check, "does not exist", "the layer that holds it has not been applied: see the flux rows"))
            continue
        ingress = [
            i.get("ip", i.get("hostname", ""))
            for i in ((service.get("status") or {}).get("loadBalancer") or {}).get("ingress") or []
        ]
        if set(addresses) <= set(ingress):
            rows.append(passed(check, f"LoadBalancer at {', '.join(ingress)}"))
            continue
        conditions = [
            f"{c.get('reason', '')}: {c.get('message', '')}"
            for c in (service.get("status") or {}).get("conditions") or []
            if c.get("status") == "False"
        ]
        got = ", ".join(ingress) or "no address"
        rows.append(
            failed(
                check,
                f"{got} instead of {', '.join(addresses)}" + (f" ({'; '.join(conditions)})" if conditions else ""),
                f"Cilium LB-IPAM did not give it {', '.join(addresses)}: the address must lie in a CiliumLoadBalancerIPPool "
                "whose serviceSelector matches it and be free (kubectl get ciliumloadbalancerippools; "
                "ClusterPlan(lb_pools=...) in main.py must match the pool)",
            )
        )
    return rows


def secret_rows(found: Mapping[str, set[str]], expected: Mapping[ObjectId, Sequence[str]]) -> list[Row]:
    """Each Secret the pods read exists (kubectl lists them by name: no value reaches this process)."""
    rows = []
    for want, readers in expected.items():
        check = f"secret/{want.namespace}/{want.name}"
        if want.name in found.get(want.namespace, set()):
            rows.append(passed(check, f"exists (read by {', '.join(readers)})"))
        else:
            rows.append(
                failed(
                    check,
                    f"missing, read by {', '.join(readers)}",
                    "run `make secrets`, then `make synth`, commit secrets/ and dist/; Flux decrypts them with the age key "
                    "(README, Security)",
                )
            )
    return rows
