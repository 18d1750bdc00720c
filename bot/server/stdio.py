"""``jiebei-bot serve --stdio``: JSON Lines over stdin/stdout.

One response line per non-empty request line, in order, flushed at once; exit 0 at end of
input. Lines are read as bytes with a bounded read (MAX_LINE_BYTES) and decoded as UTF-8 here,
so the locale never matters: an over-long line, invalid UTF-8, invalid JSON or a request nested
too deeply each get an error response and the server goes on. Conversations: client-held
``state``, or ``"session": null`` for an id kept in this process's memory (see protocol).
"""

from __future__ import annotations

from typing import BinaryIO

from ..engine import Engine
from ..lines import decode, describe_decode_error, read_lines
from .protocol import Dispatcher, dumps, error_response
from .stores import MemoryStore, Store

MAX_LINE_BYTES = 64 * 1024


def serve_stdio(engine: Engine, stream: BinaryIO, out: BinaryIO, store: Store | None = None) -> int:
    """Answer every non-empty line of ``stream`` on ``out``; returns the exit status (0)."""
    dispatcher = Dispatcher(engine, store if store is not None else MemoryStore(engine))
    for line in read_lines(stream, MAX_LINE_BYTES):
        if not line.too_long and not line.data.strip():
            continue  # (an over-long line is answered even when its first 64 KiB are blank: front4)
        if line.too_long:
            response = error_response(None, "too_long", f"line {line.number}: longer than {MAX_LINE_BYTES} bytes")
        else:
            try:
                response = dispatcher.handle_text(decode(line.data))
                if not response["ok"] and response["error"]["code"] == "bad_json":
                    # an offset alone is hard to find in a file of requests: which line (front5)
                    response["error"]["message"] = f"line {line.number}: {response['error']['message']}"
            except UnicodeDecodeError as error:
                response = error_response(None, "bad_request", f"line {line.number}: {describe_decode_error(error)}")
        out.write(dumps(response).encode("utf-8") + b"\n")
        out.flush()
    return 0
