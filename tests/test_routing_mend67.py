"""mend67 (review77 of cls25): each change with the case it mends and the look-alike it must leave alone.

- bot.cantonese: 仲 ("still") is read as 还 only before the repaying it asks about (仲未还, 仲要唔要还);
  仲要返工 / 仲未返屋企 / 仲有冇位 keep their words, 得唔得 and 会点 are no longer rewritten (会点→会怎样 hid
  "如果我食安眠药走咗 仲要唔要还钱 会点");
- bot.routing_feelings: a state of mind told with its own non-debt reason (after the breakup, drowning in
  emails, 高考没考好) is no worry; the same state beside the debt still is;
- bot.routing_vet.under_crisis: no going_dark answer under a crisis reply; other loan topics stay under it.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.cantonese import to_mandarin
from bot.classifier import Prediction
from bot.routing_rules import Route
from bot.routing_vet import under_crisis

CRISIS, DARK, WORRY = "crisis", "going_dark", "worry"


@pytest.mark.parametrize(("cantonese", "mandarin"), [
    ("我仲未还借呗", "我还没还借呗"),
    ("仲要唔要还钱", "还要不要还钱"),
])
def test_still_read_before_repaying(cantonese: str, mandarin: str) -> None:
    assert to_mandarin(cantonese) == mandarin


@pytest.mark.parametrize("text", ["我仲要返工", "佢仲未返屋企", "仲有冇位", "我想听电话录音 得唔得", "唔还会点"])
def test_still_and_what_happens_keep_their_words(text: str) -> None:
    out = to_mandarin(text)
    assert "仲" in out or "得不得" in out or "会点" in out
    assert "行不行" not in out and "会怎样" not in out


@pytest.mark.parametrize("message", ["如果我食安眠药走咗 仲要唔要还钱 会点", "如果我唔喺度咗 仲要还 会点",
                                     "如果我自杀咗 仲要唔要还钱 会点", "我自杀咗 仲要唔要还钱 得唔得唔还"])
def test_cantonese_crisis_with_what_happens_is_crisis(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == CRISIS


@pytest.mark.parametrize("message", ["我仲要返工 听日会点", "佢仲未返屋企 会点", "仲有冇位 得唔得"])
def test_cantonese_everyday_still_is_no_loan_question(engine: Engine, message: str) -> None:
    assert engine.ask(message).topic not in ("collection_process", "negotiate", DARK, CRISIS)


@pytest.mark.parametrize("message", ["I'm a mess after the breakup, what now", "I'm drowning in emails, what's my next move",
                                     "mate I'm a total mess after the footy loss, what now", "天塌了一样 高考没考好 下一步该怎么走",
                                     "整个人懵了 考试没过 下一步怎么走", "so lost in this city, where do I go from here"])
def test_a_state_with_its_own_reason_is_no_worry(engine: Engine, message: str) -> None:
    assert WORRY not in engine.ask(message).topics


@pytest.mark.parametrize("message", ["I'm drowning in debt, what now", "借呗逾期了 整个人懵了 下一步怎么走", "心好累 现在该怎么做才好",
                                     "I'm a mess after the loan went overdue, what now"])
def test_a_state_about_the_debt_or_alone_is_still_worry(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == WORRY


def test_a_reason_beside_a_crisis_keeps_the_crisis(engine: Engine) -> None:
    assert engine.ask("I'm a mess after the breakup, I want to kill myself, what now").topics[0] == CRISIS


@pytest.mark.parametrize("message", ["我已经写好遗书 不还会怎样", "我已经写好遗书 唔还会点", "我企咗喺天台 唔还会点"])
def test_no_going_dark_under_a_crisis_reply(engine: Engine, message: str) -> None:
    topics = engine.ask(message).topics
    assert topics[0] == CRISIS and DARK not in topics


def test_other_loan_topics_stay_under_a_crisis_reply(engine: Engine) -> None:
    assert engine.ask("我不想活了 他们会联系我家人吗").topics[:2] == (CRISIS, "contact_family")


def test_under_crisis_touches_only_a_crisis_led_route() -> None:
    prediction = Prediction(DARK, 0.9, (), ())
    assert under_crisis(Route((CRISIS, DARK, "lawsuit"), prediction, "safety")).topics == (CRISIS, "lawsuit")
    assert under_crisis(Route((DARK,), prediction, "classifier")).topics == (DARK,)
    assert under_crisis(Route(("abusive_collection", DARK), prediction, "safety")).topics == ("abusive_collection", DARK)


def test_no_going_dark_under_a_crisis_reply_in_a_session(engine: Engine) -> None:
    session = engine.session()
    assert session.ask("我真系唔想活落去").topics[0] == CRISIS
    assert DARK not in session.ask("如果我死咗 仲要唔要还钱 会点").topics
