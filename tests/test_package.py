"""The library as another repository gets it: a wheel that installs and synthesizes on its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from homelab_ai import _yaml
from tests.support import ROOT, files_digest

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
# Its L1 classes would load the cdk8s-plus-28 assembly, the slowest part of a synth: never imported.
print(len(files), "ai/recurringjob-homelab-ai-backup.yaml" in files, "cdk8s_plus_28" in sys.modules)
"""


def _wheel_inputs_digest() -> str:
    """Everything the wheel is built from: the project's metadata, the README it carries and
    every file of the package (imports/ included, through its link)."""
    return files_digest(
        [ROOT / "pyproject.toml", ROOT / "README.md", *sorted((ROOT / "lib").rglob("*")), *sorted((ROOT / "imports").rglob("*"))]
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> tuple[Path, Path]:
    """The package built as a wheel and installed into a folder of its own: (wheel, site).

    pip builds the wheel in an isolated environment, 3 s; a clone that built one from these
    very inputs keeps it in pytest's cache (never committed) and installs that one, and any
    changed byte builds again.
    """
    tmp_path = tmp_path_factory.mktemp("wheel")
    wheel = tmp_path / "homelab_ai-0.1.0-py3-none-any.whl"
    cache = request.config.cache.mkdir("homelab-ai-wheel") if request.config.cache is not None else None
    kept = cache / f"{_wheel_inputs_digest()}.whl" if cache is not None else None
    if kept is not None and kept.is_file():
        shutil.copyfile(kept, wheel)
    else:
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
        assert [p.name for p in tmp_path.glob("*.whl")] == [wheel.name]
        if cache is not None and kept is not None:
            for old in cache.glob("*.whl"):
                old.unlink(missing_ok=True)
            # Whole or not at all, should two workers build at once.
            partial = cache / f"{kept.name}.{os.getpid()}.part"
            shutil.copyfile(wheel, partial)
            partial.replace(kept)
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
    return wheel, target


ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


def test_wheel_carries_the_package_and_its_imports_and_works(installed: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, target = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "homelab_ai/py.typed" in names
    assert any(n.startswith("homelab_ai/imports/longhorn/") and n.endswith(".jsii.tgz") for n in names)
    assert not any(n.startswith(("tests/", "examples/", "dist/")) for n in names)
    result = subprocess.run(
        [sys.executable, "-c", USE_FROM_WHEEL, str(target)], capture_output=True, text=True, env=ENV, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    count, has_backup, loaded_plus = result.stdout.split()
    assert int(count) > 20 and has_backup == "True"
    assert loaded_plus == "False", "a synth of the design imports cdk8s_plus_28: build objects with _objects.plain_object"


RUN_EXAMPLE = """
import runpy, sys
site, example, outdir, repo = sys.argv[1:]
# The installed copy first; nothing of the repository's own (lib/, the checkout) on the path.
inside = lambda p: p.startswith(repo) and "/.venv/" not in p
sys.path[:] = [site, *(p for p in sys.path if p and not inside(p))]
import homelab_ai
assert homelab_ai.__file__.startswith(site), homelab_ai.__file__
sys.argv = [example, outdir]
runpy.run_path(example, run_name="__main__")
"""


def test_the_comfyui_example_runs_on_the_installed_package(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _, target = installed
    example = ROOT / "examples" / "comfyui_chart.py"
    result = subprocess.run(
        [sys.executable, "-c", RUN_EXAMPLE, str(target), str(example), str(tmp_path / "out"), str(ROOT)],
        capture_output=True,
        text=True,
        env={key: value for key, value in ENV.items() if key != "PYTHONPATH"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dist = tmp_path / "out" / "dist"
    deployment = _yaml.load((dist / "comfyui" / "deployment-comfyui.yaml").read_text())
    pod = deployment["spec"]["template"]["spec"]
    comfyui, gallery = pod["containers"]
    assert [p["name"] for p in comfyui["ports"]] == ["http", "gallery"]
    assert comfyui["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert {"name": "configmap-comfyui-config", "configMap": {"name": "comfyui-config"}} in pod["volumes"]
    assert gallery["securityContext"] == comfyui["securityContext"]
    services = [_yaml.load((dist / "comfyui" / f"service-{name}.yaml").read_text()) for name in ("comfyui", "comfyui-gallery")]
    assert {s["metadata"]["annotations"]["lbipam.cilium.io/ips"] for s in services} == {"10.10.2.28"}
    assert (dist / "comfyui-cluster" / "namespace-comfyui.yaml").is_file()
    # The fourth slice: the plan saw ComfyUI beside the design's three GPU apps.
    assert "note: no GPU slice is left spare: 4 of 4 nvidia.com/gpu slices are requested" in result.stderr
    assert (
        # App and gallery sidecar together: 2 + 0.05 cores, 8Gi + 32Mi requested.
        "| comfyui | comfyui | 2050m | 6200m | 8224Mi | 16448Mi | 1 (time-sliced) |"
        in (tmp_path / "out" / "docs" / "resources.md").read_text()
    )
