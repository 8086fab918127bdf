"""What an image does when it runs, read from its upstream source at the pinned tag.

A chart can be valid YAML and still crash-loop: args that replace the image's start script, a
probe on a route that does not exist, a volume mounted where the app never writes. Each app of
the library keeps an ``ImageContract`` beside its settings, with the upstream file each fact
comes from; the chart is built from it and the tests hold the rendered manifests to it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Source:
    """Where a fact of the contract comes from.

    Attributes:
        repository: The upstream repository (``owner/name`` on GitHub).
        ref: The tag or commit read.
        path: The file, with lines where that helps.
        fact: What the file shows.
    """

    repository: str
    ref: str
    path: str
    fact: str


@dataclass(frozen=True, kw_only=True)
class Endpoint:
    """An HTTP route a probe may use.

    Attributes:
        path: The route.
        needs_auth: Whether it answers 401 or redirects to a login without credentials.
        answers_while_busy: Whether it still answers within a probe's timeout while the app
            does its job (a long transcription, a render, a generation).
    """

    path: str
    needs_auth: bool = False
    answers_while_busy: bool = True


@dataclass(frozen=True, kw_only=True)
class ImageContract:
    """How one pinned image starts, listens, writes and answers.

    Attributes:
        app: The app's name.
        image: The pinned image, ``repository:tag``; the one place it is written (Renovate
            updates it, see ``renovate.json``).
        entrypoint: The image's ENTRYPOINT (after its base image's, when that one execs ``"$@"``).
        cmd: The image's CMD.
        launch: The container ``command`` the chart sets, or empty to keep the entrypoint.
        args_reach_app: Whether container ``args`` reach the app as flags with the launch used
            (false where args would replace a start script).
        settings_via: How the chart's settings reach the app (env, flags), in words.
        port: The port the app listens on, as launched.
        side_ports: Other ports the image opens as launched; the chart must expose none.
        user: The uid the image runs as by default.
        needs_root: Whether upstream supports only root: its start writes root-owned paths
            or it is untested as another user.
        writes: Paths the app writes at start or at work.
        data: Paths whose content must survive a restart (a volume must hold each).
        endpoints: The HTTP routes usable for probes.
        sources: The upstream files each fact comes from.
        logged_env: Environment variables whose values the app prints (at start, or at the log
            level the chart runs it with): none may carry a secret.
        quiet_env: Environment the chart must set, as ``(name, value)`` pairs, so that no
            secret reaches the logs (a log level that hides lines printing setting values).
        resident_mib: Memory the app holds in use as upstream reports it, 0 when unknown; the
            container's memory limit must leave room above it.
    """

    app: str
    image: str
    entrypoint: tuple[str, ...]
    cmd: tuple[str, ...]
    launch: tuple[str, ...] = ()
    args_reach_app: bool
    settings_via: str
    port: int
    side_ports: tuple[int, ...] = ()
    user: int
    needs_root: bool
    writes: tuple[str, ...]
    data: tuple[str, ...]
    endpoints: tuple[Endpoint, ...]
    sources: tuple[Source, ...]
    logged_env: tuple[str, ...] = ()
    quiet_env: tuple[tuple[str, str], ...] = ()
    resident_mib: int = 0

    @property
    def repository(self) -> str:
        """The image without its tag."""
        return self.image.rsplit(":", 1)[0]

    def endpoint(self, path: str) -> Endpoint:
        """The endpoint at ``path``.

        Raises:
            KeyError: the image has no such route.
        """
        for endpoint in self.endpoints:
            if endpoint.path == path:
                return endpoint
        raise KeyError(f"{self.image} has no route {path}: known {', '.join(e.path for e in self.endpoints)}")
