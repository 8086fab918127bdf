"""Typed cdk8s constructs for a self-hosted AI stack sharing one NVIDIA GPU."""

from homelab_ai.ai_namespace_chart import (
    AiNamespaceChart,
    GpuSharing,
    OllamaSettings,
    OpenWebUiSettings,
    StableDiffusionSettings,
    WhisperQuantization,
    WhisperSettings,
)
from homelab_ai.cluster_plan import AddressRange, ClusterPlan, Combination, NodeCapacity, ReservedAddress
from homelab_ai.gpu_workload import GpuWorkload
from homelab_ai.load_balanced_app import LoadBalancedApp
from homelab_ai.longhorn_volume import AccessMode, LonghornVolume
from homelab_ai.publish import layout, publish, render
from homelab_ai.resources import Resources
from homelab_ai.time_slicing import GpuTimeSlicing
from homelab_ai.vram import RTX_4000_SFF_ADA, GpuCard, Vram
from homelab_ai.workload import Backend, Gpu, HealthCheck, SecretEnv, Workload, WorkloadKind

__all__ = [
    "RTX_4000_SFF_ADA",
    "AccessMode",
    "AddressRange",
    "AiNamespaceChart",
    "Backend",
    "ClusterPlan",
    "Combination",
    "Gpu",
    "GpuCard",
    "GpuSharing",
    "GpuTimeSlicing",
    "GpuWorkload",
    "HealthCheck",
    "LoadBalancedApp",
    "LonghornVolume",
    "NodeCapacity",
    "OllamaSettings",
    "OpenWebUiSettings",
    "ReservedAddress",
    "Resources",
    "SecretEnv",
    "StableDiffusionSettings",
    "Vram",
    "WhisperQuantization",
    "WhisperSettings",
    "Workload",
    "WorkloadKind",
    "layout",
    "publish",
    "render",
]
