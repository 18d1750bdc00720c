"""What waitress would answer on its own, answered in the app's format instead.

waitress refuses some requests before any application sees them: a malformed request (a
non-numeric ``Content-Length``, a bad header line or start line) is 400, a body at or over
its ``max_request_body_size`` is 413, headers over ``max_request_header_size`` are 431, a
``Transfer-Encoding`` other than chunked is 501, and a crash while answering is 500. Its own
answers are text/plain, without ``X-Content-Type-Options`` or ``X-Request-Id``, and miss the
access log. ``install`` gives the server's connections an error task that answers each of these
through ``WebApp.refuse``: the protocol's JSON error (``{"error": {"code", "message"}}``), the
same headers as every answer, one access-log line. waitress still closes the connection after
such an answer, as it always does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .httputil import printable

if TYPE_CHECKING:
    from .wsgi import WebApp

# waitress's status code -> (status line, protocol error code)
_STATUS = {400: ("400 Bad Request", "bad_request"), 413: ("413 Payload Too Large", "too_long"),
           431: ("431 Request Header Fields Too Large", "too_long"), 501: ("501 Not Implemented", "bad_request"),
           500: ("500 Internal Server Error", "internal")}


def install(server: Any, app: "WebApp") -> None:
    """Make ``server`` (from ``waitress.create_server``) answer its own refusals through ``app``."""
    from waitress.task import ErrorTask

    class JsonErrorTask(ErrorTask):  # type: ignore[misc]
        """waitress's ErrorTask, writing the app's JSON error instead of waitress's text."""

        def execute(self) -> None:
            status, headers, body = app.refuse(*describe(self.request, server.adj, app.max_body))
            self.status = status
            self.response_headers.extend(headers)
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)

    class JsonErrorChannel(server.channel_class):  # type: ignore[misc]
        error_task_class = JsonErrorTask

    server.channel_class = JsonErrorChannel


def describe(request: Any, adj: Any, max_body: int) -> tuple[dict[str, Any], str, str, str]:
    """``WebApp.refuse``'s arguments for a waitress request that carries an ``error``: what
    could be read of the request as a WSGI environ, the status line, the code and a message
    that says what was expected and what was found."""
    error = request.error
    headers = dict(getattr(request, "headers", None) or {})
    number = int(getattr(error, "code", 500))
    status, code = _STATUS.get(number, (f"{number} {getattr(error, 'reason', 'Error')}", "bad_request"))
    environ = {"REQUEST_METHOD": getattr(request, "command", None) or "-",
               "PATH_INFO": getattr(request, "path", None) or "-",
               "HTTP_X_REQUEST_ID": headers.get("X_REQUEST_ID", ""), "HTTP_ORIGIN": headers.get("ORIGIN", "")}
    if number == 431:
        # waitress stops reading at the limit and stands in "GET /" for the request it never parsed.
        environ["REQUEST_METHOD"] = environ["PATH_INFO"] = "-"
    return environ, status, code, _message(number, str(getattr(error, "body", "")), request, headers, adj, max_body)


def _message(number: int, detail: str, request: Any, headers: dict[str, str], adj: Any, max_body: int) -> str:
    if number == 400 and "Content-Length" in detail:
        found = printable(headers.get("CONTENT_LENGTH", ""), 20)
        return f"Content-Length: expected a number of bytes, found {found!r}"
    if number == 400 and "hunk" in detail:
        return f"body: expected chunked transfer coding, found a broken chunk ({_clean(detail)})"
    if number == 400:
        return f"request: expected an HTTP/1.x request, found one waitress cannot parse ({_clean(detail)})"
    if number == 413:
        length = int(getattr(request, "content_length", 0) or 0)
        found = f"{length}" if length else "more (a chunked body)"
        return f"body: expected at most {max_body} bytes, found {found}"
    if number == 431:
        return f"headers: expected at most {adj.max_request_header_size} bytes, found more"
    if number == 501:
        return "Transfer-Encoding: expected chunked or none, found another coding"
    if number == 500:
        return "internal error"
    return f"request: refused by the server ({_clean(detail)})"


def _clean(detail: str) -> str:
    """waitress's own description, which may quote request bytes: printable ASCII, bounded."""
    return re.sub(r"[^\x20-\x7e]", "?", detail[:80])


__all__ = ["describe", "install"]
