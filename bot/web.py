"""The WSGI entry point: ``bot.web:app`` (``gunicorn bot.web:app``, ``waitress-serve bot.web:app``).

Importing this module loads the engine and opens the session store from the environment (see
``bot.server.app``), so each worker is ready before its first request and ``--preload`` shares
one loaded engine between workers. A broken knowledge folder or a bad setting stops the
process at once with one line on stderr (exit status 3, which makes gunicorn stop too).
"""

from __future__ import annotations

from .server.app import load_app_or_exit
from .server.wsgi import WebApp

app: WebApp = load_app_or_exit()

__all__ = ["app"]
