"""Past one card: the design's node, an RTX 3090 shared by MPS and an A100 cut by MIG.

Three GPU nodes in one plan. The design's apps stay on their RTX 4000 SFF Ada (time-slicing,
4 slices); ComfyUI takes one of two MPS shares of an RTX 3090 (12 GB each); a 32B LLM gets a
``3g.20gb`` MIG instance of an A100 40GB. The plan checks each node's slices, MIG instances,
VRAM and capacity, writes one device plugin config with a key per sharing mode and the MIG
layout, and says which labels each node needs.

    python -m examples.two_gpu_nodes OUTDIR    # writes OUTDIR/dist and OUTDIR/docs
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from cdk8s import App, Chart, Size
from cdk8s_plus_28 import k8s
from constructs import Construct

from examples.comfyui_chart import ComfyUiChart
from homelab_ai import (
    A100_40GB,
    RTX_3090,
    RTX_4000_SFF_ADA,
    AddressRange,
    AiNamespaceChart,
    ClusterPlan,
    DefaultDenyIngress,
    Gpu,
    GpuNode,
    GpuSharing,
    GpuWorkload,
    HealthCheck,
    LonghornVolume,
    Mig,
    Mount,
    Mps,
    ReservedAddress,
    Resources,
    RunAs,
    TimeSlicing,
    Vram,
    WorkloadKind,
    run,
)
from homelab_ai.apps.ollama import CONTRACT as OLLAMA

NODES = [
    GpuNode(name="gpu-ada", card=RTX_4000_SFF_ADA, sharing=TimeSlicing(replicas=4), cpu_cores=12, memory_gib=96),
    GpuNode(name="gpu-3090", card=RTX_3090, sharing=Mps(replicas=2), cpu_cores=16, memory_gib=64),
    GpuNode(name="gpu-a100", card=A100_40GB, sharing=Mig(layout={"3g.20gb": 1, "2g.10gb": 2}), cpu_cores=32, memory_gib=256),
]


class LargeLlmChart(Chart):
    """A second Ollama for a 32B model, alone on a MIG instance of the A100.

    Attributes:
        ollama: The GPU workload.
    """

    def __init__(self, scope: Construct, id: str, *, namespace: str = "llm") -> None:
        """Creates the namespace, its default deny, the model volume and Ollama.

        Args:
            scope: The App.
            id: The chart id (its folder in dist/).
            namespace: Where it runs.
        """
        super().__init__(scope, id, namespace=namespace, disable_resource_name_hashes=True)
        k8s.KubeNamespace(
            Chart(self, "cluster", disable_resource_name_hashes=True), "Namespace", metadata=k8s.ObjectMeta(name=namespace)
        )
        DefaultDenyIngress(self, "DefaultDeny")
        models = LonghornVolume(self, "Models", name="ollama-large-models", size=Size.gibibytes(100))
        self.ollama = GpuWorkload(
            self,
            "Ollama",
            name="ollama-large",
            image=OLLAMA.image,
            port=OLLAMA.port,
            kind=WorkloadKind.STATEFUL_SET,
            gpu=Gpu(mig_profile="3g.20gb"),
            vram=Vram(min_gb=17, max_gb=20, basis="Ollama Q4 model of 32B parameters"),
            resources=Resources(cpu_request=4, cpu_limit=8, memory_request=Size.gibibytes(24), memory_limit=Size.gibibytes(32)),
            health=HealthCheck(path="/", startup_budget_seconds=300),
            run_as=RunAs(),
            read_only_root_filesystem=True,
            writable_paths=["/tmp"],
            mounts=[Mount(path="/home/ollama/.ollama", volume=models)],
            env={"HOME": "/home/ollama", "OLLAMA_KEEP_ALIVE": "30m"},
        )
        self.ollama.add_cluster_service()


def build(app: App) -> None:
    """The three-node plan with the design's namespace, ComfyUI and the large LLM."""
    ClusterPlan(
        app,
        lb_pools=[AddressRange(start="10.10.2.20", stop="10.10.2.40")],
        reserved=[ReservedAddress(address="10.10.2.30", owner="media/emby", note="Emby media server")],
        nodes=NODES,
    )
    # The design's apps keep to the design's card.
    AiNamespaceChart(app, "ai", gpu_sharing=GpuSharing(gpu=Gpu(card=RTX_4000_SFF_ADA)))
    ComfyUiChart(app, "comfyui", address="10.10.2.28", gpu=Gpu(card=RTX_3090))
    LargeLlmChart(app, "llm")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m examples.two_gpu_nodes OUTDIR")
    sys.exit(run(build, root=Path(sys.argv[1]), project="two-gpu-nodes-example"))
