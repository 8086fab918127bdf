"""Independent validation of the output: the Kubernetes API schemas (strict) and kustomize."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from homelab_ai import _yaml
from tests.crd_schemas import load_crd_schemas, validate_custom_resource, validate_prometheus_operator
from tests.support import ROOT

DIST = ROOT / "dist"
# The design's cluster floor and the newest minor the validator bundles.
VERSIONS = ["1.28.0", kubernetes_validate.latest_version()]


def dist_objects() -> list[tuple[str, dict[str, Any]]]:
    objects = []
    for path in sorted(DIST.rglob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for document in _yaml.load_all(path.read_text()):
            # Flux strips the sops block when it decrypts; the API server never sees it.
            objects.append((str(path.relative_to(DIST)), {k: v for k, v in document.items() if k != "sops"}))
    return objects


def test_dist_is_not_empty() -> None:
    assert len(dist_objects()) >= 14


def is_builtin(document: dict[str, Any]) -> bool:
    group = document["apiVersion"].rpartition("/")[0]
    return "." not in group or group.endswith(".k8s.io")


@pytest.mark.parametrize("version", VERSIONS)
def test_every_object_passes_strict_kubernetes_schemas(version: str) -> None:
    failures = []
    for path, document in (item for item in dist_objects() if is_builtin(item[1])):
        try:
            kubernetes_validate.validate(document, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            failures.append(f"{path}: {error.message} at {'/'.join(str(p) for p in error.path)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("version", VERSIONS)
def test_strict_validation_catches_a_misspelled_field(version: str) -> None:
    # Proves the validator is live: a field that does not exist must fail.
    _, deployment = next((p, d) for p, d in dist_objects() if d["kind"] == "Deployment")
    broken = _yaml.load(yaml.safe_dump(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["startupProbes"] = broken["spec"]["template"]["spec"]["containers"][
        0
    ].pop("startupProbe")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, version, strict=True)


def is_prometheus_operator(document: dict[str, Any]) -> bool:
    return str(document["apiVersion"]).startswith("monitoring.coreos.com/")


def test_every_custom_resource_passes_its_crd_schema() -> None:
    schemas = load_crd_schemas()
    custom = [item for item in dist_objects() if not is_builtin(item[1]) and not is_prometheus_operator(item[1])]
    assert custom, "dist/ is expected to hold custom resources (the Longhorn backup job at least)"
    failures = [f"{path}: {problem}" for path, document in custom for problem in validate_custom_resource(document, schemas)]
    assert not failures, "\n".join(failures)


def test_crd_validation_catches_a_misspelled_field() -> None:
    schemas = load_crd_schemas()
    job = next(document for _, document in dist_objects() if document["kind"] == "RecurringJob")
    assert validate_custom_resource(job, schemas) == []
    broken = {**job, "spec": {**job["spec"], "retian": 3}}
    assert any("retian" in problem for problem in validate_custom_resource(broken, schemas))
    wrong_type = {**job, "spec": {**job["spec"], "retain": "fourteen"}}
    assert validate_custom_resource(wrong_type, schemas)


def kustomize(folder: Path) -> subprocess.CompletedProcess[str]:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is required: it builds dist/ the way Flux's kustomize-controller does"
    return subprocess.run([kubectl, "kustomize", str(folder)], capture_output=True, text=True, check=False)


def identity(document: dict[str, Any]) -> tuple[str, str, str]:
    return document["kind"], document["metadata"].get("namespace", ""), document["metadata"]["name"]


def built(folder: Path) -> list[tuple[str, str, str]]:
    result = kustomize(folder)
    assert result.returncode == 0, result.stderr
    return sorted(identity(d) for d in _yaml.load_all(result.stdout) if d)


def test_kustomize_builds_every_layer_of_dist() -> None:
    layers = sorted(identity(d) for path, d in dist_objects() if not path.startswith("flux/"))
    assert built(DIST) == layers
    for folder in ("ai", "ai-cluster", "ai-verify", "ai-monitoring"):
        assert built(DIST / folder) == sorted(identity(d) for path, d in dist_objects() if path.startswith(f"{folder}/"))


def test_kustomize_builds_the_flux_folder_apart() -> None:
    assert built(DIST / "flux") == [
        ("Kustomization", "flux-system", "ai"),
        ("Kustomization", "flux-system", "ai-cluster"),
        ("Kustomization", "flux-system", "ai-monitoring"),
        ("Kustomization", "flux-system", "ai-verify"),
    ]


def test_kustomize_fails_on_a_listed_file_that_is_missing(tmp_path: Path) -> None:
    copy = tmp_path / "dist"
    shutil.copytree(DIST, copy)
    (copy / "ai-cluster" / "namespace-ai.yaml").unlink()
    assert kustomize(copy).returncode != 0


def test_every_prometheus_operator_object_passes_its_schema() -> None:
    monitoring = [(path, d) for path, d in dist_objects() if is_prometheus_operator(d)]
    assert [d["kind"] for _, d in monitoring] == ["PrometheusRule"]
    problems = validate_prometheus_operator([d for _, d in monitoring])
    assert problems == [[]], problems


def test_prometheus_operator_validation_catches_a_wrong_type_and_a_misspelled_field() -> None:
    rule = next(d for _, d in dist_objects() if d["kind"] == "PrometheusRule")
    wrong_type = _yaml.load(yaml.safe_dump(rule))
    wrong_type["spec"]["groups"][0]["rules"][0]["for"] = 5
    misspelled = _yaml.load(yaml.safe_dump(rule))
    misspelled["spec"]["groups"][0]["rules"][0]["anotations"] = misspelled["spec"]["groups"][0]["rules"][0].pop("annotations")
    not_a_list = _yaml.load(yaml.safe_dump(rule))
    not_a_list["spec"]["groups"] = {"name": "x"}
    problems = validate_prometheus_operator([wrong_type, misspelled, not_a_list])
    assert any("for must be string" in p for p in problems[0]), problems[0]
    assert any("anotations" in p for p in problems[1]), problems[1]
    assert any("groups must be array" in p for p in problems[2]), problems[2]
