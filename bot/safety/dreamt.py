"""Collectors in a dream taken back at once (issue 12, docs/safety.md Round 93): an abuse reading doubted because the
visit, the threat or the violence is told as a dream the writer woke from ("梦见催收上门，吓醒了，还好只是梦",
"had a nightmare collectors were at my door, just a dream").

Every abuse clause must be the dream's (a dream word in it or in the clause before), the dream must be taken back
(只是梦, 醒了, "just a dream", "woke up"), and nothing may say it came true or is real beside it ("不是梦", "真的来了",
"wasn't a dream", "then this morning they really…"). A doubt, not a silence: the abuse reply gives way to the loan
question asked, or to the next best reading (routing_safety, as for a joke).
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause

_DREAM = regex(r"梦|\b(dream\w*|nightmares?)\b")
_TAKEN_BACK = regex(r"只是(个|一个|场)?梦|还好是(个)?梦|原来是(个)?梦|(吓|惊)醒|醒来|醒了|\b(just|only) a (bad )?dream|woke up|it was (just |only )?a dream|phew\b")
_REAL = regex(r"不是(做)?梦|不是在做梦|梦成真|真的(来|上门|打|发|说|找|在)|结果(今天|早上|第二天)|没想到.{0,6}真|现实(里|中)"
              r"|\b((wasn'?t|not|isn'?t) (just )?a dream|came true|for real|really (came|did|happened|showed|called)|actually (came|happened|showed|called)"
              r"|then (this morning|today)|in real life)\b")


def dreamt(clauses: list[Clause], abuse_at: frozenset[int]) -> bool:
    """Whether every abuse clause tells a dream the message takes back at once, with nothing told as real."""
    whole = fold_clause(" ".join(clause.text for clause in clauses)).lower()
    if not abuse_at or not _TAKEN_BACK.search(whole) or _REAL.search(whole):
        return False
    return all(_DREAM.search(fold_clause(clauses[i].text).lower()) or i > 0 and _DREAM.search(fold_clause(clauses[i - 1].text).lower())
               for i in abuse_at if i < len(clauses))


__all__ = ["dreamt"]
