from __future__ import annotations

import pytest
from cdk8s import Size

from homelab_ai import AccessMode, LonghornVolume
from tests.support import find, synth


def test_claim_keeps_its_name_size_class_and_rwo_default() -> None:
    manifests = synth(lambda c: LonghornVolume(c, "Models", name="ollama-models", size=Size.gibibytes(100)))
    claim = find(manifests, "PersistentVolumeClaim", "ollama-models")
    assert claim["metadata"]["namespace"] == "ai"
    assert claim["spec"] == {
        "accessModes": ["ReadWriteOnce"],
        "storageClassName": "longhorn",
        "resources": {"requests": {"storage": "100Gi"}},
    }


def test_claim_is_never_pruned_by_flux() -> None:
    manifests = synth(lambda c: LonghornVolume(c, "Data", name="data", size=Size.gibibytes(1)))
    annotations = find(manifests, "PersistentVolumeClaim", "data")["metadata"]["annotations"]
    assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled"


def test_size_below_a_gib_is_written_in_mib() -> None:
    manifests = synth(lambda c: LonghornVolume(c, "Data", name="data", size=Size.mebibytes(512)))
    assert find(manifests, "PersistentVolumeClaim", "data")["spec"]["resources"]["requests"]["storage"] == "512Mi"


def test_access_mode_and_namespace_can_be_chosen() -> None:
    manifests = synth(
        lambda c: LonghornVolume(
            c, "Shared", name="shared", size=Size.gibibytes(5), access_mode=AccessMode.READ_WRITE_MANY, namespace="media"
        )
    )
    claim = find(manifests, "PersistentVolumeClaim", "shared")
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    assert claim["metadata"]["namespace"] == "media"


def test_construct_exposes_the_claim_as_its_resource_child() -> None:
    volume: list[LonghornVolume] = []
    synth(lambda c: volume.append(LonghornVolume(c, "Data", name="data", size=Size.gibibytes(1))))
    assert volume[0].node.default_child is volume[0].claim
    assert (volume[0].name, volume[0].size_mib, volume[0].access_mode) == ("data", 1024, AccessMode.READ_WRITE_ONCE)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "Ollama_Models"}, "test/Bad: name 'Ollama_Models' is not a valid DNS-1123 subdomain"),
        ({"name": ""}, "test/Bad: name '' is not a valid DNS-1123 subdomain"),
        ({"size": Size.gibibytes(0)}, "test/Bad: size 0 is not allowed: a volume needs at least Size.mebibytes(1)"),
        ({"size": Size.kibibytes(10)}, "test/Bad: size is not a whole number of MiB"),
        ({"size": 100}, "test/Bad: size 100 is not a cdk8s.Size: use Size.gibibytes(100)"),
        ({"storage_class": "Longhorn!"}, "test/Bad: storage_class 'Longhorn!' is not a valid DNS-1123 subdomain"),
        ({"access_mode": "ReadWriteOnce"}, "test/Bad: access_mode 'ReadWriteOnce' is not an AccessMode"),
    ],
)
def test_rejects_bad_input_naming_construct_and_prop(kwargs: dict[str, object], message: str) -> None:
    props: dict[str, object] = {"name": "data", "size": Size.gibibytes(1), **kwargs}
    with pytest.raises(ValueError) as error:
        synth(lambda c: LonghornVolume(c, "Bad", **props))  # type: ignore[arg-type]
    assert str(error.value).startswith(message)


def test_rejects_a_chart_without_namespace() -> None:
    with pytest.raises(ValueError, match="test/Data: namespace is not set and the chart has none: pass namespace="):
        synth(lambda c: LonghornVolume(c, "Data", name="data", size=Size.gibibytes(1)), namespace=None)
