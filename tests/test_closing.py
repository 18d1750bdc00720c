"""A thanks or goodbye hides no crisis (bot.closing_read) and a closing with finality after hardship told is read so
(bot.closing_after): close172, issue 12, docs/safety.md Round 100.

Each crisis case has its benign twin on the same words. Development examples, written for these tests (not the
held-out sessions set 45 nor safety set 76, which are never tuned on)."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.closing_after import refused
from bot.closing_read import closing_read, without_closing
from bot.prediction import Prediction
from bot.routing_rules import Route

CRISIS = "crisis"


def _route(*topics: str) -> Route:
    return Route(topics, Prediction(topics[0], 0.9, (), ()), "classifier")


@pytest.mark.parametrize("said, rest", [
    ("thanks anyway. it'll all be over tonight", "it'll all be over tonight"),
    ("谢谢你，就这样吧，拜拜，帮我跟我妈说声对不起", "就这样吧，帮我跟我妈说声对不起"),
    ("谢谢，再见", ""),
    ("ok thanks so much, bye", "ok"),
    # (拜 inside a word is no goodbye: 礼拜 stays; a thanks reported inside a clause is no closing of the writer's)
    ("下个礼拜再说吧", "下个礼拜再说吧"),
    ("our neighbour said thank you for everything and left", "our neighbour said thank you for everything and left"),
])
def test_without_closing(said: str, rest: str) -> None:
    assert without_closing(said) == rest


def test_the_rest_of_a_leave_taking_message_is_read_as_any_message() -> None:
    reads: list[str] = []

    def read(text: str) -> Route:
        reads.append(text)
        return _route(CRISIS) if "over tonight" in text else _route("out_of_scope")

    crisis = closing_read(_route("thanks"), "thanks anyway. it'll all be over tonight", read)
    assert crisis.topics == (CRISIS,) and not crisis.check_in
    # the benign twin: the rest is read, and is no crisis
    assert closing_read(_route("goodbye"), "thanks, heading to the rooftop bar now, bye", read).topics == ("goodbye",)
    assert reads == ["it'll all be over tonight", "heading to the rooftop bar now"]
    # nothing but closing words, or no leave-taking reading: nothing read again
    assert closing_read(_route("goodbye"), "谢谢，再见", read).topics == ("goodbye",)
    assert closing_read(_route("lawsuit"), "thanks, will they sue me tonight", read).topics == ("lawsuit",)
    assert len(reads) == 2


@pytest.mark.parametrize("said, told", [
    ("我打过了，客服说不行", True), ("申请延期被拒了", True), ("They refused.", True), ("they said no", True),
    ("会被拒吗？", False), ("will they refuse me?", False), ("客服说可以分期", False),
])
def test_refused(said: str, told: bool) -> None:
    assert refused(said) is told


# (turns, the first topic of the last reply)
LAST_TURNS = [
    # a refusal or hardship, then a closing with finality: the crisis reply
    (("借呗能不能停息挂账", "客服说办不了", "行吧，谢谢你，这回是真的再见了"), CRISIS),
    (("借呗逾期三个月了", "算了，不问了，我已经决定了，拜拜"), CRISIS),
    (("can I get an extension?", "they said no", "ok. I've made up my mind. thanks, goodbye"), CRISIS),
    # ...the same words with an everyday object, or a plain goodbye: no crisis reply
    (("借呗能不能停息挂账", "客服说办不了", "行吧，谢谢你，我明天去银行问问，再见"), "goodbye"),
    (("can I get an extension?", "they said no", "ok. I've decided to ask my brother for help. thanks, goodbye"), "goodbye"),
    # ...and no hardship told: a decision after a loan answer stays a goodbye
    (("can I repay early?", "ok. I've made up my mind. thanks, goodbye"), "goodbye"),
]


@pytest.mark.parametrize("turns, last_topic", LAST_TURNS)
def test_the_closing_turn_after_hardship(engine: Engine, turns: tuple[str, ...], last_topic: str) -> None:
    session = engine.session()
    for turn in turns:
        reply = session.ask(turn)
    assert reply.topics[0] == last_topic
    if last_topic == CRISIS:
        assert "12356" in reply.text
