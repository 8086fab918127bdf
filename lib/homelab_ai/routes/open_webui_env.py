"""Open WebUI's settings that follow an HTTPS route: its public address, secure cookies, CORS and
optional single sign-on through OpenID Connect.

Every name and behaviour relied on here was read in backend/open_webui/ of v0.6.32, as the PyPI
package open-webui 0.6.32 ships it; ``ROUTE_SOURCES`` gives file and lines for each, and joins
the app's image contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from constructs import Construct

from homelab_ai import _typecheck, _validate
from homelab_ai.image_contract import Source
from homelab_ai.routes.gateway import HOSTNAME
from homelab_ai.workload_settings import SecretEnv

# main.py L1975-1976 serves the callback at /oauth/{provider}/login/callback and keeps
# /oauth/{provider}/callback as its "Legacy endpoint": register the current one.
OIDC_CALLBACK = "/oauth/oidc/login/callback"
# utils/oauth.py L1090-1092 logs the provider's whole token response (access, refresh and ID
# tokens) at WARNING when it carries no user info; ERROR keeps the one line per failed sign-on
# that L1265-1266 writes ("Error during OAuth process: ...") and drops the token.
OAUTH_LOG_LEVEL = "ERROR"

_REPO, _PKG = "open-webui/open-webui", "v0.6.32 (PyPI open-webui 0.6.32)"
ROUTE_SOURCES = (
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/env.py L445-460; main.py L1929-1936; routers/auths.py L108-116; utils/oauth.py L1286-1292",
        fact="WEBUI_SESSION_COOKIE_SECURE defaults to false and WEBUI_AUTH_COOKIE_SECURE to it; they set Secure on the "
        "session cookie and on the token cookie of a password or OAuth login: TLS at the gateway alone leaves both off",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/config.py L1506, L1513-1521; main.py L1234-1240; socket/main.py L60-75",
        fact="CORS_ALLOW_ORIGIN is plain env (not PersistentConfig), ';'-separated, default '*' with a warning; each "
        "origin must be http(s)://host or the import fails; it feeds the HTTP CORS middleware only, socket.io runs "
        "with cors_allowed_origins=[] (its own CORS handling off)",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/env.py L570-572; socket/main.py L60-75, L192-195; main.py L1216-1231, L1243",
        fact="ENABLE_WEBSOCKET_SUPPORT defaults to true and socket.io then offers the websocket transport only, no "
        "polling fallback, at /ws/socket.io; a websocket request whose Upgrade or Connection header a proxy dropped "
        "gets 400 'Invalid WebSocket upgrade request'",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/config.py L1088, L1101-1105; routers/auths.py L864-869; utils/oauth.py L1272-1276",
        fact="WEBUI_URL (webui.url) and ENABLE_LOGIN_FORM (ui.ENABLE_LOGIN_FORM) are PersistentConfig: saving the "
        "admin settings stores WEBUI_URL, which then wins over env while ENABLE_PERSISTENT_CONFIG is true; after "
        "an OAuth login the browser goes back to <WEBUI_URL>/auth",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/config.py L160-185, L317-332, L433-486, L686-732; utils/oauth.py L1055-1057",
        fact="OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OPENID_PROVIDER_URL (discovery document), OPENID_REDIRECT_URI, "
        "OAUTH_SCOPES (default 'openid email profile'), OAUTH_PROVIDER_NAME (default 'SSO'), ENABLE_OAUTH_SIGNUP "
        "(default false), OAUTH_MERGE_ACCOUNTS_BY_EMAIL are PersistentConfig under oauth.*, read from env at every "
        "start unless ENABLE_OAUTH_PERSISTENT_CONFIG (default false), whatever ENABLE_PERSISTENT_CONFIG says; the "
        "oidc provider registers when client id, secret and provider URL are set, and OPENID_REDIRECT_URI is the "
        "redirect_uri sent to the provider",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/main.py L1964-1978",
        fact="sign-on starts at /oauth/oidc/login; the callback is /oauth/oidc/login/callback, /oauth/oidc/callback "
        "being kept as the legacy endpoint",
    ),
    Source(
        repository=_REPO,
        ref=_PKG,
        path="backend/open_webui/utils/oauth.py L86-90, L1090-1092, L1101, L1151, L1265-1266; env.py L86-111; "
        "config.py L205-209, L761-781",
        fact="no log line prints OAUTH_CLIENT_SECRET or WEBUI_SECRET_KEY at start or at an OIDC login (registration "
        "logs names only); a callback without user info logs the whole token response, a callback without sub or "
        "email the user's claims, at WARNING through the OAUTH logger (level OAUTH_LOG_LEVEL): ERROR hides them; an "
        "admin's config import logs each setting's value through the CONFIG logger (CONFIG_LOG_LEVEL)",
    ),
)


@dataclass(frozen=True, kw_only=True)
class OpenIdConnect:
    """Single sign-on for Open WebUI through an OpenID Connect provider (Authentik, Authelia,
    Keycloak, Pocket ID, ...). Register Open WebUI there as a confidential client whose redirect
    URI is ``<public_url>/oauth/oidc/login/callback``.

    Attributes:
        provider_url: The provider's discovery document,
            ``https://auth.example.com/.well-known/openid-configuration``.
        client_id: The client id the provider gave Open WebUI.
        client_secret_name: The Secret (SOPS-encrypted in ``secrets/``) holding the client secret;
            it reaches the container as env from the Secret, never in a manifest or argv.
        client_secret_key: The key of the client secret in that Secret.
        provider_name: The login button's label.
        scopes: The scopes requested; Open WebUI needs the email.
        signup: Create an account on a user's first sign-on.
        merge_accounts_by_email: Sign a provider user into an existing account with the same
            email (only with a provider that verifies emails).
        login_form: Keep the password form beside the button; off makes sign-on the only way in.
    """

    provider_url: str
    client_id: str
    client_secret_name: str = "open-webui-oidc"
    client_secret_key: str = "OAUTH_CLIENT_SECRET"
    provider_name: str = "SSO"
    scopes: str = "openid email profile"
    signup: bool = True
    merge_accounts_by_email: bool = False
    login_form: bool = True


def _flag(value: bool) -> str:
    return "true" if value else "false"


def public_url(scope: Construct, prop: str, url: str) -> str:
    """Checks an ``https://host`` address without a path.

    Raises:
        ValueError: not an https URL of a host name, or with a path, query or port.
    """
    parts = urlsplit(url) if isinstance(url, str) else None
    if (
        parts is None
        or parts.scheme != "https"
        or not parts.hostname
        or not HOSTNAME.match(parts.hostname)
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.port is not None
        or parts.username
    ):
        raise _validate.fail(
            scope, prop, f"{url!r} is not an https address of a host: use for example 'https://chat.example.com'"
        )
    return f"https://{parts.hostname}"


def open_webui_env(scope: Construct, url: str | None, sso: OpenIdConnect | None) -> tuple[dict[str, str], list[SecretEnv]]:
    """The env Open WebUI needs at ``url`` (``None``: the design's plain address) with ``sso``.

    Raises:
        ValueError: an invalid address or sign-on setting, or sign-on without an address.
    """
    if url is None:
        if sso is not None:
            raise _validate.fail(
                scope, "open_webui.sso", "needs open_webui.public_url: the provider redirects back to the https address"
            )
        return {}, []
    origin = public_url(scope, "open_webui.public_url", url)
    env = {
        "WEBUI_URL": origin,
        # Cookies over the https hostname only: the session and the auth token never cross the LAN in clear.
        "WEBUI_SESSION_COOKIE_SECURE": "true",
        "WEBUI_AUTH_COOKIE_SECURE": "true",
        # The browser's origin: cross-origin requests from other sites are refused.
        "CORS_ALLOW_ORIGIN": origin,
    }
    if sso is None:
        return env, []
    if not isinstance(sso, OpenIdConnect):
        raise _validate.fail(scope, "open_webui.sso", f"{sso!r} is not an OpenIdConnect: use OpenIdConnect(provider_url=...)")
    _typecheck.check_fields(scope, "open_webui.sso", sso)
    provider = urlsplit(sso.provider_url)
    if provider.scheme != "https" or not provider.hostname:
        raise _validate.fail(
            scope,
            "open_webui.sso.provider_url",
            f"{sso.provider_url!r} is not an https URL: use the provider's "
            "'https://auth.example.com/.well-known/openid-configuration'",
        )
    if not sso.client_id.strip():
        raise _validate.fail(scope, "open_webui.sso.client_id", "is empty: use the client id the provider gave Open WebUI")
    _validate.dns_subdomain(scope, "open_webui.sso.client_secret_name", sso.client_secret_name)
    if "openid" not in sso.scopes.split() or "email" not in sso.scopes.split():
        raise _validate.fail(
            scope, "open_webui.sso.scopes", f"{sso.scopes!r} lacks 'openid' or 'email': use 'openid email profile'"
        )
    env |= {
        "OPENID_PROVIDER_URL": sso.provider_url,
        "OAUTH_CLIENT_ID": sso.client_id,
        "OPENID_REDIRECT_URI": f"{origin}{OIDC_CALLBACK}",
        "OAUTH_SCOPES": sso.scopes,
        "OAUTH_PROVIDER_NAME": sso.provider_name,
        "ENABLE_OAUTH_SIGNUP": _flag(sso.signup),
        "OAUTH_MERGE_ACCOUNTS_BY_EMAIL": _flag(sso.merge_accounts_by_email),
        "ENABLE_LOGIN_FORM": _flag(sso.login_form),
        # A failed callback would log the user's tokens at WARNING (OAUTH_LOG_LEVEL above).
        "OAUTH_LOG_LEVEL": OAUTH_LOG_LEVEL,
    }
    secret = SecretEnv(name="OAUTH_CLIENT_SECRET", secret=sso.client_secret_name, key=sso.client_secret_key)
    return env, [secret]
