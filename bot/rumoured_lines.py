"""Rumoured lines: a line in days or money followed by what then follows, asked about as a rule
("是不是逾期超过90天就一定会被起诉", "听说欠5000以上会被起诉", "if you owe over 5000 yuan they will
sue"). The article gives no such line, so a question holding one asks for a figure it lacks
(bot.figures), and bot.slots does not read a number inside one as the borrower's own days or
debt. The borrower's own case said the same way ("我逾期三个月就会被起诉吗", "我才欠3000块就会…") is
no rumour: its subject is 我, or 才/只, with no threshold word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .amounts import NUMBER_CHAR, ZH_AMOUNT
from .patterns import has_latin, regex

_NUM = r"(?<!第)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+|半)"  # (not 第二天, "the next day")
_DURATION = rf"{_NUM}\s*(?:多)?(?:个)?(?:天|日|周|星期|个月|月|年)"
# A sum as bot.slots reads one (bot.amounts: 3k, 5w, 2万, 5000元, 欠5000): one reader of amounts.
_AMOUNT = ZH_AMOUNT
# A line in days or money followed by what then follows: "逾期超过90天就一定会", "欠5000元以上就会",
# "after 90 days overdue, will they always…", "if you owe over 5000 yuan they will sue".
_ZH_SUBJECT = r"(?:逾期|欠(?:款|了)?|拖(?:了)?)?\s*"
_OVER = r"(?:超过|满|过了|到了|达到|高于|多于)"
_SUM_OR_TIME = rf"(?:{_DURATION}|{_AMOUNT})"
_EN_THEN = r"[\s,]*(?:then\s+)?(?:they|you|the lender|jiebei|alipay|it)\s+(?:will|would|can|could|do|does|must|always|automatically)\b"
_EN_SUM = (r"\d[\d,]*(?:\.\d+)?\s*(?:k\b|yuan|rmb|kuai|days?|weeks?|months?|years?)?(?:\s+(?:late|overdue|behind))?")
_LINE = regex(
    rf"({_ZH_SUBJECT}{_OVER}?\s*{_SUM_OR_TIME}\s*(?:以上|之后|以后|后)?)"
    r"\s*(?:就|便)\s*(?:一定|肯定|必定|必然|必须|会|要|能|可以|可能|得)"
    r"|\b((?:over|more than|after|past)\s+\d[\d,]*\s*(?:days?|weeks?|months?|years?|yuan|rmb)(?:\s+(?:late|overdue))?)"
    r"\s*,?\s*(?:do|does|will|would|is it|are|they)\b.{0,30}\b(?:always|automatically|definitely|certainly|sure)\b"
    r"|\b(?:if|once|when)\s+(?:you|someone|somebody|people|a borrower|borrowers)\s+"
    rf"((?:owe|are|go|get|fall|is)\w*\s+(?:over\s+|more than\s+|above\s+|at least\s+)?{_EN_SUM}){_EN_THEN}"
    # a line over a threshold, without 就 ("听说欠5000以上会被起诉") or said of oneself ("if I owe
    # over 50k they will sue"): the threshold word makes it a rule asked about (review22)
    rf"|({_ZH_SUBJECT}(?:{_OVER}\s*{_SUM_OR_TIME}\s*(?:以上)?|{_SUM_OR_TIME}\s*以上))\s*(?:的话)?\s*"
    r"(?:一定|肯定|必定|必然|就)?\s*(?:会|要)\s*(?:被)?\s*(?:起诉|告|上门|走访|坐牢|判|拘留|立案|上征信|执行|抓)"
    r"|\b(?:if|once|when)\s+i\s+((?:owe|am|go|get|fall)\w*\s+(?:over|more than|above|at least)\s+"
    rf"{_EN_SUM}){_EN_THEN}",
    re.IGNORECASE)
# The borrower's own case said as a line: "我逾期三个月就会…", "我才欠3000块就…", "只拖了5天就要…"
# (not over a threshold: "催收说我逾期超过90天就会被起诉" quotes a rule; review22).
_OWN_BEFORE = regex(r"(?:我|本人)(?:已经|都|才|只|也|现在)?\s*$|(?:才|只|仅|已经)\s*$")
_THRESHOLD = regex(r"超过|以上|高于|多于|达到|\b(?:over|more than|above|at least)\b")


# What every match of _LINE holds (speed only: a search of _LINE tries its alternatives at every
# place of a message, ~7 us, and runs up to three times per ask): a number (NUMBER_CHAR: a digit,
# a Chinese number word, 半, or the masked *** an amount may be) and, besides, 就/便 (its first
# alternative), one character of each consequence its fourth names (起诉 告 上门 走访 坐牢 判 拘留
# 立案 上征信 执行 抓), or a Latin letter (its English ones; has_latin: case-insensitive letters).
# Two in three messages hold no number; of the rest, most hold neither of the others.
_LINE_WORD = regex(r"[就便诉告门访牢判留案信行抓]")


def _may_hold_line(text: str) -> bool:
    return NUMBER_CHAR.search(text) is not None and (_LINE_WORD.search(text) is not None or has_latin(text))


def rumoured_lines(text: str) -> list[tuple[int, int, str]]:
    """The rumoured lines in a simplified message: (start, end, their words) of each, leaving out
    the borrower's own case said the same way (after 我, 才 or 只, with no threshold word)."""
    return list(_rumoured_lines(text))


@lru_cache(maxsize=16)  # one message's lines are read by the slots (days, amount) and the figure asked
def _rumoured_lines(text: str) -> tuple[tuple[int, int, str], ...]:
    if not _may_hold_line(text):
        return ()
    found = []
    for match in _LINE.finditer(text):
        group = next(index for index in range(1, 6) if match.group(index))
        words = match.group(group)
        if _THRESHOLD.search(words) or not _OWN_BEFORE.search(text[max(0, match.start(group) - 6):match.start(group)]):
            found.append((match.start(group), match.end(group), words.strip()))
    return tuple(found)


__all__ = ["rumoured_lines"]
