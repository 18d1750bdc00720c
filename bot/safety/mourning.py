"""A relative's funeral told after their death (issue 12, safe49): 「我外公過世了，這幾天在處理後事」, 「奶奶走了 家里在办后事」.
acts.py's farewell cue reads 处理/安排/准备 后事 as the writer putting their own affairs in order; told right after a
relative's death (RELATIVE_DIED_ZH, lookalikes.py), within a few words before the window, the 后事 is the relative's.

Only the matched words are blanked (``rites_of_the_dead``, hooked into idioms.played), never a whole clause: 我的后事 is
always the writer's own and is never blanked, and neither is any window that names an end, a means or a wish to
follow them ("奶奶走了 我处理完她的后事就去陪她" keeps its 陪她 through despair.py's own cue, and this mask steps aside).
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import any_of
from .cue import Cue
from .lookalikes import RELATIVE_DIED_ZH
from .scenes import KIN_DIED_EN, KIN_DIED_ZH

_RITES = regex(r"(交代|安排|准备|处理|办|忙)(好|完)?(了)?(她的|他的|老人的|家里的)?后事")
_DIED_BEFORE = regex(rf"({RELATIVE_DIED_ZH})\S{{0,4}}(\s\S+){{0,2}}\s?\S{{0,6}}$")
_WANTED_TOO = regex(r"我的后事|陪(她|他|你|奶奶|爷爷|外公|外婆|妈|爸)|一起(走|去)|跟(她|他)(走|去)|随(她|他)|去找(她|他)|不想活|活不下去|想死|死了算|自杀"
                    r"|轻生|结束|了结|解脱|遗书|药|跳|割腕|天台|楼顶|江边|河边|也走|也去")
_NEAR = 24  # how far before the window the death may be told (about a clause)


def rites_of_the_dead(window_text: str, whole: str) -> str:
    """The window with a relative's rites blanked when the relative's death is told just before them in the message
    (``whole``, folded) or in the window (see the module docstring)."""
    if "后事" not in window_text or _WANTED_TOO.search(window_text):
        return window_text
    at = whole.find(window_text)
    before_window = whole[max(0, at - _NEAR):at] if at >= 0 else ""

    def blank(rite: re.Match[str]) -> str:
        return " □ " if _DIED_BEFORE.search(before_window + window_text[: rite.start()]) else rite.group(0)
    return _RITES.sub(blank, window_text)


# The twins the mask must never hide, read as farewells wherever a relative's death is told (recall; the relative's
# death is what these require, it clears nothing): going to join the one who died once their rites are done
# ("处理完她的后事就去陪她"), and "I want to go with her" after "my grandma died" (not "go with her to the village":
# a journey named after it).
MOURNING = (
    Cue("farewell", any_of(r"(她|他|奶奶|爷爷|外公|外婆|妈|爸)的后事\S{0,6}(就|再|然后|以后|之后)\S{0,2}(去)?(陪|找)(她|他)(了|吧|去)?(?=\s|$)"),
        requires=regex(KIN_DIED_ZH + "|" + RELATIVE_DIED_ZH), negatable=True),
    Cue("farewell", any_of(r"\b(i )?(just )?(want|wanna|wish|need|am going|im going|ready) (to )?(go|be) with (her|him|them)\b"
                           # (the clause ends there, or a time with her: not "with her family at the funeral")
                           r"(?=$| (again|now|soon|forever|up there|in heaven|wherever (she|he|they) (is|are))\b)"),
        requires=regex(KIN_DIED_EN), negatable=True),
)


__all__ = ["MOURNING", "rites_of_the_dead"]
