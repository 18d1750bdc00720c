"""``jiebei-bot serve --http``: the WSGI app on waitress, the single-machine production server.

waitress buffers every request and response asynchronously (one thread reads all sockets), so
idle and slow clients cost a few kilobytes each and never hold a worker thread; the app runs
in ``threads`` threads only once a request has fully arrived. Imported only by this command.
"""

from __future__ import annotations

import errno
import resource
import select
import signal
import socket
import sys
import time
from typing import Any, Callable

from ..errors import BotError
from . import refusals
from .httputil import quiet_queue_warnings
from .settings import SettingError, check_host, check_port, check_threads

USAGE = 2  # exit status for a setting that cannot be right, as for a bad command line
BACKLOG = 2048  # the kernel caps it at net.core.somaxconn (4096 on current Linux)
CONNECTION_LIMIT = 4000
CHANNEL_TIMEOUT = 30  # seconds an idle connection stays open
MAX_HEADER_BYTES = 32 * 1024
# waitress refuses bodies this large itself (and headers over MAX_HEADER_BYTES); smaller bodies
# over the app's own limit (JIEBEI_MAX_BODY) reach the app, which refuses them in its JSON format.
# What waitress refuses itself is answered in that format too (bot.server.refusals).
SERVER_BODY_LIMIT = 1024 * 1024
EVICT_IDLE_AFTER = 0.25  # at the connection limit, connections idle this long make room for new ones


def serve_http(host: str, port: int, threads: int = 4) -> int:
    """Serve until interrupted (Ctrl-C or SIGTERM: exit 0). Start-up problems are one line on
    stderr: a setting that cannot be right (an option or environment variable) exits 2; a
    broken knowledge folder, a port in use or waitress missing exit 1."""
    from .app import build_app
    from .settle import settle

    try:
        check_port(port)
        check_threads(threads)
        _resolve(check_host(host), port)
        app = build_app()
        settle()
        server = _create_server(app, host, port, threads)
    except SettingError as error:
        return _fail(f"cannot start: {error}", USAGE)
    except BotError as error:
        return _fail(f"cannot start: {error}")
    except OSError as error:
        if error.errno == errno.EADDRNOTAVAIL:
            return _fail(f"cannot start: --host: expected an address of this machine, found {host!r} "
                         f"({error.strerror})", USAGE)
        return _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    print(f"jiebei-bot: serving on http://{_url_host(host)}:{server.effective_port}/ (Ctrl-C to stop)", flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
    return 0


def _resolve(host: str, port: int) -> None:
    """SettingError when ``host`` names no address at all (before the engine loads: fail fast)."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or "not a valid name"
        raise SettingError(f"--host: expected an IP address or a host name that resolves, found {host!r} "
                           f"({reason})") from None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _create_server(app: Any, host: str, port: int, threads: int) -> Any:
    try:
        import waitress
    except ImportError:
        raise BotError("serve --http needs waitress: pip install waitress") from None
    limit = raise_fd_limit(CONNECTION_LIMIT + 100) - 100
    server = waitress.create_server(
        app, host=host, port=port, threads=threads, backlog=BACKLOG, connection_limit=limit,
        channel_timeout=CHANNEL_TIMEOUT, cleanup_interval=10, asyncore_use_poll=True, asyncore_loop_timeout=0.25,
        max_request_header_size=MAX_HEADER_BYTES, max_request_body_size=server_body_limit(app.max_body),
        ident="jiebei-bot", expose_tracebacks=False, clear_untrusted_proxy_headers=True)
    refusals.install(server, app)
    quiet_queue_warnings()
    if hasattr(server, "active_channels") and hasattr(server, "readable"):
        server.readable = _evicting(server, server.readable)
    if all(hasattr(server, name) for name in ("handle_accept", "socket", "adj", "active_channels")):
        server.handle_accept = _accepting_many(server, server.handle_accept)
    return server


def server_body_limit(max_body: int) -> int:
    """waitress's own body limit: above the app's, so that the app answers first (waitress
    refuses a body of this many bytes or more)."""
    return max(SERVER_BODY_LIMIT, 4 * max_body) + 1


def _accepting_many(server: Any, handle_accept: Callable[[], None]) -> Callable[[], None]:
    """waitress accepts one connection per turn of its loop, and each turn polls every open
    connection: a burst of thousands of connections then takes seconds to accept, and a new
    client waits behind them. Accept up to 64 waiting connections per turn instead."""

    def accept_waiting() -> None:
        for _ in range(64):
            handle_accept()
            if len(server.active_channels) >= server.adj.connection_limit:
                return
            if not select.select([server.socket], [], [], 0)[0]:
                return

    return accept_waiting


def _evicting(server: Any, readable: Callable[[], bool]) -> Callable[[], bool]:
    """waitress stops accepting at its connection limit, so idle connections can keep a new
    client waiting until they time out. At the limit, close the longest-idle of the
    connections that have no request in progress (half of them, at most four times a
    second), so that new clients get in."""
    last = [0.0]

    def readable_or_make_room() -> bool:
        accepting = bool(readable())
        now = time.time()
        if accepting or not server.accepting or now - last[0] < 0.25:
            return accepting
        last[0] = now
        idle = sorted((channel for channel in list(server.active_channels.values())
                       if not channel.requests and now - channel.last_activity >= EVICT_IDLE_AFTER),
                      key=lambda channel: channel.last_activity)
        for channel in idle[:max(1, len(idle) // 2)]:
            channel.will_close = True
        return accepting

    return readable_or_make_room


def raise_fd_limit(wanted: int) -> int:
    """Raise this process's soft limit on open files towards ``wanted`` (never past the hard
    limit); the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    cap = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < cap:
        resource.setrlimit(resource.RLIMIT_NOFILE, (cap, hard))
        soft = cap
    return wanted if soft == resource.RLIM_INFINITY else min(wanted, soft)


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _fail(message: str, status: int = 1) -> int:
    print(f"jiebei-bot: {message}", file=sys.stderr, flush=True)
    return status
