"""Whether to call 95188 about a loan, asked beside the loan it is about ("花呗逾期打95188有用吗",
"我欠了网商贷两万 打95188有用吗", "should i call 95188 for my jd loan"): the reply says what 95188 is
for, and for any lender but Alipay's (借呗, 花呗) says no, ask that lender's own service (review35 #2:
"…for my jd loan" had "95188 is Alipay's line… ask it", and "京东白条打95188有用吗" a decline).
bot.routing_rules.asked_number reads the call; bot.engine names the lender in the frame's "number" line.
"""

from __future__ import annotations

from .patterns import regex
from .questions import is_question

# The call asked about, anywhere in the message (on text.fold()ed text).
_CALL = regex(
    r"(?:打|拨|拨打|联系|找)\s*95188\s*(?:这个)?(?:电话|号码|热线|客服)?\s*(?:有用|管用|有没有用|能解决|能行|行不行|靠谱|靠不靠谱|对吗|对不对|可以吗|行吗)\s*(?:吗|么|嘛|呢|啊)?"
    r"|(?:should|can|do|shall) i (?:just )?(?:call|ring|dial) 95188(?: (?:for|about) (?P<for_c>(?:\w+ ?){1,3}))?"
    r"|(?:is |would )?95188 (?:the )?(?:right|correct) (?:number|hotline|line|one)(?: for (?P<for_r>(?:\w+ ?){1,3}))?")
# What "for …" may say that is Alipay's or no lender at all ("for my loan", "for huabei").
_NO_OTHER_LENDER = regex(r"^(?:(?:my|the|a|an|this|that|it|jiebei|huabei|alipay|ant|loans?|debts?|account|"
                         r"overdue|late|payment|repayment|bill|credit|help|it)\s*)*$")
_ARTICLES = regex(r"^(?:my|the|a|an)\s+|\s+(?:loans?|debts?|app|account|iou|credit)\s*$")


def calls_95188(folded: str) -> bool:
    """Whether the message asks if calling 95188 helps, and asks nothing else (what it says beside
    the call is only the loan it is about: "网商贷逾期", "my JD Baitiao loan is overdue")."""
    found = _CALL.search(folded)
    if found is None:
        return False
    rest = (folded[:found.start()] + " " + folded[found.end():]).strip(" ，,。.、!！?？")
    return not rest or not is_question(rest)


def asks_call(folded: str) -> bool:
    """Whether the message asks whether to call 95188 (not what it is)."""
    return _CALL.search(folded) is not None


def other_lender(folded: str) -> str | None:
    """The lender a "for …" names that is not Alipay's and no product reader knows ("for my jd loan":
    "JD"), or None."""
    found = _CALL.search(folded)
    named = (found.group("for_c") or found.group("for_r") or "") if found else ""
    named = named.strip()
    if not named or _NO_OTHER_LENDER.fullmatch(named):
        return None
    while (bare := _ARTICLES.sub("", named)) != named:
        named = bare
    return named.upper() if len(named) <= 3 else named.capitalize()


__all__ = ["asks_call", "calls_95188", "other_lender"]
