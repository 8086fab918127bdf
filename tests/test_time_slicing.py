from __future__ import annotations

import pytest

from homelab_ai import GpuTimeSlicing, _yaml
from tests.support import find, synth


def test_config_map_reproduces_the_design() -> None:
    config_map = find(synth(lambda c: GpuTimeSlicing(c, "TimeSlicing")), "ConfigMap", "time-slicing-config")
    assert config_map["metadata"]["namespace"] == "gpu-operator"
    assert _yaml.load(config_map["data"]["any"]) == {
        "version": "v1",
        "flags": {"migStrategy": "none"},
        "sharing": {
            "timeSlicing": {
                "renameByDefault": False,
                "failRequestsGreaterThanOne": False,
                "resources": [{"name": "nvidia.com/gpu", "replicas": 4}],
            }
        },
    }


def test_renaming_changes_the_resource_pods_request() -> None:
    slicing: list[GpuTimeSlicing] = []
    synth(lambda c: slicing.append(GpuTimeSlicing(c, "TimeSlicing", replicas=8, rename_by_default=True)))
    assert slicing[0].resource == "nvidia.com/gpu.shared"
    assert slicing[0].replicas == 8


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"replicas": 0}, "test/TimeSlicing: replicas 0 is not allowed: use a whole number of at least 2"),
        ({"replicas": -4}, "test/TimeSlicing: replicas -4 is not allowed"),
        ({"name": "Time Slicing"}, "test/TimeSlicing: name 'Time Slicing' is not a valid DNS-1123 subdomain"),
        ({"config_key": "a/b"}, "test/TimeSlicing: config_key 'a/b' is not a valid ConfigMap key"),
        ({"namespace": "GPU"}, "test/TimeSlicing: namespace 'GPU' is not a valid DNS-1123 label"),
    ],
)
def test_rejects_bad_input(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: GpuTimeSlicing(c, "TimeSlicing", **kwargs))  # type: ignore[arg-type]
    assert message in str(error.value)
