"""The committed dist/ and docs/ are what the code synthesizes: a forgotten `make synth` fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from homelab_ai import _yaml
from homelab_ai.sops import encryption_problems
from homelab_ai.synth import project_app, synthesize
from tests.support import ROOT


@pytest.fixture(scope="module")
def fresh() -> tuple[dict[str, str], dict[str, str], list[str]]:
    app = project_app("homelab-ai")
    main.build(app)
    synthesis = synthesize(app, root=ROOT)
    return synthesis.files, synthesis.docs, synthesis.notes


def committed(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): path.read_text() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_committed_dist_equals_a_fresh_synth(fresh: tuple[dict[str, str], dict[str, str], list[str]]) -> None:
    files = {path: list(_yaml.load_all(content)) for path, content in fresh[0].items()}
    dist = {path: list(_yaml.load_all(content)) for path, content in committed(ROOT / "dist").items()}
    assert sorted(dist) == sorted(files), "dist/ has other files than a fresh synth: run `make synth` and commit"
    for path, documents in files.items():
        assert dist[path] == documents, f"dist/{path} differs from a fresh synth: run `make synth` and commit"


def test_committed_docs_equal_fresh_docs(fresh: tuple[dict[str, str], dict[str, str], list[str]]) -> None:
    docs = committed(ROOT / "docs")
    assert sorted(docs) == sorted(fresh[1]), "docs/ has other files than a fresh synth: run `make synth` and commit"
    for path, text in fresh[1].items():
        assert docs[path] == text, f"docs/{path} is stale: run `make synth` and commit"


def test_dist_holds_no_secret_but_fully_encrypted_ones() -> None:
    for path in (ROOT / "dist").rglob("*.yaml"):
        text = path.read_text()
        if any(document and document.get("kind") == "Secret" for document in _yaml.load_all(text)):
            assert path.name.endswith(".sops.yaml"), f"{path}: a Secret outside secrets/*.sops.yaml"
            assert encryption_problems(str(path), text) == []
