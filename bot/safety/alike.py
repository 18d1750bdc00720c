"""Look-alikes of abuse set aside by the matched words alone (safe32), read by abuse.py's discounts: a fear or a
question of what counts, asked in the cue's own clause ("他们会不会打给我妈说我欠钱不还": 说 is the feared call's
content; "…called three times this week, is that harassment?"), the writer tracking a repayment ("我跟踪了一下
还款进度"), and harm to a credit record ("will hurt my credit score": credit reporting is lawful). Each is local:
the same words beside abuse told leave the told abuse counted (tests/test_safety_round24.py).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex

_OWN_TRACKING = regex(r"我(一直|会|要|去|想|在|每天|天天|自己)?$")
_TRACKED_THING = regex(r"(了)?(一下)?\S{0,4}(进度|物流|订单|快递|状态|处理|情况|还款|账单|记录)")
# A question word opening the cue's clause: what follows it, a saying too, is what is asked ("他们会不会打给我妈说我
# 欠钱不还": 说 is the feared call's content, not a report); a word of saying or time before it still tells.
_QUESTION_ZH = regex(r"会不会|是不是(就|快|马上)?要|是不是会|会\S{0,15}(吗|么)|可能会|怕(的是)?(会|他们|催收)|最怕|就怕")
# Whether what was told counts as abuse, asked in English ("…called three times this week, is that harassment?").
_IS_IT_EN = regex(r"\b(is|isnt|was|would) (that|this|it) (considered |classed as |legally |really |still )?(harassment|harassing|a threat|threatening|abuse|abusive|intimidation|intimidating)\b")


def question_opens_clause(text: str, match: re.Match[str], told: Callable[[str], bool]) -> bool:
    """Whether the clause that holds ``match`` asks it: in Chinese, a question word before the match and
    nothing ``told`` (a saying or time word: abuse.py's) nor 你 before the question word; in English, the match
    inside "is that harassment?" asked of what was told."""
    if match.group(0).isascii():
        return _within(_IS_IT_EN, text, match)
    start = text.rfind(" ", 0, match.start()) + 1
    asked = _QUESTION_ZH.search(text, start, match.start() + 1)
    # (你 before the question word: the collector's own rhetorical question quoted, "你家里人会不会出什么事就不好说了")
    return asked is not None and not told(text[start:asked.start()]) and "你" not in text[start:asked.start()]


def _within(pattern: re.Pattern[str], text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` lies inside a match of ``pattern`` in ``text``."""
    return any(m.start() <= match.start() and match.end() <= m.end() for m in pattern.finditer(text))


_HARMS_A_RECORD = regex(r"(hurt|harm|beat|kill)\w* (my|your) (\w+ )?(credit|score|rating|record|report|chances)\b")


def no_harm(text: str, match: re.Match[str]) -> bool:
    """Whether a violence cue's words are the writer tracking something or harm to a credit record."""
    if match.group(0) == "跟踪":
        return _OWN_TRACKING.search(text[max(0, match.start() - 6):match.start()]) is not None \
            or _TRACKED_THING.match(text, match.end()) is not None
    return _HARMS_A_RECORD.match(match.group(0) + text[match.end():]) is not None


# The school or a teacher as the one sending a child's photo ("学校发来了孩子春游的照片", "The school sent a photo of
# my son at the gate"; safe36): news from the school, not a collector's. Read in the cue's own clause, up to the match.
_SCHOOL_SENDS_ZH = regex(r"^(孩子|儿子|女儿|我们)?的?(学校|老师|班主任|幼儿园|校方|班级群|家长群)(里)?(的老师)?(在群里|在家长群里|在|刚刚|今天|又)?$")
_SCHOOL_SENDS_EN = regex(r"\b(the|my (kids?|sons?|daughters?|childs?)|our) (school|teacher|kindergarten|nursery|class teacher|school office)( just| also)? $")
_DEBT_IN_CLAUSE = regex(r"催|欠|还钱|老赖|骗子|\b(collect\w*|debt|owe|pay)\b")


def school_sent(text: str, match: re.Match[str]) -> bool:
    """Whether a photo-sending cue's clause has the school or a teacher as its sender, and no debt in it."""
    start = text.rfind(" ", 0, match.start()) + 1 if not match.group(0).isascii() else 0
    end = text.find(" ", match.end()) if not match.group(0).isascii() else len(text)
    clause = text[start:len(text) if end < 0 else end]
    before = text[start:match.start()]
    if _DEBT_IN_CLAUSE.search(clause):
        return False
    if match.group(0).isascii():
        return _SCHOOL_SENDS_EN.search(before) is not None
    return _SCHOOL_SENDS_ZH.search(before) is not None


# A threat word asked of the bot itself, as a joke about what the app is ("lol what even is this app, are you going to
# harass me too?", "a debt collector bot or what haha, gonna threaten me?"; safe36): the window names the app or the bot,
# and the word is asked of "you" or with no subject. A collector's threat told beside it is another match, still read.
# (no subject only at the window's start or right after a laugh: "he's gonna threaten my family" has one)
_OF_YOU_EN = regex(r"(\b(are|r|will|would|do|did) (you|u)( \w+){0,2}|\b(you|u) (gonna|going to|about to|here to|trying to)"
                   r"|\b(this|the|ur|your) (app|bot|chatbot|robot|ai|thing)( is| s)? (gonna|going to|about to)"
                   r"|(^|\b(haha\w*|lol|lmao|or what) )(gonna|going to))\s+$")
_THE_BOT_EN = regex(r"\b(this|the|an?|ur|your) (app|bot|chatbot|robot|ai|thing|chat)\b|\b(bot|chatbot|robot)\b")
_ASKED_WORDS_EN = regex(r"\b(harass|threaten|insult|abuse|intimidate|curse|swear at)\b")


def asked_of_the_bot(text: str, match: re.Match[str], context: str) -> bool:
    """Whether an English threat word is asked of the bot ("are you going to harass me too?") in a window naming it
    (``context``: the window with the clause before it)."""
    if not match.group(0).isascii() or not _ASKED_WORDS_EN.match(text, match.start()):
        return False
    return _OF_YOU_EN.search(text[:match.start()]) is not None and _THE_BOT_EN.search(context) is not None
