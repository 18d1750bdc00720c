"""The HTTP API as a WSGI application, ``bot.web:app``: POST /v1/ask, GET /v1/topics,
GET /healthz. Runs on the standard library's server (``jiebei-bot serve --http``) or unchanged
under gunicorn (``gunicorn -w 4 bot.web:app``) to use more processes.

Settings from the environment: JIEBEI_KNOWLEDGE (knowledge folder), JIEBEI_CORS_ORIGIN (an
origin to allow; CORS is off when unset), JIEBEI_MAX_BODY (bytes, default 16384).
"""

from __future__ import annotations

import os
import threading
from typing import Any, Callable, Iterable

from .protocol import Dispatcher, dumps, error_response

StartResponse = Callable[..., Any]
_STATUS = {"bad_json": "400 Bad Request", "bad_request": "400 Bad Request",
           "missing_field": "400 Bad Request", "wrong_type": "400 Bad Request",
           "too_long": "413 Payload Too Large", "unknown_op": "400 Bad Request",
           "internal": "500 Internal Server Error"}


class WebApp:
    """A WSGI callable around one Dispatcher, loaded on the first request (so that importing
    the module is cheap and each gunicorn worker loads its own engine)."""

    def __init__(self, dispatcher: Dispatcher | None = None) -> None:
        self._dispatcher = dispatcher
        self._lock = threading.Lock()
        self.max_body = int(os.environ.get("JIEBEI_MAX_BODY", "16384"))
        self.cors_origin = os.environ.get("JIEBEI_CORS_ORIGIN")

    @property
    def dispatcher(self) -> Dispatcher:
        with self._lock:
            if self._dispatcher is None:
                from .engine import Engine

                self._dispatcher = Dispatcher(Engine.load(os.environ.get("JIEBEI_KNOWLEDGE")))
            return self._dispatcher

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, body = self._route(environ)
        except Exception:  # no stack trace ever reaches a client
            status, body = "500 Internal Server Error", error_response(None, "internal", "internal error")
        payload = (dumps(body) + "\n").encode("utf-8")
        headers = [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(payload)))]
        if self.cors_origin:
            headers += [("Access-Control-Allow-Origin", self.cors_origin),
                        ("Access-Control-Allow-Headers", "Content-Type"),
                        ("Access-Control-Allow-Methods", "GET, POST, OPTIONS")]
        start_response(status, headers)
        return [payload]

    def _route(self, environ: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        routes = {("POST", "/v1/ask"): self._ask, ("GET", "/v1/topics"): self._topics,
                  ("GET", "/healthz"): self._health}
        if method == "OPTIONS" and self.cors_origin:
            return "204 No Content", {}
        handler = routes.get((method, path))
        if handler is None:
            allowed = [m for m, p in routes if p == path]
            if allowed:
                return "405 Method Not Allowed", error_response(None, "bad_request", f"{path}: use {allowed[0]}")
            return "404 Not Found", error_response(None, "bad_request", f"no such endpoint: {path}")
        return handler(environ)

    def _ask(self, environ: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > self.max_body:
            return "413 Payload Too Large", error_response(None, "too_long", f"body: expected at most {self.max_body} bytes")
        body = environ["wsgi.input"].read(length) if length else b""
        response = self.dispatcher.handle_text(body)
        code = response.get("error", {}).get("code")
        return (_STATUS[code] if code else "200 OK"), response

    def _topics(self, environ: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return "200 OK", self.dispatcher.handle({"id": None, "op": "topics"})

    def _health(self, environ: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return "200 OK", self.dispatcher.handle({"id": None, "op": "health"})


app = WebApp()
