"""The synth under way: one render of the App's charts (``ClusterPlan.render``), or of one chart
that completes its objects (``FillingChart``). Objects that read their siblings' manifests while
they render (a namespace's quota) take them from here instead of rendering them again."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cdk8s import ApiObject

Json = dict[str, Any]


class _RenderPass:
    """The synth under way (``ClusterPlan.render``): objects that read their siblings' manifests
    while they render (a namespace's quota) take them from here instead of rendering them again."""

    def __init__(self) -> None:
        self.current: int | None = None
        self._count = 0
        self.seen: weakref.WeakKeyDictionary[ApiObject, tuple[int, Json]] = weakref.WeakKeyDictionary()

    @contextmanager
    def running(self) -> Iterator[None]:
        self._count += 1
        self.current, before = self._count, self.current
        try:
            yield
        finally:
            self.current = before

    def rendered(self, controller: ApiObject) -> Json | None:
        """The controller's manifest when it rendered earlier in this pass."""
        seen = self.seen.get(controller)
        return seen[1] if seen is not None and self.current is not None and seen[0] == self.current else None


RENDER_PASS = _RenderPass()
