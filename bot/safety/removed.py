"""A helper who took a relative's means away AFTER the relative said they want to die (fix71, issue 12; user61 #3,
user70 item 9): "老公借呗还不上 说想死 我把他的药都拿走了", "my sister said she wants to die so i took all her pills away".
The writer's 我/I in the removal made the reply the writer's, telling a helper to hand their own means to someone.

safe58's kept_away set such a clause aside wherever it stood, and mend72 removed it: a writer's own despair told after
hiding a relative's pills ("我把我妈的安眠药藏起来了，她找不到。反正活着也没意思", "Took away my husband's pills. … Feel
like ending it all tonight") then looked back to the relative and got the helper's reply. So this reading is narrow,
and every condition errs towards the writer's reply:

- the clause is the writer REMOVING a means (把…药/刀/绳/农药 拿走/藏好/收起来/扔了/锁起来, "took/hid/locked … pills/knife
  away"), and says nothing else in the first person once the removal's words are passed over;
- the relative's own crisis is told BEFORE it (an earlier crisis clause, or earlier in the same clause with the relative
  named): a removal told first, with despair after it, is no helper's story;
- no crisis clause comes after it, and nothing after the removal tells taking, keeping or sharing the means or the
  writer's own state (吃/吞/喝/攒/留着/自己/我也/一起, "took them", "myself", "too", "keep").

It does not remove words before any crisis check: it only tells others.helper_asking that this clause is the
relative's side of the story (as ``theirs`` does for a relative's cards handed over).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..patterns import regex
from .clauses import Clause, fold_clause

_MEANS_ZH = r"(?:安眠药|药片|药丸|药|农药|百草枯|老鼠药|敌敌畏|菜刀|水果刀|刀片|剪刀|刀|绳子|绳|炭|木炭|煤气)"
_AWAY_ZH = r"(?:拿走|收走|收起来|收好|收埋|藏起来|藏好|藏了|藏埋|扔了|扔掉|丢了|丢掉|掉了|锁起来|锁好|锁了|没收|冲掉|倒掉|倒了|拿开|收了)"
_REMOVAL_ZH = (rf"(?:我|我们)(?:已经|刚|刚刚|先|都|也)?(?:把|将)\S{{0,8}}?{_MEANS_ZH}\S{{0,4}}?(?:都|全|全部|统统|一起)?{_AWAY_ZH}"
               rf"|{_MEANS_ZH}(?:什么的)?(?:我|我们)(?:已经|都|全|全部)?{_AWAY_ZH}")
_MEANS_EN = r"(?:pills|medication|medicine|meds|tablets|knife|knives|rope|pesticide|poison|charcoal|blades?|razors?|sleeping pills)"
_REMOVAL_EN = (r"\b(?:i|we|ive|weve)(?: (?:have|already|just|also))* (?:took|taken|hid|hidden|locked|put|threw|thrown|got rid of|removed|flushed|confiscated)"
               rf"\b(?: (?:away|up|out))?.{{0,30}}?\b{_MEANS_EN}\b(?: (?:away|up|out))?(?:(?: and| ,)? (?:his|her|their|the|all) (?:\w+ )?{_MEANS_EN})*")
_REMOVAL = regex(rf"{_REMOVAL_ZH}|{_REMOVAL_EN}")
_FIRST = regex(r"我|\b(?:i|im|ive|id|ill|me|my|myself)\b")
_KIN = regex(r"他|她|佢|爸|妈|老公|老婆|丈夫|妻子|哥|姐|弟|妹|儿子|女儿|孩子|朋友|"
             r"\b(?:he|she|they|husband|wife|dad|father|mum|mom|mother|brother|sister|son|daughter|friend|partner|boyfriend|girlfriend)\b")
# The relative's crisis told earlier in the same clause ("my sister said she wants to die so i took…").
_CRISIS_BEFORE = regex(r"死|不想活|活不|自杀|轻生|跳|了断|\b(?:die|dying|dead|kill|suicid\w*|end (?:it|his life|her life|their life)|live|living|hurt (?:himself|herself))\b")
# After the removal: taking, keeping or sharing the means, or the writer's own state.
_AFTER = regex(r"吃|吞|喝|服|攒|留着|留给|自己|我也|一起|也想|也不想|也累|撑|\b(?:took them|take them|taking them|swallow\w*|for myself|myself|keep\w*|kept|saved|too|also|as well|me)\b")


def removed_for_them(clauses: Sequence[Clause], index: int, crisis_at: frozenset[int] | set[int]) -> bool:
    """Whether the crisis clause at ``index`` (folded clauses) is the writer removing a relative's means after the
    relative's own crisis was told (see the module doc)."""
    texts = [fold_clause(clause.text) for clause in clauses]
    text = texts[index]
    removal = _REMOVAL.search(text)
    if removal is None or _FIRST.search(text[removal.end():]) or _AFTER.search(text[removal.end():]):
        return False
    if any(later > index for later in crisis_at) or any(_AFTER.search(later) for later in texts[index + 1:]):
        return False
    before = text[:removal.start()]  # (the writer's own crisis words anywhere: others._SELF_AT_RISK, read first)
    return any(j < index and not _REMOVAL.search(texts[j]) for j in crisis_at) \
        or bool(_KIN.search(before) and _CRISIS_BEFORE.search(before))


__all__ = ["removed_for_them"]
