"""Speed figures for homelab-ai (`make bench`): prints them and exits 1 when a target is missed.

Targets live here, never in timed tests. The figures are wall time on this machine: run it on a
quiet one.

1. Whole-chart synth: `python main.py` (which rewrites dist/ and docs/) takes at most 1.3x the
   jsii runtime's start with the cdk8s-plus-28 assembly users' charts load, `python -c "import
   cdk8s_plus_28"`: the median of the ratios of paired runs. (The library itself never loads that
   assembly: see lib/homelab_ai/_objects.py.)
2. Scale: N GpuWorkloads, each behind a LoadBalancedApp, built and rendered with
   `homelab_ai.render(app)` (every chart synthesized, then the ClusterPlan and the policy run
   over every manifest), timed in one process after the imports. N = 200 takes under 3 s, and
   time grows linearly over N = 20, 100, 200: an added workload costs at most 1.5x as much from
   100 to 200 as from 20 to 100 (a quadratic check would cost 2.5x).
3. Nodes: with 50 GPU nodes declared and 500 GPU workloads pinned to them, the plan's and the
   policy's checks (reading every manifest, placing every pod on its node) take under 1 s.
4. The suite: `make test` (ruff, mypy, checkov, pytest) on a warm clone takes under 60 s of wall
   time: a first run warms it (mypy's and pytest's caches, byte code), the second is timed.
   It takes minutes; `--no-suite` leaves it out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1"}

SYNTH_RATIO_TARGET = 1.3
SCALE_SIZES = (20, 100, 200)
SCALE_TARGET_SECONDS = 3.0
LINEAR_TOLERANCE = 1.5
NODES, NODE_WORKLOADS, NODE_CHECKS_TARGET_SECONDS = 50, 500, 1.0
SUITE_TARGET_SECONDS = 60.0

NODES_PROGRAM = """
import json, sys, time
from cdk8s import App, Chart, Size
from homelab_ai import (ClusterPlan, DefaultDenyIngress, Gpu, GpuNode, GpuWorkload, HealthCheck, Resources, TimeSlicing,
                        Vram)
nodes, count = int(sys.argv[1]), int(sys.argv[2])
app = App()
plan = ClusterPlan(app, nodes=[GpuNode(name=f"gpu-{i}", sharing=TimeSlicing(replicas=count // nodes), cpu_cores=64,
                                       memory_gib=256) for i in range(nodes)])
chart = Chart(app, "scale", namespace="scale", disable_resource_name_hashes=True)
DefaultDenyIngress(chart, "DefaultDeny")
vram = Vram(min_gb=1, max_gb=2, basis="synthetic")
resources = Resources(cpu_request=0.1, cpu_limit=0.2, memory_request=Size.mebibytes(128), memory_limit=Size.mebibytes(256))
for index in range(count):
    GpuWorkload(chart, f"App{index}", name=f"app-{index}", image="ghcr.io/example/app:1.0.0", port=8080, resources=resources,
                health=HealthCheck(path="/health"), vram=vram,
                gpu=Gpu(node_selector={"kubernetes.io/hostname": f"gpu-{index % nodes}"}))
charts = plan.render()
begin = time.perf_counter()
problems = plan.problems(charts)
checks = time.perf_counter() - begin
assert problems == [], problems[:3]
print(json.dumps({"checks": checks, "manifests": sum(len(m) for m in charts.values())}))
"""

SCALE_PROGRAM = """
import json, sys, time
started = time.perf_counter()
from cdk8s import App, Chart, Size
from homelab_ai import (ClusterPlan, DefaultDenyIngress, GpuTimeSlicing, GpuWorkload, HealthCheck, LoadBalancedApp,
                        NodeCapacity, Resources, Vram, render)
imported = time.perf_counter()
count = int(sys.argv[1])
# How much of render() the plan's and the policy's checks take, measured where they run.
checks = [0.0]
problems = ClusterPlan.problems
def timed_problems(self, charts):
    begin = time.perf_counter()
    try:
        return problems(self, charts)
    finally:
        checks[0] += time.perf_counter() - begin
ClusterPlan.problems = timed_problems
begin = time.perf_counter()
app = App()
# Capacity for the synthetic load, so every check runs in full and passes.
ClusterPlan(app, gpus=count, node_capacity=NodeCapacity(cpu_cores=count, memory_gib=count))
chart = Chart(app, "scale", namespace="scale", disable_resource_name_hashes=True)
GpuTimeSlicing(chart, "TimeSlicing", namespace="scale")
# The policy refuses pods in a namespace that does not deny ingress by default.
DefaultDenyIngress(chart, "DefaultDeny")
vram = Vram(min_gb=1, max_gb=2, basis="synthetic")
resources = Resources(cpu_request=0.1, cpu_limit=0.2, memory_request=Size.mebibytes(128), memory_limit=Size.mebibytes(256))
for index in range(count):
    workload = GpuWorkload(chart, f"App{index}", name=f"app-{index}", image="ghcr.io/example/app:1.0.0", port=8080,
                           resources=resources, health=HealthCheck(path="/health"), vram=vram)
    LoadBalancedApp(chart, f"App{index}Service", name=f"app-{index}", address=f"10.20.{index // 250}.{index % 250 + 1}",
                    backend=workload.backend)
built = time.perf_counter()
charts = render(app)
finished = time.perf_counter()
manifests = [m for folder in charts.values() for m in folder]
deployments = sum(m["kind"] == "Deployment" for m in manifests)
balancers = sum(m["kind"] == "Service" and m["spec"].get("type") == "LoadBalancer" for m in manifests)
assert (deployments, balancers) == (count, count), (deployments, balancers)
print(json.dumps({"import": imported - started, "build": built - begin, "render": finished - built,
                  "checks": checks[0], "manifests": len(manifests)}))
"""


def measured(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system, Node's runtime included) and stdout of one run.

    Raises:
        SystemExit: the command failed; its stderr is shown.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        shown = " ".join(command) if len(" ".join(command)) < 200 else f"{command[0]} {command[1]} ..."
        raise SystemExit(f"bench: `{shown}` failed (exit {result.returncode}):\n{result.stderr.strip()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def synth_ratio(pairs: int) -> bool:
    """Target 1; whether it is met."""
    # The baseline's modules come byte-compiled from pip; compile ours the same way (make synth
    # does too), since PYTHONDONTWRITEBYTECODE may keep Python from caching them itself.
    measured([PYTHON, "-m", "compileall", "-q", "lib", "imports"])
    baseline_command = [PYTHON, "-c", "import cdk8s_plus_28"]
    synth_command = [PYTHON, "main.py"]
    measured(baseline_command)  # warm the file cache once
    measured(synth_command)
    baseline, synth, ratios, cpu_ratios = [], [], [], []
    for _ in range(pairs):
        base, base_cpu, _ = measured(baseline_command)
        full, full_cpu, _ = measured(synth_command)
        baseline.append(base)
        synth.append(full)
        ratios.append(full / base)
        cpu_ratios.append(full_cpu / base_cpu)
    ratio = statistics.median(ratios)
    met = ratio <= SYNTH_RATIO_TARGET
    print("1. whole-chart synth against the jsii runtime's start (median of paired runs)")
    print(f"   pairs:                        {pairs}")
    print(f"   python -c 'import cdk8s_plus_28': {statistics.median(baseline):.3f} s")
    print(f"   python main.py:               {statistics.median(synth):.3f} s")
    if pairs >= 2:
        quartiles = statistics.quantiles(ratios, n=4)
        print(f"   ratio quartiles:              {quartiles[0]:.2f}x - {quartiles[2]:.2f}x (wall time)")
    print(f"   CPU-time ratio:               {statistics.median(cpu_ratios):.2f}x (user + system, Node included)")
    print(f"   ratio (median):               {ratio:.2f}x   target <= {SYNTH_RATIO_TARGET:.2f}x: {verdict(met)}")
    return met


def scale(runs: int) -> bool:
    """Target 2; whether it is met."""
    print(f"2. N GpuWorkloads behind LoadBalancedApps: build + render(app) in one process (median of {runs} runs)")
    samples: dict[int, list[dict[str, float]]] = {count: [] for count in SCALE_SIZES}
    for _ in range(runs):
        for count in SCALE_SIZES:  # interleaved, so drift in the machine's load hits every size alike
            _, _, output = measured([PYTHON, "-c", SCALE_PROGRAM, str(count)])
            samples[count].append(json.loads(output))
    totals: dict[int, float] = {}
    for count, runs_of_size in samples.items():
        total = statistics.median(run["build"] + run["render"] for run in runs_of_size)
        totals[count] = total
        build = statistics.median(run["build"] for run in runs_of_size)
        render = statistics.median(run["render"] for run in runs_of_size)
        checks = statistics.median(run["checks"] for run in runs_of_size)
        imports = statistics.median(run["import"] for run in runs_of_size)
        print(
            f"   N={count:>3}: {total:.3f} s ({1000 * total / count:.1f} ms per workload): build {build:.3f} s, "
            f"render {render:.3f} s, of which the plan's and the policy's checks {checks:.3f} s; "
            f"{int(runs_of_size[0]['manifests'])} manifests; imports and jsii start {imports:.3f} s before"
        )
    low, middle, high = SCALE_SIZES
    first = (totals[middle] - totals[low]) / (middle - low)
    second = (totals[high] - totals[middle]) / (high - middle)
    growth = second / first if first > 0 else float("inf")
    fast = totals[high] < SCALE_TARGET_SECONDS
    linear = growth <= LINEAR_TOLERANCE
    print(f"   N={high} under {SCALE_TARGET_SECONDS:g} s: {totals[high]:.3f} s: {verdict(fast)}")
    print(
        f"   linear growth: an added workload costs {1000 * first:.1f} ms from {low} to {middle}, "
        f"{1000 * second:.1f} ms from {middle} to {high}: {growth:.2f}x, target <= {LINEAR_TOLERANCE:g}x: {verdict(linear)}"
    )
    return fast and linear


def node_checks(runs: int) -> bool:
    """Target 3; whether it is met."""
    print(f"3. {NODES} GPU nodes, {NODE_WORKLOADS} GPU workloads pinned to them: the checks alone (median of {runs} runs)")
    samples = [json.loads(measured([PYTHON, "-c", NODES_PROGRAM, str(NODES), str(NODE_WORKLOADS)])[2]) for _ in range(runs)]
    checks: float = statistics.median(float(sample["checks"]) for sample in samples)
    met = checks < NODE_CHECKS_TARGET_SECONDS
    target = f"target < {NODE_CHECKS_TARGET_SECONDS:g} s"
    print(f"   {int(samples[0]['manifests'])} manifests: checks {checks:.3f} s, {target}: {verdict(met)}")
    return met


def suite() -> bool:
    """Target 4; whether it is met."""
    make = os.environ.get("MAKE", "make")
    print("4. `make test` on a warm clone: a first run warms it, the second is timed")
    measured([make, "--no-print-directory", "test"])
    wall, cpu, _ = measured([make, "--no-print-directory", "test"])
    met = wall < SUITE_TARGET_SECONDS
    cores = len(os.sched_getaffinity(0))
    print(f"   {wall:.1f} s wall, {cpu:.1f} s CPU (user + system) on {cores} cores")
    print(f"   target < {SUITE_TARGET_SECONDS:g} s: {verdict(met)}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=15, help="paired runs for the synth ratio (default 15)")
    parser.add_argument("--runs", type=int, default=5, help="runs per size for the scale figures (default 5)")
    parser.add_argument(
        "--suite", action=argparse.BooleanOptionalAction, default=True, help="time `make test` too (default: yes)"
    )
    arguments = parser.parse_args()
    if arguments.pairs < 1 or arguments.runs < 1:
        parser.error("--pairs and --runs take at least 1")
    results = {
        "synth ratio": synth_ratio(arguments.pairs),
        "scale": scale(arguments.runs),
        "node checks": node_checks(max(1, arguments.runs // 2)),
    }
    if arguments.suite:
        results["make test"] = suite()
    missed = [name for name, met in results.items() if not met]
    print(f"targets missed: {', '.join(missed)}" if missed else "all targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
