"""Every image dist/ deploys is one Renovate finds in the code, so upgrades come as pull requests."""

from __future__ import annotations

import json
import re
import subprocess
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from homelab_ai import _yaml
from tests.support import ROOT

Image = tuple[str, str]  # (repository, tag[@digest])


def managers() -> list[dict[str, Any]]:
    config = json.loads((ROOT / "renovate.json").read_text())
    result: list[dict[str, Any]] = config["customManagers"]
    return result


def _file_pattern(pattern: str) -> re.Pattern[str] | str:
    """Renovate reads ``/.../`` as a regular expression and anything else as a glob."""
    return re.compile(pattern[1:-1]) if pattern.startswith("/") and pattern.endswith("/") else pattern


def _python_regex(pattern: str) -> re.Pattern[str]:
    # Renovate's (RE2/JavaScript) named groups, in Python's spelling.
    return re.compile(pattern.replace("(?<", "(?P<"))


def annotated_images(files: dict[str, str]) -> list[Image]:
    """The images Renovate's custom managers extract from ``files`` (path -> text)."""
    found: list[Image] = []
    for manager in managers():
        assert manager["customType"] == "regex"
        patterns = [_file_pattern(p) for p in manager["managerFilePatterns"]]
        for path, text in files.items():
            if not any(p.search(path) if isinstance(p, re.Pattern) else fnmatch(path, p) for p in patterns):
                continue
            for match_string in manager["matchStrings"]:
                for match in _python_regex(match_string).finditer(text):
                    groups = match.groupdict()
                    digest = f"@{groups['currentDigest']}" if groups.get("currentDigest") else ""
                    assert groups["datasource"] == "docker", f"{path}: {match.group(0)!r} is not a docker image"
                    found.append((groups["depName"], groups["currentValue"] + digest))
    return found


def tracked_files() -> dict[str, str]:
    names = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {name: (ROOT / name).read_text() for name in names.split("\0") if name.endswith(".py") and (ROOT / name).is_file()}


def deployed_images(dist: Path) -> set[Image]:
    images = set()
    for path in dist.rglob("*.yaml"):
        for document in _yaml.load_all(path.read_text()):
            for container in _containers(document or {}):
                repository, _, tag = container["image"].partition("@")[0].rpartition(":")
                digest = container["image"].partition("@")[2]
                images.add((repository, tag + (f"@{digest}" if digest else "")))
    return images


def _containers(node: Any) -> list[dict[str, Any]]:
    """Every container and init container anywhere in a manifest (pod templates at any depth)."""
    if isinstance(node, list):
        return [c for item in node for c in _containers(item)]
    if not isinstance(node, dict):
        return []
    own = [*node.get("containers", []), *node.get("initContainers", [])] if "containers" in node else []
    return own + [c for key, value in node.items() if key not in ("containers", "initContainers") for c in _containers(value)]


def test_every_deployed_image_is_annotated_for_renovate() -> None:
    annotated = set(annotated_images(tracked_files()))
    missing = deployed_images(ROOT / "dist") - annotated
    assert not missing, f"images in dist/ that Renovate would never update: {sorted(missing)}"


def test_each_image_is_written_in_one_annotated_place() -> None:
    repositories = [repository for repository, _ in annotated_images(tracked_files())]
    assert len(repositories) == len(set(repositories)), f"an image is pinned in two places: {sorted(repositories)}"
    assert len(repositories) == 6


def test_a_missing_annotation_is_caught() -> None:
    files = tracked_files()
    path = "lib/homelab_ai/apps/ollama.py"
    files[path] = files[path].replace("# renovate: datasource=docker\n", "")
    missing = deployed_images(ROOT / "dist") - set(annotated_images(files))
    assert missing == {("ollama/ollama", "0.12.3")}


def test_the_pattern_reads_registries_ports_digests_and_versioning() -> None:
    digest = "sha256:" + "a" * 64
    text = (
        "    # renovate: datasource=docker versioning=loose\n"
        f'    image: str = "registry.local:5000/team/app:1.2.post3@{digest}",\n'
        '# renovate: datasource=docker\nIMAGE = "ghcr.io/open-webui/open-webui:v0.6.32"\n'
        'image = "not/annotated:1.0"\n'
    )
    assert annotated_images({"lib/homelab_ai/example.py": text}) == [
        ("registry.local:5000/team/app", f"1.2.post3@{digest}"),
        ("ghcr.io/open-webui/open-webui", "v0.6.32"),
    ]


def test_the_verify_image_is_covered_by_renovate() -> None:
    files = tracked_files()
    path = "lib/homelab_ai/verify/chart.py"
    assert ("python", "3.12.8-slim-bookworm") in deployed_images(ROOT / "dist")
    assert ("python", "3.12.8-slim-bookworm") in set(annotated_images(files))
    files[path] = files[path].replace("# renovate: datasource=docker\n", "")
    assert deployed_images(ROOT / "dist") - set(annotated_images(files)) == {("python", "3.12.8-slim-bookworm")}
