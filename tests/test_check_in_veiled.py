"""Round 70 (checkin94, issue 12): the check-in line on the going_dark and uncovered_consequences answers when a
crisis reader stirs (bot/check_in_veiled.py), and a group addressed or a partner who left the writer naming no one
else at risk (bot/safety/vocative.py). Messages written for these tests, none from a tester's set."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.check_in_veiled import STIR_FLOOR, stirred_on_veiled_answer
from bot.safety import someone_at_risk
from bot.safety.vocative import partner_left, without_address


STORY = "衣服送人了，卡也停了，借呗以后会不会找我爸妈"


def test_only_the_veiled_answers_and_only_when_a_reader_stirs() -> None:
    assert stirred_on_veiled_answer(("going_dark",), STORY, None, STIR_FLOOR)
    assert stirred_on_veiled_answer(("negotiate", "uncovered_consequences"), STORY, None, 0.08)
    assert not stirred_on_veiled_answer(("contact_family",), STORY, None, 0.3)  # tried, measured, left out (Round 70)
    assert not stirred_on_veiled_answer(("going_dark",), STORY, None, 0.01)  # no reader stirred
    assert not stirred_on_veiled_answer(("negotiate",), STORY, None, 0.4)  # another answer: the net's own floors decide
    assert not stirred_on_veiled_answer(("going_dark",), "换了号还能找到我吗", None, 0.3)  # the question alone
    assert not stirred_on_veiled_answer(("abusive_collection", "going_dark"), STORY, None, 0.3)  # abuse-led: its own rules


# (a veiled question while a reader stirs: the line; the same question asked plainly: no line)
PAIRS = [
    ("游戏号送人了，猫也托给朋友了，借呗欠的钱以后会不会找我爸妈要", "换了手机号，借呗还能找到我吗"),
    ("My cat is with my neighbour now and my accounts are closed. Last thing: will my parents have to pay Jiebei?",
     "What happens if I stop answering the collection calls?"),
]


@pytest.mark.parametrize("veiled, plain", PAIRS)
def test_a_veiled_question_keeps_12356_and_the_plain_one_gets_none(engine: Engine, veiled: str, plain: str) -> None:
    reply = engine.ask(veiled)
    assert "12356" in reply.text, reply.topics
    plain_reply = engine.ask(plain)
    assert "crisis" not in plain_reply.topics and "12356" not in plain_reply.text, plain_reply.topics


@pytest.mark.parametrize("text, rest", [
    ("姐妹们 借呗逾期了", "借呗逾期了"), ("各位兄弟姐妹，欠了好多", "欠了好多"), ("guys, i owe 80k", "i owe 80k"),
    ("兄弟说他不想活了", "兄弟说他不想活了"),  # a brother, not an address
    ("朋友们都劝我", "朋友们都劝我"),  # friends who act: no pause after them
])
def test_a_group_addressed_is_taken_off_the_head(text: str, rest: str) -> None:
    assert without_address(text).strip(" ，,") == rest


def test_a_partner_who_left_the_writer() -> None:
    assert partner_left("男朋友也分了")
    assert partner_left("my girlfriend dumped me")
    assert not partner_left("我表妹被男朋友甩了")  # the cousin named first
    assert not partner_left("老公说他撑不下去了")


@pytest.mark.parametrize("writer", [
    "姐妹们 借呗逾期三个月 真想去江边 一直往里走",
    "各位兄弟姐妹，欠了二十多万，想一了百了",
    "兄弟们 我今天好丧 借呗还不上 女朋友也分了 想从楼顶下去",
])
def test_a_writer_who_addresses_a_group_is_the_one_at_risk(writer: str) -> None:
    assert not someone_at_risk(writer)


@pytest.mark.parametrize("helper", [
    "兄弟们，我哥说他不想活了，借呗欠太多，怎么劝",
    "家人们，我妈说再还不上就喝农药",
    "everyone, my brother says he wants to kill himself over his loans, what do I do",
    "我表妹被男朋友甩了，借呗也还不上，说想跳河",
])
def test_a_relative_at_risk_told_to_a_group_stays_the_helpers(helper: str) -> None:
    assert someone_at_risk(helper)


def test_partner_left_is_the_writers_own_partner_only() -> None:
    # mend82 (review99 §3): a possessor before the partner, or her/him as the one left, is someone else's loss
    from bot.safety.vocative import partner_left, third_party_loss
    for own in ("我老公跟我提离婚了", "女朋友也跟我分手了", "我的对象出轨了"):
        assert partner_left(own) and not third_party_loss(own)
    for theirs in ("室友女朋友跟他分手了", "我表姐老公出轨了", "他老婆跟他离婚了", "男朋友甩了她"):
        assert not partner_left(theirs) and third_party_loss(theirs)


def test_a_friends_partner_leaving_keeps_the_helpers_reply() -> None:
    from bot.safety import someone_at_risk
    assert someone_at_risk("室友女朋友跟他分手了，花呗也逾期了，这几天老说活着没意思，我该怎么办")
    assert not someone_at_risk("女朋友跟我分手了，花呗也逾期了，这几天觉得活着没意思")
