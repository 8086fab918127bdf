"""The whole synth in one call: render, check, lay out for Flux, add secrets and docs, publish.

``cdk8s synth`` alone writes one flat file per chart and prints nothing; a project that wants
what ``make synth`` gives here (the Flux layout of dist/, SOPS-encrypted secrets, the docs,
the notes and an all-or-nothing publish) calls ``run`` from its ``main.py``::

    def build(app: App) -> None:
        ClusterPlan(app, lb_pools=[...])
        AiNamespaceChart(app, "ai")

    if __name__ == "__main__":
        sys.exit(run(build, root=Path(__file__).parent, project="my-cluster"))
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from cdk8s import App

from homelab_ai._scope import PART_OF_CONTEXT
from homelab_ai.cluster_plan import ClusterPlan
from homelab_ai.docs import render_docs
from homelab_ai.inventory import Inventory
from homelab_ai.publish import layout, publish
from homelab_ai.sops import load_secrets


@dataclass(frozen=True, kw_only=True)
class Synthesis:
    """Everything one synth produces, in memory, checked.

    Attributes:
        files: dist/ files by relative path.
        docs: docs/ files by name.
        notes: Things worth knowing that are not errors, one line each.
    """

    files: dict[str, str]
    docs: dict[str, str]
    notes: list[str]


def project_app(project: str) -> App:
    """An App whose objects are labelled ``app.kubernetes.io/part-of: <project>``."""
    app = App()
    # Context must be set before the first child: objects read it when they are created.
    app.node.set_context(PART_OF_CONTEXT, project)
    return app


def synthesize(app: App, *, root: Path, project: str = "homelab-ai") -> Synthesis:
    """Renders and checks every chart of ``app``, with the secrets under ``root``, in memory.

    Args:
        app: The App, with its charts declared.
        root: The project folder: ``secrets/*.sops.yaml`` and ``.sops.yaml`` are read from it.
        project: Named in the header of every generated file.

    Raises:
        ValueError: any check failed (one line per problem); nothing has been written.
    """
    plan = ClusterPlan.of(app)
    charts = plan.render()
    if problems := plan.problems(charts):
        raise ValueError("\n".join(problems))
    secrets = load_secrets(root / "secrets", root / ".sops.yaml")
    files = layout(charts, secrets, project=project)
    inventory = Inventory.read(charts)
    present = {secret.name for secret in secrets}
    referenced = {name for owner in inventory.pod_owners for name in owner.secrets}
    notes = plan.notes(inventory) + [
        f"secret {name} is referenced but not in secrets/: create it with `make secrets` before Flux applies dist/"
        for name in sorted(referenced - present)
    ]
    return Synthesis(files=files, docs=render_docs(plan, inventory, project=project), notes=notes)


def run(
    build: Callable[[App], object],
    *,
    root: Path,
    project: str = "homelab-ai",
    cli_outdir: str | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Builds an App with ``build``, synthesizes it and replaces ``root/dist`` and ``root/docs``.

    Args:
        build: Declares the plan and the charts on the App it is given.
        root: The project folder (``dist/``, ``docs/``, ``secrets/``, ``.sops.yaml``).
        project: Named in the header of every generated file.
        cli_outdir: The ``cdk8s synth`` output folder (its ``CDK8S_OUTDIR``), filled with the
            same files so the CLI lists what was written.
        stderr: Where errors and notes go; defaults to ``sys.stderr``.

    Returns:
        The exit code: 0 when written, 1 when a check failed and nothing was written.
    """
    out = stderr or sys.stderr
    try:
        app = project_app(project)
        build(app)
        synthesis = synthesize(app, root=root, project=project)
    except ValueError as error:
        # A rejected input: say why and leave dist/ and docs/ as they were.
        print(f"synth failed, dist/ and docs/ left unchanged:\n{error}", file=out)
        return 1
    publish(synthesis.files, root / "dist")
    publish(synthesis.docs, root / "docs")
    for note in synthesis.notes:
        print(f"note: {note}", file=out)
    if cli_outdir:
        publish(synthesis.files, Path(cli_outdir))
    return 0
