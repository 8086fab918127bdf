"""Open WebUI's settings that follow an HTTPS route: its public address, secure cookies, CORS and
optional single sign-on through OpenID Connect.

Names and defaults read from open-webui/open-webui v0.6.32:
- backend/open_webui/env.py: WEBUI_SESSION_COOKIE_SECURE defaults to false and
  WEBUI_AUTH_COOKIE_SECURE to it, so TLS at the gateway alone leaves the cookies without
  ``Secure``.
- backend/open_webui/config.py: WEBUI_URL (used for links and the OAuth redirect), CORS_ALLOW_ORIGIN
  (';'-separated, default ``*``, which it warns about), and the OAuth settings OAUTH_CLIENT_ID,
  OAUTH_CLIENT_SECRET, OPENID_PROVIDER_URL (the provider's ``/.well-known/openid-configuration``),
  OPENID_REDIRECT_URI, OAUTH_SCOPES,
  OAUTH_PROVIDER_NAME, ENABLE_OAUTH_SIGNUP, OAUTH_MERGE_ACCOUNTS_BY_EMAIL and ENABLE_LOGIN_FORM,
  all PersistentConfig: with ENABLE_PERSISTENT_CONFIG=False (the chart's default) the env below
  is what runs after every restart.
- backend/open_webui/main.py: the OIDC callback is ``/oauth/oidc/callback``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from constructs import Construct

from homelab_ai import _typecheck, _validate
from homelab_ai.routes.gateway import HOSTNAME
from homelab_ai.workload_settings import SecretEnv

OIDC_CALLBACK = "/oauth/oidc/callback"


@dataclass(frozen=True, kw_only=True)
class OpenIdConnect:
    """Single sign-on for Open WebUI through an OpenID Connect provider (Authentik, Authelia,
    Keycloak, Pocket ID, ...). Register Open WebUI there as a confidential client whose redirect
    URI is ``<public_url>/oauth/oidc/callback``.

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
    }
    secret = SecretEnv(name="OAUTH_CLIENT_SECRET", secret=sso.client_secret_name, key=sso.client_secret_key)
    return env, [secret]
