"""The committed dist/ is what the code synthesizes: a forgotten `make synth` fails here."""

from __future__ import annotations

from pathlib import Path

import yaml
from cdk8s import App

import main
from homelab_ai import layout, render
from tests.support import ROOT


def test_committed_dist_equals_a_fresh_synth() -> None:
    app = App()
    main.build(app)
    fresh = {path: list(yaml.safe_load_all(content)) for path, content in layout(render(app)).items()}
    dist = ROOT / "dist"
    committed = {
        str(path.relative_to(dist)): list(yaml.safe_load_all(path.read_text()))
        for path in sorted(dist.rglob("*"))
        if path.is_file()
    }
    assert sorted(committed) == sorted(fresh), "dist/ has other files than a fresh synth: run `make synth` and commit"
    for path, documents in fresh.items():
        assert committed[path] == documents, f"dist/{path} differs from a fresh synth: run `make synth` and commit"


def test_dist_holds_no_secret_values() -> None:
    for path in (ROOT / "dist").rglob("*.yaml"):
        for document in yaml.safe_load_all(path.read_text()):
            if document and document.get("kind") == "Secret":
                raise AssertionError(f"{path}: a Secret was synthesized; workloads must only reference secrets by name")
            text = Path(path).read_text()
            assert "stringData" not in text, path
