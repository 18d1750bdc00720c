"""Durations that are not time overdue though an overdue word is near: a penalty's length
("会不会被拘留十五天", "jailed for 15 days") and a record's life or a time still to come
("逾期记录5年后会消除吗", "will the overdue go away after 5 years"). Echoing those as "你提到逾期十五天"
puts words in the borrower's mouth (truth1 #3): a duration is the time overdue only when the
message says it is how long the loan is late. bot.slots asks `other_length` for every duration.
"""

from __future__ import annotations

from .patterns import regex

# Just before: a penalty or confinement whose length it is (拘留十五天, 关半个月, 判三年, 坐几年牢).
_PENALTY_BEFORE = regex(r"(?:拘留|行政拘留|关押?|坐牢|蹲|判刑?|判了|监禁|服刑|劳改|劳教)\s*(?:了|个|上|进去)?\s*$")
_PENALTY_BEFORE_EN = regex(r"\b(?:jail(?:ed)?|prison|imprisoned|detained|detention|locked up|sentenced(?: to)?|behind bars)"
                           r"\s+(?:for\s+)?(?:up to\s+)?$")
# Just after: a time to come after which something happens to a record (5年后会消除, 五年以后能恢复吗)
# or an explicit record word before it (逾期记录5年, 征信上保留的五年).
_LATER_AFTER = regex(r"^\s*(?:以后|之后|后)\s*[^，。？?！!]{0,6}?(?:会|能|可以|才|就)?\s*(?:自动)?"
                     r"(?:消除|消失|清除|删除|清零|没了|恢复|修复|洗白|不见|去掉|抹掉|消掉|好)")
_OVERDUE_JUST_BEFORE = regex(r"(?:逾期|晚了|迟了|超期|拖了)\s*(?:了|已经)?\s*$")
_RECORD_BEFORE = regex(r"(?:记录|征信|信用记录|信用报告|黑名单)(?:上|里)?(?:会|要|能)?(?:保留|保存|留)?\s*$")
# English: "after 5 years", "in 5 years' time", "for 5 years" of a record ("stay on my report for 5 years").
_LATER_BEFORE_EN = regex(r"\b(?:after|once|until|till)\s+(?:about\s+|around\s+)?$")
_RECORD_BEFORE_EN = regex(r"\b(?:record|report|history|blacklist)\b.{0,30}\bfor\s+$")


# ...but a time said as how long late is the time overdue still, whatever record or "after" came before
# ("my credit report shows I have been overdue for 30 days", "I paid after 3 days late", "征信上3天的逾期":
# review35 #9 had them dropped).
_LATE_JUST_BEFORE_EN = regex(r"\b(?:overdue|late|behind|past due)\s+(?:for\s+)?(?:about\s+|around\s+)?$")
_LATE_JUST_AFTER_EN = regex(r"^\s*(?:late|overdue|past due|behind)\b")
_LATE_JUST_AFTER = regex(r"^\s*(?:的)?(?:逾期|晚还|迟还|延期还)")
# A prison term ("坐了三年牢"), and a figure someone else says will bring a step ("他说逾期超过90天就起诉"):
# not the borrower's own time late (review35 #9).
_JAIL_AFTER = regex(r"^\s*(?:的)?(?:牢|监狱|大牢)")
_JAIL_BEFORE = regex(r"(?:坐|蹲|关)(?:了|过)?\s*$")
_SAID_BEFORE = regex(r"(?:他|她|他们|催收|对方|客服|有人|网上|听说)\S{0,2}(?:说|讲|称|告诉我)")
_STEP_AFTER = regex(r"^\s*(?:以上)?(?:就|才|便)\s*(?:会|要)?\s*(?:被)?(?:起诉|上门|报警|立案|抓|拘留|坐牢|上征信|转人工|催收)")


def other_length(before: str, after: str, english: bool) -> bool:
    """Whether a duration, with the clause text ``before`` and ``after`` it, is a penalty's length,
    a record's life or a time to come: anything but how long the borrower's loan is late."""
    if english:
        if _LATE_JUST_BEFORE_EN.search(before[-30:]) or _LATE_JUST_AFTER_EN.match(after):
            return False  # "overdue for 30 days", "after 3 days late": how long late
        return bool(_PENALTY_BEFORE_EN.search(before[-40:]) or _LATER_BEFORE_EN.search(before[-20:])
                    or _RECORD_BEFORE_EN.search(before[-50:]))
    # (a time said right after 逾期 is still how long late: "借呗逾期一天以后都不能恢复额度了")
    if _JAIL_AFTER.match(after) and _JAIL_BEFORE.search(before[-4:]):
        return True  # "坐了三年牢"
    if _SAID_BEFORE.search(before) and _STEP_AFTER.match(after):
        return True  # "他说逾期超过90天就起诉": their line, not my time late
    if _LATE_JUST_AFTER.match(after):
        return False  # "征信上3天的逾期": how long late
    later = _LATER_AFTER.match(after) is not None and _OVERDUE_JUST_BEFORE.search(before) is None
    return bool(_PENALTY_BEFORE.search(before[-8:]) or later or _RECORD_BEFORE.search(before[-10:]))


__all__ = ["other_length"]
