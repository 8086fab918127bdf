"""Open WebUI, the chat interface, CPU only."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import Size
from constructs import Construct

from homelab_ai import _typecheck, _validate, waivers
from homelab_ai.image_contract import Endpoint, ImageContract, Source
from homelab_ai.longhorn_backup import Backup
from homelab_ai.longhorn_volume import LonghornVolume
from homelab_ai.resources import Resources
from homelab_ai.routes.open_webui_env import ROUTE_SOURCES, OpenIdConnect, open_webui_env
from homelab_ai.volumes import Mount
from homelab_ai.workload import HealthCheck, SecretEnv, Workload

DATA_DIR = "/app/backend/data"
# The release commit of v0.6.32 ("Merge pull request #17827 from open-webui/dev", 2025-09-29).
_REPO, _REF = "open-webui/open-webui", "v0.6.32 (37d1c85c)"

CONTRACT = ImageContract(
    app="open-webui",
    # renovate: datasource=docker
    image="ghcr.io/open-webui/open-webui:v0.6.32",
    entrypoint=(),
    cmd=("bash", "start.sh"),
    args_reach_app=False,
    settings_via="environment; most settings are PersistentConfig, see ENABLE_PERSISTENT_CONFIG",
    port=8080,
    user=0,
    needs_root=True,
    writes=(DATA_DIR, "/app/backend/open_webui/static", "/tmp"),
    data=(DATA_DIR,),
    endpoints=(Endpoint(path="/health"), Endpoint(path="/health/db")),
    sources=(
        # Its settings behind an HTTPS route: cookies, CORS, WebSockets, sign-on and what it logs.
        *ROUTE_SOURCES,
        Source(
            repository=_REPO,
            ref=_REF,
            path="Dockerfile L22-23, L45-191",
            fact="python:3.11-slim-bookworm; UID and GID 0 ('non-root configurations are untested'); WORKDIR "
            "/app/backend; PORT 8080; CMD bash start.sh, no ENTRYPOINT; embedding model cache under DATA_DIR/cache",
        ),
        Source(
            repository=_REPO,
            ref=_REF,
            path="backend/start.sh L17-74",
            fact="without WEBUI_SECRET_KEY it writes a key to /app/backend/.webui_secret_key, outside DATA_DIR; "
            "execs uvicorn with one worker on $PORT",
        ),
        Source(
            repository=_REPO,
            ref=_REF,
            path="backend/open_webui/config.py L787-832",
            fact="at import, replaces the files of /app/backend/open_webui/static with the built frontend's",
        ),
        Source(
            repository=_REPO,
            ref=_REF,
            path="backend/open_webui/main.py L952, L2025-2033",
            fact="the embedding model loads before the port opens; /health is an async route without DB or auth, "
            "and chat streams are proxied with aiohttp, so it answers while a reply streams",
        ),
        Source(
            repository=_REPO,
            ref=_REF,
            path="backend/open_webui/config.py L160-256",
            fact="ENABLE_PERSISTENT_CONFIG defaults to True: a key saved once in the admin UI is read from the DB on "
            "every start and its env is ignored; with False the env wins at every start",
        ),
    ),
)


@dataclass(frozen=True, kw_only=True)
class OpenWebUiSettings:
    """Open WebUI, the chat interface, CPU only.

    Attributes:
        image: Pinned image.
        address: LB-IPAM address of ``open-webui``; ``None`` for no LoadBalancer Service (reach it through an
            ``HttpsRoute`` only).
        data_size_gib: Size of ``open-webui-data`` (users, chats, settings).
        resources: Requests and limits.
        secret_name: Secret holding ``WEBUI_SECRET_KEY``; without it every new pod logs everyone out.
        startup_budget_seconds: Longest start; the first start downloads its embedding model.
        image_generation: Wire Open WebUI to Stable Diffusion (``AUTOMATIC1111_BASE_URL`` and its
            auth from the Stable Diffusion secret). Off by default, as designed.
        persistent_config: ``ENABLE_PERSISTENT_CONFIG``. Off by default, so what the chart sets
            is what runs after every restart; changes made in the admin UI apply at once and
            last until the pod restarts. On, a setting saved once in the admin UI is read from
            the database ever after and the chart's value for it is ignored.
        public_url: The https address an ``HttpsRoute`` serves it at (``https://chat.example.com``):
            sets ``WEBUI_URL``, secure cookies and CORS to it. Off by default (the design's plain
            LoadBalancer address); once set, log in through that address only.
        sso: Single sign-on through an OpenID Connect provider (needs ``public_url``). Off by default.
    """

    image: str = CONTRACT.image
    address: str | None = "10.10.2.25"
    data_size_gib: int = 10
    resources: Resources = Resources(
        cpu_request=0.25, cpu_limit=0.5, memory_request=Size.mebibytes(512), memory_limit=Size.gibibytes(1)
    )
    secret_name: str = "open-webui-secrets"
    startup_budget_seconds: int = 600
    image_generation: bool = False
    persistent_config: bool = False
    public_url: str | None = None
    sso: OpenIdConnect | None = None


def build(
    scope: Construct, settings: OpenWebUiSettings, *, ollama_url: str, backup: Backup | None, priority_class: str | None = None
) -> Workload:
    """Creates ``open-webui-data`` and the Open WebUI Deployment.

    Raises:
        ValueError: an invalid setting, named ``open_webui.<field>``.
    """
    _typecheck.check_fields(scope, "open_webui", settings)
    _validate.positive_int(scope, "open_webui.data_size_gib", settings.data_size_gib)
    # The probes' period: a shorter budget could not hold one startup probe.
    _validate.positive_int(scope, "open_webui.startup_budget_seconds", settings.startup_budget_seconds, minimum=10)
    _validate.dns_subdomain(scope, "open_webui.secret_name", settings.secret_name)
    if not isinstance(settings.persistent_config, bool):
        raise _validate.fail(scope, "open_webui.persistent_config", f"{settings.persistent_config!r} is not True or False")
    route_env, route_secrets = open_webui_env(scope, settings.public_url, settings.sso)
    data = LonghornVolume(
        scope, "OpenWebUiData", name="open-webui-data", size=Size.gibibytes(settings.data_size_gib), backup=backup
    )
    return Workload(
        scope,
        "OpenWebUi",
        name=CONTRACT.app,
        priority_class=priority_class,
        image=settings.image,
        port=CONTRACT.port,
        resources=settings.resources,
        health=HealthCheck(path="/health", startup_budget_seconds=settings.startup_budget_seconds),
        env={
            "OLLAMA_BASE_URL": ollama_url,
            "WEBUI_AUTH": "true",
            "DATA_DIR": DATA_DIR,
            "ENABLE_PERSISTENT_CONFIG": "True" if settings.persistent_config else "False",
            **route_env,
        },
        mounts=[Mount(path=DATA_DIR, volume=data)],
        secret_env=[SecretEnv(name="WEBUI_SECRET_KEY", secret=settings.secret_name, key="WEBUI_SECRET_KEY"), *route_secrets],
        waivers=waivers.OPEN_WEBUI,
    )
