"""The clause around a matched fear (moved out of bot.concerns unchanged, ans69: concerns.py was over its
size; bot.concerns reads a fear only in the clause that asks about or worries over it)."""

from __future__ import annotations

import re

from .patterns import regex

_CLAUSE_END = regex(r"[，,。.！!？?；;\n]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def clause_of(text: str, match: re.Match[str]) -> str:
    """The clause around a match: up to the nearest punctuation, or a space between Chinese words."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    start = bounds[-1] if bounds else 0
    after = _CLAUSE_END.search(text, match.end())
    if after is None:
        return text[start:]
    # An English clause keeps its "?": "jiebei will my employer find out?" is a question only by it.
    # (Chinese questions say so in words; a stray "?" there ends statements too: "在坐牢?回来之后".)
    keeps_mark = after.group(0) == "?" and match.group(0).isascii()
    return text[start: after.end() if keeps_mark else after.start()]


__all__ = ["clause_of"]
