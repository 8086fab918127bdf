"""Charts whose objects are completed when the chart renders, from what the other charts render.

A Python ``to_json`` on each such object costs the jsii runtime a callback and a nested call per
object, a few milliseconds each (37 ms of a synth for the twelve objects of the design's verify
and monitoring charts); one on the chart completes them all in a single pass over its rendered
manifests. The objects are plain
``ApiObject``s: a JSON patch on one applies before it is completed, as on any object.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

from cdk8s import ApiObject, ApiObjectMetadata, Chart
from constructs import Construct

from homelab_ai import _scope
from homelab_ai._objects import plain_object
from homelab_ai._render_pass import RENDER_PASS

Manifest = dict[str, Any]
Fill = Callable[[Manifest], Manifest]
T = TypeVar("T")


class FillingChart(Chart):
    """A chart that completes some of its objects when it renders (see the module docstring)."""

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        _scope.chart_created(self, scope, id)
        self._fills: dict[tuple[str, str], Fill] = {}
        self._first_fills: dict[tuple[str, str], Fill] = {}
        self._shared: dict[str, Any] | None = None

    def filled_object(
        self, id: str, *, api_version: str, kind: str, metadata: ApiObjectMetadata, fill: Fill, body: Manifest | None = None
    ) -> ApiObject:
        """An object of this chart with the fields of ``body`` (``plain_object``) that ``fill``
        completes each time the chart renders: it is given the rendered manifest (JSON patches
        applied) and returns the finished one."""
        if metadata.name is None:
            raise ValueError(
                f"{self.node.path}/{id}: metadata.name is not set: the chart finds the object again by its kind and "
                "name; pass ApiObjectMetadata(name=...)"
            )
        target = plain_object(self, id, api_version=api_version, kind=kind, metadata=metadata, body=body or {})
        self.complete(kind, metadata.name, fill)
        return target

    def complete(self, kind: str, name: str, fill: Fill, *, first: bool = False) -> None:
        """Has ``fill`` complete this chart's object of ``kind`` named ``name`` (as created) each time
        the chart renders; ``first``: before the other fills, which may read it."""
        # Found again by the kind and name it is created with: the chart names no object twice.
        (self._first_fills if first else self._fills)[(kind, name)] = fill

    def to_json(self) -> Any:
        outer, self._shared = self._shared, {}
        # The objects completed first are kept for the fills that read them (RENDER_PASS).
        passing = RENDER_PASS.running() if RENDER_PASS.current is None else contextlib.nullcontext()
        try:
            with passing:
                rendered: list[Manifest] = list(super().to_json())
                for fills in (self._first_fills, self._fills):
                    rendered = [fills.get((m["kind"], m["metadata"].get("name", "")), _as_rendered)(m) for m in rendered]
                return rendered
        finally:
            self._shared = outer

    def once_per_render(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, shared by the fills of one render of this chart (each fill reading the
        other charts again would render them again); computed afresh outside a render."""
        if self._shared is None:
            return compute()
        if key not in self._shared:
            self._shared[key] = compute()
        value: T = self._shared[key]
        return value


def _as_rendered(manifest: Manifest) -> Manifest:
    return manifest
