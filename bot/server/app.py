"""Building the WSGI app from the environment, once, when a process (or gunicorn worker) starts.

Settings (checked by bot.server.settings before anything loads): JIEBEI_KNOWLEDGE,
JIEBEI_SESSION_STORE, JIEBEI_SESSION_TTL, JIEBEI_CORS_ORIGIN, JIEBEI_MAX_BODY, JIEBEI_ACCESS_LOG.
"""

from __future__ import annotations

import os
import sys
from typing import Mapping

from ..errors import BotError, UsageError
from .httputil import access_logger
from .protocol import Dispatcher
from .settings import GUNICORN_SETTINGS_READ, read_settings
from .static import load_static
from .stores import open_store
from .wsgi import WebApp

BOOT_ERROR = 3  # gunicorn's "worker failed to boot": the master stops instead of respawning


def build_app(env: Mapping[str, str] | None = None) -> WebApp:
    """Check the settings, load the engine, open the store and build the app. Raises
    SettingError (a setting that cannot be right), KnowledgeError (a broken knowledge folder)
    or UsageError (an unreachable store)."""
    from ..engine import Engine

    settings = read_settings(os.environ if env is None else env)
    engine = Engine.load(settings.knowledge)
    store = open_store(settings.store, engine, ttl=settings.ttl)
    if store is not None and store.kind == "memory" and _under_gunicorn_without_our_settings(env):
        raise UsageError("JIEBEI_SESSION_STORE=memory under gunicorn without its settings: each worker would keep "
                         "its own conversations and lose follow-ups; run gunicorn -c python:bot.server.gunicorn_conf "
                         "-w 1, or use a redis:// store")
    if store is not None and not store.ping():
        where = getattr(store, "where", None)  # say where, as the run-time errors do (front5)
        raise UsageError(f"JIEBEI_SESSION_STORE: the {store.kind} store does not answer"
                         + (f" (Redis at {where})" if where else ""))
    return WebApp(Dispatcher(engine, store), max_body=settings.max_body, cors_origins=settings.cors_origins,
                  static=load_static(), access_log=access_logger() if settings.access_log else None)


def _under_gunicorn_without_our_settings(env: Mapping[str, str] | None) -> bool:
    """True in a gunicorn process that did not read bot.server.gunicorn_conf. Only that file's
    on_starting can count the workers (the app is loaded before it, in the master when preloaded,
    or in each worker), so plain `gunicorn -w 2 bot.web:app` with the memory store started and
    lost 16 of 20 follow-ups (front4): without the settings the memory store is refused."""
    settings_read = (os.environ if env is None else env).get(GUNICORN_SETTINGS_READ) == "1"
    return "gunicorn" in sys.modules and not settings_read


def load_app_or_exit() -> WebApp:
    """build_app(), or one line on stderr and exit status 3 (so gunicorn stops at once)."""
    try:
        return build_app()
    except BotError as error:
        print(f"jiebei-bot: cannot start: {error}", file=sys.stderr, flush=True)
        raise SystemExit(BOOT_ERROR) from None
