"""Small HTTP pieces for the WSGI app: reading a request body safely, request ids, the access log."""

from __future__ import annotations

import logging
import math
import os
import re
import sys
import time
from typing import Any

from .overlong import Ends
from .protocol import ProtocolError

_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_UNPRINTABLE_RE = re.compile(r"[^\x21-\x7e]")
_UNPRINTABLE_TEXT_RE = re.compile(r"[^\x20-\x7e]")  # as _UNPRINTABLE_RE, spaces kept (inside a message)


class HttpError(ProtocolError):
    """A request refused before the protocol sees it: ``status`` is the HTTP status line."""

    def __init__(self, status: str, code: str, message: str) -> None:
        super().__init__(code, message)
        self.status = status


def read_body(environ: dict[str, Any], max_body: int) -> bytes:
    """The request body, at most ``max_body`` bytes. A missing or non-numeric Content-Length, a
    body over the limit, or a chunked body the server cannot end each raise HttpError."""
    stream = environ["wsgi.input"]
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    if declared:
        if not (declared.isascii() and declared.isdigit()):
            raise HttpError("400 Bad Request", "bad_request",
                            f"Content-Length: expected a number of bytes, found {printable(declared, 20)!r}")
        length = int(declared)
        if length > max_body:
            raise HttpError("413 Payload Too Large", "too_long", f"body: expected at most {max_body} bytes, found {length}")
        body = bytes(stream.read(length)) if length else b""
        if len(body) < length:
            raise HttpError("400 Bad Request", "bad_request", f"body: {len(body)} bytes arrived of the {length} declared")
        return body
    if environ.get("wsgi.input_terminated"):
        # The server ends the stream itself (a chunked body, or no body): read to the end, bounded.
        body = bytes(stream.read(max_body + 1))
        if len(body) > max_body:
            raise HttpError("413 Payload Too Large", "too_long", f"body: expected at most {max_body} bytes")
        return body
    if "chunked" in str(environ.get("HTTP_TRANSFER_ENCODING", "")).lower():
        raise HttpError("411 Length Required", "bad_request", "body: send a Content-Length (this server cannot read chunked bodies)")
    return b""


def over_long_cap(max_body: int) -> int:
    """The most of a body over ``max_body`` read by its ends (so that an urgent question in it is
    answered: bot.server.overlong): what waitress itself accepts (bot.server.httpd), 1 MiB or
    4 x ``max_body``. A longer body is refused unread."""
    return max(1024 * 1024, 4 * max_body)


def read_ends(environ: dict[str, Any], max_body: int) -> Ends | None:
    """The first and last bytes (``max_body`` in all) of a body over ``max_body`` that declares
    its length, read in pieces; None when it declares none or more than ``over_long_cap``."""
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    if not (declared.isascii() and declared.isdigit()) or int(declared) > over_long_cap(max_body):
        return None
    stream, left, ends = environ["wsgi.input"], int(declared), Ends(max_body)
    while left > 0:
        piece = bytes(stream.read(min(left, 64 * 1024)))
        if not piece:
            break
        ends.feed(piece)
        left -= len(piece)
    return ends


def check_json_body_type(environ: dict[str, Any]) -> None:
    """HttpError (415) unless the request says its body is JSON: ``Content-Type:
    application/json``, with at most a ``charset=utf-8``. Not a formality: a browser sends a
    cross-origin POST of text/plain, a form or no type at all without asking the server first (no
    CORS preflight), so a page anywhere could post questions in a visitor's name; application/json
    always needs the preflight, which only JIEBEI_CORS_ORIGIN's origins pass."""
    given = str(environ.get("CONTENT_TYPE") or "").strip()
    media_type, _, parameters = given.partition(";")
    charset = ""
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    if media_type.strip().lower() == "application/json" and charset in ("", "utf-8", "utf8"):
        return
    found = repr(_UNPRINTABLE_TEXT_RE.sub("?", given[:60])) if given else "none"
    raise HttpError("415 Unsupported Media Type", "bad_request",
                    f"Content-Type: expected application/json (UTF-8), found {found}")


def quiet_queue_warnings(seconds: float = 60.0) -> None:
    """Let waitress's "Task queue depth is N" warning (one per request while every thread is
    busy: a thousand lines in a short burst) through at most once per ``seconds``; a host app
    that gave the ``waitress.queue`` logger filters of its own keeps them."""
    logger = logging.getLogger("waitress.queue")
    if not logger.filters:
        logger.addFilter(_OncePer(seconds))


class _OncePer(logging.Filter):
    """Passes one record per ``seconds`` (a rough limit: two threads may both pass at once)."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.last = -math.inf

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self.last < self.seconds:
            return False
        self.last = now
        return True


def request_id(environ: dict[str, Any]) -> str:
    """The client's X-Request-Id when it is a plain token, otherwise a fresh random one."""
    given = str(environ.get("HTTP_X_REQUEST_ID", ""))
    return given if _REQUEST_ID_RE.fullmatch(given) else os.urandom(8).hex()  # secrets.token_hex(8), without hashlib


def printable(text: str, limit: int = 100) -> str:
    """``text`` cut to ``limit`` characters with anything unprintable as "?" (safe in a log line)."""
    return _UNPRINTABLE_RE.sub("?", text[:limit])


def access_logger() -> logging.Logger:
    """The ``jiebei_bot.access`` logger, writing to stderr unless the host app configured it."""
    logger = logging.getLogger("jiebei_bot.access")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s jiebei-bot access %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger
