"""Round 55 (hides67): ``Cue.hides`` is off by default. A cue cancelled by its own everyday word (a joke, a repaid
loan, thanks) no longer sets its window aside, so the readers that caught a crisis there keep it; the twelve cues
measured to need it keep it, eleven of them only for the window that holds the everyday words (``aside_nearby``).
docs/safety.md "Round 55 (hides67)". This file's own wordings; none is from a held-out set."""

from __future__ import annotations

import re

import pytest

from bot import Engine
from bot.safety.crisis import set_aside
from bot.safety.cue import Cue
from safety_asserts import assert_crisis, assert_neither

# A real crisis beside a word that cancels some cue elsewhere in the message: main gave no crisis reply to any of these.
HIDDEN = [
    "以前说想死都是开玩笑的，这回不是，我是真的想自杀",  # the joke is told of before: only its own window is set aside
    "网贷一次性还不上了，我想一了百了，今晚就结束",  # 一次性 of a loan not repaid
    # a cue that still hides (said to the loan) beside a real farewell in the next sentence
    "goodbye forever, jiebei! paid off. and goodbye to all of you, the rope is ready",
]

# The same everyday words with no crisis: the cues that still hide keep these as main had them.
EVERYDAY = [
    "问题都解决了，谢谢你，以后不会再麻烦你了",
    "想把网贷一次性还清，一了百了，有什么办法",
    "我跟同事开玩笑说还不上就去跳楼，其实钱已经凑齐了，提前还款有违约金吗",
    "I live right by the river, lovely walks. can I change my auto-debit card?",
    "开玩笑的啦，我就想问借呗能不能延期",
]


@pytest.mark.parametrize("message", HIDDEN)
def test_a_crisis_beside_an_everyday_word_gets_the_crisis_reply(engine: Engine, message: str) -> None:
    assert_crisis(engine, message)


@pytest.mark.parametrize("message", EVERYDAY)
def test_the_everyday_words_alone_stay_everyday(engine: Engine, message: str) -> None:
    assert_neither(engine, message)


def test_a_cue_hides_nothing_unless_it_says_so() -> None:
    # re.compile, not bot.patterns.regex: that records the pattern as one the package compiles (tests/test_patterns.py)
    cue = Cue("x", re.compile("abc"), unless=re.compile("xyz"))
    assert cue.hides is False


def test_a_cancelled_cue_sets_its_window_aside_only_where_its_everyday_words_are() -> None:
    # cue 0 (explicit) is cancelled message-wide by a joke, but sets aside only the window that holds the joke
    message = "以前说想死都是开玩笑的 这回不是 我是真的想自杀"
    assert set_aside("以前说想死都是开玩笑的", message)
    assert not set_aside("我是真的想自杀", message)
