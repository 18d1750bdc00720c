"""A correction of the details said with a crisis, abuse or distress keeps the correction.

Found reviewing front8's fix (s14, sess1): a correction the router read alarm in was answered as a
message of its own, and its details were thrown away ("不是花呗是借呗，借呗快把我逼死了" left the
next answer about 花呗; "I meant 30 days, I'm so stressed" kept 10 days and got a decline). Now the
details are kept whatever the reply; the safety reply wins when there is one; mere distress gets
the last question answered again with the check-in line (bot.session_corrections)."""

from __future__ import annotations

import pytest

from bot import Engine

LAWSUIT_EN = "I'm 10 days overdue, will they sue"


@pytest.mark.parametrize("first, correction, safety, name, value", [
    ("花呗逾期", "不是花呗是借呗，借呗快把我逼死了", "crisis", "product", "jiebei"),
    ("借呗逾期了会上门吗", "不是借呗是花呗，催收天天骂我", "abusive_collection", "product", "huabei"),
    (LAWSUIT_EN, "I meant 30 days. the collectors threatened my kids", "abusive_collection", "days", 30),
    ("借呗逾期一个月", "我记错了，是三个月，我真的撑不下去了", "crisis", "days", 90),
])
def test_a_correction_told_with_a_crisis_or_abuse_gets_the_safety_reply_and_keeps_the_details(
        engine: Engine, first: str, correction: str, safety: str, name: str, value: object) -> None:
    session = engine.session()
    session.ask(first)
    reply = session.ask(correction)
    assert reply.topics[0] == safety and reply.rule == "safety", (correction, reply.topics, reply.rule)
    assert session.slots[name].value == value, (correction, session.slots)


def test_the_next_question_after_a_crisis_with_a_product_corrected_is_of_that_product(engine: Engine) -> None:
    session = engine.session()
    session.ask("花呗逾期")
    session.ask("不是花呗是借呗，借呗快把我逼死了")
    reply = session.ask("会上门吗")
    assert reply.topic == "home_visit" and "你问的是花呗" not in reply.text and "12356" in reply.text
    # the look-alike: a plain correction to 花呗 still gets 花呗's caveat on the next question
    plain = engine.session()
    plain.ask("借呗逾期了会上门吗")
    plain.ask("不是借呗是花呗")
    assert "你问的是花呗" in plain.ask("会起诉吗").text


@pytest.mark.parametrize("first, correction, name, value, echoed", [
    (LAWSUIT_EN, "I meant 30 days, I'm so stressed", "days", 30, "30 days"),
    ("借呗逾期一个月，会起诉吗", "欠了八千，压力好大，睡不着", "amount", 8000, "8000"),
])
def test_a_correction_told_with_distress_answers_the_last_question_again_with_the_check_in_line(
        engine: Engine, first: str, correction: str, name: str, value: int, echoed: str) -> None:
    session = engine.session()
    before = session.ask(first)
    reply = session.ask(correction)
    assert reply.rule == "context" and reply.topic == before.topic == "lawsuit", (reply.topics, reply.rule)
    assert session.slots[name].value == value and echoed in reply.text
    assert "12356" in reply.text and "12356" not in before.text


@pytest.mark.parametrize("first, correction", [
    (LAWSUIT_EN, "I meant 30 days"),
    ("借呗逾期一个月，会起诉吗", "欠了八千"),
])
def test_the_same_correction_without_distress_has_no_check_in_line(engine: Engine, first: str, correction: str) -> None:
    session = engine.session()
    session.ask(first)
    reply = session.ask(correction)
    assert reply.rule == "context" and reply.topic == "lawsuit" and "12356" not in reply.text


def test_distress_naming_no_detail_is_not_a_correction(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期一个月，会起诉吗")
    reply = session.ask("压力好大，睡不着")  # nothing to correct: answered as a message of its own
    assert reply.topic != "lawsuit" and reply.rule != "context" and "12356" in reply.text
    assert session.slots["days"].value == 30 and "amount" not in session.slots
    # nor is a distressed first message with a detail, with no question before it to answer again
    first = engine.session().ask("欠了八千，压力好大，睡不着")
    assert first.topic != "lawsuit" and first.rule != "context" and "12356" in first.text


def test_a_correction_with_distress_while_choosing_asks_again_with_the_check_in_line(engine: Engine) -> None:
    for correction, check_in in (("我记错了，是逾期三天，压力好大", True), ("我记错了，是逾期三天", False)):
        session = engine.session()
        session.ask("借呗逾期会上门吗")
        offered = session.ask("逾期").suggestions
        reply = session.ask(correction)
        assert reply.rule == "clarify" and reply.suggestions == offered and session.slots["days"].value == 3
        assert ("12356" in reply.text) is check_in, correction


# A lender corrected names the same loan again: its days and sum stay ("不是借呗是花呗" after "借呗逾期十天",
# review40), while a lender switched to ("what about Huabei?") does not inherit the other's (truth2 F).
@pytest.mark.parametrize("correction", ["不是借呗是花呗", "sorry, I meant Huabei"])
def test_a_lender_corrected_keeps_the_days_told(engine: Engine, correction: str) -> None:
    session = engine.session()
    session.ask("借呗逾期十天会起诉吗")
    session.ask(correction)
    slots = session.to_dict()["slots"]
    assert slots["product"]["value"] == "huabei" and slots["days"]["value"] == 10, slots


# A bare figure corrected earns no check-in line: the classifier's lean on "不对，是欠了二十万" is no
# distress said (review40); words of distress beside it still earn it.
@pytest.mark.parametrize("correction, line", [("不对，是欠了二十万", False), ("不对，是欠了十五万", False),
                                              ("不对，是欠了二十万，压力好大", True)])
def test_a_bare_figure_corrected_gets_no_check_in(engine: Engine, correction: str, line: bool) -> None:
    session = engine.session()
    session.ask("借呗欠了两万会上门吗")
    assert ("12356" in session.ask(correction).text) is line
