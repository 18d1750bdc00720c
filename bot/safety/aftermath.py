"""Crises told by what came after, or said as a whole life over (fix71, issue 12; user70 item 3).

- **A stomach washed out** (洗胃, 洗了胃, 刚洗完胃, 在医院洗胃): in a message about a loan, told of oneself or a relative, it
  is an overdose survived; the English "pumped my stomach" was read (farewells.py) and the Chinese was not ("借呗逾期了
  我在医院洗胃" got the collection answer). Its everyday readings are named in the same sentence (food poisoning, a
  child or a pet that ate something, a wrong medicine taken by mistake, a doctor saying it was not needed, 洗牙);
  negated ("没洗胃") it is nothing. Whose danger it tells is others.py's judgement, as for every cue.
- **Not wanting to go on existing** (不想再生存下去, 不想(再)存在了, Cantonese 唔想再生存落去 read as such by
  bot.cantonese): the Mandarin 不想活 cues did not name 生存/存在.
- **"My life is over"** beside nothing that laughs at it ("jiebei overdue, my life is over"): the Chinese 人生完了 was
  read (despair.py) and the English was not. "lol", "haha", a joke or a skull emoji in the same sentence is hyperbole
  ("my phone fell in the toilet, my life is over lol"); negated or asked ("is my life over?") it is no cue here; said
  by someone else ("the collector told me my life is over") it is their words (a collector's curse: curses.py, abuse).

Additive (``hides=False``): an everyday reading only means "not THIS cue", never hides another cue's crisis.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_WASHED_ZH = r"(?:洗胃|洗了胃|洗完胃|洗过胃|洗紧胃|洗好胃|洗了个胃|被洗了胃)"
# (each an everyday reason for a stomach washed, told in the same sentence)
_WASHED_EVERYDAY = regex(r"食物中毒|食物过敏|误食|误吃|误服|吃错|食错|喝错|吃坏|食坏|肠胃炎|胃炎|胃病|不用洗胃|不需要洗胃|没必要洗胃|用不着洗胃|洗牙"
                         r"|小孩|孩子|宝宝|宝贝|婴儿|仔仔|囡囡|狗|猫|宠物|蘑菇|菌子|海鲜|酒精中毒|喝多了|喝醉|醉酒|体检|胃镜|肠镜")
# (the writer's own: 我 or nothing before it, never a thing's: "这个程序不想再存在了")
_EXIST_ZH = r"(?:^|我|自己|\s)(?:真的|真系|真係|已经|实在|都|也|再也|根本|一点都|完全)?(?:不想|不愿|不愿意|唔想)(?:再|继续)?(?:生存|存在)(?:下去)?(?:了|喇|啦|啊|呀|咯)*(?:$|[^\w]|在这|于这|喺|在世|(?=\s))"
_OVER_EN = (r"\bmy (?:whole |entire |fucking |damn )?life (?:is|s) (?:basically |pretty much |completely |totally |just |already |officially |so )?"
            r"(?:over|finished|done for|ruined|destroyed|gone)\b(?! the moon\b)(?! (?:if|when|unless|because of (?:a|this|that|my) (?:game|phone|exam))\b)")
# (laughed at, or someone else's words: "the collector said my whole life is over" is a collector's curse, abuse: curses.py)
_LAUGHING_EN = regex(r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|jk|joke|joking|kidding|xd)\b|💀|😂|🤣"
                     r"|\b(?:said|says|say|saying|told me|tells me|telling me|threaten\w*|yell\w*|shout\w*|texted|messaged|warned(?: me)?|curs\w*)"
                     r"(?: that)? my (?:whole |entire )?life\b")

AFTERMATH = (
    Cue("attempt", any_of(_WASHED_ZH), negatable=True, unless=_WASHED_EVERYDAY, unless_nearby=True, reach=True, hides=False),
    Cue("hopeless", any_of(_EXIST_ZH), negatable=False, hides=False),
    Cue("hopeless", any_of(_OVER_EN), negatable=True, unless=_LAUGHING_EN, unless_nearby=True, reach=True, hides=False),
)

__all__ = ["AFTERMATH"]
