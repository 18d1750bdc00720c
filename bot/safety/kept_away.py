"""The writer putting a relative's means out of their reach (safe58, issue 12 round 49).

"我爸最近一直说活着没意思，我把他的安眠药藏起来了", "我把姐姐屋里的绳子收起来了 她这几天一直说撑不下去了", "I hid my
dad's sleeping pills because he keeps saying life is pointless": the clause of the hidden pills names a means and the
writer's 我/I, so others.helper_asking read it as the writer's own danger and the reply told the helper to call for
themselves. Taking a relative's means away is what a helper does.

So a crisis clause that only tells a means OWNED by a relative (他的, 她的, 我爸的, 姐姐屋里的, 家里的, "my dad's",
"his") taken away by a verb of REMOVAL (藏起来, 收走, 锁起来, 扔了, 拿走, "hid", "took away", "locked up", "threw away")
is set aside when another crisis clause remains: whose danger the message tells is then read on that one. Nothing is
set aside when it is the only crisis clause, nor for hoarding (攒, 存, 囤, 偷偷留着, "saved up", "stockpiled"), the
writer's own means (自己的, 我的, "my pills", handed to a roommate: the writer's reply), or a use told after it in the
same clause (准备吃, 留着自己用, "to take them", "for myself"): mend69 dropped a wider reading that took a writer hoarding
a relative's pills as care (review78 §1). Additive only: nothing is removed before any crisis reader looks.
"""

from __future__ import annotations

from ..patterns import regex

# The relative owning the means: kin or 他/她 with 的 or their room, or the household (家里的).
_KIN_ZH = (r"(?:他|她|佢|老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|爸爸|妈妈|老爸|老妈|老豆|阿爸|阿妈|爸|妈|爷爷|奶奶|外公|外婆|公公|婆婆"
           r"|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|细佬|细妹|家姐|儿子|女儿|孩子|朋友|室友)")
_MEANS_ZH = r"(?:安眠药|药片|药|农药|百草枯|敌敌畏|老鼠药|绳子|刀片|刀|剪刀|木炭|炭|煤气罐)"
_REMOVED_ZH = (r"(?:藏起来|藏好|藏了|藏到|藏在|收起来|收走|收好|收了|锁起来|锁好|锁了|锁在|扔了|扔掉|丢了|丢掉|拿走|拿开|没收|倒掉|冲掉|处理掉"
               r"|偷走|藏)")
_OWNED_ZH = rf"(?:{_KIN_ZH}(?:的|屋里的|房间里的|房里的|屋里|房间里|房里|床头的?|抽屉里的?|那)|家里的?)"
_KEPT_AWAY_ZH = rf"(?:把|将)\S{{0,4}}?{_OWNED_ZH}\S{{0,8}}?{_MEANS_ZH}\S{{0,6}}?{_REMOVED_ZH}"
_KIN_EN = (r"(?:my (?:\w+ )?(?:husband|wife|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|grandma|grandpa|brother|sister|son"
           r"|daughter|friend|roommate)'?s|his|her|their)")
_MEANS_EN = r"(?:pills|tablets|meds|medicine|medication|pesticide|poison|rope|knives|knife|blades|razors?|car keys|keys|charcoal)"
_KEPT_AWAY_EN = (r"\b(?:hid|hidden|hide|took away|taken away|take away|locked (?:up|away)|lock (?:up|away)|threw (?:out|away)|thrown (?:out|away)"
                 rf"|got rid of|removed|confiscated|flushed|put away)\b (?:all )?(?:of )?{_KIN_EN} (?:\w+ ){{0,2}}?{_MEANS_EN}\b")
_KEPT_AWAY = regex(rf"{_KEPT_AWAY_ZH}|{_KEPT_AWAY_EN}")
# Hoarding or a use told after it ("藏起来准备今晚吃", "hid her pills to take them tonight"): no care at all.
_FOR_USE = regex(r"攒|存起来|囤|留着|留给我|自己用|自己吃|准备|打算|想吃|要吃|全吃|吞|喝下|用来"
                 r"|\b(?:for myself|for me|to take|to use|take them|swallow|saved up|saving|stockpil\w*|hoard\w*|tonight i|so i can)\b")


def kept_away(text: str) -> bool:
    """Whether a clause (folded) tells the writer putting a relative's means out of their reach, and nothing else of
    them (see the module doc)."""
    match = _KEPT_AWAY.search(text)
    return match is not None and _FOR_USE.search(text) is None


def set_aside(texts: list[str], crisis_at: frozenset[int] | set[int]) -> frozenset[int]:
    """``crisis_at`` without the clauses (``texts``, folded) that only keep a relative's means away, when another
    crisis clause remains; else ``crisis_at`` whole."""
    kept = {index for index in crisis_at if index < len(texts) and kept_away(texts[index])}
    rest = frozenset(crisis_at) - kept
    return rest if kept and rest else frozenset(crisis_at)


__all__ = ["kept_away", "set_aside"]
