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


# A freeze told, then whether the loan caused it asked ("微信被冻结了 跟借呗有关系吗", "银行卡被冻结 是借呗干的吗"):
# bot.concerns reads a freeze told as a fact, not a fear; asked as the loan's doing, it is the frozen-account
# fear (cls22). A freeze with no loan named stays the bank's ("银行卡被冻结了 怎么解冻").
_FROZEN_TOLD = regex(r"(?:银行卡|储蓄卡|工资卡|账户|账号|余额|微信|零钱|支付宝)\S{0,6}?(?:被)?(?:冻结|冻住|封(?:了|号))"
                     r"|\b(?:bank|account|card|wechat|alipay|wallet)\w*\b.{0,20}\b(?:frozen|freez\w*|locked|blocked)\b")
_LOAN_CAUSE = regex(r"(?:跟|和|与)(?:我的?)?(?:借呗|花呗|网贷|逾期|贷款|欠款|欠的钱)\S{0,6}?(?:有关|关系)|(?:是不是|是|因为)\S{0,3}(?:借呗|花呗|网贷|逾期|欠款|贷款)"
                    r"|\b(?:because of|due to|caused by|related to|linked to|is it|was it)\b.{0,15}\b(?:jiebei|huabei|loan|debt|overdue|late)\b")


def affected_named(topics: list[str], folded: str) -> list[str]:
    """[uncovered_consequences, ...] when a message asks about a consequence the article never
    covers for someone it names (or for the writer at the airport or the bank) and the reading is
    contact, credit, access, the product or a decline."""
    if not topics or topics[0] not in _MISREAD:
        return topics
    if _FROZEN_TOLD.search(folded) and _LOAN_CAUSE.search(folded):
        return [UNCOVERED] + [t for t in topics[1:] if t not in (UNCOVERED, kb.OUT_OF_SCOPE, FAMILY)]
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
