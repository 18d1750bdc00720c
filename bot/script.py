"""Answer in the script the borrower writes: a question in traditional characters (借唄逾期會上門嗎)
gets its answer in traditional characters, through OpenCC on the rendered text.

``s2tw`` (characters only, no vocabulary change) rather than plain ``s2t``: it writes 為 and 才
as traditional-character readers do, not OpenCC's dated standard forms 爲 and 纔.

Answers are written in simplified Chinese; converting the finished reply (rather than keeping a
second set of templates) keeps one source of truth. English text passes through unchanged.
The conversions are OpenCC's, run from tables built from its dictionaries (bot.convert).
"""

from __future__ import annotations

from .records import replace
from .reply import Reply
from .t2s import may_change

TO_TRADITIONAL = "s2tw"


def _convert(config: str, text: str) -> str:
    # bot.convert: OpenCC's conversions from tables (s2tw's ~2.4 MiB, where OpenCC's s2tw converter
    # holds ~43), with the same output; OpenCC's own for the few texts the tables do not cover.
    from .convert import converter  # imported with the first conversion: most processes never need one

    return converter(config).convert(text)


def writes_traditional(text: str) -> bool | None:
    """True when a message is written in traditional characters, False when in simplified, None
    when it does not tell (no Chinese, or only characters both scripts share, such as 逾期)."""
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        return None  # no Chinese at all: nothing to convert, and no OpenCC call on the hot path
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: OpenCC cannot read them, and they carry no script
        text = text.encode("utf-8", "replace").decode("utf-8")
    # t2s changes nothing in most messages, as bot.t2s tells without loading OpenCC.
    traditional = _changed(text, _convert("t2s", text)) if may_change(text) else 0
    simplified = _changed(text, _convert(TO_TRADITIONAL, text))
    if traditional == simplified:
        return None
    return traditional > simplified


def _changed(before: str, after: str) -> int:
    """How many Chinese characters a conversion changed."""
    return sum(1 for a, b in zip(before, after) if a != b and "\u3400" <= a <= "\u9fff")


def to_traditional(text: str) -> str:
    """Simplified Chinese to traditional, line by line (so a reply's lead still equals its first line)."""
    return "\n".join(_convert(TO_TRADITIONAL, line) for line in text.split("\n"))


def in_traditional(reply: Reply) -> Reply:
    """The reply with its text, lead and suggestions in traditional characters."""
    if reply.lang != "zh":
        return reply
    return replace(reply, text=to_traditional(reply.text), lead=to_traditional(reply.lead),
                   suggestions=tuple(to_traditional(s) for s in reply.suggestions))


def still_traditional(text: str, traditional: bool) -> bool:
    """Whether a conversation answering in traditional characters (``traditional``) still does
    after the borrower's next message: what ``writes_traditional`` says, when it says anything."""
    if not traditional and not may_change(text):
        # writes_traditional() could only say None (keep) or False (simplified), and either
        # leaves this conversation as it is; known without loading the s2tw tables (~15 ms,
        # ~2.4 MiB), which are then loaded only for conversations that meet traditional text.
        return False
    hint = writes_traditional(text)
    return traditional if hint is None else hint


def follow(question: str, reply: Reply) -> Reply:
    """The reply in the script of the question (the hook ``Engine.ask`` uses)."""
    if not may_change(question):
        # No character t2s would change: writes_traditional() can only say None or False. Known
        # without loading the conversion tables (~15 ms, much of a one-shot answer's start-up).
        return reply
    return in_traditional(reply) if writes_traditional(question) else reply
