"""Harm to self and to another together (safe58, issue 12 round 49): "我要去跟催收同归于尽", "大不了拉着催收一起死",
"再打电话来我就带着汽油去他们公司，大家一起死", "I'm going to take the collector down with me". A writer who plans to die
and take someone with them is at risk AND a danger to others: the crisis reply, which names 110 as well as 12356 and
120. No cue read it before: 同归于尽 names no method and no death of the writer's alone.

Read only with the writer (我, 老子, 大不了, 干脆) and a collector's or lender's person to die with (跟/和/拉着 催收, 收数,
放贷的, "the collector"; or 他们/大家 after a collector named before, with no word of saying between: a collector's threat
"催收威胁我说要大家一起死" is abuse, not the writer's plan). mend72 dropped safe58's wider readings (anyone, 拉个垫背的,
我要同归于尽, "we all die together"), which read a bill, a maths problem or a roommate as a crisis (review83 §5). A game, a match or a story told in
the same sentence ("玩王者跟对面打野同归于尽", "象棋最后双方车马同归于尽", "I took the boss down with me in the raid") is
not this reading, and "笑死 同归于尽吧" names neither the writer's plan nor a person. Additive (``hides=False``): the game
reading only means "not THIS cue", never hides another cue's crisis.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_WRITER_ZH = r"(?:我|老子|俺|大不了|干脆|索性|最多|实在不行)"
_WITH_ZH = r"(?:跟|和|同|与|拉着|拉上|带着|带上|拽着|叫上|去找|找)"
_DIE_TOGETHER_ZH = r"(?:同归于尽|一起死(?!磕|守|缠|记|背)|一块死(?!磕|守)|一起去死|一起下地狱|陪葬|垫背|同死)"
# (mend72) Only toward a collector's or lender's person, named (review83 §5: 同归于尽 with a bill, a maths problem, a
# mahjong table, a phone, 借呗这个坑, a roommate, a war story were false crises).
_COLLECTOR_ZH = r"(?:催收|收数|放贷|讨债|要债|追债|贷款公司|网贷公司|借贷公司|平台的人|平台那帮人)"
# No word of saying or threatening between the collector and the writer's words: "催收威胁我说要大家一起死", "催收说再
# 不还钱就拉我全家陪葬" are the collector's threat (abuse), not the writer's plan.
_NOT_SAID = r"(?:(?!说|讲|(?<!电)话|骂|吓|威胁|告诉|扬言|声称)[^。！？!?\n])"
_TOGETHER_ZH = (
    # 我要去跟催收同归于尽, 大不了拉着催收一起死, 我准备和那个天天骂我的催收同归于尽
    rf"{_WRITER_ZH}\S{{0,8}}?{_WITH_ZH}\S{{0,10}}?{_COLLECTOR_ZH}\S{{0,10}}?{_DIE_TOGETHER_ZH}",
    # the collector named before, then the writer's plan of it: "催收再来 我就和他们拼了 大不了一起死", "我今晚就去找那个
    # 催收 跟他同归于尽", "催收再打电话来我就带着汽油去他们公司，大家一起死"
    rf"{_COLLECTOR_ZH}{_NOT_SAID}{{0,20}}?(?:{_WRITER_ZH}|(?:^|\s){_WITH_ZH}(?:他|她|他们|她们))"
    rf"{_NOT_SAID}{{0,14}}?(?:同归于尽|一起死(?!磕|守|缠|记|背)|一块死(?!磕|守)|一起去死|一起下地狱|陪葬|垫背)",
    # 杀了他再自杀, 捅死那个催收然后我也去死
    r"(?:杀了|捅了|砍了|弄死|捅死|砍死|杀死)(?:他|她|他们|她们|那个|那些|催收)\S{0,8}?(?:再|然后|就|我也)\S{0,2}?(?:自杀|去死|跳楼|偿命|死)",
)
_OTHER_EN = (r"(?:the (?:debt )?collectors?|that (?:debt )?collector|those collectors|the (?:collection )?agents?|that agent"
             r"|the (?:loan )?sharks?|that loan shark|the lenders?|the callers?|(?:that|the) (?:collector|agent) (?:bastard|guy|man|woman))")
_TOGETHER_EN = (
    rf"\b(?:take|taking|drag|dragging|bring|bringing) {_OTHER_EN} (?:all |both )?(?:down |along )?with me\b",
    r"\b(?:kill|stab|murder|take out|hurt) (?:him|her|them|the collectors?|that collector|those collectors|the agents?|that agent"
    r"|that guy|those guys|that (?:bastard|idiot|man|woman))(?: first)? (?:and |then )+(?:then )?(?:kill myself|end it|end my life|die|myself)\b",
    rf"\b(?:die|going down|go down|burn) together with {_OTHER_EN}\b",
    # the collector named before, then "them": "if the collectors come again im taking them down with me"
    r"\b(?:collectors?|collection agents?|loan sharks?|lenders?)\b(?:(?!\bsaid\b|\bsays\b|\btold\b|\bthreaten)[^.!?\n]){0,60}?"
    r"\b(?:take|taking|drag|dragging|bring|bringing) (?:him|her|them|those \w+) (?:all |both )?(?:down |along )?with me\b",
)
# A game, a match, a story or a film, told in the same sentence: no one's plan.
_PLAY = regex(r"游戏|王者|吃鸡|团战|打野|对面|开黑|队友|象棋|下棋|棋|车马|副本|boss|npc|英雄|技能|大招|电影|电视剧|剧情|小说|角色|比赛|球赛"
              r"|\b(?:game|gaming|round|match|raid|boss|level|character|team ?fight|pubg|dota|valorant|fortnite|lol|lmao|movie|film|novel|story)\b")

TOGETHER = (
    Cue("together", any_of(*_TOGETHER_ZH, *_TOGETHER_EN), unless=_PLAY, unless_nearby=True, reach=True, hides=False),
)

__all__ = ["TOGETHER"]
