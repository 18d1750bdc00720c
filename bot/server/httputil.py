"""Small HTTP pieces for the WSGI app: reading a request body safely, request ids, the access log."""

from __future__ import annotations

import logging
import os
import re
import sys
from typing import Any

from .protocol import ProtocolError

_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_UNPRINTABLE_RE = re.compile(r"[^\x21-\x7e]")


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
