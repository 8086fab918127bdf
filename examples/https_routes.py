"""The design's apps behind HTTPS hostnames on one Gateway: chat., images. and speech. of a domain.

The Gateway is the cluster's, managed with its networking (here Envoy Gateway's ``internal``
Gateway in ``network``, with a wildcard certificate for ``*.example.com`` from cert-manager and
external-dns publishing the names). The plan declares its HTTPS listener; each app gets an
``HttpsRoute`` to it, and Open WebUI its public address (secure cookies, CORS) and, optionally,
single sign-on. Open WebUI gives up its plain LoadBalancer address (``address=None``), where a
password would cross the LAN in clear; Stable Diffusion and Faster-Whisper keep theirs for API
clients on the LAN.

    python -m examples.https_routes OUTDIR    # writes OUTDIR/dist and OUTDIR/docs
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from cdk8s import App

from homelab_ai import (
    AddressRange,
    AiNamespaceChart,
    ClusterPlan,
    HttpsRoute,
    OpenIdConnect,
    OpenWebUiSettings,
    ReservedAddress,
    envoy_gateway_listener,
    run,
)

DOMAIN = "example.com"
# The HTTPS listener of the cluster's Gateway; its proxies are admitted to the apps' pods.
GATEWAY = envoy_gateway_listener(gateway="internal", namespace="network", listener="https", hostname=f"*.{DOMAIN}")
# Optional single sign-on; the client secret lives SOPS-encrypted in secrets/open-webui-oidc.sops.yaml.
SSO = OpenIdConnect(provider_url=f"https://auth.{DOMAIN}/.well-known/openid-configuration", client_id="open-webui")


def build(app: App, *, sso: OpenIdConnect | None = SSO) -> AiNamespaceChart:
    """The design's namespace with its three apps on chat., images. and speech. of ``DOMAIN``."""
    ClusterPlan(
        app,
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
        gateways=[GATEWAY],
    )
    ai = AiNamespaceChart(app, "ai", open_webui=OpenWebUiSettings(address=None, public_url=f"https://chat.{DOMAIN}", sso=sso))
    HttpsRoute(
        ai,
        "OpenWebUiRoute",
        hostname=f"chat.{DOMAIN}",
        listener=GATEWAY,
        backend=ai.open_webui.backend,
        websocket=True,
        description="Chat with LLMs",
    )
    HttpsRoute(
        ai,
        "StableDiffusionRoute",
        hostname=f"images.{DOMAIN}",
        listener=GATEWAY,
        backend=ai.stable_diffusion.backend,
        websocket=True,
        description="Generate images",
    )
    HttpsRoute(
        ai,
        "FasterWhisperRoute",
        hostname=f"speech.{DOMAIN}",
        listener=GATEWAY,
        backend=ai.whisper.backend,
        description="Transcribe audio (API)",
    )
    return ai


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m examples.https_routes OUTDIR")
    sys.exit(run(build, root=Path(sys.argv[1]), project="https-routes-example"))
