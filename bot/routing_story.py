"""A story that states several fears answers each of them (answer171, newuser161 #5): "逾期快五个月…说要去我们村里
找村干部，还说要起诉我…我该怎么办才好，会不会坐牢啊" had the jail answer alone, the visit and the lawsuit told as
the collectors' words, and "怎么办", left unanswered. The lead stays the question the router found (the one asked
last or most directly); after it, in the order the story names them, come the lawful acts a collector is told to
have threatened (a visit, a suit: bot.threat_matters reads them from the words of the threat) and, when a story of
such threats (three clauses or more) asks what to do and no section already leads with that advice, the negotiation answer (the article's own section on
how a borrower should respond). At most MAX_TOPICS in all; only beside a loan answer (a safety reply, the worry
reply, a decline or a clarification is left as it is: worry's opening speaks to the feeling, and an abuse route has
bot.threat_matters already), only for a message that asks something, and never beside a veiled menace.
"""

from __future__ import annotations

from collections.abc import Mapping

from .answer_modes import asks_coping
from .answer_sources import COPING_ALREADY, COPING_LEADS
from .knowledge_types import Topic
from .patterns import regex
from .questions import is_question
from .routing_questions import MAX_TOPICS
from .threat_matters import menaced, threatened_acts

NEGOTIATE = "negotiate"
_STORY_CLAUSES = 3  # a story: at least this many clauses (text.normalize leaves one space between them)
# The collectors' threat told with the speaker left out, as a story goes on ("每天都有电话打来 说要去我们村里找村干部
# 还说要起诉我"): 说/威胁 opens its clause (after a space, as text.normalize leaves punctuation), so "妈妈说要去", "听说要"
# and "我说要告他们" are not read. Chinese only: an English clause names its subject.
_ELIDED = r"(?:^|\s)(?:还|又|就|也|并|而且|然后)?(?:说|威胁|扬言|放话|警告)(?:我)?(?:说)?(?:要|会|准备|马上|过几天|下周|明天)?\S{0,8}?"
_ELIDED_ACTS = (
    ("lawsuit", regex(rf"{_ELIDED}(?:起诉|告我|告上法庭|上法院|打官司|走法律|法律程序)")),
    ("home_visit", regex(rf"{_ELIDED}(?:上门|找上门|来我家|到我家|去我家|家访|走访|(?:来|去|到)(?:我|我们)?(?:的)?(?:单位|公司|老家|户籍地|村里|家里))")),
)


def _threats(folded: str, known: Mapping[str, Topic]) -> list[str]:
    """The lawful acts threatened, by a named speaker (bot.threat_matters) or one the story leaves out, in order."""
    named = threatened_acts(folded, known)
    found = sorted((m.end(), topic) for topic, pattern in _ELIDED_ACTS if topic in known and (m := pattern.search(folded)))
    return list(dict.fromkeys([*named, *(topic for _, topic in found)]))


def story_fears(topics: list[str], body: str, folded: str, by_id: Mapping[str, Topic]) -> list[str]:
    """``topics`` with the fears the message states but the route left out appended (see the module doc)."""
    if not topics or any(by_id[t].kind != "domain" for t in topics if t in by_id) or not is_question(body) \
            or menaced(folded):
        return topics
    threats = _threats(folded, by_id)
    added = [t for t in threats if t not in topics]
    if threats and len(folded.split()) >= _STORY_CLAUSES and asks_coping(body) and NEGOTIATE in by_id \
            and not (set(topics) & (COPING_ALREADY | COPING_LEADS)):
        # "怎么办" in a story of threats: how to respond is asked of them all; alone ("花呗逾期用不了怎么办") the
        # question's own topic answers it, as before (the pool's ~50 such questions keep their replies)
        added.append(NEGOTIATE)
    return [*topics, *added][:max(MAX_TOPICS, len(topics))] if added else topics


__all__ = ["story_fears"]
