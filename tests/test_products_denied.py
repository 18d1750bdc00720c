"""A lender's name denied in favour of another ("不是花呗是借呗"): the answer is on the one meant,
never "you asked about 花呗" (bot.product_mentions.is_denied; the lead, s15)."""

from __future__ import annotations

import pytest

from bot import Engine, Session
from bot.products import lenders_told, product_in_question
from bot.text import normalize


@pytest.mark.parametrize(("message", "meant"), [
    ("不是花呗是借呗，会上门吗", "jiebei"),
    ("我说的不是花呗，是借呗，会上门吗", "jiebei"),
    ("我不是花呗逾期，是借呗逾期，会上门吗", "jiebei"),
    ("not huabei, jiebei. will they visit?", "jiebei"),
    ("It is not Huabei but Jiebei, will they sue?", "jiebei"),
    ("不是借呗是花呗，会上门吗", "huabei"),
    ("不是借呗而是微粒贷，会起诉吗", "weilidai"),
])
def test_the_name_meant_is_the_product_asked_about(message: str, meant: str) -> None:
    found = product_in_question(normalize(message))
    assert found is not None and found[0] == meant
    denied = {"jiebei", "huabei", "weilidai"} - {meant}
    assert not denied & set(lenders_told(message))


@pytest.mark.parametrize(("message", "named"), [
    ("花呗逾期会上门吗", "huabei"),  # a plain name
    ("借呗和花呗不是一回事吗", "jiebei"),  # compared, nothing denied in favour of another
    ("花呗不是借呗吗", "huabei"),
    ("我不是故意拖着花呗的，会上门吗", "huabei"),  # 不是 before a verb, not the name
])
def test_a_name_not_denied_stays(message: str, named: str) -> None:
    found = product_in_question(normalize(message))
    assert found is not None and found[0] == named


def test_the_answer_is_not_about_the_denied_lender(engine: Engine) -> None:
    denied = engine.ask("不是花呗是借呗，会上门吗")
    assert denied.topics[0] == "home_visit" and "你问的是花呗" not in denied.text and "95188" in denied.text
    plain = engine.ask("花呗逾期会上门吗")
    assert "你问的是花呗" in plain.text


def test_a_correction_in_a_conversation_still_renames(engine: Engine) -> None:
    session = Session(engine)
    session.ask("借呗逾期30天会上门吗")
    corrected = session.ask("不是借呗是花呗")
    assert "花呗" in corrected.text.splitlines()[0] and "30" in corrected.text


def test_huabei_and_jiebei_owed_as_a_list_are_answered_on_jiebei(engine: Engine) -> None:
    # truth3 #10: "你問的是花唄" though both were named as owed
    reply = engine.ask("欠花唄和借唄，能不能只還一個")
    assert "你問的是花唄" not in reply.text and "花唄" in reply.text.splitlines()[0]
    assert "你问的是花呗" in engine.ask("我欠花呗，会上门吗").text  # one lender named: its own caveat
