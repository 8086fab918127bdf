"""HTTPS hostnames through a Gateway API Gateway: the plan's gateway declaration, the route
construct, the Open WebUI settings that follow a route, and the plan's checks of every route.

The construct (``https_route.HttpsRoute``) is imported from ``homelab_ai``; this package's own
import stays light, since the plan imports its value types and checks, and the manifest readers
(``routes.manifests``) load without the jsii runtime: the names below load on first use.
"""

from typing import TYPE_CHECKING

from homelab_ai import _lazy

if TYPE_CHECKING:
    from homelab_ai.routes.gateway import ENVOY_GATEWAY_PROXY_LABELS, GatewayListener

__all__ = ["ENVOY_GATEWAY_PROXY_LABELS", "GatewayListener"]

__getattr__, __dir__ = _lazy.exports(
    __name__, {"ENVOY_GATEWAY_PROXY_LABELS": "homelab_ai.routes.gateway", "GatewayListener": "homelab_ai.routes.gateway"}
)
