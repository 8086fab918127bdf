"""Formats checked field by field: the backup schedule's cron expression and image digests."""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import App

from homelab_ai import AiNamespaceChart, BackupSettings, LonghornBackupSchedule, OllamaSettings
from tests.support import find, synth

DIGEST = "sha256:" + "0123456789abcdef" * 4


@pytest.mark.parametrize("cron", ["0 3 * * *", "*/15 * * * *", "0,30 1-5/2 1-31/2 1,12 0-7", "59 23 31 12 7", "0 0 1 1 0"])
def test_schedule_takes_standard_cron_expressions(cron: str) -> None:
    manifests = synth(lambda c: LonghornBackupSchedule(c, "Backups", cron=cron))
    assert find(manifests, "RecurringJob", "homelab-ai-backup")["spec"]["cron"] == cron


def test_chart_refuses_an_hour_out_of_range() -> None:
    with pytest.raises(ValueError) as error:
        AiNamespaceChart(App(), "ai", backups=BackupSettings(cron="0 25 * * *"))
    assert str(error.value) == "ai/Backups: cron '0 25 * * *' has hour 25 outside 0-23: keep the hour field within 0-23"


BAD_CRON = [
    ("60 3 * * *", "cron '60 3 * * *' has minute 60 outside 0-59: keep the minute field within 0-59"),
    ("0 3 0 * *", "cron '0 3 0 * *' has day of month 0 outside 1-31: keep the day of month field within 1-31"),
    ("0 3 * 13 *", "cron '0 3 * 13 *' has month 13 outside 1-12: keep the month field within 1-12"),
    ("0 3 * * 8", "cron '0 3 * * 8' has day of week 8 outside 0-7: keep the day of week field within 0-7"),
    ("0 1-24 * * *", "cron '0 1-24 * * *' has hour 24 outside 0-23: keep the hour field within 0-23"),
    ("0 3,30 * * *", "cron '0 3,30 * * *' has hour 30 outside 0-23: keep the hour field within 0-23"),
    ("0 3 * * 5-1", "cron '0 3 * * 5-1' has the day of week range '5-1' backwards: put the lower number first"),
    ("*/0 * * * *", "cron '*/0 * * * *' has the minute step '*/0': use a step of at least 1"),
    (
        "5/10 * * * *",
        "cron '5/10 * * * *' has minute '5/10', which is not a number, '*', a range 'a-b' or a step '*/n' or 'a-b/n' "
        "(a list joins them with ','): use for example '0 3 * * *'",
    ),
    (
        "0 3 * * MON",
        "cron '0 3 * * MON' has day of week 'MON', which is not a number, '*', a range 'a-b' or a step '*/n' or 'a-b/n' "
        "(a list joins them with ','): use for example '0 3 * * *'",
    ),
    (
        "0 3,,4 * * *",
        "cron '0 3,,4 * * *' has hour '', which is not a number, '*', a range 'a-b' or a step '*/n' or 'a-b/n' "
        "(a list joins them with ','): use for example '0 3 * * *'",
    ),
    ("0 3 * *", "cron '0 3 * *' is not a 5-field cron expression: use for example '0 3 * * *'"),
]


@pytest.mark.parametrize(("cron", "message"), BAD_CRON, ids=[cron for cron, _ in BAD_CRON])
def test_schedule_refuses_a_cron_field_out_of_its_range_or_syntax(cron: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        synth(lambda c: LonghornBackupSchedule(c, "Backups", cron=cron))
    assert str(error.value) == f"test/Backups: {message}"


def test_image_pinned_by_a_digest_is_taken() -> None:
    for image in (f"ollama/ollama@{DIGEST}", f"ollama/ollama:0.12.3@{DIGEST}"):
        AiNamespaceChart(App(), "ai", ollama=OllamaSettings(image=image))


@pytest.mark.parametrize(
    "digest",
    ["sha256:", "sha256:" + "0123456789abcdef" * 3, DIGEST + "0", "sha256:" + "0123456789ABCDEF" * 4, "md5:" + "0" * 32, ""],
)
def test_image_with_a_missing_or_malformed_digest_is_refused(digest: str) -> None:
    image = f"ollama/ollama@{digest}"
    with pytest.raises(ValueError) as error:
        AiNamespaceChart(App(), "ai", ollama=OllamaSettings(image=image))
    assert str(error.value) == (
        f"ai/Ollama: image {image!r} has the malformed digest {digest!r}: a digest is 'sha256:' followed by 64 lower-case "
        "hex characters; copy it whole from the registry, or pin a version tag instead"
    )


# --- settings of the other public classes are type-checked where they arrive -----------------


def _refused(build: Any) -> str:
    with pytest.raises(ValueError) as caught:
        build()
    return str(caught.value)


def test_plan_values_of_the_wrong_type_are_refused() -> None:
    from homelab_ai import AddressRange, ClusterPlan, GpuCard, NodeCapacity, ReservedAddress

    assert _refused(lambda: ClusterPlan(App(), node_capacity=NodeCapacity(cpu_cores="12 cores"))) == (  # type: ignore[arg-type]
        "ClusterPlan: node_capacity.cpu_cores '12 cores' is not a number: use a number such as 0.5"
    )
    assert _refused(lambda: ClusterPlan(App(), gpu_card=GpuCard(name="card", vram_gb="12GB"))) == (  # type: ignore[arg-type]
        "ClusterPlan: gpu_card.vram_gb '12GB' is not a number: use a number such as 0.5"
    )
    pool = AddressRange(start="10.10.2.20", stop="10.10.2.40")
    assert _refused(lambda: ClusterPlan(App(), lb_pools=pool)).startswith(  # type: ignore[arg-type]
        "ClusterPlan: lb_pools AddressRange(start='10.10.2.20', stop='10.10.2.40') is not a list: write ["
    )
    twice = [ReservedAddress(address="10.10.2.30", owner="media/emby"), ReservedAddress(address="10.10.2.30", owner="media/plex")]
    assert _refused(lambda: ClusterPlan(App(), reserved=twice)) == (
        "ClusterPlan: reserved lists 10.10.2.30 twice (media/emby and media/plex): keep one reservation per address"
    )


def test_workload_values_of_the_wrong_type_are_refused() -> None:
    from homelab_ai import Backend, HealthCheck, LoadBalancedApp, Mount, Workload
    from tests.support import new_chart, small_resources

    def web(**overrides: Any) -> Workload:
        props: dict[str, Any] = {
            "name": "web",
            "image": "ghcr.io/example/web:1.2.3",
            "port": 8080,
            "resources": small_resources(),
            "health": HealthCheck(path="/healthz"),
            **overrides,
        }
        return Workload(new_chart(), "Web", **props)

    assert _refused(lambda: web(health=HealthCheck(path="/", period_seconds="10"))) == (  # type: ignore[arg-type]
        "test/Web: health.period_seconds '10' is not an int: write 10 without quotes"
    )
    assert _refused(lambda: web(mounts=[Mount(path="/data", volume="ollama-models")])) == (  # type: ignore[arg-type]
        "test/Web: mounts.volume 'ollama-models' is none of LonghornVolume, EmptyDir, ConfigMapVolume, SecretVolume, "
        "ExistingClaim: use one of them"
    )
    backend = Backend(name="emby", namespace="media", selector={"app": "emby"}, port="8096")  # type: ignore[arg-type]
    assert _refused(lambda: LoadBalancedApp(new_chart(), "Emby", name="emby", address="10.10.2.30", backend=backend)) == (
        "test/Emby: backend.port '8096' is not an int: write 8096 without quotes"
    )


def test_flux_settings_of_the_wrong_type_are_refused() -> None:
    from homelab_ai import FluxChart, FluxSettings

    settings = FluxSettings(interval_minutes="10")  # type: ignore[arg-type]
    assert _refused(lambda: FluxChart(App(), "flux", layers=[], settings=settings)) == (
        "flux: settings.interval_minutes '10' is not an int: write 10 without quotes"
    )
