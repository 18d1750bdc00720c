"""The HTTP API as a WSGI application: POST /v1/ask, GET /v1/topics, GET /healthz, and the
web chat page's static files (GET /, GET /static/NAME) when the package ships them.

Behaviour every response shares: JSON errors in the protocol's shape with a fitting status;
405 with an ``Allow`` header for a wrong method; HEAD wherever GET works; OPTIONS (a CORS
preflight when JIEBEI_CORS_ORIGIN allows the origin) answered 204 with no body;
``X-Content-Type-Options: nosniff`` and ``Cache-Control: no-store`` on answers; an
``X-Request-Id`` on every response; one access-log line per request on stderr (method, path,
status, duration, request id, worker pid: never the question, the state or the session id).
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any, Callable, Iterable

from ..lines import describe_decode_error
from .httputil import HttpError, check_json_body_type, printable, read_body, read_ends, request_id
from .overlong import answer_over_long
from .protocol import Dispatcher, dumps, error_response
from .settings import DEFAULT_MAX_BODY
from .static import StaticFile, static_name

StartResponse = Callable[..., Any]
Headers = list[tuple[str, str]]
STATUS = {"bad_json": "400 Bad Request", "bad_request": "400 Bad Request", "missing_field": "400 Bad Request",
          "wrong_type": "400 Bad Request", "bad_state": "400 Bad Request", "too_long": "413 Payload Too Large",
          "unknown_op": "400 Bad Request", "unknown_session": "404 Not Found", "busy": "503 Service Unavailable",
          "store_unavailable": "503 Service Unavailable", "internal": "500 Internal Server Error"}
API_ROUTES = {"/v1/ask": ("POST",), "/v1/topics": ("GET", "HEAD"), "/healthz": ("GET", "HEAD")}
_SECURITY = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
_API_HEADERS = [("Cache-Control", "no-store"),
                ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")]
_PAGE_HEADERS = [("Cache-Control", "no-cache"),
                 ("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")]


class Response:
    """A status, headers and body, as the app hands them to the server."""

    def __init__(self, status: str, body: bytes = b"", headers: Headers | None = None) -> None:
        self.status, self.body, self.headers = status, body, headers or []


class WebApp:
    """A WSGI callable around one Dispatcher (engine already loaded, store already opened)."""

    def __init__(self, dispatcher: Dispatcher, *, max_body: int = DEFAULT_MAX_BODY,
                 cors_origins: Iterable[str] = (), static: dict[str, StaticFile] | None = None,
                 access_log: logging.Logger | None = None) -> None:
        self.dispatcher = dispatcher
        self.max_body = max_body
        self.cors_origins = frozenset(cors_origins)
        self.static = static or {}
        self.access_log = access_log

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        path = str(environ.get("PATH_INFO") or "/")
        try:
            response = self._route(method, path, environ)
        except HttpError as error:
            response = _json(error.status, error_response(None, error.code, str(error)))
        except Exception:  # no stack trace ever reaches a client
            response = _json("500 Internal Server Error", error_response(None, "internal", "internal error"))
        status, headers, body = self._finish(environ, method, path, response, started)
        start_response(status, headers)
        return [body]

    def refuse(self, environ: dict[str, Any], status: str, code: str, message: str) -> tuple[str, Headers, bytes]:
        """The response to a request the server refused before the app saw it (malformed, or over
        the server's own limits): the app's JSON error, headers and access-log line all the same.
        ``environ`` holds what the server could read of the request (method, path, headers)."""
        method = str(environ.get("REQUEST_METHOD") or "-").upper()
        path = str(environ.get("PATH_INFO") or "-")
        response = _json(status, error_response(None, code, message))
        return self._finish(environ, method, path, response, time.perf_counter())

    def _finish(self, environ: dict[str, Any], method: str, path: str, response: Response,
                started: float) -> tuple[str, Headers, bytes]:
        """Status, headers and body as sent: the shared headers added, no body where HTTP has
        none; and the request's access-log line."""
        rid = request_id(environ)
        headers = response.headers + _SECURITY + self._cors(environ) + [("X-Request-Id", rid)]
        body = response.body
        if not response.status.startswith(("204", "304")):
            headers.append(("Content-Length", str(len(body))))
        if method == "HEAD" or response.status.startswith(("204", "304")):
            body = b""
        if self.access_log:
            self.access_log.info("%s %s %s %.1fms rid=%s pid=%d", printable(method, 16), printable(path),
                                 response.status[:3], (time.perf_counter() - started) * 1000, rid, os.getpid())
        return response.status, headers, body

    def _route(self, method: str, path: str, environ: dict[str, Any]) -> Response:
        allowed = self._allowed(path)
        if not allowed:
            return _json("404 Not Found", error_response(None, "not_found", f"no such endpoint: {printable(path)}"))
        if method == "OPTIONS":
            return Response("204 No Content", headers=[("Allow", ", ".join(allowed + ("OPTIONS",)))]
                            + self._preflight(environ, allowed))
        if method not in allowed:
            return _json("405 Method Not Allowed", error_response(None, "method_not_allowed",
                         f"{printable(path)}: use {' or '.join(allowed)}"), [("Allow", ", ".join(allowed + ("OPTIONS",)))])
        if path == "/v1/ask":
            return self._ask(environ)
        if path == "/v1/topics":
            return _json("200 OK", self.dispatcher.handle({"op": "topics"}))
        if path == "/healthz":
            health = self.dispatcher.handle({"op": "health"})
            return _json("200 OK" if health.get("status") == "ok" else "503 Service Unavailable", health)
        return self._file(environ, self.static[static_name(path) or ""])

    def _allowed(self, path: str) -> tuple[str, ...]:
        if path in API_ROUTES:
            return API_ROUTES[path]
        name = static_name(path)
        return ("GET", "HEAD") if name is not None and name in self.static else ()

    def _ask(self, environ: dict[str, Any]) -> Response:
        try:
            body = read_body(environ, self.max_body)
            check_json_body_type(environ)
        except HttpError as error:
            if error.status.startswith("413"):
                return self._over_long(environ, error)
            return _json(error.status, error_response(None, error.code, str(error)))
        if not body.strip():
            return _json("400 Bad Request", error_response(None, "bad_json", "body: empty; expected a JSON request"))
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            return _json("400 Bad Request", error_response(None, "bad_request", f"body: {describe_decode_error(error)}"))
        response = self.dispatcher.handle_text(text)
        code = response.get("error", {}).get("code")
        return _json(STATUS.get(code, "400 Bad Request") if code else "200 OK", response)

    def _over_long(self, environ: dict[str, Any], error: HttpError) -> Response:
        """A body over JIEBEI_MAX_BODY (413): read by its ends, up to over_long_cap, so that an
        urgent question in it is answered, 200 with the error as a warning (front7: 30,000
        characters opening with a crisis got only 413). Only a body typed as JSON: any other
        is refused unread, since a page on another origin may post one without asking (415's
        reason: check_json_body_type); nor a chunked one (no length to bound it by)."""
        refused = _json(error.status, error_response(None, error.code, str(error)))
        try:
            check_json_body_type(environ)
        except HttpError:
            return refused
        ends = read_ends(environ, self.max_body)
        if ends is None:
            return refused
        response = answer_over_long(self.dispatcher, ends.head, ends.tail, str(error))
        return _json("200 OK" if response["ok"] else error.status, response)

    def _file(self, environ: dict[str, Any], file: StaticFile) -> Response:
        headers = [("ETag", file.etag)] + _PAGE_HEADERS
        if environ.get("HTTP_IF_NONE_MATCH") == file.etag:
            return Response("304 Not Modified", headers=headers)
        return Response("200 OK", file.body, [("Content-Type", file.content_type)] + headers)

    def _cors(self, environ: dict[str, Any]) -> Headers:
        origin = str(environ.get("HTTP_ORIGIN", ""))
        if origin and ("*" in self.cors_origins or origin in self.cors_origins):
            return [("Access-Control-Allow-Origin", origin), ("Vary", "Origin"),
                    ("Access-Control-Expose-Headers", "X-Request-Id")]
        return []

    def _preflight(self, environ: dict[str, Any], allowed: tuple[str, ...]) -> Headers:
        if not self._cors(environ) or "HTTP_ACCESS_CONTROL_REQUEST_METHOD" not in environ:
            return []
        return [("Access-Control-Allow-Methods", ", ".join(allowed)),
                ("Access-Control-Allow-Headers", "Content-Type, X-Request-Id"), ("Access-Control-Max-Age", "600")]


def _json(status: str, data: dict[str, Any], headers: Headers | None = None) -> Response:
    body = (dumps(data) + "\n").encode("utf-8")
    return Response(status, body, [("Content-Type", "application/json; charset=utf-8")] + _API_HEADERS + (headers or []))


__all__ = ["WebApp", "STATUS"]
