"""The figure a question asks for: how much, how long, how many days, what rate.

The article gives no figures at all: no points a score drops by, no years a record stays, no day
or amount at which a lender sues, no rate. A question that asks for one ("芝麻信用分会掉多少",
"how long until they sue?") is answered first by saying so, then by what the article does say
(the lead answers the question asked). ``asked_figure`` reads which figure a simplified,
lower-cased message asks for; a rumoured line ("是不是逾期超过90天就一定会被起诉") is a figure
asked about too, with the words of the line kept so that the answer can name them (it is a
question about a rule, not the borrower's own days: bot.slots does not read it as days overdue).
"""

from __future__ import annotations

import re

from .patterns import regex
from .text import simplified

# What each figure is, as the answer names it ("你问的{name}，文章没有给出数字").
FIGURE_NAMES: dict[str, dict[str, str]] = {
    "score_drop": {"zh": "分数会降多少", "en": "how far the score drops"},
    "record_time": {"zh": "记录会留多久、多久能消", "en": "how long a record stays or when it clears"},
    "time_until": {"zh": "天数、金额或时长的界线", "en": "a line in days, money or time"},
    "cost": {"zh": "要付多少钱", "en": "how much you would have to pay"},
    "rate": {"zh": "利率或费率是多少", "en": "the exact interest or penalty rate"},
    "threshold": {"zh": "这样的天数或金额界线", "en": "a line in days or money like that"},
}

# Topics whose own lead already says the article gives no such figure: the line would repeat it.
# (credit_report: "多久上征信" is answered by its lead: the article says at once.)
ANSWERED_BY_LEAD: dict[str, frozenset[str]] = {
    "penalty_costs": frozenset({"cost", "rate"}),
    "after_repayment": frozenset({"record_time"}),
    "credit_report": frozenset({"time_until"}),
}

_HOW_LONG = r"(?:多久|多长时间|多少天|多少年|几年|多少个月|几个月|几天|多少日)"
_NUM = r"(?<!第)(?:\d+|[一二两三四五六七八九十百]+|半)"  # (not 第二天, "the next day")
_DURATION = rf"{_NUM}\s*(?:多)?(?:个)?(?:天|日|周|星期|个月|月|年)"
_AMOUNT = rf"{_NUM}\s*(?:多)?(?:万|千|百)?\s*(?:元|块)"
# Most specific first: a rumoured line names its own words; "欠多少钱才会被起诉" asks a line, not a cost.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("threshold",
     # 是不是逾期超过90天就一定会被起诉 / 听说欠5000元以上就会坐牢 / 90天以上会上门吗
     rf"((?:逾期|欠(?:款)?|拖)?\s*(?:超过|满|过了|到了|达到|高于|多于)?\s*(?:{_DURATION}|{_AMOUNT})\s*(?:以上|之后|以后|后)?)"
     r"\s*(?:就|便)\s*(?:一定|肯定|必定|必然|必须|会|要|能|可以|可能|得)"
     r"|\b((?:over|more than|after|past)\s+\d+\s*(?:days?|weeks?|months?|years?|yuan|rmb)(?:\s+(?:late|overdue))?)"
     r"\s*,?\s*(?:do|does|will|would|is it|are|they)\b.{0,30}\b(?:always|automatically|definitely|certainly|sure)\b"),
    ("score_drop",
     r"(?:芝麻分|芝麻信用分?|信用分|分数|评分|积分|分)\s*(?:会|要|能|大概|一般)?\s*(?:掉|降|扣|下降|降低|跌|少)\s*(?:多少|几分|几百|几十)"
     r"|(?:掉|降|扣|跌)\s*(?:多少|几)\s*分"
     r"|\bhow (?:much|many points|far|low)\b.{0,40}\b(?:score|sesame|points?|rating)\b.{0,20}\b(?:drop|fall|go down|decrease|lower|lose|sink)"
     r"|\bhow (?:much|many points|far)\b.{0,30}\b(?:drop|fall|go down|decrease|lose)\b.{0,20}\b(?:score|sesame|rating)"),
    ("record_time",
     rf"{_HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:能|会|可以|可)?\s*(?:消|清除|删除|去掉|洗白|恢复|修复|没了|不见|清零|撤销)"
     rf"|(?:保留|留|记|挂|影响|存在)\s*(?:着|在)?\s*{_HOW_LONG}"
     r"|\bhow long\b.{0,40}\b(?:stay|remain|last|kept|keep|on (?:my|the) record|removed|disappear|clear|erased|deleted)"
     r"|\bwhen\b.{0,30}\b(?:be removed|be cleared|be erased|be deleted|disappear|come off|drop off)"),
    ("time_until",
     rf"{_HOW_LONG}\s*(?:以后|之后|后)?\s*(?:才|就)?\s*(?:会|能|要|开始)?\s*(?:被)?\s*"
     r"(?:起诉|告|上门|走访|催收|上征信|打电话|联系|立案|判|执行|坐牢|人工|外包|冻结|拉黑)"
     rf"|(?:逾期|拖|欠)\s*(?:多久|多长时间|多少天|几个月|多少个月)(?!了)"
     # the sum that would bring it on: 欠多少钱才会被起诉, "how much do you have to owe before they sue"
     r"|(?:欠|逾期)\s*(?:多少钱|多少)\s*(?:才|就)\s*(?:会|能|要)?"
     r"|\bhow much\b.{0,30}\bbefore\b"
     r"|\bhow (?:long|many days|many months|soon)\b.{0,40}\b(?:before|until|till|will they|would they|do they|can they|sue|court|visit|call)\b"),
    ("cost",
     # (not 用多少还多少, "repay what you spent": a rule of the product, no sum asked)
     r"(?<!用多少)(?<!花多少)(?<!借多少)(?:还|赔|付|交|罚|多还|要还|得还|要付|要交|要赔)\s*(?:给)?\s*"
     r"(?:多少钱|多少|几千|几万|几百)(?!天|年|个月|分|次)"
     r"|(?<!借到)(?<!能借)(?<!借了)(?<!额度)多少(?:罚息|利息|违约金|滞纳金|钱)"
     r"|\bhow much\b.{0,25}\b(?:pay|owe|repay|cost|charge|fine|penalt\w*|interest|fees?|extra)\b"),
    ("rate",
     # a value asked for, not whether a rate changes ("利率会不会变高": the article says it may)
     r"(?:利率|费率|年化|日息|月息|罚息|利息|违约金)\s*(?:是|大概|一般|具体|到底)?\s*(?:怎么算|多少|几个点|几|多高)"
     r"|\b(?:what|which|how much)\b.{0,30}\brates?\b|\brates?\b.{0,12}\bexactly\b|\bapr\b"),
)
_COMPILED = tuple((figure, regex(pattern, re.IGNORECASE)) for figure, pattern in _PATTERNS)
# A figure stated, not asked: "逾期几天了" (a few days), "已经还了多少" is the borrower's own past.
_STATED = regex(r"^(?:了|啦)")


def asked_figure(simplified: str) -> tuple[str, str] | None:
    """The figure a message asks for: (kind, the words of a rumoured line or ""), or None."""
    for figure, pattern in _COMPILED:
        match = pattern.search(simplified)
        if match is None or _STATED.match(simplified[match.end():]):
            continue
        words = next((group for group in match.groups() if group), "") if figure == "threshold" else ""
        return figure, words.strip()
    return None


def figure_asked(question: str) -> tuple[str, str] | None:
    """``asked_figure`` on a raw message (none for an empty one)."""
    return asked_figure(simplified(question)) if question else None


# A point that says the article gives no figure ("文章没说逾期几天…", "It gives no day or amount
# threshold"): what the article does not say is part of every answer to a question on it.
_SILENCE = regex(r"文章没(?:有)?(?:说|给|讲)|没(?:有)?给出?(?:任何)?(?:天数|金额|界线)|"
                 r"\b(?:gives|sets) no\b|\bdoes not say\b")


def silence_points(text: str, points: int) -> list[str]:
    """Among a rendered answer's first ``points`` points ("- " lines), those that say what the
    article gives no figure for: a follow-up on the same matter ("要多久会起诉", "那现在呢")
    keeps them, though it leaves out the points already shown."""
    shown = [line for line in text.split("\n") if line.startswith("- ")][:points]
    return [line for line in shown if _SILENCE.search(line)]


def figure_name(figure: str, lang: str) -> str:
    """The figure's name in ``lang`` (KeyError for an unknown kind)."""
    return FIGURE_NAMES[figure][lang]


def shows_figure(figure: str | None, topic_id: str) -> bool:
    """Whether the line on a figure asked for goes above this topic's answer."""
    return figure is not None and figure not in ANSWERED_BY_LEAD.get(topic_id, frozenset())


__all__ = ["FIGURE_NAMES", "asked_figure", "figure_asked", "figure_name", "shows_figure", "silence_points"]
