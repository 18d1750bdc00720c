"""A slot in the answer's words: days overdue and amounts as an answer repeats them (the
borrower's own words, or the number in the answer's language, approximate only when the
borrower was). bot.slots finds the slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .patterns import regex

if TYPE_CHECKING:
    from .slots import Slot

_DAYS_PER = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "个月": 30, "月": 30, "年": 365,
             "day": 1, "week": 7, "month": 30, "year": 365}

_APPROX_WORDS = regex(r"快|约|大概|差不多|将近|接近|近|几乎|超过|至少|多|左右|上下|几|来|余|"
                           r"about|around|almost|nearly|over|more than|roughly|approximately|close to|"
                           r"at least|a few|several")
_CJK_CHAR = regex(r"[\u3400-\u9fff]")
# A unit left singular after a number other than one ("2 month", "three day").
_SINGULAR_UNIT = regex(r"(?<![\w.])(?!(?:1|one|a|an|half a)\b)[\w.]+[\s-]*(?:day|week|month|year)$")
_UNIT_GAP = regex(r"[\s-]+(?=(?:day|week|month|year)$)")
_MORE_WORDS = regex(r"多|余|来|over|more than")
_MORE_BEFORE_UNIT = regex(r"(?:多|余|来)\s*(?:万|千|w|k)")


def is_approximate(slot: Slot) -> bool:
    """Whether the borrower gave the detail approximately ("快四个月", "8000多", "about 2 months")."""
    return bool(_APPROX_WORDS.search(slot.text))


def describe_days(slot: Slot, lang: str) -> str | None:
    """Days overdue as the answer repeats them: the borrower's own words when they wrote in the
    answer's language ("45天", "快四个月", "two months"), else the number of days, with 约/about
    only when the borrower was approximate. None when the number was masked."""
    if slot.value is None:
        return None
    written_in_chinese = bool(_CJK_CHAR.search(slot.text))
    if written_in_chinese == (lang == "zh"):
        # "2 month" as typed reads back as "2 months" (cls13); "a month", "1 day" stay as they are.
        return _UNIT_GAP.sub(" ", slot.text) + "s" if not written_in_chinese and _SINGULAR_UNIT.search(slot.text) else slot.text
    approx = is_approximate(slot)
    count, unit = _in_unit(slot)
    number = f"{count:g}"
    if lang == "zh":
        return f"{'约' if approx else ''}{number}{_ZH_UNIT_NAMES[unit]}"
    return f"{'about ' if approx else ''}{number} {unit}{'s' if count != 1 else ''}"


_ZH_UNIT_NAMES = {"day": "天", "week": "周", "month": "个月", "year": "年"}


def _in_unit(slot: Slot) -> tuple[float, str]:
    """Days overdue in the unit the borrower used (months for "三个月", weeks for "2 weeks")."""
    text = slot.text.replace("年", "个月") if slot.value < 365 else slot.text  # 半年: six months
    for unit, marks in (("year", ("年", "year")), ("month", ("月", "month")),
                        ("week", ("周", "星期", "礼拜", "week"))):
        if any(mark in text for mark in marks) and slot.value >= _DAYS_PER[unit]:
            return round(slot.value / _DAYS_PER[unit], 1), unit
    return float(slot.value), "day"


def describe_amount(slot: Slot, lang: str) -> str | None:
    """The amount as the answer repeats it: "8000元" / "8000多元" / "约8000元", "8,000 yuan" /
    "over 8,000 yuan" / "about 8,000 yuan". None when the number was masked."""
    if slot.value is None:
        return None
    if "几" in slot.text:  # 几万 is "some tens of thousands": never a number the borrower did not give
        return _few_amount(slot.text, lang)
    if lang == "zh" and _MORE_BEFORE_UNIT.search(slot.text):  # 二十多万 is 200000-300000, not "200000多"
        return _MONEY_UNITS.sub("", slot.text) + "元"
    more = bool(_MORE_WORDS.search(slot.text))
    about = not more and is_approximate(slot)
    if lang == "zh":
        return f"{'约' if about else ''}{slot.value}{'多' if more else ''}元"
    return f"{'over ' if more else 'about ' if about else ''}{slot.value:,} yuan"


# 几 amounts in the answer's words: the borrower's own in Chinese, the nearest plain English.
_FEW_EN = (("几千万", "tens of millions of yuan"), ("几百万", "a few million yuan"), ("百几十万", "over a million yuan"),
           ("几十万", "several hundred thousand yuan"), ("十几万", "over a hundred thousand yuan"),
           ("几万", "tens of thousands of yuan"), ("几千", "a few thousand yuan"), ("几百", "a few hundred yuan"))
_MONEY_UNITS = regex(r"\s*(?:元|块钱|块|人民币|rmb)$")


_OWED_WORD = regex(r"^(?:欠了?|欠款|借了|借款|本金|一共|总共|共计|还差|贷了|要还|还剩)\s*(?:是|有)?\s*")  # (the answer says 欠款 itself: "欠款欠几百元", truth4)


def _few_amount(text: str, lang: str) -> str | None:
    if lang == "zh":
        return _OWED_WORD.sub("", _MONEY_UNITS.sub("", text)) + "元"
    return next((words for mark, words in _FEW_EN if mark in text), None)


__all__ = ["describe_amount", "describe_days", "is_approximate"]
