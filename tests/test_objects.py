"""Plain-JSON objects render what the L1 classes of cdk8s-plus-28 render, and take escape hatches."""

from __future__ import annotations

from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch
from cdk8s_plus_28 import k8s

from homelab_ai import LoadBalancedApp
from homelab_ai._objects import kind_of, plain_object
from homelab_ai.workload import Backend


def test_plain_object_renders_like_the_l1_class() -> None:
    chart = Chart(App(), "c", namespace="ns")
    labels = {"z": "1", "a": "2"}
    plain = plain_object(
        chart,
        "Plain",
        api_version="v1",
        kind="Service",
        metadata=ApiObjectMetadata(name="web", labels=labels),
        body={
            "spec": {
                "type": "ClusterIP",
                "selector": {"b": "x", "a": "y"},
                "loadBalancerSourceRanges": None,
                "ports": [{"protocol": "TCP", "name": "http", "port": 80, "targetPort": 8080, "appProtocol": None}],
            }
        },
    )
    l1 = k8s.KubeService(
        chart,
        "L1",
        metadata=k8s.ObjectMeta(name="web", labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector={"b": "x", "a": "y"},
            ports=[k8s.ServicePort(protocol="TCP", name="http", port=80, target_port=k8s.IntOrString.from_number(8080))],
        ),
    )
    rendered = plain.to_json()
    expected = l1.to_json()
    assert rendered == expected
    # The same key order too: dist/ is written in the order the objects render.
    assert list(rendered["spec"]) == list(expected["spec"]) and list(rendered["spec"]["ports"][0]) == list(
        expected["spec"]["ports"][0]
    )
    assert kind_of(plain) == "Service"


def test_plain_object_takes_top_level_fields_besides_spec() -> None:
    chart = Chart(App(), "c")
    body = {"value": 100, "preemptionPolicy": "Never", "description": "batch"}
    plain = plain_object(
        chart, "Plain", api_version="scheduling.k8s.io/v1", kind="PriorityClass", metadata=ApiObjectMetadata(name="b"), body=body
    )
    l1 = k8s.KubePriorityClass(
        chart, "L1", metadata=k8s.ObjectMeta(name="b"), value=100, preemption_policy="Never", description="batch"
    )
    assert plain.to_json() == l1.to_json()
    assert list(plain.to_json()) == list(l1.to_json())


def test_escape_hatch_patches_a_library_service() -> None:
    chart = Chart(App(), "c", namespace="ai")
    app = LoadBalancedApp(
        chart,
        "Web",
        name="web",
        address="10.10.2.21",
        backend=Backend(name="web", namespace="ai", selector={"app": "web"}, port=8080),
    )
    ApiObject.of(app).add_json_patch(JsonPatch.replace("/spec/ports/0/port", 8443))
    assert app.service.to_json()["spec"]["ports"][0]["port"] == 8443
