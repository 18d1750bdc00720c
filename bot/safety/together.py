"""Harm to self and to another together (safe58, issue 12 round 49): "我要去跟催收同归于尽", "大不了拉着催收一起死",
"再打电话来我就带着汽油去他们公司，大家一起死", "I'm going to take the collector down with me". A writer who plans to die
and take someone with them is at risk AND a danger to others: the crisis reply, which names 110 as well as 12356 and
120. No cue read it before: 同归于尽 names no method and no death of the writer's alone.

Read only with the writer (我, 老子, 大不了, 干脆) and a person to die with named or meant (跟/和/拉着 someone, 大家, "him",
"them", "the collector"), or the writer's plan said of 同归于尽 itself ("我要同归于尽"). A game, a match or a story told in
the same sentence ("玩王者跟对面打野同归于尽", "象棋最后双方车马同归于尽", "I took the boss down with me in the raid") is
not this reading, and "笑死 同归于尽吧" names neither the writer's plan nor a person. Additive (``hides=False``): the game
reading only means "not THIS cue", never hides another cue's crisis.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_WRITER_ZH = r"(?:我|老子|俺|大不了|干脆|索性|最多|实在不行)"
_WITH_ZH = r"(?:跟|和|同|与|拉着|拉上|带着|带上|拽着|叫上)"
_DIE_TOGETHER_ZH = r"(?:同归于尽|一起死(?!磕|守|缠|记|背)|一块死(?!磕|守)|一起去死|一起下地狱|陪葬|垫背|同死)"
_TOGETHER_ZH = (
    # 我要去跟催收同归于尽, 大不了拉着催收一起死, 我准备和那个天天骂我的催收同归于尽
    rf"{_WRITER_ZH}\S{{0,8}}?{_WITH_ZH}\S{{0,14}}?{_DIE_TOGETHER_ZH}",
    # a clause with the writer left out, as Chinese does after 我 told before: "我今晚就去找那个催收 跟他同归于尽"
    rf"(?:^|\s)(?:就|去|然后|再|直接)?{_WITH_ZH}(?:他|她|他们|她们|催收|那个|那些|对方|这帮|那帮)\S{{0,10}}?{_DIE_TOGETHER_ZH}",
    # 我要同归于尽, 我就跟他们拼了同归于尽 (the writer's plan of it, no one named)
    r"(?:我|老子|俺)\S{0,4}?(?:要|想|准备|打算|就|会|也要|非要|一定要|去)\S{0,4}?同归于尽",
    # 拉个垫背的, 拉他们陪葬
    r"拉\S{0,6}?(?:垫背|陪葬)",
    # 大家一起死 / 一家人一起死 said as a plan with the writer (…就带着汽油去他们公司，大家一起死)
    r"(?:我|老子)\S{0,20}?(?:大家|一起|全都|都)\S{0,2}?(?:一起死|一块死|同归于尽|别活了|都别活)",
    # 杀了他再自杀, 捅死那个催收然后我也去死
    r"(?:杀了|捅了|砍了|弄死|捅死|砍死|杀死)(?:他|她|他们|她们|那个|那些|催收)\S{0,8}?(?:再|然后|就|我也)\S{0,2}?(?:自杀|去死|跳楼|偿命|死)",
)
_OTHER_EN = (r"(?:him|her|them|the collectors?|that collector|those collectors|the agents?|that agent|the callers?|that guy|those guys"
             r"|that (?:bastard|idiot|man|woman)|the (?:whole )?(?:company|office))")
_TOGETHER_EN = (
    rf"\b(?:take|taking|drag|dragging|bring|bringing) {_OTHER_EN} (?:all |both )?(?:down |along )?with me\b",
    rf"\b(?:kill|stab|murder|take out|hurt) {_OTHER_EN}(?: first)? (?:and |then )+(?:then )?(?:kill myself|end it|end my life|die|myself)\b",
    rf"\b(?:die|going down|go down|burn) together with {_OTHER_EN}\b|\bwe (?:all|both) (?:die|go down) together\b",
)
# A game, a match, a story or a film, told in the same sentence: no one's plan.
_PLAY = regex(r"游戏|王者|吃鸡|团战|打野|对面|开黑|队友|象棋|下棋|棋|车马|副本|boss|npc|英雄|技能|大招|电影|电视剧|剧情|小说|角色|比赛|球赛"
              r"|\b(?:game|gaming|round|match|raid|boss|level|character|team ?fight|pubg|dota|valorant|fortnite|lol|lmao|movie|film|novel|story)\b")

TOGETHER = (
    Cue("together", any_of(*_TOGETHER_ZH, *_TOGETHER_EN), unless=_PLAY, unless_nearby=True, reach=True, hides=False),
)

__all__ = ["TOGETHER"]
