"""HTTPS hostnames through a Gateway API Gateway: the plan's gateway declaration, the route
construct, the Open WebUI settings that follow a route, and the plan's checks of every route.

The construct (``https_route.HttpsRoute``) is imported from ``homelab_ai``; this package's own
import stays light, since the plan imports its value types and checks.
"""

from homelab_ai.routes.gateway import ENVOY_GATEWAY_PROXY_LABELS, GatewayListener

__all__ = ["ENVOY_GATEWAY_PROXY_LABELS", "GatewayListener"]
