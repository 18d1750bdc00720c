"""Round 15 (cls17): English borrower wording that avoids the examples' words, carried by lexicon
forms (knowledge/lexicon.json: visit, evade, credit_record, worry), each beside a twin that
must not change. Written in our own words, not from ../shared/eval."""

import pytest

from bot import Engine
from bot.lexicon import Lexicon


@pytest.mark.parametrize("text, topic", [
    ("might an agent drop in at my parents' place in the countryside", "home_visit"),  # was out_of_scope
    ("is a house call from the lender something that actually happens", "home_visit"),  # was out_of_scope
    ("i'm thinking of moving abroad and leaving the loan behind, what then", "going_dark"),  # was uncovered
])
def test_english_wording_reaches_its_topic(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


@pytest.mark.parametrize("text, topic", [
    ("can i travel abroad if my jiebei is overdue", "uncovered_consequences"),  # abroad without leaving the loan
    ("will my sesame score drop if i'm late", "credit_report"),  # drop, not drop in
    ("how do i increase my jiebei limit", "out_of_scope"),  # the limit: billing
    ("i'm panicking, i missed my jiebei payment, what happens now", "collection_process"),  # a loan question beside it
])
def test_twins_keep_their_topic(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


def test_the_forms_are_concepts(engine: Engine) -> None:
    lexicon = engine._classifier.lexicon_
    assert isinstance(lexicon, Lexicon)
    from bot.text import normalize
    assert "visit" in lexicon.find(normalize("will they drop in"))
    assert "worry" in lexicon.find(normalize("i'm panicking"))
    assert "evade" in lexicon.find(normalize("leaving the debt behind"))
    assert "payment_failed" in lexicon.find(normalize("借呗还钱怎么没还上"))
    assert "payment_failed" not in lexicon.find(normalize("借呗这个月没还上"))  # not paid: the loan is late
