"""gunicorn settings for jiebei-bot, documented in docs/embedding.md:

    gunicorn -c python:bot.server.gunicorn_conf bot.web:app

Command-line options override these (``-w 3``, ``-b 0.0.0.0:8080``, ``-k gevent``). The app is
preloaded: the master loads the engine once (a broken knowledge folder stops it before any
worker starts) and the workers share it copy-on-write. ``gthread`` keeps idle keep-alive
connections in a poller rather than in a thread; a client that trickles its headers still holds
a thread while it does, so facing the open internet put nginx (which buffers whole requests) in
front, or use ``-k gevent``; see the measurements in docs/embedding.md.
"""

import os
import sys

from bot.server.httpd import raise_fd_limit
from bot.server.settings import GUNICORN_SETTINGS_READ, SettingError, whole_number

# Tells bot.server.app that on_starting below checks the memory store against the worker count.
os.environ[GUNICORN_SETTINGS_READ] = "1"
bind = [os.environ.get("JIEBEI_BIND", "127.0.0.1:8080")]
try:
    # One per core: answering is CPU-bound.
    workers = whole_number(os.environ.get("WEB_CONCURRENCY"), "WEB_CONCURRENCY", 1, 256, 2, "workers")
except SettingError as error:
    print(f"jiebei-bot: cannot start: {error}", file=sys.stderr, flush=True)
    raise SystemExit(2) from None
worker_class = "gthread"
threads = 4
preload_app = True
timeout = 30  # a worker silent this long is restarted (an answer takes milliseconds)
graceful_timeout = 20
keepalive = 5
backlog = 2048
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190
control_socket_disable = True  # gunicorn >= 24 would open one under $HOME; nothing here uses it
worker_connections = 4000  # per worker (gthread, gevent): idle connections beyond it wait unaccepted


# Each connection is a file descriptor; the default soft limit (often 1024) is far too low.
raise_fd_limit(worker_connections + 200)


def when_ready(server: object) -> None:
    """Once, in the master, before the first worker is forked: the preloaded engine is warmed
    (bot.server.settle.warm: the patterns built, the filters indexed, ...), so that the workers
    share all that instead of each making its own (~1.5 MiB a worker, review36). The master
    answers nothing and runs no thread of ours, so no worker is ever forked while a lazy build
    holds its lock (a fork then would leave that lock held in the child)."""
    from bot.server.settle import warm_preloaded

    warm_preloaded()


def pre_fork(server: object, worker: object) -> None:
    """In the master, before each worker is forked: the preloaded engine is frozen out of the
    garbage collector's way and freed heap returned (bot.server.settle), so that workers share
    its pages instead of copying them."""
    from bot.server.settle import settle

    settle()


def on_starting(server: object) -> None:
    """Before the master starts: refuse a memory store shared by several workers. Each worker
    would hold its own conversations, and a follow-up reaching another worker would be
    ``unknown_session`` (probe: 14 of 40 second turns with two workers)."""
    count = getattr(getattr(server, "cfg", None), "workers", 1)
    if os.environ.get("JIEBEI_SESSION_STORE", "").strip() == "memory" and count > 1:
        print(f"jiebei-bot: cannot start: JIEBEI_SESSION_STORE=memory keeps each conversation in one worker's "
              f"memory, and {count} workers would lose follow-ups: use -w 1, or a redis:// store", file=sys.stderr, flush=True)
        raise SystemExit(2)
