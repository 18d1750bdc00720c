"""Reading lines from a byte stream safely: bounded reads and explicit UTF-8 decoding.

Used by the stdio server and the piped REPL, whatever the locale says stdin's encoding is: a
line is read as bytes, at most ``max_bytes`` at a time (a 200 MB line, or a stream that never
sends a newline, costs ``max_bytes`` of memory, not its length), and decoded as UTF-8 here.
"""

from __future__ import annotations

from .records import dataclass
from typing import BinaryIO, Iterator

SKIP_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Line:
    """One line of input: its bytes without the line ending (at most the limit), and whether
    the line was longer than the limit (the rest was read and dropped)."""

    number: int
    data: bytes
    too_long: bool = False


def first_chunks(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[Line, bytes | None]]:
    """Each line of ``stream`` read up to ``max_bytes + 1`` bytes: a whole line as its Line and
    None; a longer one as a too-long Line of its first ``max_bytes`` and the chunk read, with the
    stream left inside the line for the caller to skip or to read on (bot.server.stdio keeps its ends)."""
    number = 0
    while True:
        chunk = stream.readline(max_bytes + 1)
        if not chunk:
            return
        number += 1
        if chunk.endswith(b"\n") or len(chunk) <= max_bytes:
            yield Line(number, chunk.rstrip(b"\r\n")), None
        else:
            yield Line(number, chunk[:max_bytes], too_long=True), chunk


def read_lines(stream: BinaryIO, max_bytes: int) -> Iterator[Line]:
    """Each line of ``stream``, never holding more than ``max_bytes + 1`` bytes of it."""
    for line, chunk in first_chunks(stream, max_bytes):
        if chunk is not None:
            _skip_to_line_end(stream)
        yield line


def _skip_to_line_end(stream: BinaryIO) -> None:
    # Ends at the newline or at end of input; each pass holds one chunk only.
    while True:
        chunk = stream.readline(SKIP_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def decode(data: bytes) -> str:
    """Strict UTF-8 (a leading byte-order mark dropped); UnicodeDecodeError otherwise."""
    text = data.decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def describe_decode_error(error: UnicodeDecodeError) -> str:
    """"not valid UTF-8 (byte 0xff at offset 12)": where and what, never the text itself."""
    return f"not valid UTF-8 (byte 0x{error.object[error.start]:02x} at offset {error.start})"
