"""Custom-resource validation against the CRDs vendored in the repository (``crds/``).

The API server prunes unknown fields of a structural schema silently, so a misspelled field
would vanish on apply; here every object with ``properties`` is closed (``additionalProperties:
false``) unless the CRD preserves unknown fields, so a typo fails the test instead.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from typing import Any

import jsonschema

from homelab_ai import _yaml
from tests.support import ROOT

CRD_DIR = ROOT / "crds"


def _closed(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: _closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
        closed["additionalProperties"] = False
    return closed


def load_crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """Closed schemas by (apiVersion, kind), for every served version of every CRD file."""
    schemas = {}
    for path in sorted(CRD_DIR.glob("*.yaml")):
        for crd in _yaml.load_all(path.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
            for version in crd["spec"]["versions"]:
                schema = _closed(version["schema"]["openAPIV3Schema"])
                # metadata is the API server's business: any ObjectMeta is allowed here.
                schema.setdefault("properties", {})["metadata"] = {"type": "object"}
                schemas[(f"{group}/{version['name']}", kind)] = schema
    return schemas


def validate_custom_resource(document: dict[str, Any], schemas: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    """Problems of ``document`` against its CRD (empty when valid)."""
    key = (document["apiVersion"], document["kind"])
    if key not in schemas:
        return [f"no CRD in {CRD_DIR} defines {key[0]} {key[1]}"]
    validator = jsonschema.Draft7Validator(schemas[key])
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]


# helm.toolkit.fluxcd.io/v2 HelmRelease, the fields the fixtures use, closed, as the types define
# them: fluxcd/helm-controller api/v2/helmrelease_types.go (HelmReleaseSpec: interval required,
# chart.spec.chart and sourceRef required) and api/v2/reference_types.go (ValuesReference: kind
# Secret|ConfigMap and name required, valuesKey defaulting to values.yaml, targetPath, optional).
_FLUX_CONDITION = {
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
HELM_RELEASE_V2_SCHEMA: dict[str, Any] = {
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
                "conditions": {"type": "array", "items": _FLUX_CONDITION},
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
# prometheus-operator's CRDs are shipped by no registry this project installs from (npm, PyPI,
# Debian); @kubernetes-models/prometheus-operator (npm, pinned in package.json) ships validators
# generated from them, and TypeScript interfaces that list each object's fields.
MODELS = ROOT / "node_modules" / "@kubernetes-models" / "prometheus-operator" / "monitoring.coreos.com" / "v1"
_FIELD = re.compile(r'^\s{4}"([A-Za-z_]+)"\??:', re.MULTILINE)


def model_fields(name: str) -> set[str]:
    """The fields of a prometheus-operator type (``Rule``, ``RuleGroup``), from the package's interfaces."""
    text = (MODELS / f"{name}.d.ts").read_text()
    interface = text[text.index(f"export interface I{name} ") :]
    return set(_FIELD.findall(interface[: interface.index("\n}")]))


def validate_prometheus_operator(documents: list[dict[str, Any]]) -> list[list[str]]:
    """Problems of each prometheus-operator object: the package's schema, plus fields it does not know."""
    node = shutil.which("node")
    assert node, "node is required (it runs the prometheus-operator model validators)"
    result = subprocess.run(
        [node, str(ROOT / "tests" / "prometheus_operator_models.mjs")],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    problems: list[list[str]] = json.loads(result.stdout)
    spec, group, rule = model_fields("PrometheusRuleSpec"), model_fields("RuleGroup"), model_fields("Rule")
    for document, found in zip(documents, problems, strict=True):
        if document.get("kind") != "PrometheusRule":
            continue
        found += [f"spec.{k} is not a field" for k in set(document.get("spec", {})) - spec]
        groups = document.get("spec", {}).get("groups")
        for g in groups if isinstance(groups, list) else []:
            found += [f"groups[].{k} is not a field" for k in set(g) - group]
            for r in g.get("rules") or []:
                found += [f"rules[].{k} is not a field" for k in set(r) - rule]
    return problems
