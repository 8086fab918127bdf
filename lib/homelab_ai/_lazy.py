"""Public names that load on first use (PEP 562), for the packages' ``__init__`` modules.

Importing a construct starts the jsii runtime (about 0.5 s); the parts that only read manifests
(``python -m homelab_ai.verify``, the checks, the fake clusters of the tests) never need it, and
with lazy names importing ``homelab_ai.verify.expected`` loads what it imports and no more.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Mapping
from typing import Any


def exports(package: str, modules: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public names are defined in ``modules``
    (name: module), and each public name stays bound to what it names once loaded.

    Example:
        __getattr__, __dir__ = _lazy.exports(__name__, {"VerifyChart": "homelab_ai.verify.chart"})
    """
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value  # found directly next time
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *modules})

    sys.modules[package].__class__ = _package_keeping(frozenset(modules))
    return __getattr__, __dir__


def _package_keeping(names: frozenset[str]) -> type[types.ModuleType]:
    class Package(types.ModuleType):
        """Importing a submodule binds it on its package: a public name that is also a
        submodule's (``homelab_ai.publish``, module and function) keeps the function."""

        def __setattr__(self, name: str, value: object) -> None:
            if name in names and isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
                return
            super().__setattr__(name, value)

    return Package
