"""A chart of your own beside AiNamespaceChart: ComfyUI on the fourth GPU slice.

Built only from the public API, as a project that installed the package would: a GPU workload
whose config comes from a ConfigMap, a second container port served by a sidecar (a gallery of
the outputs) and two LoadBalancer Services sharing one address. The App's ClusterPlan checks it
with the design's apps: GPU slices, VRAM, the address plan, names and the hardening policy.

Pin the image you run, and read its contract first (entrypoint, port, user, writable paths,
where models go): ``COMFYUI_IMAGE`` below is a placeholder for yours.

    python -m examples.comfyui_chart OUTDIR    # writes OUTDIR/dist and OUTDIR/docs
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import yaml
from cdk8s import App, Chart, Size
from cdk8s_plus_28 import k8s
from constructs import Construct

from homelab_ai import (
    AddressRange,
    AiNamespaceChart,
    ClusterPlan,
    ConfigMapVolume,
    ContainerSpec,
    DefaultDenyIngress,
    EmptyDir,
    Gpu,
    GpuWorkload,
    HealthCheck,
    LoadBalancedApp,
    LonghornVolume,
    Mount,
    ReservedAddress,
    Resources,
    Vram,
    run,
)

COMFYUI_IMAGE = "registry.example.internal/comfyui:0.3.10"
GALLERY_IMAGE = "nginxinc/nginx-unprivileged:1.27.3-alpine"
# Where the image keeps ComfyUI; models and outputs live on the volume instead.
COMFYUI_HOME = "/opt/comfyui"


class ComfyUiChart(Chart):
    """ComfyUI with its models and outputs on Longhorn, reachable at one LB-IPAM address.

    Attributes:
        comfyui: The GPU workload.
        ui: The Service for the web UI (port 80).
        gallery: The Service for the outputs gallery (port 8080, same address).
    """

    def __init__(self, scope: Construct, id: str, *, address: str, namespace: str = "comfyui", gpu: Gpu = Gpu()) -> None:
        """Creates the namespace's objects.

        Args:
            scope: The App.
            id: The chart id (its folder in dist/).
            address: The LB-IPAM address both Services share.
            namespace: Where ComfyUI runs; created by the chart, in its own layer.
            gpu: The GPU it needs (a card, a share); defaults to one slice of any GPU node.
        """
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        # The Namespace is cluster-scoped: a nested chart without a namespace holds it.
        k8s.KubeNamespace(
            Chart(self, "cluster", disable_resource_name_hashes=True), "Namespace", metadata=k8s.ObjectMeta(name=namespace)
        )
        DefaultDenyIngress(self, "DefaultDeny")
        # ComfyUI reads extra model folders from this file: the config lives in code, in git.
        paths = {"homelab": {"base_path": "/data", "checkpoints": "models/checkpoints", "loras": "models/loras"}}
        k8s.KubeConfigMap(
            self, "Config", metadata=k8s.ObjectMeta(name="comfyui-config"), data={"extra_model_paths.yaml": yaml.safe_dump(paths)}
        )
        data = LonghornVolume(self, "Data", name="comfyui-data", size=Size.gibibytes(200))
        self.comfyui = GpuWorkload(
            self,
            "ComfyUi",
            name="comfyui",
            image=COMFYUI_IMAGE,
            port=8188,
            ports={"gallery": 8080},
            gpu=gpu,
            resources=Resources(cpu_request=2, cpu_limit=6, memory_request=Size.gibibytes(8), memory_limit=Size.gibibytes(16)),
            vram=Vram(min_gb=6, max_gb=10, basis="SDXL in ComfyUI with --lowvram"),
            health=HealthCheck(path="/", startup_budget_seconds=900),
            args=["--listen", "0.0.0.0", "--port", "8188", "--output-directory", "/data/output", "--lowvram"],
            mounts=[
                Mount(path="/data", volume=data),
                Mount(
                    path=f"{COMFYUI_HOME}/extra_model_paths.yaml",
                    volume=ConfigMapVolume(config_map="comfyui-config"),
                    sub_path="extra_model_paths.yaml",
                    read_only=True,
                ),
            ],
            sidecars=[
                # The gallery serves the outputs read-only on the pod's second port: the image
                # runs nginx as uid 101 on 8080 and writes only its pid and temp files to /tmp.
                ContainerSpec(
                    name="gallery",
                    image=GALLERY_IMAGE,
                    resources=Resources(
                        cpu_request=0.05, cpu_limit=0.2, memory_request=Size.mebibytes(32), memory_limit=Size.mebibytes(64)
                    ),
                    mounts=(
                        Mount(path="/usr/share/nginx/html", volume=data, sub_path="output", read_only=True),
                        Mount(path="/tmp", volume=EmptyDir(size_limit=Size.mebibytes(64))),
                    ),
                ),
            ],
        )
        self.ui = LoadBalancedApp(
            self,
            "Ui",
            name="comfyui",
            address=address,
            backend=self.comfyui.backend,
            sharing_key="comfyui",
            description="ComfyUI",
        )
        self.gallery = LoadBalancedApp(
            self,
            "Gallery",
            name="comfyui-gallery",
            address=address,
            port=8080,
            backend=self.comfyui.backend_for("gallery"),
            sharing_key="comfyui",
            description="ComfyUI outputs",
        )


def build(app: App) -> None:
    """The design's namespace and ComfyUI in one App: one address plan, one GPU budget."""
    ClusterPlan(
        app,
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
    )
    AiNamespaceChart(app, "ai")
    ComfyUiChart(app, "comfyui", address="10.10.2.28")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m examples.comfyui_chart OUTDIR")
    sys.exit(run(build, root=Path(sys.argv[1]), project="comfyui-example"))
