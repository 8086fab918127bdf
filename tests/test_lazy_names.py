"""The packages' public names load on first use: each one resolves to what it names, and the
manifest readers (``make verify``'s side) import without the jsii runtime."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tests.support import ROOT

PACKAGES = ["homelab_ai", "homelab_ai.verify", "homelab_ai.routes"]


def _type_checking_imports(package: str) -> dict[str, str]:
    """The names the ``if TYPE_CHECKING:`` block of the package's ``__init__`` imports, and from where."""
    path = ROOT / "lib" / Path(*package.split(".")) / "__init__.py"
    names = {}
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                names.update({alias.name: statement.module for alias in statement.names})
    return names


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_resolves_from_the_module_the_type_checker_reads(package: str) -> None:
    module = importlib.import_module(package)
    declared = _type_checking_imports(package)
    assert set(module.__all__) == set(declared), "__all__ and the TYPE_CHECKING imports disagree"
    for name, source in declared.items():
        assert getattr(module, name) is getattr(importlib.import_module(source), name), name
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = module.Nope


def test_a_name_shared_with_a_submodule_stays_the_function() -> None:
    importlib.import_module("homelab_ai.publish")
    import homelab_ai

    assert isinstance(homelab_ai.publish, types.FunctionType)
    assert homelab_ai.publish.__module__ == "homelab_ai.publish"


def test_the_workstation_checks_and_manifest_readers_start_no_jsii_runtime() -> None:
    program = (
        "import sys\n"
        "import homelab_ai.verify.workstation, homelab_ai.inventory, homelab_ai._yaml\n"
        "print(sorted(m for m in ('jsii', 'cdk8s', 'constructs') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
