"""A second chart beside AiNamespaceChart: Emby's LoadBalancer address in namespace ``media``.

Emby's pods are deployed elsewhere (with the media apps); this chart only gives them their
fixed address, through the same ``LoadBalancedApp`` the AI apps use. Built in the same App as
``AiNamespaceChart``, it shares the App's ``ClusterPlan``: an address clash between the two
charts stops the synth.

Run it to see both charts checked together and the media chart's YAML:

    .venv/bin/python -m examples.media_chart
"""

from __future__ import annotations

import os

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from cdk8s import App, Chart
from constructs import Construct

from homelab_ai import AddressRange, AiNamespaceChart, Backend, ClusterPlan, LoadBalancedApp, ReservedAddress, layout, render


class MediaChart(Chart):
    """Emby's LoadBalancer Service at a fixed address, for pods managed outside the library.

    Attributes:
        emby: The Service construct.
    """

    def __init__(self, scope: Construct, id: str, *, address: str = "10.10.2.30", namespace: str = "media") -> None:
        """Creates the Service.

        Args:
            scope: The App.
            id: The chart id (its folder in dist/).
            address: Emby's LB-IPAM address.
            namespace: Where Emby's pods run.
        """
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        emby_pods = Backend(name="emby", namespace=namespace, selector={"app.kubernetes.io/name": "emby"}, port=8096)
        self.emby = LoadBalancedApp(
            self, "EmbyService", name="emby", address=address, backend=emby_pods, description="Emby media server"
        )


def build(app: App) -> None:
    """The AI namespace and the media chart in one App, with one address plan."""
    ClusterPlan(
        app,
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        # The reservation names its owner, so the media chart's Emby may take it and nothing else can.
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
    )
    AiNamespaceChart(app, "ai")
    MediaChart(app, "media")


if __name__ == "__main__":
    example = App()
    build(example)
    files = layout(render(example))
    for path in sorted(files):
        if path.startswith("media/"):
            print(f"--- {path}\n{files[path]}")
