"""Typed cdk8s constructs for a self-hosted AI stack sharing one NVIDIA GPU.

The names below load on first use (PEP 562): ``homelab_ai.verify``'s workstation side and the
manifest readers run without starting the jsii runtime, which importing a construct does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homelab_ai import _lazy

if TYPE_CHECKING:
    from homelab_ai.ai_namespace_chart import AiNamespaceChart, BackupSettings, GpuSharing, NetworkSettings, SchedulingSettings
    from homelab_ai.apps.faster_whisper import WhisperQuantization, WhisperSettings
    from homelab_ai.apps.ollama import OllamaSettings
    from homelab_ai.apps.open_webui import EmbeddingEngine, OpenWebUiSettings
    from homelab_ai.apps.stable_diffusion import StableDiffusionSettings
    from homelab_ai.cilium_pool import LbIpPool
    from homelab_ai.cluster_plan import AddressRange, ClusterPlan, NodeCapacity, ReservedAddress
    from homelab_ai.device_plugin import DevicePluginConfig
    from homelab_ai.flux import FluxChart, FluxLayer, FluxSettings
    from homelab_ai.gpu_cards import A100_40GB, RTX_3090, RTX_4000_SFF_ADA, GpuCard, MigProfile
    from homelab_ai.gpu_nodes import Exclusive, GpuNode, Mig, Mps, TimeSlicing
    from homelab_ai.gpu_operator import GpuOperatorValues
    from homelab_ai.gpu_workload import GpuWorkload
    from homelab_ai.image_contract import Endpoint, ImageContract, Source
    from homelab_ai.jobs import GpuCheck, OllamaModelPull
    from homelab_ai.load_balanced_app import LoadBalancedApp
    from homelab_ai.longhorn_backup import Backup, LonghornBackupSchedule
    from homelab_ai.longhorn_volume import AccessMode, LonghornVolume
    from homelab_ai.network_policies import DefaultDenyIngress
    from homelab_ai.plan_figures import Combination
    from homelab_ai.publish import layout, publish, render
    from homelab_ai.resources import Resources
    from homelab_ai.routes.gateway import GatewayListener, cilium_listener, envoy_gateway_listener
    from homelab_ai.routes.https_route import HttpsRoute
    from homelab_ai.routes.open_webui_env import OpenIdConnect
    from homelab_ai.scheduling import NamespaceQuota, PriorityClasses
    from homelab_ai.synth import Synthesis, project_app, run, synthesize
    from homelab_ai.time_slicing import GpuTimeSlicing
    from homelab_ai.volumes import ConfigMapVolume, EmptyDir, ExistingClaim, Mount, SecretVolume
    from homelab_ai.vram import Vram
    from homelab_ai.waivers import Waiver
    from homelab_ai.workload import Backend, ContainerSpec, Gpu, HealthCheck, RunAs, SecretEnv, Workload, WorkloadKind

# Where each public name is defined.
_MODULES = {
    "A100_40GB": "homelab_ai.gpu_cards",
    "AccessMode": "homelab_ai.longhorn_volume",
    "AddressRange": "homelab_ai.cluster_plan",
    "AiNamespaceChart": "homelab_ai.ai_namespace_chart",
    "Backend": "homelab_ai.workload",
    "Backup": "homelab_ai.longhorn_backup",
    "BackupSettings": "homelab_ai.ai_namespace_chart",
    "ClusterPlan": "homelab_ai.cluster_plan",
    "Combination": "homelab_ai.plan_figures",
    "ConfigMapVolume": "homelab_ai.volumes",
    "ContainerSpec": "homelab_ai.workload",
    "DefaultDenyIngress": "homelab_ai.network_policies",
    "DevicePluginConfig": "homelab_ai.device_plugin",
    "EmbeddingEngine": "homelab_ai.apps.open_webui",
    "EmptyDir": "homelab_ai.volumes",
    "Endpoint": "homelab_ai.image_contract",
    "Exclusive": "homelab_ai.gpu_nodes",
    "ExistingClaim": "homelab_ai.volumes",
    "FluxChart": "homelab_ai.flux",
    "FluxLayer": "homelab_ai.flux",
    "FluxSettings": "homelab_ai.flux",
    "GatewayListener": "homelab_ai.routes.gateway",
    "Gpu": "homelab_ai.workload",
    "GpuCard": "homelab_ai.gpu_cards",
    "GpuCheck": "homelab_ai.jobs",
    "GpuNode": "homelab_ai.gpu_nodes",
    "GpuOperatorValues": "homelab_ai.gpu_operator",
    "GpuSharing": "homelab_ai.ai_namespace_chart",
    "GpuTimeSlicing": "homelab_ai.time_slicing",
    "GpuWorkload": "homelab_ai.gpu_workload",
    "HealthCheck": "homelab_ai.workload",
    "HttpsRoute": "homelab_ai.routes.https_route",
    "ImageContract": "homelab_ai.image_contract",
    "LbIpPool": "homelab_ai.cilium_pool",
    "LoadBalancedApp": "homelab_ai.load_balanced_app",
    "LonghornBackupSchedule": "homelab_ai.longhorn_backup",
    "LonghornVolume": "homelab_ai.longhorn_volume",
    "Mig": "homelab_ai.gpu_nodes",
    "MigProfile": "homelab_ai.gpu_cards",
    "Mount": "homelab_ai.volumes",
    "Mps": "homelab_ai.gpu_nodes",
    "NamespaceQuota": "homelab_ai.scheduling",
    "NetworkSettings": "homelab_ai.ai_namespace_chart",
    "NodeCapacity": "homelab_ai.cluster_plan",
    "OllamaModelPull": "homelab_ai.jobs",
    "OllamaSettings": "homelab_ai.apps.ollama",
    "OpenIdConnect": "homelab_ai.routes.open_webui_env",
    "OpenWebUiSettings": "homelab_ai.apps.open_webui",
    "PriorityClasses": "homelab_ai.scheduling",
    "RTX_3090": "homelab_ai.gpu_cards",
    "RTX_4000_SFF_ADA": "homelab_ai.gpu_cards",
    "ReservedAddress": "homelab_ai.cluster_plan",
    "Resources": "homelab_ai.resources",
    "RunAs": "homelab_ai.workload",
    "SchedulingSettings": "homelab_ai.ai_namespace_chart",
    "SecretEnv": "homelab_ai.workload",
    "SecretVolume": "homelab_ai.volumes",
    "Source": "homelab_ai.image_contract",
    "StableDiffusionSettings": "homelab_ai.apps.stable_diffusion",
    "Synthesis": "homelab_ai.synth",
    "TimeSlicing": "homelab_ai.gpu_nodes",
    "Vram": "homelab_ai.vram",
    "Waiver": "homelab_ai.waivers",
    "WhisperQuantization": "homelab_ai.apps.faster_whisper",
    "WhisperSettings": "homelab_ai.apps.faster_whisper",
    "Workload": "homelab_ai.workload",
    "WorkloadKind": "homelab_ai.workload",
    "cilium_listener": "homelab_ai.routes.gateway",
    "envoy_gateway_listener": "homelab_ai.routes.gateway",
    "layout": "homelab_ai.publish",
    "project_app": "homelab_ai.synth",
    "publish": "homelab_ai.publish",
    "render": "homelab_ai.publish",
    "run": "homelab_ai.synth",
    "synthesize": "homelab_ai.synth",
}

__all__ = [
    "A100_40GB",
    "RTX_3090",
    "RTX_4000_SFF_ADA",
    "AccessMode",
    "AddressRange",
    "AiNamespaceChart",
    "Backend",
    "Backup",
    "BackupSettings",
    "ClusterPlan",
    "Combination",
    "ConfigMapVolume",
    "ContainerSpec",
    "DefaultDenyIngress",
    "DevicePluginConfig",
    "EmbeddingEngine",
    "EmptyDir",
    "Endpoint",
    "Exclusive",
    "ExistingClaim",
    "FluxChart",
    "FluxLayer",
    "FluxSettings",
    "GatewayListener",
    "Gpu",
    "GpuCard",
    "GpuCheck",
    "GpuNode",
    "GpuOperatorValues",
    "GpuSharing",
    "GpuTimeSlicing",
    "GpuWorkload",
    "HealthCheck",
    "HttpsRoute",
    "ImageContract",
    "LbIpPool",
    "LoadBalancedApp",
    "LonghornBackupSchedule",
    "LonghornVolume",
    "Mig",
    "MigProfile",
    "Mount",
    "Mps",
    "NamespaceQuota",
    "NetworkSettings",
    "NodeCapacity",
    "OllamaModelPull",
    "OllamaSettings",
    "OpenIdConnect",
    "OpenWebUiSettings",
    "PriorityClasses",
    "ReservedAddress",
    "Resources",
    "RunAs",
    "SchedulingSettings",
    "SecretEnv",
    "SecretVolume",
    "Source",
    "StableDiffusionSettings",
    "Synthesis",
    "TimeSlicing",
    "Vram",
    "Waiver",
    "WhisperQuantization",
    "WhisperSettings",
    "Workload",
    "WorkloadKind",
    "cilium_listener",
    "envoy_gateway_listener",
    "layout",
    "project_app",
    "publish",
    "render",
    "run",
    "synthesize",
]


__getattr__, __dir__ = _lazy.exports(__name__, _MODULES)
