from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from homelab_ai.waivers import Waiver, skip_annotations
from tests.support import ROOT

_spec = importlib.util.spec_from_file_location("scan", ROOT / "scripts" / "scan.py")
assert _spec and _spec.loader
scan = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scan)


def test_annotations_are_numbered_check_equals_reason() -> None:
    waivers = [Waiver(check="CKV_K8S_22", reason="writes caches"), Waiver(check="CKV2_K8S_6", reason="policy elsewhere")]
    assert skip_annotations(waivers) == {
        "checkov.io/skip1": "CKV_K8S_22=writes caches",
        "checkov.io/skip2": "CKV2_K8S_6=policy elsewhere",
    }


@pytest.mark.parametrize(
    ("check", "reason", "message"),
    [
        ("CKV_K8S_22: writes", "x", "Waiver: check 'CKV_K8S_22: writes' is not a checkov Kubernetes check id"),
        ("ckv_k8s_22", "x", "Waiver: check 'ckv_k8s_22' is not a checkov Kubernetes check id"),
        ("CKV_K8S_22", "a=b", "Waiver: reason 'a=b' for CKV_K8S_22 must be one non-empty line without '='"),
        ("CKV_K8S_22", " ", "Waiver: reason ' ' for CKV_K8S_22 must be one non-empty line"),
    ],
)
def test_malformed_waivers_are_refused(check: str, reason: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        Waiver(check=check, reason=reason)
    assert str(error.value).startswith(message)


def test_a_check_is_waived_once() -> None:
    with pytest.raises(ValueError, match="CKV_K8S_22 is waived twice"):
        skip_annotations([Waiver(check="CKV_K8S_22", reason="a"), Waiver(check="CKV_K8S_22", reason="b")])


def test_the_scan_catches_annotations_checkov_would_ignore_or_crash_on(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_text("metadata:\n  annotations:\n    checkov.io/skip1: CKV_K8S_22=writes caches\n")
    assert scan.annotation_problems(tmp_path) == []
    (tmp_path / "colon.yaml").write_text("metadata:\n  annotations:\n    checkov.io/skip1: 'CKV_K8S_22: writes caches'\n")
    (tmp_path / "two.yaml").write_text("metadata:\n  annotations:\n    checkov.io/skip1: CKV_K8S_22=a=b\n")
    assert len(scan.annotation_problems(tmp_path)) == 2
