"""Details a borrower states in a message: days overdue, amount owed, and which product.

Each detail keeps its normalised value and the text it came from. The corpus masks numbers as
``***``: such a detail is marked as given, with no value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from .text import normalize

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
               "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "ninety": 90, "a few": 3, "several": 3, "half a": 0.5}
_DAYS_PER = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "个月": 30, "月": 30, "年": 365,
             "day": 1, "week": 7, "month": 30, "year": 365}

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两俩三四五六七八九十百千]+|\*{2,}|半)"
_ZH_DAYS_RE = re.compile(rf"({_NUM})(多)?(个多|个半|个)?(天|日|周|星期|礼拜|月|年)(多|半)?")
_EN_NUM = r"(?:\d+(?:\.\d+)?|\*{2,}|a few|several|half a|an?|" + "|".join(
    sorted((k for k in _EN_NUMBERS if " " not in k and k not in ("a", "an")), key=len, reverse=True)) + ")"
_EN_DAYS_RE = re.compile(rf"\b({_EN_NUM})\s*(day|week|month|year)s?\b")
_ZH_AMOUNT_RE = re.compile(rf"({_NUM})\s*(万|千|w|k)?\s*(元|块钱|块|人民币)|(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(万|千|w|k)([一二三四五六七八九])?(?![a-z])")
_EN_AMOUNT_RE = re.compile(r"(?:¥|rmb|cny)\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?|(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:yuan|rmb|kuai|cny)\b|\b(\d+(?:\.\d+)?)k\b")
_OVERDUE_CUES = ("逾期", "晚了", "晚还", "拖了", "拖欠", "没还", "未还", "欠", "还不上", "超期", "过期",
                 "overdue", "late", "behind", "past due", "missed", "owe", "unpaid", "haven't paid", "not paid")

_PRODUCTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("huabei", ("花呗", "huabei")),
    ("jiebei", ("借呗", "jiebei")),
    ("weilidai", ("微粒贷", "weilidai", "webank")),
    ("credit_card", ("信用卡", "credit card")),
    ("online_loan", ("网贷", "网络贷款", "贷款app", "小贷", "online loan", "loan app", "payday")),
)
PRODUCT_NAMES: dict[str, dict[str, str]] = {
    "jiebei": {"zh": "借呗", "en": "Jiebei"},
    "huabei": {"zh": "花呗", "en": "Huabei"},
    "weilidai": {"zh": "微粒贷", "en": "Weilidai"},
    "credit_card": {"zh": "信用卡", "en": "a credit card"},
    "online_loan": {"zh": "网贷", "en": "an online loan"},
}


@dataclass(frozen=True)
class Slot:
    """One understood detail: ``value`` is normalised (days as an int, yuan as a number, product id),
    or None when the number was masked; ``text`` is the span of the message it came from."""

    name: str
    value: Any
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"name": self.name, "value": self.value, "text": self.text}


def extract_slots(message: str) -> dict[str, Slot]:
    """Find days overdue, amount and product in a message; absent details are simply missing."""
    folded = unicodedata.normalize("NFKC", message).lower()
    found: dict[str, Slot] = {}
    product = _find_product(folded)
    if product:
        found["product"] = product
    if any(cue in folded for cue in _OVERDUE_CUES):
        days = _find_days(folded)
        if days:
            found["days"] = days
    amount = _find_amount(folded)
    if amount:
        found["amount"] = amount
    return found


def _find_product(folded: str) -> Slot | None:
    simplified = normalize(folded)
    best: tuple[int, str, str] | None = None
    for product, names in _PRODUCTS:
        for name in names:
            pos = simplified.find(name)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, product, name)
    return Slot("product", best[1], best[2]) if best else None


def _find_days(folded: str) -> Slot | None:
    match = _ZH_DAYS_RE.search(folded)
    if match:
        number, extra, measure, unit, tail = match.groups()
        value = _parse_number(number)
        if value is None:
            return Slot("days", None, match.group(0))
        if measure == "个半" or tail == "半":
            value += 0.5
        per = _DAYS_PER["个月" if unit == "月" else unit]
        if unit == "年" and value == 0.5:
            return Slot("days", 180, match.group(0))  # 半年 means six months
        return Slot("days", round(value * per), match.group(0))
    match = _EN_DAYS_RE.search(folded)
    if match:
        value = _parse_number(match.group(1))
        if value is None:
            return Slot("days", None, match.group(0))
        return Slot("days", round(value * _DAYS_PER[match.group(2)]), match.group(0))
    return None


def _find_amount(folded: str) -> Slot | None:
    match = _ZH_AMOUNT_RE.search(folded)
    if match:
        number = match.group(1) or match.group(4)
        scale = match.group(2) or match.group(5)
        value = _parse_number(number)
        if value is None:
            return Slot("amount", None, match.group(0))
        total = _scaled(value, scale)
        if match.group(6):  # 一万五 is 15000, 三千五 is 3500: the digit after the unit is its next place
            total += _CN_DIGITS[match.group(6)] * (1000 if scale == "万" else 100)
        return Slot("amount", total, match.group(0).strip())
    match = _EN_AMOUNT_RE.search(folded)
    if match:
        number = (match.group(1) or match.group(3) or match.group(5)).replace(",", "")
        scale = match.group(2) or match.group(4) or ("k" if match.group(5) else None)
        return Slot("amount", _scaled(float(number), scale), match.group(0).strip())
    return None


def _scaled(value: float, scale: str | None) -> int | float:
    factor = {"万": 10000, "w": 10000, "千": 1000, "k": 1000}.get(scale or "", 1)
    total = value * factor
    return int(total) if float(total).is_integer() else round(total, 2)


def _parse_number(token: str) -> float | None:
    """Arabic, Chinese (十五, 两, 二十三, 半) or English number words; None for a masked ``***``."""
    token = token.strip()
    if token.startswith("**"):
        return None
    if token in _EN_NUMBERS:
        return float(_EN_NUMBERS[token])
    if token == "半":
        return 0.5
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return _parse_chinese_number(token)


def _parse_chinese_number(token: str) -> float | None:
    total, current = 0, 0
    for char in token:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[char]
            current = 0
        else:
            return None
    return float(total + current)
