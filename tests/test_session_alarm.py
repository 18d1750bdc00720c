"""A crisis that also names a detail is never read as a correction of the last question's details.

Found by front8 (s14): after any loan answer, "我不想活了 借呗还不上" was taken as naming the product
again (followups.detail_update), so the last loan answer came back once more: no crisis reply, no
12356, in the REPL, piped --session lines and every server turn that carries a state."""

from __future__ import annotations

import pytest

from bot import Engine

FIRSTS = ("借呗逾期会上门吗", "借呗逾期会起诉吗", "逾期两个月了，欠了一万五，会联系家人吗")


@pytest.mark.parametrize("first", FIRSTS)
@pytest.mark.parametrize("crisis", ["我不想活了 借呗还不上", "不想活了 借呗还不上了", "我不想活了，欠了八千"])
def test_a_crisis_naming_a_detail_gets_the_crisis_reply(engine: Engine, first: str, crisis: str) -> None:
    session = engine.session()
    session.ask(first)
    reply = session.ask(crisis)
    assert reply.topic == "crisis" and "12356" in reply.text, (first, crisis, reply.topic, reply.rule)


@pytest.mark.parametrize("first", FIRSTS)
@pytest.mark.parametrize("correction", ["不是借呗 是花呗", "欠了八千", "我记错了，是逾期三天"])
def test_a_plain_correction_still_answers_the_last_question_again(engine: Engine, first: str, correction: str) -> None:
    session = engine.session()
    before = session.ask(first)
    reply = session.ask(correction)
    assert reply.rule == "context" and reply.topic == before.topic and "12356" not in reply.text, (first, correction)
