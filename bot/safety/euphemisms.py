"""Euphemisms and metaphors of one's own ending, read as the plain words (issue 12, docs/safety.md Round 72).

Outside sets lose crises told around the hard word: a visit to the king of the underworld, a curtain call, the
loan's deadline as the writer's own, "six feet under by next year". The learned reader has seen too few of them
to weigh them, and no rule names them, so the loan question beside them wins. Like disguised spellings
(disguise.py), each is read here as the plain word before any rule or learned reader sees the clause; whether the
plain word is a crisis, a joke, a negation ("我才不会去见阎王") or someone else's stays the readers' to decide, so
every set-aside they know applies to it.

The forms are data, ``euphemisms.json`` in the knowledge folder shipped with the package (schema
``euphemisms.schema.json``), so that a reviewer can add one without touching code. A form must name the speaker's
own passing and never an everyday sense of its word (上路 alone is driving or a game lane, 谢幕 a show).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..errors import KnowledgeError, Problem
from ..knowledge import default_path
from ..patterns import regex

EUPHEMISMS_FILE = "euphemisms.json"


@lru_cache(maxsize=None)
def _entries() -> tuple[tuple[str, str], ...]:
    """(form, plain words) for every form in the shipped file; KnowledgeError when it is malformed. Read at first use,
    not at import."""
    path = default_path() / EUPHEMISMS_FILE
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
        return tuple((str(form), str(entry["reads_as"])) for entry in entries for form in entry["forms"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnowledgeError([Problem(str(path), "/entries", str(error))]) from error


@lru_cache(maxsize=None)
def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, plain words) for every form, compiled at the first clause that may hold one (_HINT): compiling them
    all cost ~2.8 ms of every start (the CLI, Engine.load) where only their text is needed (the learned reader's
    fingerprint, reading_patterns)."""
    try:
        return tuple((re.compile(form), plain) for form, plain in _entries())
    except re.error as error:
        path = default_path() / EUPHEMISMS_FILE
        raise KnowledgeError([Problem(str(path), "/entries", f"a form is no regular expression: {error}")]) from error


# Every form holds one of these characters or words (a quick test before any search; speed only: most clauses hold
# none). Chinese forms are told by their CJK characters, English ones by a few words they all contain.
_HINT = regex(r"意外|accident|下去|fall|jump|阎王|黄泉|奈何桥|孟婆|上路|谢幕|也是我|tl|reaper|maker|check|six feet|daisies|bow|deadline")


def reading_patterns() -> list[str]:
    """Every form with its plain words (part of the learned detectors' fingerprint: a form edited makes a saved model
    stale, as a pattern of theirs does)."""
    return [f"{form} => {plain}" for form, plain in _entries()]


def read_euphemisms(folded: str) -> str:
    """Folded clause text with each euphemism of the writer's own ending read as its plain words."""
    if _HINT.search(folded) is None:
        return folded
    for pattern, plain in _forms():
        folded = pattern.sub(plain, folded)
    return folded
