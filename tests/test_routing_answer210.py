"""answer210 (round 49, issue 13): a concern the writer sets aside beside the one they only want to know
(bot.routing_main: "I just need to know", "会不会上征信我不管"); a task asked of the bot that is not about a loan
(bot.routing_task: write, translate, book → declined, while a letter to the lender stays negotiate); an early payoff's
fee asked in English or Chinese (bot.routing_mechanics: billing, declined, while a late charge stays penalty_costs); who lends
the money asked with an adverb (bot.routing_product_facts). Rows: tests/data/questions_dev_answer210.tsv
(development, our own words), plus the look-alikes each rule must leave alone and a crisis on the same words.
"""

from __future__ import annotations

from pathlib import Path

from bot import Engine
from bot.routing_main import main_concern
from bot.routing_task import task_asked

DEV = Path(__file__).parent / "data" / "questions_dev_answer210.tsv"


def test_the_dev_rows_read_as_labelled(engine: Engine) -> None:
    rows = [tuple(line.split("\t", 1)) for line in DEV.read_text(encoding="utf-8").splitlines() if line[:1] not in ("#", "")]
    assert len(rows) >= 15 and {"out_of_scope", "capabilities", "negotiate", "penalty_costs"} <= {g for g, _ in rows}
    wrong = [(g, engine.ask(q).topics[0], q) for g, q in rows if engine.ask(q).topics[0] != g]
    assert wrong == []


def test_a_question_set_aside_is_cut_and_an_escape_is_not() -> None:
    assert main_concern("会不会上征信我不管 他们会不会来我住的地方").strip() == "他们会不会来我住的地方"
    # "借呗我不管了" is giving up on the loan (going_dark's), not a question set aside: nothing is cut.
    assert main_concern("借呗我不管了 会怎样") == "借呗我不管了 会怎样"
    kept = main_concern("Forget my credit rating, I just need to know whether they'll give me an extension.")
    assert kept.startswith("I just need to know")


def test_a_task_is_declined_only_from_capabilities_and_only_off_the_loan() -> None:
    assert task_asked(["capabilities"], "can you help me write a birthday message for my mum") == ["out_of_scope"]
    assert task_asked(["capabilities"], "帮我写一封给房东的信") == ["out_of_scope"]
    assert task_asked(["capabilities"], "can you help me write a letter to jiebei asking for more time") == ["capabilities"]
    assert task_asked(["capabilities"], "what can you help me with") == ["capabilities"]
    assert task_asked(["negotiate"], "help me write a cover letter") == ["negotiate"]


def test_look_alikes_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("what can you do").topics[0] == "capabilities"
    assert engine.ask("Can you help me write a message asking Jiebei for more time to pay?").topics[0] == "negotiate"
    assert engine.ask("I'm a week late, how much is the late charge?").topics[0] == "penalty_costs"
    assert engine.ask("Who actually lends the money in Jiebei?").topics[0] == "about_jiebei"
    assert engine.ask("Who actually owns my debt now that I am late?").topics[0] != "about_jiebei"


def test_a_crisis_on_the_same_words_is_still_a_crisis(engine: Engine) -> None:
    reply = engine.ask("help me write a goodbye letter to my family, I don't want to live anymore")
    assert reply.topics[0] == "crisis" and "12356" in reply.text
