"""A thanks or goodbye does not hide a crisis said with it (close172, issue 12, docs/safety.md Round 100).

An outside set's missed crisis sessions nearly all ended in a goodbye or thanks, and a message read alone shows why:
"it'll all be over tonight" or "Tell no one I asked" is read as a crisis, but with "thanks anyway." or "Thanks for
trying. Bye." around it the topic classifier reads the closing words and the engine answers thanks or goodbye. The
closing words took the message before the safety read of the rest did.

So a message the engine reads as a goodbye or thanks (or as nothing of ours, with leave-taking words in it) is read
once more WITHOUT its closing words (thanks, bye, goodbye, 谢谢, 再见, 拜拜 and the like), through the same engine route as
any other message; when the rest is read as a crisis, the crisis reply leads. A plain "谢谢，再见" has no rest and
keeps its goodbye; "thanks, heading to the rooftop bar now, bye" is read as "heading to the rooftop bar now", which
is no crisis. The rest is read by the same readers with the same thresholds: nothing here is a new cue or a looser
score, only the same safety read given the words the closing hid.

Like the stacker it only ever ADDS the crisis reply, through the engine's own reply choice (the writer's or the
helper's reply by Engine.compose), and costs one more route only for a leave-taking message that says more than
its closing words (a small share of real questions).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .records import replace
from .routing_rules import Route
from .routing_vet import under_crisis
from .safety import CRISIS
from .text import simplified_words

# Readings the closing words take a message to: the conversation's goodbye and thanks, and "nothing of ours".
CLOSING_TOPICS = frozenset({"goodbye", "thanks"})
_ELSEWHERE = frozenset({"out_of_scope"})
MIN_REST = 4  # characters: less than that left ("啊", "ok") says nothing of its own
# Leave-taking or thanks, with the words that only soften them ("thanks anyway", "谢谢你了", "bye for now").
_CLOSING_WORDS = (r"(?:谢谢|多谢|感谢|再见|拜拜)(?:你们?|您|啦|了|哈|呀|啊|喔|哦)*"
                  r"|\b(?:thanks|thank you|thx|ty|cheers|bye(?: bye)?|goodbye|good bye|farewell)(?: (?:anyway|so much|a lot|again|for now|all))*\b")
_CLOSING = re.compile(_CLOSING_WORDS, re.IGNORECASE)
# ...said as the writer's own closing: at the start or the end of a clause ("谢谢你，…", "…. thanks anyway"), not
# reported inside one ("our neighbour said thank you for everything and gave my dad his lawnmower").
_LEAD = re.compile(rf"^\s*(?:{_CLOSING_WORDS})(?:\s*(?:{_CLOSING_WORDS}))*", re.IGNORECASE)
_TAIL = re.compile(rf"(?:{_CLOSING_WORDS})(?:\s*(?:{_CLOSING_WORDS}))*\s*$", re.IGNORECASE)
_CLAUSES = re.compile(r"([,，.。!！;；?？~～\n]+)")
_SEPARATORS = " ,，.。!！~～;；:：、-"


def leave_taking(message: str, route: Route) -> bool:
    """Whether the engine read ``message`` as a goodbye or thanks, or as no matter of ours with leave-taking words."""
    if not route.topics:
        return False
    first = route.topics[0]
    return first in CLOSING_TOPICS or (first in _ELSEWHERE and bool(_CLOSING.search(simplified_words(message))))


def without_closing(message: str) -> str:
    """``message`` without the closing words that begin or end its clauses (see _LEAD), and without the clauses left
    empty; the separators between the clauses kept are the message's own."""
    pieces = _CLAUSES.split(message)
    kept: list[str] = []
    for clause, separator in zip(pieces[::2], [*pieces[1::2], ""]):
        rest = _TAIL.sub("", _LEAD.sub("", clause))
        if rest.strip():
            kept.extend((rest, separator))
    return "".join(kept).strip(_SEPARATORS)


def closing_read(route: Route, message: str, read: Callable[[str], Route]) -> Route:
    """``route`` led by the crisis reply when a leave-taking message's rest, read by ``read`` (the engine's own
    route), is a crisis (see the module doc); any other route unchanged."""
    if CRISIS in route.topics or not leave_taking(message, route):
        return route
    rest = without_closing(message)
    if len(rest) < MIN_REST or rest == message.strip(_SEPARATORS):
        return route
    again = read(rest)
    if not again.topics or again.topics[0] != CRISIS:
        return route
    return under_crisis(replace(route, topics=again.topics, rule="safety", choices=(), check_in=False))


__all__ = ["closing_read", "leave_taking", "without_closing"]
