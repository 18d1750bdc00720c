"""Someone else's habitual saying as a doubt on a crisis reading (doubt.py's "saying"; safe9, safe63).

A saying repeated by someone else ("我妈老说", "my grandma always says she's ready to go") was read
by safe9 as a saying, not an event; someone else's words said once ("my son told me he has a plan")
are a crisis.

safe63 (user61 item 2): saying over and over that one wants to die is a classic warning sign, not a
reason to stand down ("我爸天天说不想活了", "my mum keeps saying she doesnt want to live" had lost the
helper's reply to a 100% crisis vote). So a saying whose words are a wish to die or no will to live
(``_WISH``) is doubted only where the writer reads it as not meant, in the saying's own clauses or
the two after them (``_NOT_MEANT``: 随口说的, 我们都哄她, "she's 92 and very healthy", a game): local,
never message-wide. A saying that is no such wish ("when I'm gone you'll manage the money", 人死了债就
没了, 活着就是熬, “我死了” over homework) stays a saying. The writer's own words in a crisis clause
("我妈老说我没出息 我真的不想活了") are never someone else's saying.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH, Clause
from .idioms import masked

_SAYING = regex(
    rf"({KIN_ZH}|他(?!们)|她(?!们)|老人家?)[^我]{{0,12}}(总|老|常|天天|整天|一直|每天)\S{{0,2}}(说|喊|讲|念叨|嚷|叫)"
    rf"|\b((my|his|her|our) ({KIN_EN})|he|she) (\w+ ){{0,3}}(always|keeps?|kept|often|constantly|forever) "
    r"(saying|says|said|yell\w*|shout\w*|joking|jokes)\b")

# ...not a saying once a means is told beside it ("我老婆一直在念叨死了就清净了，还偷偷去买了好多安眠药").
_MEANS = regex(r"安眠药|农药|药片|百草枯|绳子|烧炭|木炭|炭盆|刀片|遗书|\b(pills|rope|noose|charcoal|blades?|razor|note)\b")


# A wish to die or no will to live, said of oneself by whoever says it (the saying's words).
_WISH = regex(r"想死|不想活|活不下去|不活了|活[着著]\S{0,2}没(什么|啥)?(意思|劲|意义|盼头)|活够|不如死|死了\S{0,2}(算了|干净|好了|一了百了)|早点走|去死|寻死|自杀|轻生"
              r"|拖累|负担|没(了|有)(他|她)\S{0,10}(好|轻松)"
              r"|\b((wants?|wanted|wanna) to (die|end (it|it all|(his|her) life)|kill (him|her)self)|better off (dead|without)|end it all"
              r"|(doesnt|dont|didnt|does not) (want|wanna) to (live|be here|be alive|exist)|(no|the) point (of|in) (living|life|being alive)"
              r"|tired of (living|life|being alive)|ready to (go|die)|wish(es)? (he|she) (was|were) dead|wont be around|a burden)\b")
# The writer reading the saying as not meant: said in passing, humoured, a healthy old person, a game.
_NOT_MEANT = regex(r"随口|口头禅|说说而已|说着玩|开玩笑|玩笑话|习惯了|哄(哄)?(她|他)|没(人)?当真|不是认真的|(身体|人)\S{0,4}(硬朗|健康|好得很|好着呢|棒着呢|好好的)|精神得很|精神(很|挺)好|游戏"
                   r"|\b(healthy|joking|kidding|jokes?|just (saying|dramatic|a saying|talk)|doesnt mean it|not serious|video ?games?|lol|haha\w*)\b")
# ...not a reading the writer gives up ("我以为他开玩笑 结果…", "I thought he was joking"): that is the warning sign seen.
_THOUGHT_NOT_MEANT = regex(r"(以为|当成|当作|当是|还当|本来觉得)\S{0,4}(是)?(在)?(开玩笑|随口|说说|说着玩|玩笑)|\b(thought|assumed|figured) (he|she|they) (was|were) (just )?(joking|kidding)\b")
# The writer speaking in a crisis clause, not inside a reported shout ("我儿子天天喊着我要死了").
_ME = regex(rf"我(?!的?({KIN_ZH}|儿子|女儿|孩子|朋友|同事|室友|同学|闺蜜|兄弟|哥|姐|弟|妹))|\b(i|im|ive|id|myself)\b")
_QUOTES = frozenset("“”「」『』\"'‘’")
_SHOUTED_ME = regex(r"(说|喊|叫|嚷|念叨|嘟囔|says|saying|yell\w*|shout\w*)(着|道|了)?\S{0,2}(我|\bi)|[“「\"]")


def _own_wish(clause: Clause, message: str) -> bool:
    """Whether a clause is the writer's own wish to die: the writer speaks in it, not inside a reported shout or
    quotation marks (“我死了”, "when I'm gone"), and it says the wish."""
    text = masked(clause.text)
    quoted = message[max(0, clause.start - 1):clause.start] in _QUOTES or message[clause.end:clause.end + 1] in _QUOTES
    return bool(_ME.search(text) and _WISH.search(text)) and not _SHOUTED_ME.search(text) and not quoted


def habit_said(clauses: list[Clause], before: list[int], near_text: str, crisis_at: frozenset[int] = frozenset(),
               message: str = "") -> bool:
    """Whether the crisis clauses or the one before them (``before``) tell someone else's habitual
    saying, with no means told beside them (``near_text``, masked), that is no wish to die, or one the
    writer reads as not meant in the clauses that tell it or the two after; never where the writer
    speaks in a crisis clause."""
    said = masked(" ".join(clauses[j].text for j in before))
    if not _SAYING.search(said) or _MEANS.search(near_text):
        return False
    if any(_own_wish(clauses[i], message) for i in crisis_at):
        return False  # the writer's own wish beside a relative's saying
    if not _WISH.search(masked(" ".join(clauses[i].text for i in sorted(crisis_at)))):
        return True
    last = max(crisis_at) if crisis_at else max(before)
    told = masked(" ".join(c.text for c in clauses[min(before):last + 3]))
    return _NOT_MEANT.search(_THOUGHT_NOT_MEANT.sub(" ", told)) is not None


__all__ = ["habit_said"]
