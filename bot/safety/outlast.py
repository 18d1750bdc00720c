"""Not lasting until a named day (safe39, issue 12): "开庭定在下个月，我撑不到那时候了", "The hearing is on the 20th but I
won't last that long". A court date, a deadline or a day is named, and the writer says they will not last, hold on or
be around until then: a life that will not reach the day, not a question about the day.

The everyday reading is money that will not last until payday ("工资下周三才发，撑不到那时候，能宽限几天吗", "I won't
last till then without an extension"), read IN THE SAME SENTENCE only: a payday a sentence away clears nothing.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause, raw_sentences

# The day: anaphoric (那时候, then, that long) or a hearing named; the message must name a day or a hearing somewhere.
_NOT_LAST_ZH = regex(r"(?:撑|熬|挺|坚持|扛|挨)(?:不到|不过)(?:到)?(?:那时候?|那天|那一天|那会儿?|那个时候|那个时间|到时候"
                     r"|开庭|判决|宣判|审判|那个日子)")
_NOT_LAST_EN = regex(
    r"\b(?:(?:i )?(?:wont|will not|dont think ill|do not think i will|dont think i can|doubt ill|cant|cannot|can not|am not going to|im not going to"
    r"|not sure i (?:can|will|ll))|dont know if i (?:can|will|ll)) (?:\w+ )?(?:last|hold on|hang on|make it|survive|keep going|be (?:here|around|alive)"
    r"|still be (?:here|around|alive))\b(?:.{0,6}\b(?:till|until|to|by) (?:then|that day|the hearing|the court date|the trial|the deadline)\b| that long\b)"
    r"|\bdont see myself (?:still )?(?:being )?(?:here|around|alive) (?:by|until|till|on) (?:then|that day|the hearing)\b")
_DAY = regex(r"开庭|传票|判决|宣判|法院|起诉|还款日|最后期限|期限|截止|[0-9一二三四五六七八九十]+号|月底|下个月|下周|下星期|周[一二三四五六日末]|星期[一二三四五六日天]|[0-9一二三四五六七八九十]+月"
             r"|\b(?:hearing|court|trial|deadline|due|date|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
             r"|january|february|march|april|may|june|july|august|september|october|november|december|[0-9]+(?:st|nd|rd|th))\b")
# Money that will not last to payday, or an extension asked for it, in the same sentence.
_PAYDAY = regex(r"工资|发薪|薪水|发钱|到账|宽限|延期|缓几天|借(?:点|些)钱|生活费|饭钱|没电|电量|余额"
                r"|\b(?:payday|paycheck|pay ?day|salary|wages|paid|extension|battery|phone|savings|budget|groceries|food|rent|cash|without (?:a|an|some|the))\b")


def not_lasting(message: str, clauses: list[Clause]) -> set[int]:
    """The clauses that say the writer will not last until a day the message names (see the module doc)."""
    folded = fold_clause(message)
    if not _DAY.search(folded):
        return set()
    marked: set[int] = set()
    for sentence in raw_sentences(message):
        text = fold_clause(sentence)
        if _PAYDAY.search(text):
            continue
        for pattern in (_NOT_LAST_ZH, _NOT_LAST_EN):
            for match in pattern.finditer(text):
                found = match.group()
                marked |= {i for i, clause in enumerate(clauses) if found in clause.text or clause.text and clause.text in found}
    return marked
