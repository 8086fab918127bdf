"""Speed figures for homelab-ai (`make bench`). Targets live here, never in timed tests.

1. Whole-chart synth (`python main.py`) against the jsii runtime's start
   (`python -c "import cdk8s_plus_28"`): median of paired runs; target at most 1.5x, aim 1.3x.
2. A chart of N GpuWorkloads, each behind a LoadBalancedApp, for N = 20 and 200: build and
   render time in one process; target under 3 s for 200, growing linearly. The ClusterPlan's
   chart-wide checks must add less than 10% to it.
3. `make test` on a warm machine; target under 60 s.
"""

from __future__ import annotations

import argparse
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

SCALE_PROGRAM = """
import sys, time
started = time.perf_counter()
from cdk8s import App, Chart, Size
from homelab_ai import (ClusterPlan, DefaultDenyIngress, GpuTimeSlicing, GpuWorkload, HealthCheck, LoadBalancedApp,
                        NodeCapacity, Resources, Vram, layout, render)
imported = time.perf_counter()
count = int(sys.argv[1])
PLAN_METHODS = ("register_name", "register_workload", "register_load_balanced_app", "register_time_slicing", "errors")
spent = [0.0]
if sys.argv[2] == "off":
    # The same synth without the plan: nothing registered, nothing checked.
    for method in PLAN_METHODS:
        setattr(ClusterPlan, method, lambda self, *args: [])
else:
    # Time spent inside the plan (registrations and checks), measured where it happens.
    def timed(method):
        def wrapper(*args):
            begin = time.perf_counter()
            try:
                return method(*args)
            finally:
                spent[0] += time.perf_counter() - begin
        return wrapper
    for method in PLAN_METHODS:
        setattr(ClusterPlan, method, timed(getattr(ClusterPlan, method)))
    ClusterPlan.of = staticmethod(timed(ClusterPlan.of))
app = App()
# Capacity for the synthetic load, so the plan's checks run in full and pass.
ClusterPlan(app, gpus=count, node_capacity=NodeCapacity(cpu_cores=count, memory_gib=count))
chart = Chart(app, "scale", namespace="scale", disable_resource_name_hashes=True)
GpuTimeSlicing(chart, "TimeSlicing", namespace="scale")
DefaultDenyIngress(chart, "DefaultDeny")
vram = Vram(min_gb=1, max_gb=2, basis="synthetic")
resources = Resources(cpu_request=0.1, cpu_limit=0.2, memory_request=Size.mebibytes(128), memory_limit=Size.mebibytes(256))
for index in range(count):
    workload = GpuWorkload(chart, f"App{index}", name=f"app-{index}", image="ghcr.io/example/app:1.0.0", port=8080,
                           resources=resources, health=HealthCheck(path="/health"), vram=vram)
    LoadBalancedApp(chart, f"App{index}Service", name=f"app-{index}", address=f"10.20.{index // 250}.{index % 250 + 1}",
                    backend=workload.backend)
plan = ClusterPlan.of(app)
assert plan.errors() == [], plan.errors()[:3]
assert sys.argv[2] == "off" or len(plan.workloads) == count
files = layout(render(app))
finished = time.perf_counter()
# Per workload: controller, Service, its allow policy; plus slicing, default deny, kustomizations.
assert len(files) == 3 * count + 4, len(files)
print(f"{imported - started:.4f} {finished - imported:.4f} {spent[0]:.4f}")
"""


def timed(command: list[str], cwd: Path = ROOT) -> float:
    return measured(command, cwd)[0]


def measured(command: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, Node's runtime included) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def synth_ratio(pairs: int) -> None:
    # The baseline's modules come byte-compiled from pip; compile ours the same way (make synth
    # does too), since PYTHONDONTWRITEBYTECODE may keep Python from caching them itself.
    subprocess.run([PYTHON, "-m", "compileall", "-q", "lib", "imports"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    baseline_command = [PYTHON, "-c", "import cdk8s_plus_28"]
    synth_command = [PYTHON, "main.py"]
    timed(baseline_command)  # warm the file cache once
    baseline, synth, ratios, cpu_ratios = [], [], [], []
    for _ in range(pairs):
        base, base_cpu = measured(baseline_command)
        full, full_cpu = measured(synth_command)
        baseline.append(base)
        synth.append(full)
        ratios.append(full / base)
        cpu_ratios.append(full_cpu / base_cpu)
    quartiles = statistics.quantiles(ratios, n=4)
    print("1. whole-chart synth vs jsii start (median of paired runs)")
    print(f"   pairs:             {pairs}")
    print(f"   jsii start:        {statistics.median(baseline):.3f} s")
    print(f"   python main.py:    {statistics.median(synth):.3f} s")
    print(f"   ratio (median):    {statistics.median(ratios):.2f}x   target <= 1.50x, aim 1.30x")
    print(f"   ratio quartiles:   {quartiles[0]:.2f}x - {quartiles[2]:.2f}x (wall time; this machine's load varies)")
    print(f"   CPU-time ratio:    {statistics.median(cpu_ratios):.2f}x (user + system, Node included)")


def scale_run(count: int, plan: str) -> tuple[float, float, float]:
    """Build + render seconds, the seconds of it spent inside the ClusterPlan, and the whole process."""
    started = time.perf_counter()
    output = subprocess.run(
        [PYTHON, "-c", SCALE_PROGRAM, str(count), plan], cwd=ROOT, env=ENV, check=True, capture_output=True, text=True
    ).stdout.split()
    return float(output[1]), float(output[2]), time.perf_counter() - started


def scale(runs: int) -> None:
    print("2. N GpuWorkloads with LoadBalancedApps, build + render in-process (median of runs)")
    results = {}
    for count in (20, 200):
        with_plan, inside_plan, without_plan, process = [], [], [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            total, inside, whole = scale_run(count, "on")
            with_plan.append(total)
            inside_plan.append(inside / (total - inside))
            process.append(whole)
            without_plan.append(scale_run(count, "off")[0])
        total = statistics.median(with_plan)
        results[count] = total
        print(
            f"   N={count:>3}: {total:.3f} s build + render ({1000 * total / count:.2f} ms per workload); "
            f"whole process with Python and jsii start {statistics.median(process):.3f} s"
        )
        print(
            "          ClusterPlan registrations and checks, timed inside: "
            f"{statistics.median(inside_plan):.1%} of the rest (target < 10%)"
        )
        print(
            f"          A/B, whole runs: with the plan {min(with_plan):.3f}-{max(with_plan):.3f} s, "
            f"without {min(without_plan):.3f}-{max(without_plan):.3f} s (min-max of {runs} runs each)"
        )
    print(f"   growth 20 -> 200: {results[200] / results[20]:.1f}x for 10x the workloads; target 200 under 3 s")


def make_test() -> None:
    elapsed = timed(["make", "--no-print-directory", "test"])
    print("3. make test (warm)")
    print(f"   {elapsed:.1f} s   target < 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=15, help="paired runs for the synth ratio")
    parser.add_argument("--runs", type=int, default=5, help="runs per size for the scale figures")
    parser.add_argument("--skip-test", action="store_true", help="do not time make test")
    arguments = parser.parse_args()
    synth_ratio(arguments.pairs)
    scale(arguments.runs)
    if not arguments.skip_test:
        make_test()


if __name__ == "__main__":
    main()
