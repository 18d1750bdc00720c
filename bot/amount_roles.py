"""Which of several sums in one message is the debt: each sum's role (borrowed, owed, claimed).

"催收说我欠了三万，我只借了两万" states a collector's claim (三万) and what was borrowed (两万); neither
is what the borrower says they owe, so "你提到欠款20000元" called the wrong sum the debt (s16 brief;
"they say I owe 30k but I only borrowed 20k" alike). bot.slots reads every sum; this module decides
which one, if any, the answer may call the debt. When the sums differ and one of them is a claim or
the principal, or two are owed to different lenders ("借呗欠了五千，花呗欠了三千": the debt is neither
alone), only a single sum told as owed (欠/还剩/要还, owe) is the debt; otherwise none is named:
naming none is better than naming a wrong one (truth4: "一笔一万一笔两万" echoed 11000; "my 10k loan is
now 25k" echoed 10,000). A principal alone with part of it repaid ("借了十万…已经还了6期") is no debt either.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

from .patterns import regex

# Money borrowed (the principal), told just before the number: 借了两万, 只借了两万, 本金五万,
# "I only borrowed 20k", "took out 8000". Not 借呗 (a product: 呗 follows 借, never the number).
_BORROWED_BEFORE = regex(r"(?:借了|借款|借的|借|贷了|贷款|贷|本金)(?:是|有|了|只有|才|就)?\s*(?:约|大约|大概|差不多|将近)?\s*$"
                         r"|\b(?:borrowed|borrow|took out|loan of|loan was|principal(?: was| is| of)?)\s+"
                         r"(?:only\s+|just\s+|about\s+|around\s+)?(?:¥|rmb\s*|cny\s*)?$")
# Money told as still owed: 还欠三万, 还剩两万, 现在要还两万五, "I owe 30k", "the balance is 12000".
_OWED_BEFORE = regex(r"(?:欠了?|欠款|还差|还剩|剩下?|剩余|要还|得还|应还|需要还|待还|未还)(?:是|有|了)?\s*"
                     r"(?:约|大约|大概|差不多|将近)?\s*$"
                     r"|\b(?:owe|owes|owing|owed|debt|balance)\b(?: is| of|:)?\s*(?:jiebei\s+|huabei\s+)?"
                     r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(?:¥|rmb\s*|cny\s*)?$")

# Part of a borrowed sum repaid ("已经还了6期", "还了一部分", "paid back half"): the principal is not what is owed.
_REPAID_SOME = regex(r"(?<![没未不])(?:还了|已还|已经还|还过|还掉了)|\b(?:repaid|paid back|paid off)\b")

S = TypeVar("S")


def _role(text: str, number_at: int) -> str | None:
    before = text[max(0, number_at - 14):number_at]
    if _BORROWED_BEFORE.search(before):
        return "borrowed"
    if _OWED_BEFORE.search(before):
        return "owed"
    return None


def the_debt(text: str, first: S | None, sums: Sequence[tuple[int, float | None, bool, S]]) -> S | None:
    """The sum the answer may call the debt. ``first`` is the one bot.slots would name alone;
    ``sums`` holds every sum stated, each as (where its number starts, its value, whether someone
    else claims it, its slot)."""
    values = {value for _, value, _, _ in sums if value is not None}
    if len(values) < 2:
        if first is not None and sums and _role(text, sums[0][0]) == "borrowed" and _REPAID_SOME.search(text):
            return None  # "借了十万，分12期，已经还了6期": what is left is not told
        return first
    roles = [(_role(text, at), value, claimed, slot) for at, value, claimed, slot in sums]
    owed = {value: slot for role, value, claimed, slot in roles if role == "owed" and not claimed and value is not None}
    return next(iter(owed.values())) if len(owed) == 1 else None


__all__ = ["the_debt"]
