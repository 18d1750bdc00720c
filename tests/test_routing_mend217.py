"""mend217 (round 49b, issue 13): bot.routing_task declines a task asked of the bot only when it names a concrete thing
to make and nothing of the loan's world (harassment, threats and the police now count); a pronoun, "something" or a bare
email/message/letter, a letter that explains everything or says goodbye, and an insult at the bot keep the earlier
reading; in a conversation about the loan a declined task goes back to the earlier reading (task_in_context). Twins:
tests/data/questions_dev_mend217.tsv (development, our own words), read both ways.
"""

from __future__ import annotations

from pathlib import Path

from bot import Engine
from bot.routing_task import task_asked
from bot.text import normalize

DEV = Path(__file__).parent / "data" / "questions_dev_mend217.tsv"


def test_each_twin_is_read_as_labelled() -> None:
    rows = [tuple(line.split("\t", 1)) for line in DEV.read_text(encoding="utf-8").splitlines() if line[:1] not in ("#", "")]
    assert len(rows) >= 20 and {g for g, _ in rows} == {"declined", "kept"}
    read = {"declined": ["out_of_scope"], "kept": ["capabilities"]}
    wrong = [(g, q) for g, q in rows if task_asked(["capabilities"], normalize(q)) != read[g]]
    assert wrong == []


def test_only_a_capabilities_reading_is_ever_declined() -> None:
    assert task_asked(["negotiate"], "can you help me write a resume") == ["negotiate"]
    assert task_asked([], "can you help me write a resume") == []


def test_the_reviews_probes_keep_capabilities(engine: Engine) -> None:
    for text in ("Could you help me write a police report about the harassment?",
                 "can you help me write a letter to my parents explaining everything",
                 "Can you write something other than garbage, you stupid bot?"):
        assert engine.ask(text).topics[0] == "capabilities", text
    assert engine.ask("Can you help me write my homework essay on climate change?").topics[0] == "out_of_scope"


def test_a_crisis_keeps_first_place_on_a_goodbye_letter(engine: Engine) -> None:
    for text in ("帮我写一封遗书给我妈", "Could you help me write a farewell letter to my wife?"):
        reply = engine.ask(text)
        assert reply.topics[0] == "crisis" and "12356" in reply.text, text


def test_a_follow_up_in_a_loan_conversation_keeps_the_earlier_reading(engine: Engine) -> None:
    for first, then in (("I'm 2 months late and want to ask Jiebei for more time", "Can you help me write it?"),
                        ("I'm 2 months late and want to ask Jiebei for more time", "can you help me write an email?"),
                        ("I'm 2 months late and want to ask Jiebei for more time", "Help me write a cover letter"),
                        ("我逾期两个月了 想跟借呗申请延期", "你能帮我写一下吗"),
                        ("我逾期两个月了 想跟借呗申请延期", "你可以帮我写一封给房东的信吗")):
        session = engine.session()
        assert session.ask(first).topics[0] == "negotiate"
        assert session.ask(then).topics[0] == "capabilities", then


def test_a_task_is_still_declined_in_a_conversation_that_named_no_loan(engine: Engine) -> None:
    session = engine.session()
    session.ask("hi")
    assert session.ask("Help me write a cover letter").topics[0] == "out_of_scope"
    assert engine.session().ask("你可以帮我写一封给房东的信吗").topics[0] == "out_of_scope"
