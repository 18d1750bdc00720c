"""The writer's own anger at a rude collector, told with no abuse (abuse52, round 45): "催收员态度很差 我气得想骂回去",
"我没忍住骂了他一顿", "the agent was rude and I wanted to yell back", "I swore at the collector and hung up".

The scolding, the yelling, the swearing are the writer's: no collector's act is told, and the loan question is
answered. Read on the matched words only, never on the message: a collector's own act beside it in the same clause
("他骂我是老赖，我气得骂回去", "he threatened me so I swore at him") is matched elsewhere and still counts, and a
crisis is read by other readers that this never touches.

- ``own_retort(text, match)``: whether a rule cue's match lies inside the writer's own retort (ordinary.py's hook);
  ``rudeness``: "rude" alone is no talk of abuse for a classifier's guess.
- ``collector_act(text)``: concepts.abuse_act with the writer's own retorts and "wanted to" (a verb, not a wanted
  notice) left out, and an hour or a count only with calls, messages or visits beside it ("我半夜睡不着"): the act a
  learned abuse guess needs (agreement.py).
"""

from __future__ import annotations

import re

from ..patterns import regex
from .concepts import abuse_act_matches

# 我 … 骂/怼/吼 … 回去/他/一顿: the writer as the one scolding (never 被: "我被骂了" is done to the writer; never a
# third person between: "我妈骂他" is family talk, read elsewhere).
_RETORT_ZH = regex(r"(?:我|自己)(?:(?!被|他|她|们|你)\S){0,6}?(?:回骂|骂|怼|吼|凶|呛|喷|顶)(?:了)?"
                   r"(?:回去|回|一顿|两句|几句|一句|过去|人|(?:那个|这个|那|这)?\S{0,2}?(?:他|她|对方|人|催收员?|客服|业务员|小姑娘|小伙子|男的|女的))")
# I … yelled / swore / hung up: the writer's act, its object the caller or "back".
_RETORT_EN = regex(r"\bi (?:\w+ ){0,5}?(?:yell|yelled|shout|shouted|scream|screamed|swore|swear|cursed|curse|snapped|lost my temper|went off)"
                   r"(?: (?:back|at (?:him|her|them|the (?:agent|collector|caller|guy|man|lady|woman)|(?:my|our) \w+)|on (?:him|her|them)))?\b"
                   r"|\bwanted to\b")


def own_retort(text: str, match: re.Match[str]) -> bool:
    """Whether the cue ``match`` in the window ``text`` lies inside the writer's own retort (see the module doc)."""
    return any(span.start() <= match.start() and match.end() <= span.end()
               for pattern in (_RETORT_ZH, _RETORT_EN) for span in pattern.finditer(text))


def rudeness(name: str, match: re.Match[str]) -> bool:
    """Whether the match is "rude" read as talk of abuse (abuse.abuse_talk, the agreement a classifier's abuse guess
    needs): rudeness told alone is no abuse ("the agent was so rude I hung up"); a curse, a threat or an insult
    beside it is matched on its own."""
    return name == "talk" and match.group(0) == "rude"


def collector_act(text: str) -> bool:
    """Whether folded text names something a collector does (concepts.abuse_act), leaving out the writer's own
    retort: the act a learned abuse guess needs."""
    spans = [span.span() for pattern in (_RETORT_ZH, _RETORT_EN) for span in pattern.finditer(text)]
    return any(not any(start <= found.start() and found.end() <= end for start, end in spans)
               and (name != "volume" or _REACHED.search(text) is not None)
               and not (name == "sexual" and _OWN_SLEEP.match(text, max(0, found.start() - 1)))
               for name, found in abuse_act_matches(text))


# The writer's own sleep ("睡不着", "没睡好", "睡觉"), not "sleep with": the sexual group's 睡 read alone.
_OWN_SLEEP = regex(r"\S?睡(?:不着|不好|不踏实|觉|眠|得|醒|过头|了一?觉)|[没失早晚入想难]睡")


# An hour or a count ("volume": 半夜, 一天, "every day") is a collector's act only with calls, messages or visits in the
# window: "我半夜睡不着 一直在想怎么还钱" is the writer's own night.
_REACHED = regex(r"电话|来电|打|拨|响|短信|消息|信息|微信|上门|敲门|来人|轰炸|骚扰"
                 r"|\b(?:call\w*|rang|ring\w*|phon\w*|texts?|texted|messag\w*|sms|knock\w*|visit\w*|came|come|show\w* up|spam\w*)\b")


__all__ = ["collector_act", "own_retort", "rudeness"]
