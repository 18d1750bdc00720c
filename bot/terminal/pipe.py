"""Piped mode: ``jiebei-bot`` with stdin not a terminal answers each line, plainly.

Lines are independent questions by default (details from one never leak into another), so
follow-ups are offered as questions to ask in full, never "type the number", and a line that is
only a number gets a hint about ``--session``; with ``--session`` they are one conversation, so
"2", "详细点" and "用英文" work as in the REPL. Slash
commands work as in the REPL (/quit ends); a leaving word ("exit", "再见") ends too.

Input is read as bytes, a line at a time with a bounded buffer, and decoded explicitly, so neither
invalid UTF-8 nor an endless line can stop it.
"""

from __future__ import annotations

import re
from typing import BinaryIO, Iterator, TextIO

from .. import followups
from ..engine import Engine
from ..errors import BotError
from ..text import detect_lang
from . import strings
from .chat import Chat, command, is_command
from .layout import sanitize
from .render import block, plain, reply_fragments

MAX_LINE_BYTES = 64 * 1024  # longer lines keep their opening and their end (the question)
HEAD_BYTES = 4 * 1024
CUT = " … ".encode()  # where the middle of an over-long line was left out
ECHO_CHARS = 120  # a long line is echoed only this far
# A line that only picks an option: "2", "２", "第2个", "#2", "no. 2".
_CHOICE_RE = re.compile(r"(?:第|#|no\.?\s*|number\s*)?[0-9０-９]{1,2}(?:个|条|项)?[.。!！]?", re.IGNORECASE)
RULE = "-" * 40


def run_pipe(engine: Engine, stream: BinaryIO, out: TextIO, *, keep_session: bool = False,
             width: int | None = None) -> int:
    """Answer each non-empty line of ``stream``; ``width`` wraps (None: no wrapping, for files
    and programs). Returns the exit status (0)."""
    chat = Chat(engine, keep_session=keep_session)
    first = True
    for raw, length in measured_lines(stream):
        text = raw.decode("utf-8", "replace").strip()
        if not text:
            continue
        if not first:
            out.write("\n" + RULE + "\n\n")
        first = False
        out.write(f"> {_echo(text, length)}\n\n")
        if not text.replace("\ufffd", "").strip():
            # Bytes that are not UTF-8 and nothing else: say so in one line, and read on.
            out.write(plain(block(strings.NOT_TEXT[chat.ui_lang], width)))
        elif not _answer(chat, text, out, width):
            break
        out.flush()
    return 0


def _answer(chat: Chat, text: str, out: TextIO, width: int | None) -> bool:
    """Write the answer to one line; False when the input asked to stop."""
    if is_command(text):
        outcome = command(chat, text, width)
        out.write(plain(outcome.fragments))
        return not outcome.quit
    if not chat.keep_session and _CHOICE_RE.fullmatch(text):
        # "2" alone picks from the options of a conversation, and independent lines have none.
        out.write(plain(block(strings.PIPE_NO_SESSION[chat.ui_lang], width)))
        return True
    try:
        reply = chat.ask(text)
    except BotError as error:
        out.write(plain(block(strings.ERROR[detect_lang(text)].format(error=error), width)))
        return True
    # Numbers can be answered only within a conversation (--session).
    out.write(plain(reply_fragments(reply, width, numbers=chat.keep_session)))
    return not followups.is_leaving(text)


def _echo(text: str, length: int | None = None) -> str:
    """The line as echoed: control sequences removed, and a long line cut short with its length
    (``length``: the whole line's characters when its middle was left out in reading)."""
    clean = " ".join(sanitize(text).split())
    if len(clean) <= ECHO_CHARS:
        return clean
    # The whole line's length, not what was kept of it (ans56: an 80,000-character line had been
    # echoed as "共 21850 个字", the characters of its kept 64 KiB).
    count = len(clean) if length is None else length
    return clean[:ECHO_CHARS] + strings.LONG_ECHO[detect_lang(clean[:ECHO_CHARS])].format(count=count)


# UTF-8 continuation bytes: every other byte starts a character (or is invalid, read as one U+FFFD).
_CONTINUATION = bytes(range(0x80, 0xC0))


def _characters(data: bytes) -> int:
    """The characters ``data`` holds as UTF-8, counted without decoding (split characters count once)."""
    return len(data.translate(None, _CONTINUATION))


def measured_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[bytes, int | None]]:
    """Lines of a byte stream, each at most about ``limit`` bytes, memory bounded however long a
    line (or a stream with no newline) grows. Of a longer line its first HEAD_BYTES and its last
    bytes are kept, joined by a break: unlike ``bot.lines`` (the stdio server keeps the head of a
    request), a borrower's long story usually ends with the question, and the engine reads a
    long message's opening and end. Each line comes with the whole line's length in characters
    (its line end left out) when its middle was left out, else None."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if line.endswith(b"\n") or len(line) < limit:
            yield line, None
            continue
        head, tail = line[:HEAD_BYTES], line[HEAD_BYTES:]
        count = _characters(line)
        while not tail.endswith(b"\n"):
            more = stream.readline(limit)
            if not more:
                break
            count += _characters(more)
            tail = (tail + more)[-(limit - HEAD_BYTES):]  # only the last part is ever held
        yield head + CUT + tail, count - len(tail) + len(tail.rstrip(b"\r\n"))
