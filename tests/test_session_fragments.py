"""Round 13 (cls15): a one- or two-word English fragment in a Chinese conversation keeps the
conversation's language (a whole English question switches); the abuse reply keeps 110 and 12378
above the line on a figure the article never gives ("多久？" after it); the English asking phrase
names the product asked about ("I owe huabei and a credit card, will jiebei sue me?"). Each with
its twin."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.slots import extract_slots

ABUSE = "催收骂我全家，还威胁我"


@pytest.mark.parametrize("fragment", ["How long?", "多久？"])
def test_a_short_follow_up_after_the_abuse_reply(engine: Engine, fragment: str) -> None:
    session = engine.session()
    session.ask(ABUSE)
    reply = session.ask(fragment)
    assert reply.lang == "zh" and reply.topics == ("abusive_collection",)
    assert "110" in reply.lead and "12378" in reply.lead  # the help first, the no-figure line after it
    assert "文章没有给出具体数字" in reply.text.split("\n", 2)[1]


def test_twin_a_whole_english_question_switches_language(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期了")
    assert session.ask("will they sue me for this?").lang == "en"
    session = engine.session()
    session.ask("my jiebei is overdue")
    assert session.ask("ok").lang == "en"  # an English conversation stays English


@pytest.mark.parametrize("question, product", [
    ("I owe huabei and a credit card, will jiebei sue me?", "jiebei"),
    ("我欠花呗和信用卡，借呗会起诉我吗", "jiebei"),
    ("I owe huabei, will they sue me?", "huabei"),  # twins: no 借呗 in the asking phrase
    ("I owe huabei and jiebei, will huabei sue me?", "huabei"),
    ("花呗逾期了，会起诉我吗", "huabei"),
])
def test_the_asking_phrase_names_the_product(question: str, product: str) -> None:
    assert extract_slots(question)["product"].value == product


def test_the_english_answer_is_on_jiebei_and_names_the_others(engine: Engine) -> None:
    reply = engine.ask("I owe huabei and a credit card, will jiebei sue me?")
    assert reply.topics == ("lawsuit",)
    assert "You asked about Huabei" not in reply.text and "You also mentioned Huabei and a credit card" in reply.text
