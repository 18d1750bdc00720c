"""Corrections read whole (bot.followups_correct; truth3, s15): what is denied is taken out, every
clause's details kept, a bare figure corrects the sum or the days given before, and an opening
"不对不对" is no question."""

from __future__ import annotations

import pytest

from bot import Engine, Session
from bot.followups import detail_update
from bot.slots import extract_slots


def _told(text: str) -> dict[str, object]:
    return {name: slot.value for name, slot in extract_slots(text).items()}


@pytest.mark.parametrize(("before", "correction", "after"), [
    ("花呗逾期了", "不对不对，是借呗，逾期半年了", {"product": "jiebei", "days": 180}),
    ("花呗逾期十天", "其实是借呗，逾期是一百天", {"product": "jiebei", "days": 100}),
    ("I'm 10 days late on Jiebei", "Actually it's Huabei, not Jiebei", {"product": "huabei"}),
    ("借呗逾期了", "I mean Huabei, not Jiebei", {"product": "huabei"}),
    ("I owe 50000 on Jiebei", "sorry, it's 5000 not 50000", {"amount": 5000}),
    ("I owe 50000 on Jiebei", "my mistake, 5000", {"amount": 5000}),
    ("I owe 3000 on Huabei", "no, it's Jiebei, and 30000", {"product": "jiebei", "amount": 30000}),
    ("借呗逾期两个月", "不是两个月，是三天", {"days": 3}),
    ("借呗逾期两个月", "是三天，不是两个月", {"days": 3}),
    ("欠了五万", "是五千不是五万", {"amount": 5000}),
])
def test_the_value_meant_is_kept(before: str, correction: str, after: dict[str, object]) -> None:
    update = detail_update(correction, extract_slots(before))
    assert update is not None and {name: update[name].value for name in after} == after


@pytest.mark.parametrize(("before", "message"), [
    ("借呗逾期两个月", "我记错了，是逾期三天，会上门吗"),  # a question of its own
    ("借呗逾期两个月", "是不是三天就会上门"),
    ("I owe 50000 on Jiebei", "sorry, will they sue me?"),
    ("借呗逾期两个月", "不对吧，会上门吗"),
])
def test_a_question_beside_a_correction_is_no_bare_correction(before: str, message: str) -> None:
    assert detail_update(message, extract_slots(before)) is None


def test_a_bare_figure_with_nothing_remembered_corrects_nothing() -> None:
    assert detail_update("sorry, 5000", {}) is None
    assert _told("5000") == {}  # (no unit, no cue: no detail of its own)


def test_a_conversation_answers_the_last_question_on_the_corrected_details(engine: Engine) -> None:
    session = Session(engine)
    session.ask("花呗逾期了会被起诉吗")
    corrected = session.ask("不对不对，是借呗，逾期半年了")
    assert corrected.topics == ("lawsuit",) and session.slots["product"].value == "jiebei"
    assert session.slots["days"].value == 180 and "花呗" not in corrected.text
    english = Session(engine)
    english.ask("I owe 50000 on Jiebei, will they sue me?")
    fixed = english.ask("sorry, it's 5000 not 50000")
    assert fixed.topics == ("lawsuit",) and "5,000" in fixed.text and "50,000" not in fixed.text


@pytest.mark.parametrize("news", [
    "no, I can pay 2000 a month", "I can't pay, not even 500", "actually I can only pay 1000 now",
    "sorry, I already paid 5000", "sorry, my salary is 4000", "no, I only have 300 left",
])
def test_a_figure_that_is_news_about_money_is_no_corrected_sum(news: str) -> None:
    update = detail_update(news, extract_slots("I'm 2 months late and owe 20000"))
    assert update is None or "amount" not in update


@pytest.mark.parametrize("correction", [
    "actually it's 3 months", "actually it's 3 months not 3 weeks", "not 3 weeks, 3 months",
    "wait, it's been 3 months actually", "其实是三个月", "其实是三个月不是三周",
])
def test_a_duration_wrapped_in_the_words_of_a_correction_corrects_the_days(correction: str) -> None:
    # These kept the old days and were declined as out of scope (newuser161).
    update = detail_update(correction, extract_slots("I'm 3 weeks late on Jiebei"))
    assert update is not None and update["days"].value == 90


@pytest.mark.parametrize("news", [
    "actually I borrowed it 3 months ago", "actually it's been 3 months since I borrowed",
    "其实我三个月前就借了",
])
def test_a_duration_that_says_more_is_no_corrected_days(news: str) -> None:
    update = detail_update(news, extract_slots("I'm 3 weeks late on Jiebei"))
    assert update is None or "days" not in update


def test_a_wrapped_duration_answers_the_last_question_again(engine: Engine) -> None:
    session = Session(engine)
    session.ask("I'm 3 weeks late on jiebei, owe 8000. Will they call my boss?")
    fixed = session.ask("actually it's 3 months not 3 weeks")
    assert fixed.topics == ("contact_family",) and session.slots["days"].value == 90
