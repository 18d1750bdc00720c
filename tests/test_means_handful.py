"""A handful or a whole pack swallowed, whatever the drug is called (bot/safety/means.py, stop 52).

The amount is the overdose: a drug's name no list holds ("头孢", "amoxicillin") must not let the loan words beside it
outvote the reading; food and drink swallowed by the handful or the bottle are everyday.
"""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("text", [
    "刚刚吞了一把头孢，借呗怎么办",
    "吞了一把阿莫西林 借呗逾期了",
    "咽下一整瓶降压药了，借呗的事不管了",
    "I just swallowed a handful of amoxicillin, jiebei can have the rest",
    "swallowed a handful of metformin, jiebei overdue",
    "downed a whole bottle of my mums sertraline, sorry about the jiebei",
    "popped a fistful of zopiclone, jiebei wins",
])
def test_a_handful_of_any_drug_gets_the_crisis_reply(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and "120" in reply.text, (text, reply.topics)


@pytest.mark.parametrize("text", [
    "吞了一把瓜子，借呗逾期会怎样",
    "I swallowed a handful of almonds, when is jiebei due",
    "popped a bottle of champagne to celebrate paying off jiebei",
    "downed a bottle of water, is the jiebei late fee high",
    "had a handful of questions about jiebei",
    "took a handful of calls from jiebei today",
])
def test_food_drink_and_a_few_things_are_everyday(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "crisis" not in reply.topics, (text, reply.topics)
