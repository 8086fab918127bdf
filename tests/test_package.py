"""The library as another repository gets it: a wheel that installs and synthesizes on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.support import ROOT

USE_FROM_WHEEL = """
import sys
sys.path.insert(0, sys.argv[1])
import homelab_ai
assert homelab_ai.__file__.startswith(sys.argv[1]), homelab_ai.__file__
from cdk8s import App
from homelab_ai import AiNamespaceChart, layout, render
app = App()
AiNamespaceChart(app, "ai")
files = layout(render(app))
print(len(files), "ai/recurringjob-homelab-ai-backup.yaml" in files)
"""


def test_wheel_carries_the_package_and_its_imports_and_works(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("homelab_ai-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "homelab_ai/py.typed" in names
    assert any(n.startswith("homelab_ai/imports/longhorn/") and n.endswith(".jsii.tgz") for n in names)
    assert not any(n.startswith(("tests/", "examples/", "dist/")) for n in names)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        [sys.executable, "-c", USE_FROM_WHEEL, str(target)], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    count, has_backup = result.stdout.split()
    assert int(count) > 20 and has_backup == "True"
