"""What a learned abuse guess needs besides its score (abuse52, round 45; mended by mend68).

- ``rudeness``: "rude" alone is no talk of abuse for a classifier's guess ("the agent was so rude I hung up").
- ``collector_act(text)``: concepts.abuse_act, with an hour or a count only with calls, messages or visits beside it
  ("我半夜睡不着") and 睡不着 read as sleep: the act a learned abuse guess needs (agreement.py).

(mend68) abuse52's reading of the writer's own retort ("我气得骂了他一顿", "I swore at the collector") is removed, not
refined: its span started at any 我, the object of 把/对/给 too, and cleared the collector's own act ("催收把我骂了一顿",
"the agent cursed at my mom": review79). The writer's own retort alone gets what main gave it.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .concepts import abuse_act_matches


def rudeness(name: str, match: re.Match[str]) -> bool:
    """Whether the match is "rude" read as talk of abuse (abuse.abuse_talk, the agreement a classifier's abuse guess
    needs): rudeness told alone is no abuse ("the agent was so rude I hung up"); a curse, a threat or an insult
    beside it is matched on its own."""
    return name == "talk" and match.group(0) == "rude"


def collector_act(text: str) -> bool:
    """Whether folded text names something a collector does (concepts.abuse_act): the act a learned abuse guess
    needs. (The writer's own retort is no longer left out: its span swallowed the collector's act in "催收把我骂了一顿",
    review79; removed by mend68.)"""
    return any((name != "volume" or _REACHED.search(text) is not None)
               and not (name == "sexual" and _OWN_SLEEP.match(text, max(0, found.start() - 1)))
               for name, found in abuse_act_matches(text))


# The writer's own sleep ("睡不着", "没睡好", "睡觉"), not "sleep with": the sexual group's 睡 read alone.
_OWN_SLEEP = regex(r"\S?睡(?:不着|不好|不踏实|觉|眠|得|醒|过头|了一?觉)|[没失早晚入想难]睡")


# An hour or a count ("volume": 半夜, 一天, "every day") is a collector's act only with calls, messages or visits in the
# window: "我半夜睡不着 一直在想怎么还钱" is the writer's own night.
_REACHED = regex(r"电话|来电|打|拨|响|短信|消息|信息|微信|上门|敲门|来人|轰炸|骚扰"
                 r"|\b(?:call\w*|rang|ring\w*|phon\w*|texts?|texted|messag\w*|sms|knock\w*|visit\w*|came|come|show\w* up|spam\w*)\b")


__all__ = ["collector_act", "rudeness"]
