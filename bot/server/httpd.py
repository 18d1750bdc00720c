"""``jiebei-bot serve --http``: the WSGI app on waitress, the single-machine production server.

waitress buffers every request and response asynchronously (one thread reads all sockets), so
idle and slow clients cost a few kilobytes each and never hold a worker thread; the app runs
in ``threads`` threads only once a request has fully arrived. Imported only by this command.
"""

from __future__ import annotations

import resource
import signal
import sys
from typing import Any

from ..errors import BotError

BACKLOG = 2048  # the kernel caps it at net.core.somaxconn (4096 on current Linux)
CONNECTION_LIMIT = 4000
CHANNEL_TIMEOUT = 30  # seconds an idle connection stays open
MAX_HEADER_BYTES = 32 * 1024


def serve_http(host: str, port: int, threads: int = 4) -> int:
    """Serve until interrupted (Ctrl-C or SIGTERM: exit 0). Start-up problems (a broken
    knowledge folder, a port in use, waitress missing) are one line on stderr and exit 1."""
    from .app import build_app

    try:
        app = build_app()
        server = _create_server(app, host, port, threads)
    except BotError as error:
        return _fail(f"cannot start: {error}")
    except OSError as error:
        return _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    print(f"jiebei-bot: serving on http://{host}:{server.effective_port}/ (Ctrl-C to stop)", flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
    return 0


def _create_server(app: Any, host: str, port: int, threads: int) -> Any:
    try:
        import waitress
    except ImportError:
        raise BotError("serve --http needs waitress: pip install waitress") from None
    limit = _raise_fd_limit(CONNECTION_LIMIT + 100) - 100
    return waitress.create_server(
        app, host=host, port=port, threads=threads, backlog=BACKLOG, connection_limit=limit,
        channel_timeout=CHANNEL_TIMEOUT, cleanup_interval=10, asyncore_use_poll=True,
        max_request_header_size=MAX_HEADER_BYTES, max_request_body_size=app.max_body,
        ident="jiebei-bot", expose_tracebacks=False, clear_untrusted_proxy_headers=True)


def _raise_fd_limit(wanted: int) -> int:
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


def _fail(message: str) -> int:
    print(f"jiebei-bot: {message}", file=sys.stderr, flush=True)
    return 1
