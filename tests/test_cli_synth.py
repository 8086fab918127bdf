"""`cdk8s synth`, the way `make synth` runs it, in a copy of the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """The tracked files of the repository, with its .venv and node_modules linked in."""
    copy = tmp_path / "repo"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        source = ROOT / name
        target = copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(os.readlink(source))
        elif source.is_file():
            shutil.copy2(source, target)
    for tool in (".venv", "node_modules"):
        assert (ROOT / tool).is_dir(), f"{tool} is missing: run `make test`, which bootstraps it"
        (copy / tool).symlink_to(ROOT / tool)
    return copy


def cdk8s_synth(repo: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    return subprocess.run(
        ["npx", "--no-install", "cdk8s", "synth", "--no-check-upgrade"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_cdk8s_synth_reproduces_the_committed_output(checkout: Path) -> None:
    result = cdk8s_synth(checkout)
    assert result.returncode == 0, result.stderr[-2000:]
    assert snapshot(checkout / "dist") == snapshot(ROOT / "dist")
    assert snapshot(checkout / "docs") == snapshot(ROOT / "docs")
    # The CLI's own (emptied and refilled) folder gets the same manifests.
    assert snapshot(checkout / ".cdk8s.out") == snapshot(ROOT / "dist")


def test_a_failing_cdk8s_synth_leaves_dist_as_it_was(checkout: Path) -> None:
    before = snapshot(checkout / "dist")
    main = checkout / "main.py"
    main.write_text(main.read_text().replace('keep_alive="30m"', 'keep_alive="soon"'))
    result = cdk8s_synth(checkout)
    assert result.returncode != 0
    assert "ai: ollama.keep_alive 'soon' is not a duration" in result.stderr
    assert snapshot(checkout / "dist") == before
