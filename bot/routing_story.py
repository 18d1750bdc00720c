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
from .relatives import KIN_ZH
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
# The speaker left out must be the collector's side, named earlier in the message (review174 F3: text.normalize
# turns "妈妈打电话来，说要来我家住几天" and "老公 说要起诉离婚" into the same shape): a collector, lender or caller
# before the clause, and no relative, friend or workmate in the clause just before it (the one who then speaks);
# a divorce, a proposal or a stay is nobody's threat.
_COLLECTOR_SIDE = regex(r"催收|催债|讨债|他们|对方|电话|打来|有人|平台|客服|律师|法务|借呗|花呗|支付宝|蚂蚁|网贷|短信")
_OTHER_SPEAKER = regex(rf"{KIN_ZH}|朋友|同事|同学|老板|领导|室友|邻居|亲戚|家人|男友|女友|对象|我弟|我哥|我姐|我妹")
_NOT_A_THREAT = regex(r"离婚|提亲|结婚|住几天|住一|来住|玩|吃饭|做客")


def _threats(folded: str, known: Mapping[str, Topic]) -> list[str]:
    """The lawful acts threatened, by a named speaker (bot.threat_matters) or one the story leaves out, in order."""
    named = threatened_acts(folded, known)
    found = sorted((m.end(), topic) for topic, pattern in _ELIDED_ACTS if topic in known
                   for m in pattern.finditer(folded) if _collectors_clause(folded, m.start(), m.end()))
    return list(dict.fromkeys([*named, *(topic for _, topic in found)]))


def _collectors_clause(folded: str, start: int, end: int) -> bool:
    """Whether the elided-speaker clause at ``start:end`` is told of the collector's side (see _COLLECTOR_SIDE)."""
    before = folded[:start].rstrip()
    said_by = before.rsplit(" ", 1)[-1]
    clause_end = folded.find(" ", end)
    rest = folded[start:clause_end if clause_end >= 0 else len(folded)]
    return _COLLECTOR_SIDE.search(before) is not None and not _OTHER_SPEAKER.search(said_by) \
        and not _NOT_A_THREAT.search(rest)


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
