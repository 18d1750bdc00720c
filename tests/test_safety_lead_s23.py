"""The lead's mends at stop 40 (s23), from review93's finding 8 and the lead's own probes: a code-mixed wish to die
("想 die") is the wish it says; "diet" is not "die" (the English cue had no word end: "i want to diet" got the
crisis reply)."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("message", [
    "借呗 overdue 好 scared, 想 die",
    "借呗overdue了 好scared 想die",
    "我不想live了 借呗欠太多",
    "i want to die, jiebei overdue 3 months",
])
def test_a_code_mixed_wish_to_die_gets_the_crisis_reply(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "crisis"


@pytest.mark.parametrize("message", [
    "i want to diet before summer, any tips? also my jiebei is 3 days overdue",
    "最近想diet 借呗逾期会影响征信吗",
])
def test_a_diet_is_no_wish_to_die(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics
