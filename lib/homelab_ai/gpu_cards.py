"""GPU models as data: memory, the name GPU feature discovery labels nodes with, MIG profiles.

The figures come from NVIDIA's datasheets and from the sources of the NVIDIA device plugin and
MIG manager (see each card); the plan checks layouts and VRAM against them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class MigProfile:
    """One MIG instance size of a card.

    Attributes:
        compute_slices: GPU slices (the ``g`` of ``3g.20gb``); a card has ``mig_compute_slices``.
        memory_gb: Memory of the instance.
        memory_slices: Memory slices it takes, of the card's ``mig_memory_slices``.
        starts: Memory slices an instance may start at (NVIDIA's placement rules).
    """

    compute_slices: int
    memory_gb: float
    memory_slices: int
    starts: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class GpuCard:
    """A physical GPU model.

    Attributes:
        name: The model's name, for docs.
        vram_gb: Its memory.
        product: The ``nvidia.com/gpu.product`` label GPU feature discovery gives its nodes
            (NVML's name with spaces as ``-``); empty when unknown.
        mig_profiles: MIG instance sizes by profile name (``3g.20gb``); empty without MIG.
        mig_compute_slices: GPU slices a MIG layout divides.
        mig_memory_slices: Memory slices a MIG layout divides.
    """

    name: str
    vram_gb: float
    product: str = ""
    mig_profiles: Mapping[str, MigProfile] = field(default_factory=dict)
    mig_compute_slices: int = 7
    mig_memory_slices: int = 8

    def mig_layout_fits(self, layout: Mapping[str, int]) -> bool:
        """Whether MIG instances ``layout`` (profile to count) fit one card under its placement rules."""
        wanted = [self.mig_profiles[profile] for profile, count in layout.items() for _ in range(count)]
        if sum(profile.compute_slices for profile in wanted) > self.mig_compute_slices:
            return False
        # Largest first; each instance takes a run of memory slices from an allowed start.
        wanted.sort(key=lambda profile: -profile.memory_slices)
        return _place(wanted, [False] * self.mig_memory_slices)


def _place(profiles: list[MigProfile], taken: list[bool]) -> bool:
    if not profiles:
        return True
    first, rest = profiles[0], profiles[1:]
    for start in first.starts:
        span = range(start, start + first.memory_slices)
        if span.stop <= len(taken) and not any(taken[i] for i in span):
            for i in span:
                taken[i] = True
            if _place(rest, taken):
                return True
            for i in span:
                taken[i] = False
    return False


# NVIDIA datasheet: 6,144 CUDA cores, 20 GB GDDR6 ECC, 70 W (the design's 24 GB is wrong).
RTX_4000_SFF_ADA = GpuCard(name="NVIDIA RTX 4000 SFF Ada Generation", vram_gb=20, product="NVIDIA-RTX-4000-SFF-Ada-Generation")

# 24 GB GDDR6X; no MIG. MPS needs nothing card-specific from the device plugin (Volta and later).
RTX_3090 = GpuCard(name="NVIDIA GeForce RTX 3090", vram_gb=24, product="NVIDIA-GeForce-RTX-3090")

# A100 40GB (SXM4): profiles, counts and placements as in the GPU operator's default
# mig-parted config (v25.10.1, assets/state-mig-manager/0400_configmap.yaml) and go-nvml's A100
# model (start slices over 8 memory slices of 5 GB).
A100_40GB = GpuCard(
    name="NVIDIA A100-SXM4-40GB",
    vram_gb=40,
    product="NVIDIA-A100-SXM4-40GB",
    mig_profiles={
        "1g.5gb": MigProfile(compute_slices=1, memory_gb=5, memory_slices=1, starts=(0, 1, 2, 3, 4, 5, 6)),
        "1g.10gb": MigProfile(compute_slices=1, memory_gb=10, memory_slices=2, starts=(0, 2, 4, 6)),
        "2g.10gb": MigProfile(compute_slices=2, memory_gb=10, memory_slices=2, starts=(0, 2, 4)),
        "3g.20gb": MigProfile(compute_slices=3, memory_gb=20, memory_slices=4, starts=(0, 4)),
        "4g.20gb": MigProfile(compute_slices=4, memory_gb=20, memory_slices=4, starts=(0,)),
        "7g.40gb": MigProfile(compute_slices=7, memory_gb=40, memory_slices=8, starts=(0,)),
    },
)
