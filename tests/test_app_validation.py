"""Plain ``app.synth()`` (what ``cdk8s synth`` runs in any project) refuses what ``make synth`` refuses.

The checks read the rendered manifests of every object in the App, so objects built with
cdk8s-plus, the L1 classes or raw ApiObjects are held to the same plan and policy.
"""

from __future__ import annotations

from pathlib import Path

import cdk8s_plus_28 as kplus
import pytest
from cdk8s import ApiObject, App, Chart, JsonPatch
from cdk8s_plus_28 import k8s

from homelab_ai import AddressRange, AiNamespaceChart, ClusterPlan, ReservedAddress
from tests.support import l1_gpu_deployment


def design_app(outdir: Path) -> tuple[App, Chart]:
    app = App(outdir=str(outdir))
    ClusterPlan(
        app,
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby")],
    )
    AiNamespaceChart(app, "ai")
    return app, Chart(app, "extra", namespace="ai", disable_resource_name_hashes=True)


def plus_deployment(chart: Chart, name: str, *, image: str = "ghcr.io/example/comfyui:1.2.3") -> kplus.Deployment:
    deployment = kplus.Deployment(
        chart,
        name.title(),
        metadata={"name": name},
        replicas=1,
        strategy=kplus.DeploymentStrategy.recreate(),
        security_context=kplus.PodSecurityContextProps(ensure_non_root=False),
        automount_service_account_token=False,
        containers=[
            kplus.ContainerProps(
                name=name,
                image=image,
                port_number=8188,
                security_context=kplus.ContainerSecurityContextProps(ensure_non_root=False),
            )
        ],
    )
    container = "/spec/template/spec/containers/0"
    # cdk8s-plus has no prop for dropped capabilities: the hardening the policy asks for, patched in.
    ApiObject.of(deployment).add_json_patch(JsonPatch.add(f"{container}/securityContext/capabilities", {"drop": ["ALL"]}))
    return deployment


def synth_error(app: App) -> str:
    with pytest.raises(RuntimeError) as caught:
        app.synth()
    return str(caught.value)


def test_the_design_app_synthesizes_plainly(tmp_path: Path) -> None:
    app, _ = design_app(tmp_path)
    app.synth()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "0000-ai-cluster-c8685e47.k8s.yaml",
        "0001-ai.k8s.yaml",
        "0002-extra.k8s.yaml",
    ]


def test_a_cdk8s_plus_deployment_is_counted_against_the_gpu_slices(tmp_path: Path) -> None:
    app, extra = design_app(tmp_path)
    l1_gpu_deployment(extra, "comfyui", gpus=2)
    lines = synth_error(app).splitlines()
    assert lines[0] == "Error: Validation failed with the following errors:"
    assert lines[1] == (
        "  [ClusterPlan] ai/cluster/TimeSlicing: gpu_sharing.time_slicing_replicas 4 on 1 GPU give 4 slices, but 5 are "
        "requested (ai/Ollama 1, ai/FasterWhisper 1, ai/StableDiffusion 1, extra/Comfyui 2): "
        "raise it to 5, add a GPU, or run fewer GPU apps"
    )


def test_a_cdk8s_plus_load_balancer_cannot_take_a_taken_address(tmp_path: Path) -> None:
    app, extra = design_app(tmp_path)
    kplus.Service(
        extra,
        "Comfy",
        metadata={"name": "comfy", "annotations": {"lbipam.cilium.io/ips": "10.10.2.25"}},
        type=kplus.ServiceType.LOAD_BALANCER,
        selector=plus_deployment(extra, "comfyui"),
        ports=[kplus.ServicePort(port=80, target_port=8188)],
    )
    message = synth_error(app)
    assert "[ClusterPlan] extra/Comfy: address 10.10.2.25 is already taken by ai/OpenWebUiService" in message


def test_an_l1_service_on_a_reserved_address_is_refused(tmp_path: Path) -> None:
    app, extra = design_app(tmp_path)
    k8s.KubeService(
        extra,
        "Jellyfin",
        metadata=k8s.ObjectMeta(name="jellyfin", annotations={"io.cilium/lb-ipam-ips": "10.10.2.30"}),
        spec=k8s.ServiceSpec(type="LoadBalancer", selector={"app": "jellyfin"}, ports=[k8s.ServicePort(port=8096)]),
    )
    assert "extra/Jellyfin: address 10.10.2.30 is reserved for media/emby" in synth_error(app)


def test_policy_runs_in_plain_synth_too(tmp_path: Path) -> None:
    app, extra = design_app(tmp_path)
    plus_deployment(extra, "comfyui", image="ghcr.io/example/comfyui:latest")
    assert "extra/Comfyui: container comfyui image 'ghcr.io/example/comfyui:latest' uses a floating tag" in (synth_error(app))


def test_a_patch_that_adds_a_floating_tag_is_seen(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    chart = AiNamespaceChart(app, "ai")
    chart.ollama.controller.add_json_patch(JsonPatch.replace("/spec/template/spec/containers/0/image", "ollama/ollama:latest"))
    assert "ai/Ollama: container ollama image 'ollama/ollama:latest' uses a floating tag: pin a version" in synth_error(app)


def test_a_duplicate_name_from_another_chart_is_refused(tmp_path: Path) -> None:
    app, extra = design_app(tmp_path)
    k8s.KubePersistentVolumeClaim(
        extra,
        "Models",
        metadata=k8s.ObjectMeta(name="ollama-models"),
        spec=k8s.PersistentVolumeClaimSpec(access_modes=["ReadWriteOnce"]),
    )
    assert (
        "extra/Models: name 'ollama-models' is already used by ai/OllamaModels for a PersistentVolumeClaim in namespace ai"
    ) in synth_error(app)
