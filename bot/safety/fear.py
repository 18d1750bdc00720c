"""A fear of ruin asked, not a wish to die (safe24): "Will this ruin my life forever? I only owe 3000",
"这辈子是不是毁了，才欠三千". The words of ruin read as hopelessness to every reader, but asked about
the debt's consequences, beside nothing but the debt, they are a worry: the worry (or the loan) answer
with the check-in line, never the crisis reply. Read only where every crisis clause asks such a fear,
no clause states intent or any other sign (bot.safety.doubt's _INTENT, readings.KEEPS), and every other
clause only tells of the debt or asks a loan question; a conversation that has had a crisis reply
keeps the crisis reply for it (bot.continuity). Round 16's wider "fear" doubt was reverted for sending
"我的人生是不是完了，没必要活了" and "这辈子完了吗 真想一走了之" to the worry answer: both stay crises here.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause

# Ruin of one's life or future, asked (是不是/会不会/吗; will/would/is...).
_RUIN_ZH = r"(这辈子|一辈子|人生|前途|未来|后半生|下半辈子)\S{0,3}(是不是|会不会|就要|就会|就|要|会)?\S{0,2}(毁了|完了|完蛋|废了|到头了)"
_ASKED_ZH = r"(是不是|会不会|吗|么|嘛|\?|？)"
_FEAR = regex(rf"{_RUIN_ZH}|\b(will|would|could|can|does|is|did|has) (this|it|that|the debt|the loan|my debt|this debt|this loan|owing \w+|being late|one late payment) "
              r"(\w+ ){0,3}(ruin|destroy|wreck|mess up|screw up|end)\w* (my|the rest of my) (life|lives|future)\b"
              r"|\bis my (life|future) (over|ruined|finished|done)\b|\bam i (ruined|finished)\b")
_ASKS = regex(rf"{_ASKED_ZH}|\b(will|would|could|can|does|is|did|has|am)\b")
# What the other clauses may say: the debt (an amount, owing, a lender, being late) or a loan question.
_DEBT = regex(r"欠|借|还|逾期|借呗|花呗|网贷|贷款|[0-9]|[一二两三四五六七八九十百千万]+(块|元|千|万)|才|只|就|\b(owe|owed|owing|debt|loan|overdue|late|jiebei|huabei|only|just|yuan|rmb|k)\b")


def asked_fear(message: str, clauses: list[Clause], crisis_at: frozenset[int]) -> set[int]:
    """The clauses that ask a fear of ruin, when one of the crisis clauses does and every other
    clause tells only of the debt or asks a loan question (see the module doc; the caller checks
    intent, other signs, and crisis wording left once the fears are set aside); else none."""
    fears = set()
    for index, clause in enumerate(clauses):
        said = message[clause.start:min(len(message), clause.end + 2)]
        if _FEAR.search(clause.text) and (_ASKS.search(clause.text) or "?" in said or "？" in said):
            fears.add(index)
    if not fears & crisis_at:
        return set()
    return fears if all(_DEBT.search(clause.text) for index, clause in enumerate(clauses) if index not in fears) else set()
