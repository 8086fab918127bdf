"""Gateway API validation of rendered objects, with the schemas an npm package ships.

No package registry ships the upstream Gateway API CRD files (see crds/README.md), so the
objects are validated with the JSON schemas of ``@kubernetes-models/gateway-api`` (pinned in
package.json, generated from the Gateway API's Go types): types, enums, patterns (hostnames,
durations, names) and required fields. Those schemas let unknown fields through, which the API
server would drop silently; ``unknown_fields`` closes that gap for the fields HTTPRoute v1 has.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

from tests.support import ROOT

VALIDATOR = ROOT / "tests" / "gateway_api_validate.mjs"

# HTTPRoute v1's fields (sigs.k8s.io/gateway-api apis/v1/httproute_types.go and shared_types.go).
_FIELDS: dict[str, set[str]] = {
    "": {"apiVersion", "kind", "metadata", "spec", "status"},
    "spec": {"parentRefs", "hostnames", "rules"},
    "spec.parentRefs": {"group", "kind", "namespace", "name", "sectionName", "port"},
    "spec.rules": {"name", "matches", "filters", "backendRefs", "timeouts", "retry", "sessionPersistence"},
    "spec.rules.matches": {"path", "headers", "queryParams", "method"},
    "spec.rules.matches.path": {"type", "value"},
    "spec.rules.backendRefs": {"group", "kind", "name", "namespace", "port", "weight", "filters"},
    "spec.rules.timeouts": {"request", "backendRequest"},
}


def validate(documents: list[dict[str, Any]]) -> list[list[str]]:
    """The problems of each document (empty lists when valid), from the npm package's schemas."""
    node = shutil.which("node")
    assert node, "node is required (the cdk8s CLI needs it too)"
    result = subprocess.run(
        [node, str(VALIDATOR)],
        input="".join(json.dumps(d) + "\n" for d in documents),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def unknown_fields(route: dict[str, Any]) -> list[str]:
    """Fields of an HTTPRoute that HTTPRoute v1 does not have."""
    found: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item, path)
        elif isinstance(value, dict) and path in _FIELDS:
            for key, item in value.items():
                if key not in _FIELDS[path]:
                    found.append(f"{path or '(root)'}.{key}")
                elif key != "metadata":
                    walk(item, f"{path}.{key}".lstrip("."))

    walk(route, "")
    return found
