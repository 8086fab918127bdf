"""Scans dist/ with checkov (`make scan`, part of `make test`) and holds the README to its figures.

Fails when checkov finds a failed check, when a waiver annotation is malformed (checkov ignores
`CKV_K8S_22: reason` silently and crashes on a second `=`), or when the README's security
section no longer states the figures and every waiver's reason. checkov's report over the same
dist/ bytes, with the same pinned checkov, is reused from the last scan (.tools/checkov).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from homelab_ai import _yaml

ROOT = Path(__file__).resolve().parent.parent
CHECKOV = ROOT / ".tools" / "checkov" / "bin" / "checkov"
REPORT_CACHE = ROOT / ".tools" / "checkov" / "last-report.json"
SKIP_ANNOTATION = re.compile(r"^checkov\.io/skip[0-9]+$")
SKIP_VALUE = re.compile(r"^CKV2?_K8S_[0-9]+=[^=]+$")
# Objects named by a hash of their content (the verify Jobs): one README row whatever the hash.
CONTENT_HASH = re.compile(r"-[0-9a-f]{10}$")


def annotation_problems(dist: Path) -> list[str]:
    """Waiver annotations checkov would ignore or crash on."""
    problems = []
    for path in sorted(dist.rglob("*.yaml")):
        for document in _yaml.load_all(path.read_text()):
            annotations = ((document or {}).get("metadata") or {}).get("annotations") or {}
            for key, value in annotations.items():
                if "checkov.io/skip" not in key:
                    continue
                if not SKIP_ANNOTATION.match(key) or not SKIP_VALUE.match(str(value)):
                    problems.append(
                        f"{path.relative_to(dist)}: annotation {key}: {value!r} is not 'checkov.io/skipN: CKV_K8S_N=reason'"
                    )
    return problems


def _scan_digest(dist: Path) -> str:
    """What checkov's report depends on: every file of dist/, checkov's pinned environment and
    the way this script runs it."""
    hasher = hashlib.sha256()
    for path in [*sorted(p for p in dist.rglob("*") if p.is_file()), ROOT / "requirements-checkov.txt", Path(__file__)]:
        hasher.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()


def checkov_report(dist: Path) -> dict[str, Any]:
    """checkov's report over ``dist``: the last one when checkov already scanned these very bytes
    with this environment (kept beside it in .tools/, never committed), else a new scan, 4 s."""
    digest = _scan_digest(dist)
    if REPORT_CACHE.is_file():
        kept = json.loads(REPORT_CACHE.read_text())
        if kept.get("digest") == digest:
            return kept["report"]  # type: ignore[no-any-return]
    report = run_checkov(dist)
    REPORT_CACHE.write_text(json.dumps({"digest": digest, "report": report}))
    return report


def run_checkov(dist: Path) -> dict[str, Any]:
    result = subprocess.run(
        # Encrypted secrets are skipped: their count varies per cluster and their values are opaque.
        [
            str(CHECKOV),
            "-d",
            str(dist),
            "--framework",
            "kubernetes",
            "--skip-download",
            "--skip-path",
            r"\.sops\.yaml$",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1):  # 1 means failed checks, reported below
        raise SystemExit(f"checkov did not run (exit {result.returncode}):\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return report[0] if isinstance(report, list) else report  # type: ignore[no-any-return]


def readme_block(summary: dict[str, Any], waivers: list[tuple[str, str, str]]) -> str:
    lines = [
        f"checkov {summary['checkov_version']} over `dist/`: **{summary['failed']} failed, {summary['passed']} passed, "
        f"{summary['skipped']} waived**.",
        "",
        "| Object | Check | Reason |",
        "|---|---|---|",
    ]
    lines += [f"| {resource} | {check} | {reason} |" for resource, check, reason in waivers]
    return "\n".join(lines)


def main() -> int:
    dist = ROOT / "dist"
    problems = annotation_problems(dist)
    report = checkov_report(dist)
    summary = report["summary"]
    failed = report["results"]["failed_checks"]
    problems += [f"checkov {c['check_id']} ({c['check_name']}) failed for {c['resource']} in {c['file_path']}" for c in failed]
    waivers = sorted(
        {
            (CONTENT_HASH.sub("-<hash>", c["resource"]), c["check_id"], c["check_result"]["suppress_comment"])
            for c in report["results"]["skipped_checks"]
        }
    )
    print(f"checkov over dist/: {summary['failed']} failed, {summary['passed']} passed, {summary['skipped']} waived")
    block = readme_block(summary, waivers)
    if block not in (ROOT / "README.md").read_text():
        problems.append("README.md's security section is stale: replace its checkov figures and waiver table with:\n\n" + block)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
