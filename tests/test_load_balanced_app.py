from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart

from homelab_ai import Backend, LoadBalancedApp, Workload
from tests.support import find, quick_health, small_resources, synth


def ui(chart: Chart) -> Workload:
    return Workload(
        chart, "Ui", name="ui", image="ghcr.io/example/ui:1.0.0", port=8080, resources=small_resources(), health=quick_health()
    )


def lb(chart: Chart, **overrides: Any) -> LoadBalancedApp:
    props: dict[str, Any] = {"name": "ui", "address": "10.10.2.25", "backend": ui(chart).backend, **overrides}
    return LoadBalancedApp(chart, "UiService", **props)


def test_service_gets_a_fixed_address_through_the_current_cilium_key() -> None:
    service = find(synth(lb), "Service", "ui")
    assert service["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "10.10.2.25"}
    assert "io.cilium/lb-ipam-ips" not in service["metadata"]["annotations"]
    assert service["spec"]["type"] == "LoadBalancer"


def test_service_port_maps_to_the_workload_port() -> None:
    service = find(synth(lb), "Service", "ui")
    assert service["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": 8080, "protocol": "TCP"}]
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": "ui"}


def test_serves_pods_of_another_namespace_in_that_namespace() -> None:
    emby = Backend(name="emby", namespace="media", selector={"app": "emby"}, port=8096)
    service = find(
        synth(lambda c: LoadBalancedApp(c, "Emby", name="emby", address="10.10.2.30", port=80, backend=emby)), "Service", "emby"
    )
    assert service["metadata"]["namespace"] == "media"
    assert service["spec"]["selector"] == {"app": "emby"}
    assert service["spec"]["ports"][0]["targetPort"] == 8096


def test_sharing_key_is_emitted_only_when_asked() -> None:
    service = find(synth(lambda c: lb(c, sharing_key="web")), "Service", "ui")
    assert service["metadata"]["annotations"]["lbipam.cilium.io/sharing-key"] == "web"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"address": "10.10.2"}, "test/UiService: address '10.10.2' is not an IPv4 address"),
        ({"address": "10.10.2.256"}, "test/UiService: address '10.10.2.256' is not an IPv4 address"),
        ({"address": "fd00::1"}, "test/UiService: address 'fd00::1' is not an IPv4 address"),
        ({"address": "0.0.0.0"}, "test/UiService: address '0.0.0.0' cannot be a LoadBalancer address"),
        ({"address": "127.0.0.1"}, "test/UiService: address '127.0.0.1' cannot be a LoadBalancer address"),
        ({"port": 0}, "test/UiService: port 0 is not a valid port"),
        ({"name": "Open WebUI"}, "test/UiService: name 'Open WebUI' is not a valid DNS-1123 label"),
        ({"sharing_key": "a b"}, "test/UiService: sharing_key 'a b' is not a valid label value"),
        ({"backend": "ui"}, "test/UiService: backend 'ui' is not a Backend"),
        (
            {"backend": Backend(name="x", namespace="ai", selector={}, port=80)},
            "test/UiService: backend.selector is empty",
        ),
        (
            {"backend": Backend(name="x", namespace="ai", selector={"a": "b"}, port=99999)},
            "test/UiService: backend.port 99999 is not a valid port",
        ),
    ],
)
def test_rejects_bad_input_naming_construct_and_prop(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: lb(c, **overrides))
    assert message in str(error.value)


@pytest.mark.parametrize("name", ["Emby Server", "emby-", "e" * 64])
def test_rejects_a_backend_name_that_is_not_a_label_value(name: str) -> None:
    emby = Backend(name=name, namespace="media", selector={"app": "emby"}, port=8096)
    with pytest.raises(ValueError) as error:
        synth(lambda c: LoadBalancedApp(c, "Emby", name="emby", address="10.10.2.30", backend=emby))
    assert str(error.value) == (
        f"test/Emby: backend.name {name!r} is not a valid label value: use at most 63 letters, digits, '-', '_' and '.', "
        "starting and ending with a letter or digit"
    )


def test_backend_name_becomes_the_service_s_name_label() -> None:
    emby = Backend(name="Emby_1.0", namespace="media", selector={"app": "emby"}, port=8096)
    service = find(
        synth(lambda c: LoadBalancedApp(c, "Emby", name="emby", address="10.10.2.30", backend=emby)), "Service", "emby"
    )
    assert service["metadata"]["labels"]["app.kubernetes.io/name"] == "Emby_1.0"
