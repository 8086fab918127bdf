"""imports/ is what `make imports` generates from the vendored CRDs: on any clone, offline."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from homelab_ai import _yaml
from tests.support import ROOT, files_digest


def generated(folder: Path) -> dict[str, bytes]:
    """The files of an imports/ folder, without the byte code `make synth` compiles beside them."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_cdk8s_yaml_imports_only_vendored_crds() -> None:
    config = _yaml.load((ROOT / "cdk8s.yaml").read_text())
    for entry in config["imports"]:
        _, _, source = entry.partition(":=")
        path = (ROOT / source).resolve()
        assert path.is_relative_to(ROOT / "crds"), f"{entry}: imports must come from crds/ inside the repository"
        assert path.is_file(), f"{entry}: {source} is missing"


def test_every_import_is_used_by_the_library() -> None:
    library = "\n".join(p.read_text() for p in (ROOT / "lib" / "homelab_ai").glob("*.py"))
    for module in sorted(p.name for p in (ROOT / "imports").iterdir() if p.is_dir()):
        assert f"homelab_ai.imports.{module}." in library, f"imports/{module} is generated but no module of lib/ uses it"


# cdk8s import compiles TypeScript for each CRD: the slowest step of the suite by far.
_REPRODUCED = "homelab-ai/imports-reproduced"


def _digest() -> str:
    """What the comparison depends on: the generator's inputs, its version and the committed output."""
    inputs = [ROOT / "cdk8s.yaml", ROOT / "package-lock.json", *sorted((ROOT / "crds").rglob("*"))]
    return files_digest([*inputs, *sorted((ROOT / "imports").rglob("*"))])


def test_make_imports_reproduces_imports_exactly(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Regenerates imports/ and compares. A clone that already proved these very inputs and outputs
    equal (pytest's cache, never committed) skips the regeneration; any changed byte runs it again."""
    digest = _digest()
    if request.config.cache is not None and request.config.cache.get(_REPRODUCED, None) == digest:
        return
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in ("cdk8s.yaml", "crds"):
        os.symlink(ROOT / name, copy / name)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        ["npx", "--no-install", "cdk8s", "import", "--language", "python"],
        cwd=copy,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert generated(copy / "imports") == generated(ROOT / "imports")
    if request.config.cache is not None:
        request.config.cache.set(_REPRODUCED, digest)
