"""Synthesizes the cluster's charts into dist/, the folder Flux applies.

Run through ``make synth`` (which runs ``cdk8s synth``) or directly as ``python main.py``.
This is the one place that reads the environment; the constructs take every setting as an
argument.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# jsii reads these when the runtime starts, at the first cdk8s import: Node 20 is known here.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

from cdk8s import App

from homelab_ai import AiNamespaceChart, OllamaSettings, layout, publish, render

ROOT = Path(__file__).resolve().parent


def build(app: App) -> None:
    """Declares the charts. Change a value here by overriding one setting; the rest keep the design."""
    AiNamespaceChart(
        app,
        "ai",
        # Example override: every setting is a typed field with the design's value as default.
        ollama=OllamaSettings(keep_alive="30m"),
    )


def main() -> int:
    app = App()
    try:
        build(app)
        files = layout(render(app))
    except (ValueError, RuntimeError) as error:
        # A rejected input: say why and leave dist/ as it was.
        print(f"synth failed, dist/ left unchanged:\n{error}", file=sys.stderr)
        return 1
    publish(files, ROOT / "dist")
    # Under `cdk8s synth`, also fill the CLI's own output folder so it lists what was written.
    cli_outdir = os.environ.get("CDK8S_OUTDIR")
    if cli_outdir:
        publish(files, Path(cli_outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
