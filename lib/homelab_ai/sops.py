"""SOPS-encrypted Secrets: checked to be fully encrypted before they go anywhere near dist/.

Secrets live in ``secrets/<name>.sops.yaml``, encrypted with the age key of the cluster's Flux
(``.sops.yaml`` holds the rules). ``make synth`` copies them into ``dist/`` for Flux to decrypt,
but only files that are encrypted through and through: a ``sops`` block with ``mac`` and
``version`` and a recipient, and every ``data``/``stringData`` value ``ENC[...]``. A plaintext
or half-encrypted file stops the synth.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from homelab_ai import _yaml
from homelab_ai._validate import _DNS_LABEL, _DNS_SUBDOMAIN

ENCRYPTED_REGEX = "^(data|stringData)$"
# What sops writes for one encrypted value (AES-256-GCM, base64 fields, the original type).
_ENC = re.compile(r"^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:[a-z]+\]$")
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_KEY_GROUPS = ("age", "pgp", "kms", "gcp_kms", "azure_kv", "hc_vault")
SUFFIX = ".sops.yaml"


@dataclass(frozen=True, kw_only=True)
class EncryptedSecret:
    """A checked, fully encrypted Secret file.

    Attributes:
        name: The Secret's name.
        namespace: Its namespace.
        text: The file as sops wrote it, copied verbatim into dist/.
    """

    name: str
    namespace: str
    text: str


def encryption_problems(label: str, text: str) -> list[str]:
    """Why ``text`` is not a fully SOPS-encrypted Secret (empty when it is). Values never appear in messages."""
    try:
        documents = [d for d in _yaml.load_all(text) if d is not None]
    except yaml.YAMLError as error:
        return [f"{label}: is not valid YAML ({error.__class__.__name__}): re-create it with scripts/new_secret.py"]
    if len(documents) != 1 or not isinstance(documents[0], dict):
        return [f"{label}: must hold exactly one Secret object"]
    secret: dict[str, Any] = documents[0]
    problems = []
    if secret.get("apiVersion") != "v1" or secret.get("kind") != "Secret":
        problems.append(f"{label}: is not a v1 Secret (apiVersion {secret.get('apiVersion')!r}, kind {secret.get('kind')!r})")
    metadata = secret.get("metadata") or {}
    name, namespace = metadata.get("name"), metadata.get("namespace")
    if not isinstance(name, str) or not _DNS_SUBDOMAIN.match(name):
        problems.append(f"{label}: metadata.name {name!r} is not a readable DNS-1123 name (was metadata encrypted too?)")
    if not isinstance(namespace, str) or not _DNS_LABEL.match(namespace):
        problems.append(f"{label}: metadata.namespace {namespace!r} is missing or not a readable DNS-1123 label")
    problems += _sops_block_problems(label, secret.get("sops"))
    fields = {key: secret[key] for key in ("data", "stringData") if key in secret}
    if not fields or not any(fields.values()):
        problems.append(f"{label}: has no data or stringData to protect")
    for field, values in fields.items():
        if not isinstance(values, dict):
            problems.append(f"{label}: {field} is not a mapping")
            continue
        for key, value in values.items():
            if not isinstance(value, str) or not _ENC.match(value):
                # Never show the value: it may be the plaintext secret.
                problems.append(
                    f"{label}: {field}.{key} is not encrypted (no ENC[AES256_GCM,...] value): encrypt the file with sops"
                )
    return problems


def _sops_block_problems(label: str, block: Any) -> list[str]:
    if not isinstance(block, dict):
        return [f"{label}: has no sops block: it is plaintext; encrypt it with sops (see .sops.yaml)"]
    problems = []
    mac = block.get("mac")
    if not isinstance(mac, str) or not _ENC.match(mac):
        problems.append(f"{label}: sops.mac is missing or not encrypted: the file was not written by sops, or was edited by hand")
    if not block.get("version"):
        problems.append(f"{label}: sops.version is missing")
    if not any(block.get(group) for group in _KEY_GROUPS) and not block.get("key_groups"):
        problems.append(f"{label}: sops block names no recipient (age, pgp, kms, ...): nobody could decrypt it")
    regex = block.get("encrypted_regex")
    if regex is not None and regex != ENCRYPTED_REGEX:
        problems.append(
            f"{label}: sops.encrypted_regex is {regex!r}, not {ENCRYPTED_REGEX!r}: re-encrypt with the rules of .sops.yaml"
        )
    return problems


def config_problems(path: Path) -> list[str]:
    """Why the repository's ``.sops.yaml`` would not encrypt secrets/ for the cluster."""
    label = path.name
    if not path.is_file():
        return [f"{label}: is missing: it holds the rule that encrypts secrets/ for the cluster's age key"]
    config = _yaml.load(path.read_text()) or {}
    rules = [r for r in config.get("creation_rules", []) if isinstance(r, dict) and "secrets/" in str(r.get("path_regex", ""))]
    if not rules:
        return [f"{label}: has no creation rule whose path_regex covers secrets/"]
    problems = []
    for rule in rules:
        if rule.get("encrypted_regex") != ENCRYPTED_REGEX:
            problems.append(
                f"{label}: encrypted_regex must be {ENCRYPTED_REGEX!r}, so names stay readable and every value is encrypted"
            )
        recipients = [r.strip() for r in str(rule.get("age", "")).split(",") if r.strip()]
        if not recipients or not all(_AGE_RECIPIENT.match(r) for r in recipients):
            problems.append(
                f"{label}: age recipient {rule.get('age')!r} is not an age public key: put your cluster's key there "
                "(age-keygen -y <flux age key file>)"
            )
    return problems


def load_secrets(folder: Path, config: Path) -> list[EncryptedSecret]:
    """The encrypted Secrets of ``folder`` (``*.sops.yaml``), checked.

    Raises:
        ValueError: a file is not fully encrypted, is named unlike its Secret, or .sops.yaml is wrong.
    """
    paths = sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
    if not paths:
        return []
    problems = config_problems(config)
    secrets = []
    for path in paths:
        label = f"{folder.name}/{path.name}"
        text = path.read_text(encoding="utf-8")
        found = encryption_problems(label, text)
        if not found:
            metadata = _yaml.load(text)["metadata"]
            if path.name != f"{metadata['name']}{SUFFIX}":
                found.append(f"{label}: holds Secret {metadata['name']!r}: name the file {metadata['name']}{SUFFIX}")
            secrets.append(EncryptedSecret(name=metadata["name"], namespace=metadata["namespace"], text=text))
        problems += found
    if problems:
        raise ValueError("\n".join(problems))
    return secrets


def plaintext_secret(name: str, namespace: str, values: Mapping[str, str]) -> str:
    """The plaintext Secret YAML to pipe into sops (never to be written to disk)."""
    document = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": namespace},
        "type": "Opaque",
        "stringData": dict(values),
    }
    return yaml.safe_dump(document, sort_keys=False)
