"""Consequences named by who is affected (round 26, cls21): a spouse's or a child's share of the
debt, a spouse's job, a child's exam or vetting, being stopped at the airport, a frozen card. The
article covers none of them (uncovered_consequences), but the words lean elsewhere: 老公/wife to
contact_family, 影响 to credit_report, "airport" or "frozen" to after_repayment or about_jiebei, a
relative's loan asked about to a decline. bot.concerns names the fear; this module only says that
such a fear, asked, is the uncovered-consequences question. Pure; reads text.normalize's form.
"""

from __future__ import annotations

from . import knowledge as kb
from .concerns import find_concerns
from .patterns import regex

UNCOVERED, FAMILY = kb.UNCOVERED, "contact_family"
# The fears read here, and the readings they correct. (wages_employer, studies and credit_use are not
# among them: calls to one's boss or school are contact_family's, and credit cards credit_report's.)
_FEARS = frozenset({"family_liability", "school_or_vetting", "travel_ban", "frozen_account"})
_MISREAD = (FAMILY, "credit_report", "after_repayment", "about_jiebei", "collection_process", kb.OUT_OF_SCOPE)
# Being contacted or found out is contact_family's question even beside a relative's liability
# ("会不会打给我老婆，她要替我还吗" keeps its contact answer, with this one after it).
_CONTACTED = regex(r"打电话|打给|打到|来电|联系|通知|告诉|知道|发现|短信|找(?:到|上)?(?:我的?)?(?:家|老|父|爸|妈)"
                   r"|\b(?:call\w*|phon\w*|ring|rang|contact\w*|tell|told|text\w*|message\w*|find out|found out|know)\b")

# The writer's own record asked beside a relative's loan ("我老婆借呗逾期了 会影响我征信吗", "my wife is late
# on huabei, will it affect my credit"): credit_report's question, kept.
_MY_CREDIT = regex(r"(?:影响|连累|牵连|拖累)(?:到)?我(?:的)?(?:征信|信用|芝麻|记录)|\b(?:my|me) (?:own )?(?:credit|score|record)\b")


def affected_named(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] when a message asks about a consequence the article never
    covers for someone it names (or for the writer at the airport or the bank) and the reading is
    contact, credit, access, the product or a decline."""
    if not topics or topics[0] not in _MISREAD:
        return topics
    fears = [concern for concern, _ in find_concerns(folded) if concern in _FEARS]
    if not fears:
        return topics
    contacted = _CONTACTED.search(folded) is not None
    if topics[0] == FAMILY and (contacted or fears[0] != "family_liability"):
        return topics
    if _MY_CREDIT.search(folded):
        return topics  # (whatever the reading: "my husband is late on jiebei, will it hurt MY credit?")
    if topics[0] == kb.OUT_OF_SCOPE and fears[0] == "frozen_account":
        return topics  # a frozen card with no loan asked about stays with the bank
    # The misread topic goes (its words were the fear's), and contact_family unless contact is asked.
    dropped = {UNCOVERED, kb.OUT_OF_SCOPE} | (set() if contacted else {FAMILY})
    return [UNCOVERED] + [t for t in topics[1:] if t not in dropped]


__all__ = ["affected_named"]
