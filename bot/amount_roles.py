"""Which of several sums in one message is the debt: each sum's role (borrowed, owed, claimed).

"催收说我欠了三万，我只借了两万" states a collector's claim (三万) and what was borrowed (两万); neither
is what the borrower says they owe, so "你提到欠款20000元" called the wrong sum the debt (s16 brief;
"they say I owe 30k but I only borrowed 20k" alike). bot.slots_amount reads every sum; this module decides
which one, if any, the answer may call the debt. When the sums differ and one of them is a claim or
the principal, or two are owed to different lenders ("借呗欠了五千，花呗欠了三千": the debt is neither
alone), only a single sum told as owed (欠/还剩/要还, owe) is the debt; otherwise none is named:
naming none is better than naming a wrong one (truth4: "一笔一万一笔两万" echoed 11000; "my 10k loan is
now 25k" echoed 10,000). A principal alone with part of it repaid ("借了十万…已经还了6期") is no debt either.

mend47 (review46): a credit limit is no debt ("别人能借10万我只能借5000", "我朋友额度20万，我才3千"): where
a sum is told as a limit, only a sum told as owed is the debt ("额度是5万，欠了4万" keeps 40000). An
overdue sum is owed ("逾期了两万"); what would remain after a proposed payment ("先还一万，还剩的一万")
and an instalment due ("这个月要还两千") are not the debt. Two products each owing: the sum of the
product the message asks about ("借呗欠两万，花呗欠五千，我只担心借呗" → 20000; "I owe 8000 on jiebei…").
"""

from __future__ import annotations

from typing import Sequence, TypeVar

from .patterns import regex
from .product_asked import product_in_question
from .product_mentions import find_product
from .text import normalize

# Money borrowed (the principal), told just before the number: 借了两万, 只借了两万, 本金五万,
# "I only borrowed 20k", "took out 8000". Not 借呗 (a product: 呗 follows 借, never the number).
_BORROWED_BEFORE = regex(r"(?:借了|借款|借的|借|贷了|贷款|贷|本金)(?:是|有|了|只有|才|就)?\s*(?:约|大约|大概|差不多|将近)?\s*$"
                         r"|\b(?:borrowed|borrow|took out|loan of|loan was|principal(?: was| is| of)?)\s+"
                         r"(?:only\s+|just\s+|about\s+|around\s+)?(?:¥|rmb\s*|cny\s*)?$")
# Money told as still owed: 还欠三万, 还剩两万, 现在要还两万五, "I owe 30k", "the balance is 12000".
_OWED_BEFORE = regex(r"(?:欠了?|欠款|(?<![没不])用(?:了|掉了?)|还差|还剩|剩下?|剩余|要还|得还|应还|需要还|待还|未还|(?<![没未不])逾期了?)(?:是|有|了|的)?\s*"
                     r"(?:约|大约|大概|差不多|将近)?\s*$"
                     r"|\b(?:owe|owes|owing|owed|debt|balance)\b(?: is| of|:)?\s*(?:jiebei\s+|huabei\s+)?"
                     r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(?:¥|rmb\s*|cny\s*)?$")

# ...or just after it: "我还有5000没还", "5000还不上".
_OWED_AFTER = regex(r"[0-9零一二两三四五六七八九十百千万.,kK]+\s*(?:元|块钱?)?\s*(?:没还|未还|还没还|没有还|还不上|还不起)")
# A limit: what one can borrow, not what is owed ("能借10万", "额度是5万", "my limit is 50000").
_LIMIT_BEFORE = regex(r"(?:额度|(?:能|可以|可)借(?:到|得到)?|借得到|能贷|可贷)(?:的)?(?:是|有|才|只有|只|就|都|也|了|为)*\s*"
                      r"(?:约|大约|大概|差不多|将近)?\s*$"
                      r"|\blimits?\b(?: is| was| of|:)?\s*(?:only\s+|just\s+|about\s+|around\s+)?(?:¥|rmb\s*|cny\s*)?$")
# A limit told anywhere in the message (a number right after the limit word): the other sums are
# compared with it ("我朋友额度20万，我才3千": 3千 is the writer's limit too), never owed unless told so.
_LIMIT_TOLD = regex(r"(?:额度|(?:能|可以|可)借(?:到|得到)?|借得到|能贷|可贷)(?:的)?(?:是|有|才|只有|只|就|都|也|了|为)*\s*"
                    r"(?:约|大约|大概|差不多|将近)?\s*[0-9零一二两三四五六七八九十百千万]"
                    r"|\blimits?\b(?: is| was| of|:)?\s*(?:only\s+|just\s+|about\s+|around\s+)?(?:¥|rmb\s*|cny\s*)?\d")
# An instalment due this period ("本来这个月要还两千", "每期要还800"), told beside the debt.
_INSTALMENT_BEFORE = regex(r"(?:这个月|这月|本月|这期|本期|每个?月|每期|下个?月|月供)\S{0,4}?(?:要|得|应|需要)还\s*$")
# What would remain after a payment proposed earlier ("我能先还一万吗，还剩的一万下个月还").
_REST_WORD = regex(r"(?:还剩|剩下?|剩余)(?:是|有|了|的)?\s*$")
_PROPOSED = regex(r"(?:先|能|想|打算|准备|可以)还(?![了过不])")
_CLAUSE_END = regex(r"[，,。；;！!？?\n]|\band\b|\bbut\b")

# Part of a borrowed sum repaid ("已经还了6期", "还了一部分", "paid back half"): the principal is not what is owed.
_REPAID_SOME = regex(r"(?<![没未不])(?:还了|已还|已经还|还过|还掉了)|\b(?:repaid|paid back|paid off)\b")

S = TypeVar("S")


def _role(text: str, number_at: int) -> str | None:
    before = text[max(0, number_at - 14):number_at]
    if _LIMIT_BEFORE.search(before):
        return "limit"  # (before borrowed: 能借 ends in 借)
    if _BORROWED_BEFORE.search(before):
        return "borrowed"
    if _INSTALMENT_BEFORE.search(before):
        return "instalment"
    if _OWED_BEFORE.search(before):
        return "rest" if _REST_WORD.search(before) and _PROPOSED.search(text, 0, number_at) else "owed"
    if _OWED_AFTER.match(text, number_at):
        return "owed"
    return None


def _product_of(text: str, number_at: int) -> str | None:
    """The product named in the clause a sum stands in ("借呗欠两万", "8000 on jiebei")."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, number_at)), default=0)
    end = found.start() if (found := _CLAUSE_END.search(text, number_at)) else len(text)
    named = find_product(normalize(text[start:end]))
    return named[0] if named else None


def _named_apart(text: str, sums_at: list[int], product: str) -> bool:
    """Whether a product is named outside the clauses that state the sums ("…，我只担心花呗")."""
    kept, start = [], 0
    for at in sorted(sums_at):
        begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
        end = found.start() if (found := _CLAUSE_END.search(text, at)) else len(text)
        kept.append(text[start:begin])
        start = max(start, end)
    kept.append(text[start:])
    rest = normalize(" ".join(kept))
    return any(found[0] == product for found in _products_in(rest))


def _products_in(folded: str) -> list[tuple[str, str]]:
    named, at = [], 0
    while (found := find_product(folded[at:])) is not None:
        named.append(found)
        at += folded[at:].find(found[1]) + len(found[1])
    return named


def the_debt(text: str, first: S | None, sums: Sequence[tuple[int, float | None, bool, S]]) -> S | None:
    """The sum the answer may call the debt. ``first`` is the one bot.slots would name alone;
    ``sums`` holds every sum stated, each as (where its number starts, its value, whether someone
    else claims it, its slot)."""
    values = {value for _, value, _, _ in sums if value is not None}
    if _LIMIT_TOLD.search(text):
        # a limit told: only a sum told as owed is the debt ("额度是5万，欠了4万"); the others are limits
        # (or, none told as owed, a sum told as borrowed: "额度5万，借了3万，逾期了")
        for role in ("owed", "borrowed"):
            told = {value: slot for at, value, claimed, slot in sums
                    if value is not None and not claimed and _role(text, at) == role}
            if told:
                return next(iter(told.values())) if len(told) == 1 else None
        return None
    if len(values) < 2:
        if first is not None and sums and _role(text, sums[0][0]) == "borrowed" and _REPAID_SOME.search(text):
            return None  # "借了十万，分12期，已经还了6期": what is left is not told
        return first
    roles = [(_role(text, at), value, claimed, slot) for at, value, claimed, slot in sums]
    owed = [(at, value, slot) for (at, *_), (role, value, claimed, slot) in zip(sums, roles)
            if role == "owed" and not claimed and value is not None]
    if not owed:
        return None
    # part repaid and what is left told ("欠了3万，已经还了1万，剩下2万"): what is left is the debt now (review49)
    left = {value: slot for at, value, slot in owed if _REST_WORD.search(text[max(0, at - 14):at])}
    if len(left) == 1 and _REPAID_SOME.search(text):
        return next(iter(left.values()))
    asked = product_in_question(normalize(text))
    products = {at: _product_of(text, at) for at, _, _ in owed}
    if len({value for _, value, _ in owed}) > 1:
        # two products each owing: the sum of the product asked about ("我只担心借呗"), if it names one
        if asked and asked[0] != "jiebei" and not _named_apart(text, [at for at, _, _ in owed], asked[0]):
            return None  # "花呗欠三千，借呗欠一万，两个都逾期了": only the first named, not one asked about
        mine = {value: slot for at, value, slot in owed if asked and products[at] == asked[0]}
        return next(iter(mine.values())) if len(mine) == 1 else None
    at, _, slot = owed[0]
    # the one sum owed is another product's ("借呗借了两万，花呗欠五千，我担心借呗"): not this product's debt
    return None if asked and products[at] not in (None, asked[0]) else slot


__all__ = ["the_debt"]
