"""Building the WSGI app from the environment, once, when a process (or gunicorn worker) starts.

Settings: JIEBEI_KNOWLEDGE (knowledge folder; default the packaged one), JIEBEI_SESSION_STORE
(unset: client-held state only; "memory"; or a redis:// URL), JIEBEI_SESSION_TTL (seconds, Redis),
JIEBEI_CORS_ORIGIN (origins allowed to call the API from a browser, separated by spaces or
commas; "*" for any), JIEBEI_MAX_BODY (bytes, default 65536), JIEBEI_ACCESS_LOG ("off" to
silence the access log on stderr).
"""

from __future__ import annotations

import os
import sys
from typing import Mapping

from ..errors import BotError, UsageError
from .httputil import access_logger
from .protocol import Dispatcher
from .static import load_static
from .stores import open_store
from .wsgi import DEFAULT_MAX_BODY, WebApp

BOOT_ERROR = 3  # gunicorn's "worker failed to boot": the master stops instead of respawning


def build_app(env: Mapping[str, str] | None = None) -> WebApp:
    """Load the engine, open the store and build the app. Raises KnowledgeError (a broken
    knowledge folder) or UsageError (a bad setting, an unreachable store)."""
    from ..engine import Engine

    env = os.environ if env is None else env
    max_body = _positive_int(env, "JIEBEI_MAX_BODY", DEFAULT_MAX_BODY)
    engine = Engine.load(env.get("JIEBEI_KNOWLEDGE") or None)
    store = open_store(env.get("JIEBEI_SESSION_STORE"), engine)
    if store is not None and not store.ping():
        raise UsageError(f"JIEBEI_SESSION_STORE: the {store.kind} store does not answer")
    origins = env.get("JIEBEI_CORS_ORIGIN", "").replace(",", " ").split()
    quiet = env.get("JIEBEI_ACCESS_LOG", "").lower() in ("0", "off", "false", "no")
    return WebApp(Dispatcher(engine, store), max_body=max_body, cors_origins=origins,
                  static=load_static(), access_log=None if quiet else access_logger())


def load_app_or_exit() -> WebApp:
    """build_app(), or one line on stderr and exit status 3 (so gunicorn stops at once)."""
    try:
        return build_app()
    except BotError as error:
        print(f"jiebei-bot: cannot start: {error}", file=sys.stderr, flush=True)
        raise SystemExit(BOOT_ERROR) from None


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    text = env.get(name, "").strip()
    if not text:
        return default
    if not (text.isascii() and text.isdigit()) or int(text) == 0:
        raise UsageError(f"{name}: expected a positive whole number, found {text[:20]!r}")
    return int(text)
