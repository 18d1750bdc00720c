"""Details a borrower states in a message: days overdue, amount owed, which product, and the
specific fear (``concern``, see bot/concerns.py).

Each detail keeps its normalised value and the text it came from. The corpus masks numbers as
``***``: such a detail is marked as given, with no value. Days overdue are read only where the
message speaks of being late ("借呗分12个月还，现在逾期了" gives no days: 12个月 is the loan's term).
Days are read by bot.slots_days, amounts by bot.slots_amount (``Slot`` itself: bot.slot).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .concerns import find_concern
from .patterns import regex
from .products import ALIPAY_PRODUCTS, PRODUCT_NAMES, product_in_question
from .relatives import MINE_TO_PAY, OWN_LOAN, RELATIVE_SUED, RELATIVES_LOAN
from .slots_amount import find_amount
from .slots_days import find_days
from .text import normalize, simplified

# Re-exported: callers import them from here.
from .slot import Slot as Slot
from .slots_words import describe_amount as describe_amount, describe_days as describe_days
from .slots_words import is_approximate as is_approximate


# A run of 16 or more numerals (a card number, a key held down) is no amount or days the
# borrower could owe, and each pattern below would rescan it from every position: "逾期" + "1" *
# 2000 took 0.9 s (probe13). Its first 16 keep it "a number too large" (given, without a value).
_NUMBER_RUN = regex(r"(?:[0-9零〇一二两三四五六七八九十百千万亿][,.，、 ]?){16,}")
_LONG_ENOUGH = 16


def _first_digits(match: re.Match[str]) -> str:
    return match.group(0)[:_LONG_ENOUGH]


def extract_slots(message: str) -> dict[str, Slot]:
    """Find days overdue, amount, product and the borrower's specific fear in a message; absent
    details are simply missing."""
    return dict(_slots(message))  # a fresh dict: the caller may change it


# One ask reads the same message's details up to three times (the router's details told, the engine's reply, the
# answer's concern): read once, remembered (Slots are immutable; speed only, PERF_LOG part 31).
@lru_cache(maxsize=16)  # reuse is within one message
def _slots(message: str) -> tuple[tuple[str, Slot], ...]:
    text = simplified(message)
    if len(text) > _LONG_ENOUGH and _NUMBER_RUN.search(text):
        text = _NUMBER_RUN.sub(_first_digits, text)  # still "a number too large", scanned in linear time
    found: dict[str, Slot] = {}
    for slot in (_find_product(text), find_days(text), find_amount(text), _find_concern(text)):
        if slot is not None:
            found[slot.name] = slot
    return tuple(found.items())


def _find_concern(text: str) -> Slot | None:
    concern = find_concern(text)
    if concern is None and (relatives := RELATIVES_LOAN.search(text) or RELATIVE_SUED.search(text)) \
            and MINE_TO_PAY.search(text) and not OWN_LOAN.search(text):
        # "我妈妈借呗逾期了，要我还吗": a relative's loan, told by the family, and whether the writer
        # must pay asked (bot.relatives; cls13). Stated alone, or beside the writer's own late loan,
        # it is no fear of the writer's: the topic's own lead stands (review29 #3, #8). A relative
        # already sued ("我妈被起诉了，是她自己的借呗，我要还吗") asks the same (review46 #4).
        return Slot("concern", "family_liability", relatives.group(0))
    return Slot("concern", concern[0], concern[1]) if concern else None


def _find_product(text: str) -> Slot | None:
    found = product_in_question(normalize(text))
    return Slot("product", *found) if found else None


__all__ = ["ALIPAY_PRODUCTS", "PRODUCT_NAMES", "Slot", "describe_amount", "describe_days", "extract_slots",
           "is_approximate"]
