"""cls240 (round 50, issue 13): the bot asked to negotiate with the lender for the writer is a question about what the
bot can do (bot.routing_task.agency_asked: capabilities first, negotiate's advice second), and dread of the phone
ringing told with nothing asked is the worry reply's even when no debt is named (bot.routing_feelings._told with
bot.feeling_words.RING_DREAD widened to the heart, the stomach and nausea). Rows: tests/data/questions_dev_cls240.tsv
(development, our own words), with look-alikes that keep their reading and a crisis on the same words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine
from bot.feeling_words import RING_DREAD
from bot.routing_task import agency_asked

DEV = Path(__file__).parent / "data" / "questions_dev_cls240.tsv"
ROWS = [line.split("\t", 1) for line in DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_the_dev_file_covers_both_mechanisms_and_their_look_alikes() -> None:
    assert len(ROWS) >= 15 and {"capabilities", "negotiate", "worry", "out_of_scope"} <= {gold for gold, _ in ROWS}


@pytest.mark.parametrize(("gold", "question"), ROWS)
def test_each_dev_row_reads_as_labelled(engine: Engine, gold: str, question: str) -> None:
    assert engine.ask(question).topics[0] == gold


def test_the_bot_asked_to_act_keeps_negotiates_advice_second(engine: Engine) -> None:
    reply = engine.ask("Can you negotiate with Jiebei for me?")
    assert list(reply.topics[:2]) == ["capabilities", "negotiate"]
    assert "95188" in reply.text
    assert agency_asked(["negotiate"], "你可以帮我跟借呗协商吗") == ["capabilities", "negotiate"]
    # Only from the talk's own readings, and only when the bot is the one asked.
    assert agency_asked(["lawsuit"], "你可以帮我跟借呗协商吗") == ["lawsuit"]
    assert agency_asked(["negotiate"], "我朋友说可以帮我跟借呗协商") == ["negotiate"]
    assert agency_asked(["negotiate"], "can you negotiate with jiebei if you re late") == ["negotiate"]


def test_ring_dread_needs_the_ringing_and_a_sign() -> None:
    assert RING_DREAD.search("every time my phone rings my heart drops")
    assert RING_DREAD.search("i feel sick every time my phone rings")
    assert not RING_DREAD.search("my phone rings all day")
    assert not RING_DREAD.search("my heart drops when i see the bill")


def test_a_crisis_beside_the_ringing_is_still_a_crisis(engine: Engine) -> None:
    reply = engine.ask("every time my phone rings my heart drops and I just want to end my life")
    assert reply.topics[0] == "crisis" and "12356" in reply.text
