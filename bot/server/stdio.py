"""``jiebei-bot serve --stdio``: JSON Lines over stdin/stdout.

One response line per non-empty request line, in order, flushed at once; exit 0 at end of
input. Lines are read as bytes with a bounded read (MAX_LINE_BYTES) and decoded as UTF-8 here,
so the locale never matters: an over-long line, invalid UTF-8, invalid JSON or a request nested
too deeply each get an error response and the server goes on. Conversations: client-held
``state``, or ``"session": null`` for an id kept in this process's memory (see protocol).
"""

from __future__ import annotations

from typing import BinaryIO, Iterator

from .. import patterns_evict
from ..engine import Engine
from ..lines import Line, decode, describe_decode_error, first_chunks
from .overlong import Ends, answer_over_long
from .protocol import Dispatcher, dumps, error_response
from .stores import IDLE_SECONDS, MemoryStore, Store

MAX_LINE_BYTES = 64 * 1024
# Every this many lines the built patterns not searched with since the last time are given back
# (bot.patterns_evict) and the heap's free pages go back to the system (malloc_trim): bounded caches
# churn, and freed pages would otherwise stay resident (~0.6 MiB at 20,000 requests; PERF_LOG part 18).
# 100, not 1,000: 1.2 MiB less after 20,000 requests of memory.py's mix, for ~0.5 rebuilds a request
# (each ~0.8% of a warm ask's CPU) and a sweep and a trim (~0.15 ms) every 100 lines: ~0.5% of CPU in
# all (PERF_LOG part 39, addendum mem153).
TRIM_EVERY = 100


def serve_stdio(engine: Engine, stream: BinaryIO, out: BinaryIO, store: Store | None = None,
                ttl: float = IDLE_SECONDS) -> int:
    """Answer every non-empty line of ``stream`` on ``out``; returns the exit status (0).
    ``ttl``: idle seconds a conversation of the default memory store is kept (JIEBEI_SESSION_TTL)."""
    dispatcher = Dispatcher(engine, store if store is not None else MemoryStore(engine, idle_seconds=ttl))
    for line, ends in _lines(stream):
        if not line.too_long and not line.data.strip():
            continue  # (an over-long line is answered even when its first 64 KiB are blank: front4)
        if ends is not None:
            # Its opening and its end are read: an urgent question is answered (bot.server.overlong).
            response = answer_over_long(dispatcher, ends.head, ends.tail,
                                        f"line {line.number}: longer than {MAX_LINE_BYTES} bytes")
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
        if line.number % TRIM_EVERY == 0:
            from .settle import trim_heap  # ctypes: imported at the first trim, not at every start

            # Built patterns not searched with since the last trim are given back first (rebuilt at
            # their next search: bot.patterns_evict; ~1.5-2 MiB of a settled server, PERF_LOG part 39).
            patterns_evict.sweep()
            trim_heap()
    return 0


def _lines(stream: BinaryIO) -> Iterator[tuple[Line, Ends | None]]:
    """Each line of ``stream`` as bot.lines.read_lines gives it, with, for a line over
    MAX_LINE_BYTES, its first and last bytes (``Ends``: never more than MAX_LINE_BYTES held)."""
    for line, chunk in first_chunks(stream, MAX_LINE_BYTES):
        if chunk is None:
            yield line, None
            continue
        ends = Ends(MAX_LINE_BYTES)
        while chunk:
            ends.feed(chunk.rstrip(b"\r\n") if chunk.endswith(b"\n") else chunk)
            if chunk.endswith(b"\n"):
                break
            chunk = stream.readline(MAX_LINE_BYTES)
        yield Line(line.number, ends.head, too_long=True), ends
