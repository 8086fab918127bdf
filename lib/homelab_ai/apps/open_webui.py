"""Open WebUI, the chat interface, CPU only."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

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
# backend/open_webui/ at the tag, as packaged in open-webui 0.6.32 on PyPI (same files, same lines).
_PKG = "v0.6.32 (PyPI open-webui 0.6.32)"
# Log sources of backend/open_webui/env.py L86-111; each prints its level at start.
_LOG_SOURCES = (
    "AUDIO", "COMFYUI", "CONFIG", "DB", "IMAGES", "MAIN", "MODELS", "OLLAMA", "OPENAI", "RAG", "WEBHOOK", "SOCKET", "OAUTH",
)  # fmt: skip

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
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/env.py L41-67",
            fact="imports torch at every start (to look for Apple MPS), whatever the embedding engine: torch stays "
            "resident in any configuration",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/main.py L952-973; routers/retrieval.py L120-140, L143-192",
            fact="at import, RAG_EMBEDDING_ENGINE '' loads RAG_EMBEDDING_MODEL with sentence-transformers on the CPU; "
            "'ollama' loads nothing; the reranker loads only with ENABLE_RAG_HYBRID_SEARCH (off by default)",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/config.py L2502-2518, L2521-2524, L2671-2675",
            fact="RAG_EMBEDDING_ENGINE defaults to '' (sentence-transformers), RAG_EMBEDDING_MODEL to "
            "sentence-transformers/all-MiniLM-L6-v2, updated from the hub at start unless OFFLINE_MODE; "
            "RAG_OLLAMA_BASE_URL defaults to OLLAMA_BASE_URL",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/routers/audio.py L122-143, L556-563; config.py L918, L2591, L3259-3269",
            fact="the local speech-to-text model (WHISPER_MODEL, default base, int8 on the CPU) loads in-process on the "
            "first transcription, not at start; its files, the embedding model's and tiktoken's (token splitter only) "
            "live under DATA_DIR/cache, where the volume hides the copies the image ships: they download on first use",
        ),
        Source(
            repository=_REPO,
            ref="issues #2582, #4188",
            path="issue threads",
            fact="500-650 MB resident right after a start (local embedding model, torch), often over 1 GB in use",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/config.py L142-155, L205-209, L278; routers/configs.py L45-48; env.py L86-111",
            fact="an admin's config import logs every PersistentConfig with its value (AUTOMATIC1111_API_AUTH and OAuth "
            "client secrets included) through the CONFIG logger, whose level is CONFIG_LOG_LEVEL: WARNING hides them",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/env.py L80, L109; config.py L2151, L2519, L2559",
            fact="prints at start the log levels, VECTOR_DB and the embedding and reranking model names, no secret",
        ),
        Source(
            repository=_REPO,
            ref=_PKG,
            path="backend/open_webui/models/auths.py L12-13, L145-146",
            fact="logs every API key a client authenticates with (authenticate_user_by_api_key) at INFO through the "
            "MODELS logger, whose level is MODELS_LOG_LEVEL: WARNING hides it",
        ),
        Source(
            repository=_REPO,
            ref=_REF,
            path="backend/start.sh",
            fact="prints only the key file's path, and only when WEBUI_SECRET_KEY is empty; hands the key to uvicorn in "
            "its environment, never in argv; no `set -x`; the HuggingFace Space branch (SPACE_ID, unset here) would "
            "put ADMIN_USER_PASSWORD in curl's argv",
        ),
    ),
    logged_env=(
        "GLOBAL_LOG_LEVEL",
        *(f"{source}_LOG_LEVEL" for source in _LOG_SOURCES),
        "VECTOR_DB",
        "RAG_EMBEDDING_MODEL",
        "RAG_RERANKING_MODEL",
        "UVICORN_WORKERS",
    ),
    quiet_env=(("CONFIG_LOG_LEVEL", "WARNING"), ("MODELS_LOG_LEVEL", "WARNING")),
    # "often more than 1 GB" (issue #2582), with its default in-process embedding model.
    resident_mib=1024,
)


class EmbeddingEngine(Enum):
    """Where Open WebUI computes document embeddings (``RAG_EMBEDDING_ENGINE``)."""

    SENTENCE_TRANSFORMERS = ""
    """In-process, on the CPU, with sentence-transformers (Open WebUI's default)."""
    OLLAMA = "ollama"
    """In Ollama, from a model the model-pull Job pulls (``OllamaSettings.models``). The VRAM
    budget holds: with ``max_loaded_models`` 1 the embedding model replaces the chat model on
    the card (``server/sched.go``), and a larger ``max_loaded_models`` already counts each
    loaded model at the largest model's size."""


@dataclass(frozen=True, kw_only=True)
class OpenWebUiSettings:
    """Open WebUI, the chat interface, CPU only.

    Attributes:
        image: Pinned image.
        address: LB-IPAM address of ``open-webui``; ``None`` for no LoadBalancer Service (reach it through an
            ``HttpsRoute`` only).
        data_size_gib: Size of ``open-webui-data`` (users, chats, settings).
        resources: Requests and limits. Defaults to 1Gi requested and 2Gi at most (the design:
            512Mi and 1Gi): Open WebUI imports torch at every start and by default runs its
            embedding model in-process, 500-650 MB right after a start and over 1 GB in use
            (upstream issues #2582, #4188).
        secret_name: Secret holding ``WEBUI_SECRET_KEY``; without it every new pod logs everyone out.
        startup_budget_seconds: Longest start; the first start downloads its embedding model.
        image_generation: Wire Open WebUI to Stable Diffusion (``AUTOMATIC1111_BASE_URL`` and its
            auth from the Stable Diffusion secret). Off by default, as designed.
        persistent_config: ``ENABLE_PERSISTENT_CONFIG``. Off by default, so what the chart sets
            is what runs after every restart; changes made in the admin UI apply at once and
            last until the pod restarts. On, a setting saved once in the admin UI is read from
            the database ever after and the chart's value for it is ignored.
        embeddings: Where document embeddings are computed. Defaults to sentence-transformers
            in Open WebUI itself, which keeps the chat model loaded in Ollama; ``OLLAMA`` keeps
            the model out of Open WebUI's memory (torch stays imported), but with
            ``OllamaSettings.max_loaded_models`` 1 every embedding unloads the chat model and the
            next reply loads it again.
        embedding_model: ``RAG_EMBEDDING_MODEL``. Defaults to Open WebUI's own,
            ``sentence-transformers/all-MiniLM-L6-v2``, downloaded to the volume on the first
            start; with ``OLLAMA``, an Ollama model listed in ``OllamaSettings.models`` (such
            as ``nomic-embed-text``).
        public_url: The https address an ``HttpsRoute`` serves it at (``https://chat.example.com``):
            sets ``WEBUI_URL``, secure cookies and CORS to it. Off by default (the design's plain
            LoadBalancer address); once set, log in through that address only.
        sso: Single sign-on through an OpenID Connect provider (needs ``public_url``). Off by default.
    """

    image: str = CONTRACT.image
    address: str | None = "10.10.2.25"
    data_size_gib: int = 10
    resources: Resources = Resources(
        cpu_request=0.25, cpu_limit=0.5, memory_request=Size.gibibytes(1), memory_limit=Size.gibibytes(2)
    )
    secret_name: str = "open-webui-secrets"
    startup_budget_seconds: int = 600
    image_generation: bool = False
    persistent_config: bool = False
    embeddings: EmbeddingEngine = EmbeddingEngine.SENTENCE_TRANSFORMERS
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    public_url: str | None = None
    sso: OpenIdConnect | None = None


def build(
    scope: Construct,
    settings: OpenWebUiSettings,
    *,
    ollama_url: str,
    ollama_models: tuple[str, ...],
    backup: Backup | None,
    priority_class: str | None = None,
) -> Workload:
    """Creates ``open-webui-data`` and the Open WebUI Deployment.

    Args:
        scope: The chart.
        settings: Open WebUI's settings.
        ollama_url: Where Ollama answers.
        ollama_models: The models the model-pull Job pulls; an Ollama embedding model must be one.
        backup: The backup group of ``open-webui-data``, if any.
        priority_class: The pod's PriorityClass, if any.

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
    _check_embeddings(scope, settings, ollama_models)
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
            # With "ollama", RAG_OLLAMA_BASE_URL defaults to OLLAMA_BASE_URL above.
            "RAG_EMBEDDING_ENGINE": settings.embeddings.value,
            "RAG_EMBEDDING_MODEL": settings.embedding_model,
            **dict(CONTRACT.quiet_env),
            **route_env,
        },
        mounts=[Mount(path=DATA_DIR, volume=data)],
        secret_env=[SecretEnv(name="WEBUI_SECRET_KEY", secret=settings.secret_name, key="WEBUI_SECRET_KEY"), *route_secrets],
        waivers=waivers.OPEN_WEBUI,
    )


def _check_embeddings(scope: Construct, settings: OpenWebUiSettings, ollama_models: tuple[str, ...]) -> None:
    if not settings.embedding_model.strip():
        raise _validate.fail(
            scope, "open_webui.embedding_model", "'' is not a model: name the embedding model, such as nomic-embed-text"
        )
    if settings.embeddings is EmbeddingEngine.OLLAMA and _tagged(settings.embedding_model) not in map(_tagged, ollama_models):
        raise _validate.fail(
            scope,
            "open_webui.embedding_model",
            f"{settings.embedding_model!r} is not among ollama.models {ollama_models!r}, so no Job pulls it and "
            "every embedding would fail: add it to OllamaSettings(models=...) or use EmbeddingEngine.SENTENCE_TRANSFORMERS",
        )


def _tagged(model: str) -> str:
    """``name:tag`` as Ollama resolves it: no tag means ``latest``."""
    return model if ":" in model.rsplit("/", 1)[-1] else f"{model}:latest"
