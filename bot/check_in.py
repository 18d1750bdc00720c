"""The check-in (12356) a reply carries when its message shows signs of distress (bot.safety.net),
and when such a reply opens with the person instead of a decline (safety.json ``check_in_alone``)."""

from __future__ import annotations

from typing import Sequence

from . import knowledge as kb
from .routing_rules import Route
from .safety.net import speaks_of_distress

NAMES_12356 = ("crisis", "worry", "goodbye")  # topics whose own answer gives 12356: no check-in after them


def check_in_line(lines: dict[str, str], route: Route | None, lang: str, chosen: Sequence[kb.Topic], *,
                  wanted: bool = False) -> str:
    """The check-in the router (or the caller: ``wanted``) asked for, unless an answer chosen
    names 12356 itself (decided by topic: an echoed "欠款12356元" must not pass for the number)."""
    asked = wanted or (route is not None and route.check_in)
    if not asked or any(t.id in NAMES_12356 for t in chosen):
        return ""
    return "\n\n" + lines[lang]


def opens_with_the_person(alone: dict[str, str], route: Route | None, question: str,
                          chosen: Sequence[kb.Topic]) -> bool:
    """Whether a reply that declines (no loan answer chosen) and carries the check-in should be
    ``alone`` instead ("我想死，开玩笑的", "感觉自己很没用"): only when the message says distress
    itself (bot.safety.net.speaks_of_distress, by the route's crisis probability), never for a
    billing question that tripped a reader's low floor."""
    if not alone or not chosen or not all(topic.kind == "fallback" for topic in chosen):
        return False
    candidates = route.prediction.candidates if route is not None else ()
    crisis = next((c.score for c in candidates if c.topic == "crisis"), 0.0)
    return speaks_of_distress(question, crisis)
