"""Reading an over-long request by its two ends, so that an urgent one is still answered.

A stdio line over 64 KiB, or an HTTP body over JIEBEI_MAX_BODY, is refused with ``too_long``,
but "an urgent message is answered whatever else is wrong" (docs/embedding.md): front7 pasted a
70,000-character message opening with 我不想活了 and got only the error, where the piped CLI,
which keeps a long line's opening and its end, answered it. The servers now keep the first
HEAD_BYTES and the last bytes of such a request (never more than their limit in all) and read
from them what the request most likely was: its ``id`` and ``lang`` when they come before the
question, the question's opening from the head and its end from the tail. When the engine's reply
to that question alone is urgent, it is answered with the ``too_long`` error as a warning;
otherwise the error stands (now with the request's id when it could be read).
"""

from __future__ import annotations

from typing import Any

from ..inputs import CUT_MARK
from .protocol import Dispatcher, ProtocolError, error_response, request_id

HEAD_BYTES = 4 * 1024  # as the piped CLI keeps of a long line (bot.terminal.pipe)
_RESYNC = 8  # characters tried off a cut end: a split escape (\u4e0d) or a lone backslash


def salvage(head: bytes, tail: bytes) -> dict[str, Any] | None:
    """The request an over-long JSON object most likely was, from its first bytes (``head``) and
    its last (``tail``), with the question that spans the cut as its opening + CUT_MARK + its end;
    None when neither end shows a question string."""
    first = _opening(head.decode("utf-8", "ignore").lstrip("\ufeff"))
    last = _ending(tail.decode("utf-8", "ignore").rstrip())
    if first is None and last is None:
        return None
    request = {**(last or {}), **(first or {})}  # fields before the question win (id, lang)
    parts = [part["question"] for part in (first, last) if part is not None]
    request["question"] = CUT_MARK.join(parts)
    return request


def _opening(text: str) -> dict[str, Any] | None:
    """The fields of ``text`` (a request's start, cut inside its question) with the question's
    opening: the object closed right after the cut."""
    for cut in range(_RESYNC):
        found = _object(text[: len(text) - cut] + '"}')
        if found is not None:
            return found
    return None


def _ending(text: str) -> dict[str, Any] | None:
    """The fields after the question in ``text`` (a request's end, starting inside its question)
    with the question's end: the object reopened just before the cut."""
    for cut in range(_RESYNC):
        found = _object('{"question":"' + text[cut:])
        if found is not None:
            return found
    return None


def _object(text: str) -> dict[str, Any] | None:
    import rapidjson  # only for an over-long request: a server's common path never imports it

    try:
        value = rapidjson.loads(text, allow_nan=False)
    except (ValueError, RecursionError, UnicodeError):
        return None
    return value if isinstance(value, dict) and isinstance(value.get("question"), str) else None


def answer_over_long(dispatcher: Dispatcher, head: bytes, tail: bytes, message: str) -> dict[str, Any]:
    """The response to a request refused as too long (``message`` says why): the reply, with the
    error as a warning, when the question read from its ends is urgent; the error otherwise."""
    request = salvage(head, tail)
    rid = request_id(request)
    if request is not None:
        try:
            answered = dispatcher.answer_urgent(request, ProtocolError(
                "too_long", message + "; its opening and its end were read"))
        except Exception:  # a bug: the error stands (Dispatcher.handle does the same)
            answered = None
        if answered is not None:
            return {"id": rid, "ok": True, **answered}
    return error_response(rid, "too_long", message)


class Ends:
    """The first HEAD_BYTES (at most half of ``limit``) and the last of ``limit`` bytes of a stream
    fed in pieces: memory stays at ``limit`` however long it is."""

    def __init__(self, limit: int) -> None:
        self.head_limit = min(HEAD_BYTES, limit // 2)
        self.tail_limit = max(1, limit - self.head_limit)  # (never 0: x[-0:] is all of x)
        self.head = b""
        self.tail = b""
        self.size = 0

    def feed(self, data: bytes) -> None:
        """Take the next piece of the stream."""
        self.size += len(data)
        room = self.head_limit - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        self.tail = (self.tail + data)[-self.tail_limit:]


__all__ = ["Ends", "HEAD_BYTES", "answer_over_long", "salvage"]
