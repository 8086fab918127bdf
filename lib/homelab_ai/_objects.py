"""Kubernetes objects as plain-JSON ``cdk8s.ApiObject``s, for every kind the library renders.

The library builds its Services, NetworkPolicies, ConfigMaps, claims, the Namespace and the
priority classes here rather than with the L1 classes of ``cdk8s_plus_28.k8s``: importing
those loads the whole cdk8s-plus-28 assembly into the jsii runtime, about 0.4 s, as long as
building and rendering the whole design takes. A plain ``ApiObject`` costs two more calls to the
runtime than an L1 object (the JSON patch that carries its fields), a few milliseconds for the
design, and renders the same manifest; ``ApiObject.of(x)`` with ``add_json_patch`` reaches it
as it reaches any object. The schema tests (kubernetes-validate, strict) check what these
objects render.
"""

from __future__ import annotations

import weakref
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

Json = dict[str, Any]

# The kind of each object built here, so reading it back costs no round trip to the runtime.
_KINDS: weakref.WeakKeyDictionary[ApiObject, str] = weakref.WeakKeyDictionary()


def plain_object(scope: Construct, id: str, *, api_version: str, kind: str, metadata: ApiObjectMetadata, body: Json) -> ApiObject:
    """An object of any kind whose fields besides ``apiVersion``, ``kind`` and ``metadata`` are
    ``body``, rendered as the L1 classes render them: ``None`` values left out, keys sorted.

    Example:
        plain_object(chart, "Resource", api_version="v1", kind="ConfigMap",
                     metadata=ApiObjectMetadata(name="settings"), body={"data": {"key": "value"}})
    """
    target = ApiObject(scope, id, api_version=api_version, kind=kind, metadata=metadata)
    add_fields(target, _sorted(body))
    _KINDS[target] = kind
    return target


def kind_of(target: ApiObject) -> str:
    """``target.kind``, known without asking the runtime when ``plain_object`` built it."""
    return _KINDS.get(target) or target.kind


def add_fields(target: ApiObject, body: Json) -> None:
    """Adds the top-level fields of ``body`` to ``target`` as they are, in one call to the runtime."""
    patches = [JsonPatch.add(f"/{key}", value) for key, value in body.items() if value is not None]
    if patches:
        target.add_json_patch(*patches)


def _sorted(value: Any) -> Any:
    """``value`` with its mappings' keys sorted and ``None`` values left out, as cdk8s renders props."""
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value) if value[key] is not None}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value
