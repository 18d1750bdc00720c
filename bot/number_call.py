"""Whether to call 95188 about a loan, asked beside the loan it is about ("花呗逾期打95188有用吗",
"我欠了网商贷两万 打95188有用吗", "should i call 95188 for my jd loan"): the reply says what 95188 is
for, and for any lender but Alipay's (借呗, 花呗) says no, ask that lender's own service (review35 #2:
"…for my jd loan" had "95188 is Alipay's line… ask it", and "京东白条打95188有用吗" a decline).
bot.routing_rules.asked_number reads the call; bot.engine names the lender in the frame's "number" line.
"""

from __future__ import annotations

from .patterns import regex
from .questions import is_question
from .text import fold

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


# The lender's phone number asked for ("借呗电话是多少", "借呗客服电话多少", "What number do I call for
# Jiebei?", "how do I contact alipay customer service"): 95188 first, said as what it is and that it is
# not from the article (the frame's "number" line), where a decline had it in its third point. For
# another lender, the same line says to ask that lender (bot.engine: number_lender). A lender must be
# named: "我该打哪个电话" alone, in a conversation about 微粒贷, is that lender's (the capabilities reply
# names its service; probe9). On fold()ed text.
_ALIPAY = r"(?:(?:蚂蚁)?(?:借呗|花呗|支付宝|蚂蚁)|网商贷|微粒贷|(?:京东)?白条|美团月付|网贷)"
_HOTLINE_ZH = r"(?:官方)?(?:人工)?(?:客服)?(?:电话|号码|电话号码|热线|客服)"
_HOTLINE_EN = r"(?:customer (?:service|support|care) )?(?:phone )?(?:number|hotline|phone line|line)"
HOTLINE_ASKED = regex(
    rf"(?:请问\s*)?{_ALIPAY}\s*(?:逾期了?)?\s*(?:的)?\s*{_HOTLINE_ZH}\s*(?:是)?\s*(?:多少|什么|啥|几号|哪个)(?:号码?|电话)?\s*(?:啊|呀|呢|吗|么)?"
    rf"|(?:请问\s*)?(?:怎么|如何|怎样|去哪|在哪)\s*(?:联系|找到?|打给?|打电话给)\s*{_ALIPAY}\s*(?:的)?\s*(?:官方)?(?:人工)?(?:客服)?\s*(?:啊|呀|呢)?"
    rf"|(?:请问\s*)?{_ALIPAY}\s*(?:逾期了?)?\s*(?:要|该|应该)?打(?:什么|哪个|啥)(?:电话|号码)\s*(?:啊|呀|呢)?"
    rf"|(?:what|which) (?:number|phone number|hotline) (?:do|should|can|could) i (?:call|ring|dial|use|contact)"
    r" (?:for|about) (?:my |the )?(?:jiebei|huabei|alipay)(?: loan| account)?"
    rf"|what (?:is|s) (?:the )?(?:jiebei|huabei|alipay)(?: s)? {_HOTLINE_EN}"
    rf"|how (?:do|can|could|should) i (?:call|contact|reach|phone) (?:jiebei|huabei|alipay)(?: customer (?:service|support|care))?")


def hotline_asked(folded: str) -> bool:
    """Whether a message only asks for Alipay's (or the loan's) phone number. ``folded`` as
    text.fold gives it."""
    return HOTLINE_ASKED.fullmatch(folded.strip()) is not None


# 95188 that cannot be reached ("我在国外打不了95188，怎么联系借呗", "I'm overseas and can't call 95188"):
# how else to reach the lender, which the article never says (truth3 #8); the "number" line says so and
# points to the official app's own customer service (not a number found online or given by a stranger).
# Not 占线/忙线 (busy): "95188一直占线，我好慌…" states fear, and read as the line out of reach it lost the worry reply
# and its 12356 line (review166 #2); a busy line beside a question keeps the answer to the question.
_UNREACHABLE = regex(r"95188\s?\S{0,4}?(?:打不通|打不了|打不进|拨不通|拨不了|接不通|没人接|无人接听|联系不上|用不了)"
                     r"|(?:打不通|打不了|打不进|拨不通|拨不了|联系不上)\S{0,4}?95188"
                     r"|\b(?:can ?t|cannot|can not|unable to|couldn ?t|could not)\s+(?:call|reach|ring|dial|get through to|get through on|phone)\s+95188\b"
                     r"|\b95188\b.{0,20}\b(?:doesn ?t|does not|won ?t|didn ?t) (?:work|connect|go through|answer)\b")


def unreachable_95188(folded: str) -> bool:
    """Whether a message says 95188 cannot be reached (``folded`` as text.fold gives it)."""
    return _UNREACHABLE.search(folded) is not None


# The line said unreachable beside a question of its own ("我想跟借呗协商分期，打95188没人接怎么办",
# "95188打不通，逾期了还能协商吗"; newuser161 #2): the clauses that do not name the line are the
# question, answered as asked, with the "number" line on reaching the lender after the answer
# (bot.answer). The clause naming the line, and its own "怎么办", are how to reach them.
_CLAUSE = regex(r"(?:(?!\b(?:but|and|so|because)\b)[^，。,.!?！？；;\n])+")  # (English clauses joined by but/and: one each)


def beside_unreachable(question: str) -> str | None:
    """The rest of a message that says 95188 cannot be reached, without the clauses naming it, or None
    (no such line said, or nothing else said)."""
    if not unreachable_95188(fold(question)):
        return None
    rest = "，".join(c.strip() for c in _CLAUSE.findall(question) if "95188" not in fold(c) and c.strip())
    return rest if rest and "95188" not in fold(rest) else None  # (never the line again: the rest is routed anew)


__all__ = ["HOTLINE_ASKED", "asks_call", "beside_unreachable", "calls_95188", "hotline_asked", "other_lender", "unreachable_95188"]
