"""Collectors in a dream taken back at once (issue 12, docs/safety.md Round 93): an abuse reading doubted because the
visit, the threat or the violence is told as a dream the writer woke from ("梦见催收上门，吓醒了，还好只是梦",
"had a nightmare collectors were at my door, just a dream").

Every abuse clause must itself tell the dream (梦见/梦到/梦里, "dreamt", "a nightmare about"; not a nightmare as the
effect of a real threat, "nightmares because the collector said…", nor a simile, "跟做噩梦一样"), the dream must be taken
back (只是梦, 醒了, "just a dream", "woke up"), nothing may say it came true or is real ("不是梦", "真的来了", "wasn't a
dream"), and nothing of the collectors may follow the waking (mend148, review143 F4: "醒来手机上有他们发来的我家门牌照片",
"woke up and found they had texted my boss"): a position rule, read on the clauses after the taking back, where only a
loan question may stand. A doubt, not a silence: the abuse reply gives way only to the loan question asked
(routing_safety; doubting.abuse_joked does not read dreams), and only where one rule kind alone read the abuse.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, fold_clause

# The dream told in the clause itself: dreaming OF it, not nightmares as an effect ("nightmares because…").
_DREAM = regex(r"(?<!像)(?<!跟)(?<!如同)(梦见|梦到|梦里|梦中|做梦|做了个?\S{0,2}梦|噩梦里)(?!一样|似的|般)"
               r"|\b(dreamt|dreamed|dreaming|had an? (bad |horrible |terrible |awful )?(dream|nightmare)|(a|my|the|bad) (dream|nightmare) (that|about|of|where|in which)|nightmare (that|about|where)|in (my|a|the) (dream|nightmare))\b")
_TAKEN_BACK = regex(r"只是(个|一个|场)?梦|还好是(个)?梦|原来是(个)?梦|(吓|惊)醒|醒来|醒了|\b(just|only) a (bad )?dream|woke up|it was (just |only )?a dream|phew\b")
_REAL = regex(r"不是(做)?梦|不是在做梦|梦成真|真的(来|上门|打|发|说|找|在|被)|真被|结果(今天|早上|第二天)|没想到.{0,6}真|现实(里|中)"
              r"|\b((wasn'?t|not|isn'?t) (just )?a dream|came true|for real|really (came|did|happened|showed|called)|actually (came|happened|showed|called)"
              r"|then (this morning|today)|in real life)\b")
# What the collectors did, told after the waking ("发来的…照片", "贴了大字报", "found they had texted my boss").
_ACT = regex(r"催收|他们|对方|发来|发了|贴|喷|门口|门上|照片|电话|短信|上门|堵|拍|找(我|到)|说(要|今晚)"
             r"|\b(collectors?|they|them|their|texted|called|sent|found|posted|painted|knock\w*|neighbou?rs?|boss|someone|guys|men)\b")
# A loan question asked after the waking ("借呗逾期会上门吗"): the question the doubt gives way to, not an act.
_ASKED = regex(r"吗|么|嘛|\?|？|会不会|能不能|可不可以|怎么|怎样|如何|要不要|是不是|想问|请问"
               r"|\b(can|could|will|would|do|does|is|are|should|how|what|when|why)\b.*\b(i|they|jiebei|it)\b")


def dreamt(clauses: list[Clause], abuse_at: frozenset[int]) -> bool:
    """Whether every abuse clause tells a dream the message takes back at once, with nothing told as real and no act
    of the collectors told after the waking."""
    folded = [fold_clause(clause.text).lower() for clause in clauses]
    whole = " ".join(folded)
    if not abuse_at or _REAL.search(whole):
        return False
    woke = next((i for i, text in enumerate(folded) if _TAKEN_BACK.search(text)), None)
    if woke is None or any(i > woke for i in abuse_at):
        return False
    back = _TAKEN_BACK.search(folded[woke])
    after = [folded[woke][back.end():] if back else "", *folded[woke + 1:]]
    if any(_ACT.search(text) and not _ASKED.search(text) for text in after):
        return False
    return all(i < len(folded) and _DREAM.search(folded[i]) for i in abuse_at)


__all__ = ["dreamt"]
