"""A question framed as the writer's last, closed by never again (third169, issue 12, Round 99): "这是最后一次问了，
不行就算了，我也不会再麻烦任何人了", "This was my last try. I'm not going to ask anyone for anything ever again",
"This is my last question… after that I'm done". The loan question in it is ordinary; what it is framed by is the
writer's end of asking anyone, for good.

Both must be said in the message (the closing's window is what is marked): **the frame** (最后一个问题, 最后一次问/求, "my last question",
"my last try", "the last time I ask") and **a closing for good** by the writer (再也不会/不会再 问, 找, 麻烦, 打扰, 求
anyone; 没力气再; 以后都用不着了; "never again", "ever again", "after that I'm done", "won't bother anyone again").
The everyday last question of a sitting is no such frame: a bedtime, a meal, work, "for today", "before I log off",
"done for the day", a form or homework finished, thanks for patience.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_LAST_ZH = r"最后(?:一个|一次|一回)(?:问题|问|请教|求助|求人|尝试|机会)|最后问(?:一次|一句|你)"
_LAST_EN = (r"\b(?:my|the) (?:last|final) (?:question|try|attempt|message|time (?:i ask|asking)|thing i(?:ll)? ask)\b"
            r"|\blast (?:question|try|attempt)\b")
_NEVER_ZH = (r"(?:再也不|再也不会|不会再|以后都不|以后不会再|再不会)(?:去)?(?:问|找|麻烦|打扰|求|开口|联系)(?:任何人|谁|别人|人|你|你们)?"
             r"|(?:我)?(?:也)?没(?:有)?力气再|以后都用不(?:着|上)了|以后(?:也)?用不(?:着|上)了")
_NEVER_EN = (r"\b(?:(?:never|not) (?:going to |gonna )?ask(?:ing)? (?:anyone|anybody|you) (?:for )?(?:anything )?(?:ever )?again"
             r"|(?:ever|never) again(?=\W*$)|after (?:that|this) (?:im|i am|ill be) done(?! (?:for|with) )"
             r"|(?:wont|will not|never) (?:bother|trouble) (?:anyone|anybody|you) again|wont need (?:to ask )?(?:anything|anyone) again)\b")
_EVERYDAY = regex(r"睡觉|去睡|睡了|吃饭|下班|上班|去忙|开会|今天就|今晚就|明天再|作业|表格|谢谢你这么耐心|辛苦了"
                  r"|\b(?:bed|sleep|log off|logging off|lunch|dinner|work|meeting|for (?:today|tonight|the day|now)|homework|form|patient|promise)\b")

# The closing read in its window; the frame anywhere in the message (they are often sentences apart).
LAST_QUESTION = (
    Cue("last_question", any_of(_NEVER_ZH, _NEVER_EN), requires=regex(rf"{_LAST_ZH}|{_LAST_EN}"), unless=_EVERYDAY),
)

__all__ = ["LAST_QUESTION"]
