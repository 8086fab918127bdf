"""Typed cdk8s constructs for a self-hosted AI stack sharing one NVIDIA GPU."""

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
