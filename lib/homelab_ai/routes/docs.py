"""The hostnames section of the generated network docs, from the App's HTTPRoutes."""

from __future__ import annotations

from collections.abc import Callable

from homelab_ai.inventory import Inventory, ObjectId
from homelab_ai.routes.manifests import Route


def _timeout(route: Route) -> str:
    values = {rule.request_seconds for rule in route.rules}
    if values == {None}:
        return "gateway default"
    return ", ".join("none" if v == 0 else ("gateway default" if v is None else f"{v:g} s") for v in sorted(values, key=str))


def hostnames_section(inventory: Inventory, description: Callable[[ObjectId], str]) -> str:
    """A table of every hostname the App's routes serve; empty without routes."""
    rows = []
    for route in inventory.routes:
        parents = ", ".join(str(parent) for parent in route.parents)
        backends = ", ".join(sorted({f"{b.name}:{b.port}" for rule in route.rules for b in rule.backends if b.port is not None}))
        purpose = description(ObjectId("HTTPRoute", route.namespace, route.name))
        for hostname in route.hostnames:
            rows.append(
                [hostname, f"https://{hostname}", route.name, route.namespace, parents, backends, _timeout(route), purpose]
            )
    if not rows:
        return ""
    rows.sort()
    header = ["Hostname", "URL", "HTTPRoute", "Namespace", "Gateway", "Service", "Request timeout", "Purpose"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return (
        "\n## Hostnames\n\nServed over HTTPS by the Gateway, which terminates TLS; the routes send traffic to the "
        "Services below, and only the Gateway's proxies may reach the pods through them.\n\n" + "\n".join(lines) + "\n"
    )
