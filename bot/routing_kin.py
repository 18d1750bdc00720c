"""Violence from someone at home over the debt gets the abuse topic's family form first (fig72, user70 #4).

"老公知道我借呗逾期 把我打得鼻青脸肿" had contact_family, "借呗逾期被我爸打了一顿" after_repayment, and
"老公打我" the collectors' complaint lines. When bot.safety.kin_violence reads a family member or partner
hurting (or threatening to hurt) the writer, the route leads with abusive_collection, whose template then
speaks of the person's safety (template variable ``kin_violence``: 110, 120, marked as outside the
article) and not of collectors, then of the loan (the article's advice to keep in touch with the
platform); a loan question asked beside it is answered after it (its heading then says 【你的安全】,
bot.safety.kin_violence.LABEL, not the collectors' title). A crisis route is never changed: the crisis
reply names 110 and 120 itself and must lead.
"""

from __future__ import annotations

from .records import replace
from typing import Mapping

from . import knowledge as kb
from .questions import is_question
from .routing_misread import misreads_mended
from .routing_rules import Route
from .safety.kin_violence import kin_violence
from .text import normalize

ABUSE = "abusive_collection"
CRISIS = "crisis"
# Readings the violence itself had been mistaken for (user70 #4, #7): no loan question of their own.
_MISREADS = frozenset({ABUSE, "after_repayment", "about_jiebei", "contact_family", "worry", "going_dark"})


def kin_first(route: Route, question: str, by_id: Mapping[str, kb.Topic]) -> Route:
    """``route`` led by the abuse topic when someone at home hurts the writer (module doc); any
    other route, and every crisis route, unchanged. The tester's other misreadings are mended first
    (bot.routing_misread)."""
    route = misreads_mended(route, question, by_id)
    if ABUSE not in by_id or CRISIS in route.topics or not question or not kin_violence(normalize(question)):
        return route
    asked = [t for t in route.topics if t not in _MISREADS and by_id[t].kind == "domain"] if is_question(question) else []
    return replace(route, topics=(ABUSE, *asked[:1]), choices=())
