"""Safety kept in view across a conversation (issue 12): what a turn after a crisis or an abuse
reply gets.

A person who has just said they want to die must not get "I can't help with that" or a menu of
loan topics on the next turn ("那我该怎么办", "what should I do", "？？？"): a turn that names no
topic of its own stays with the crisis reply, and every later reply keeps the check-in line
(12356). After an abuse reply, a follow-up asking where to turn ("这能投诉吗", "那怎么办") gets the
abuse reply again (12378, 110, records); a new matter ("会起诉我吗", "今天天气怎么样") is answered
as itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import followups
from .engine import CAPABILITIES
from .patterns import regex
from .records import replace
from .routing import Route
from .routing_rules import SAFETY_FIRST
from .safety import ABUSE, CRISIS
# Asking where to turn, right after an abuse reply: that reply answers it (12378, 110, records).
_ASKS_FOR_HELP = regex(r"投诉|举报|报警|怎么办|怎么处理|找谁|\b(?:complain\w*|report\w*|police|what (?:can|should|do) i do)\b",
                       re.IGNORECASE)


def had_crisis(answered: Sequence[str]) -> bool:
    """Whether a conversation has had a crisis reply (every later reply keeps 12356 in view)."""
    return CRISIS in answered


def after_safety(text: str, route: Route, last_topics: Sequence[str], answered: Sequence[str],
                 kind: Callable[[str], str]) -> Route:
    """The route of a turn in the light of the safety replies before it (see the module doc);
    ``kind`` gives a topic's kind ("fallback", "domain", ...)."""
    if set(route.topics) & set(SAFETY_FIRST):
        return route
    unsure = (bool(route.choices) or kind(route.topics[0]) == "fallback" or route.topics[0] == CAPABILITIES
              or route.rule in ("context", "number_asked"))  # "context": continued by the conversation,
    # naming nothing itself; "number_asked": "你说的12356是什么" after a crisis reply stays with it
    held = next((t for t in SAFETY_FIRST if t in last_topics), None)
    if held == ABUSE:
        help_asked = bool(_ASKS_FOR_HELP.search(text))
        leans = followups.leans_on_context(text)
        unsure = unsure or (help_asked and leans)
        held = held if (route.choices or help_asked or leans) else None
    if held and unsure:
        return replace(route, topics=(held,), rule="context", choices=())
    if had_crisis(answered):
        return replace(route, check_in=True)
    return route


__all__ = ["after_safety", "had_crisis"]
