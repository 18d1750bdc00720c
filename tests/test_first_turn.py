"""front5 #4/#5: the same first message gets the same answer in every front end, "help" is
what can be asked, and a reply's confidence is its own topic's."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("question", ["逾期", "借呗", "help", "HELP!", "overdue", "催收", "会上门吗"])
def test_a_conversations_first_message_is_answered_as_engine_ask_answers_it(engine: Engine, question: str) -> None:
    # The REPL, --session, stdio, HTTP and the page asked "which one?" where Engine.ask answered.
    first = engine.session().ask(question)
    assert first.to_dict() == engine.ask(question).to_dict()
    assert first.rule != "clarify"


@pytest.mark.parametrize("question", ["逾期", "overdue", "催收"])
def test_later_in_a_conversation_a_bare_keyword_still_asks_which(engine: Engine, question: str) -> None:
    session = engine.session()
    session.ask("会上门吗")
    reply = session.ask(question)
    assert reply.rule == "clarify" and reply.needs_clarification and len(reply.suggestions) >= 2


@pytest.mark.parametrize("question", ["help", "Help", "HELP!"])
@pytest.mark.parametrize("before", [None, "会上门吗"])
def test_help_is_what_can_be_asked_never_which_topic(engine: Engine, question: str, before: str | None) -> None:
    session = engine.session()
    if before:
        session.ask(before)
    reply = session.ask(question)
    assert reply.topics == ("capabilities",) and reply.rule != "clarify" and not reply.needs_clarification
    assert "Did you mean" not in reply.text


@pytest.mark.parametrize("question", ["逾期", "电话"])
def test_a_bare_keyword_read_as_a_loan_topic_or_declined_still_offers_choices(engine: Engine, question: str) -> None:
    # The look-alikes of "help": a loan keyword, and one the classifier declines ("电话", whose
    # choices name the calls a borrower may mean).
    reply = engine.ask(question)
    assert reply.needs_clarification and len(reply.suggestion_topics) == 3


def test_confidence_is_the_shown_topics_own_score(engine: Engine) -> None:
    # "逾期" shows collection_process (what happens now) although after_repayment scored higher.
    reply = engine.ask("逾期")
    scores = {c.topic: c.score for c in reply.candidates}
    assert reply.topic == "collection_process" and reply.confidence == scores["collection_process"]
    plain = engine.ask("借呗逾期会上门吗")  # the classifier's own first: its score, as before
    assert plain.confidence == plain.candidates[0].score and plain.topic == plain.candidates[0].topic
