"""Someone else's habitual saying as a doubt on a crisis reading (doubt.py's "saying"; safe9, safe63).

A saying repeated by someone else ("我妈老说", "my grandma always says she's ready to go") was read
by safe9 as a saying, not an event; someone else's words said once ("my son told me he has a plan")
are a crisis.
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


def habit_said(clauses: list[Clause], before: list[int], near_text: str) -> bool:
    """Whether the crisis clauses or the one before them (``before``) tell someone else's habitual
    saying, with no means told beside them (``near_text``, masked)."""
    return bool(_SAYING.search(masked(" ".join(clauses[j].text for j in before)))) and not _MEANS.search(near_text)


__all__ = ["habit_said"]
