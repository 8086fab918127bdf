"""Encrypted secrets: the fully encrypted pass, anything less is refused and nothing is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cdk8s import App

import main
from homelab_ai import _yaml
from homelab_ai.sops import config_problems, encryption_problems, load_secrets
from homelab_ai.synth import synthesize
from tests.support import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD = (FIXTURES / "open-webui-secrets.sops.yaml").read_text()
PLACEHOLDER_SOPS_CONFIG = """creation_rules:
  - path_regex: secrets/.*\\.sops\\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: age1-replace-with-your-cluster-age-public-key
"""
VALID_SOPS_CONFIG = PLACEHOLDER_SOPS_CONFIG.replace(
    "age1-replace-with-your-cluster-age-public-key", "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
)


def edited(**changes: object) -> str:
    document = _yaml.load(GOOD)
    for dotted, value in changes.items():
        *parents, leaf = dotted.split("__")
        target = document
        for key in parents:
            target = target[key]
        if value is None:
            del target[leaf]
        else:
            target[leaf] = value
    return yaml.safe_dump(document)


def test_a_fully_encrypted_secret_passes() -> None:
    assert encryption_problems("secrets/x", GOOD) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (edited(sops=None), "secrets/x: has no sops block: it is plaintext; encrypt it with sops (see .sops.yaml)"),
        (edited(sops__mac=None), "secrets/x: sops.mac is missing or not encrypted"),
        (edited(sops__version=None), "secrets/x: sops.version is missing"),
        (edited(sops__age=[]), "secrets/x: sops block names no recipient"),
        (edited(sops__encrypted_regex="^data$"), "secrets/x: sops.encrypted_regex is '^data$'"),
        (
            edited(stringData__WEBUI_SECRET_KEY="hunter2-plaintext"),
            "secrets/x: stringData.WEBUI_SECRET_KEY is not encrypted (no ENC[AES256_GCM,...] value): encrypt the file with sops",
        ),
        (edited(data={"extra": "cGxhaW4="}), "secrets/x: data.extra is not encrypted"),
        (edited(stringData={}), "secrets/x: has no data or stringData to protect"),
        (edited(metadata__name="ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]"), "secrets/x: metadata.name"),
        (edited(kind="ConfigMap"), "secrets/x: is not a v1 Secret"),
        ("a: [", "secrets/x: is not valid YAML"),
    ],
)
def test_anything_less_than_fully_encrypted_is_refused(text: str, problem: str) -> None:
    problems = encryption_problems("secrets/x", text)
    assert any(p.startswith(problem) for p in problems), problems


def test_messages_never_show_a_value() -> None:
    problems = encryption_problems("secrets/x", edited(stringData__WEBUI_SECRET_KEY="hunter2-plaintext"))
    assert problems and not any("hunter2" in p for p in problems)


def test_committed_config_encrypts_only_data_and_string_data() -> None:
    config = _yaml.load((ROOT / ".sops.yaml").read_text())
    assert config["creation_rules"][0]["encrypted_regex"] == "^(data|stringData)$"


def test_config_must_name_a_real_age_recipient(tmp_path: Path) -> None:
    placeholder = tmp_path / ".sops.yaml"
    placeholder.write_text(PLACEHOLDER_SOPS_CONFIG)
    assert config_problems(placeholder) == [
        ".sops.yaml: age recipient 'age1-replace-with-your-cluster-age-public-key' is not an age public key: put your "
        "cluster's key there (age-keygen -y <flux age key file>)"
    ]
    config = tmp_path / "valid" / ".sops.yaml"
    config.parent.mkdir()
    config.write_text(VALID_SOPS_CONFIG)
    assert config_problems(config) == []
    config.write_text(VALID_SOPS_CONFIG.replace("^(data|stringData)$", ".*"))
    assert config_problems(config)[0].startswith(".sops.yaml: encrypted_regex must be '^(data|stringData)$'")


def project(tmp_path: Path, secret_text: str | None, name: str = "open-webui-secrets.sops.yaml") -> Path:
    """A project root with .sops.yaml and, when given, one file in secrets/."""
    (tmp_path / "secrets").mkdir(parents=True)
    (tmp_path / ".sops.yaml").write_text(VALID_SOPS_CONFIG)
    if secret_text is not None:
        (tmp_path / "secrets" / name).write_text(secret_text)
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_synth_copies_encrypted_secrets_verbatim_into_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "ROOT", project(tmp_path, GOOD))
    app = App()
    main.build(app)
    synthesis = synthesize(app, root=main.ROOT)
    manifests, notes = synthesis.files, synthesis.notes
    assert manifests["ai/secret-open-webui-secrets.sops.yaml"] == GOOD
    assert "secret-open-webui-secrets.sops.yaml" in _yaml.load(manifests["ai/kustomization.yaml"])["resources"]
    assert notes[-1].startswith("secret stable-diffusion-secrets is referenced but not in secrets/")


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        (edited(sops=None), "open-webui-secrets.sops.yaml", "secrets/open-webui-secrets.sops.yaml: has no sops block"),
        (
            edited(stringData__WEBUI_SECRET_KEY="plain"),
            "open-webui-secrets.sops.yaml",
            "secrets/open-webui-secrets.sops.yaml: stringData.WEBUI_SECRET_KEY is not encrypted",
        ),
        (GOOD, "other.sops.yaml", "secrets/other.sops.yaml: holds Secret 'open-webui-secrets': name the file"),
    ],
)
def test_a_bad_secret_stops_the_synth_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, name: str, message: str
) -> None:
    root = project(tmp_path, None)
    monkeypatch.setattr(main, "ROOT", root)
    monkeypatch.delenv("CDK8S_OUTDIR", raising=False)
    assert main.main() == 0
    (root / "secrets" / name).write_text(text)
    before = {folder: snapshot(root / folder) for folder in ("dist", "docs")}
    capsys.readouterr()
    assert main.main() == 1
    err = capsys.readouterr().err
    assert message in err
    assert "plain\n" not in err and "'plain'" not in err
    assert {folder: snapshot(root / folder) for folder in ("dist", "docs")} == before


def run_helper(root: Path, app: str, path: str, record: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path, "FAKE_SOPS_RECORD": str(record)}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "new_secret.py"), app, "--root", str(root)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture
def fake_sops(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sops").write_text(f'#!/bin/sh\nexec {sys.executable} {FIXTURES / "fake_sops.py"} "$@"\n')
    (bin_dir / "sops").chmod(0o755)
    return bin_dir


@pytest.mark.parametrize(
    ("app", "name", "keys"),
    [
        ("open-webui", "open-webui-secrets", ["WEBUI_SECRET_KEY"]),
        ("stable-diffusion", "stable-diffusion-secrets", ["WEBUI_AUTH_USER", "WEBUI_AUTH_PASS"]),
    ],
)
def test_helper_encrypts_through_sops_and_writes_no_plaintext(
    tmp_path: Path, fake_sops: Path, app: str, name: str, keys: list[str]
) -> None:
    root = project(tmp_path / "repo", None)
    record = tmp_path / "plaintext-seen-by-sops.yaml"
    result = run_helper(root, app, f"{fake_sops}:{os.environ['PATH']}", record)
    assert result.returncode == 0, result.stderr
    plaintext = _yaml.load(record.read_text())
    values = plaintext["stringData"]
    assert sorted(values) == sorted(keys)
    if app == "open-webui":
        assert len(bytes.fromhex(values["WEBUI_SECRET_KEY"])) == 32
    else:
        assert values["WEBUI_AUTH_USER"] == "admin" and len(values["WEBUI_AUTH_PASS"]) >= 24
    written = snapshot(root)
    assert sorted(written) == [".sops.yaml", f"secrets/{name}.sops.yaml"]
    encrypted = written[f"secrets/{name}.sops.yaml"].decode()
    assert encryption_problems(name, encrypted) == []
    for value in values.values():
        if value != "admin":
            assert value not in encrypted and value not in result.stdout and value not in result.stderr


def test_helper_without_sops_prints_the_command_and_writes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path / "repo", None)
    # A PATH with node (jsii needs it) and nothing else, whatever the machine has installed.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    node = shutil.which("node")
    assert node is not None
    (bin_dir / "node").symlink_to(node)
    assert shutil.which("sops", path=str(bin_dir)) is None
    result = run_helper(root, "open-webui", str(bin_dir), tmp_path / "unused")
    assert result.returncode == 0, result.stderr
    command = result.stdout.strip().splitlines()[-1]
    assert "openssl rand -hex 32" in command
    target = "secrets/open-webui-secrets.sops.yaml"
    assert command.endswith(f"> {target}.tmp && mv {target}.tmp {target}")
    assert "sops --encrypt --filename-override secrets/open-webui-secrets.sops.yaml" in command
    assert sorted(snapshot(root)) == [".sops.yaml"]


def test_helper_refuses_a_placeholder_recipient(tmp_path: Path, fake_sops: Path) -> None:
    root = project(tmp_path / "repo", None)
    (root / ".sops.yaml").write_text(PLACEHOLDER_SOPS_CONFIG)
    result = run_helper(root, "open-webui", f"{fake_sops}:{os.environ['PATH']}", tmp_path / "record")
    assert result.returncode == 1
    assert "age recipient 'age1-replace-with-your-cluster-age-public-key' is not an age public key" in result.stderr
    assert sorted(snapshot(root)) == [".sops.yaml"]


def test_load_secrets_of_an_empty_folder_needs_no_config(tmp_path: Path) -> None:
    assert load_secrets(tmp_path / "secrets", tmp_path / ".sops.yaml") == []


def test_a_project_with_secrets_synthesizes_builds_and_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kubernetes_validate

    monkeypatch.setattr(main, "ROOT", project(tmp_path, GOOD))
    monkeypatch.delenv("CDK8S_OUTDIR", raising=False)
    assert main.main() == 0
    built = subprocess.run(["kubectl", "kustomize", str(tmp_path / "dist")], capture_output=True, text=True, check=True).stdout
    secrets = [d for d in _yaml.load_all(built) if d and d["kind"] == "Secret"]
    assert [s["metadata"]["name"] for s in secrets] == ["open-webui-secrets"]
    decrypted_shape = {k: v for k, v in secrets[0].items() if k != "sops"}
    kubernetes_validate.validate(decrypted_shape, "1.28.0", strict=True)


def test_helper_takes_the_oidc_client_secret_from_standard_input(tmp_path: Path, fake_sops: Path) -> None:
    root = project(tmp_path / "repo", None)
    record = tmp_path / "plaintext-seen-by-sops.yaml"
    env = {**os.environ, "PATH": f"{fake_sops}:{os.environ['PATH']}", "FAKE_SOPS_RECORD": str(record)}
    command = [sys.executable, str(ROOT / "scripts" / "new_secret.py"), "open-webui-oidc", "--root", str(root)]
    result = subprocess.run(command, input="s3cret-from-the-idp\n", capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert _yaml.load(record.read_text())["stringData"] == {"OAUTH_CLIENT_SECRET": "s3cret-from-the-idp"}
    encrypted = (root / "secrets" / "open-webui-oidc.sops.yaml").read_text()
    assert encryption_problems("open-webui-oidc", encrypted) == []
    assert "s3cret-from-the-idp" not in encrypted + result.stdout + result.stderr
    empty = subprocess.run([*command, "--force"], input="\n", capture_output=True, text=True, env=env, check=False)
    assert empty.returncode == 1
    assert "no client secret on standard input; nothing was written" in empty.stderr
