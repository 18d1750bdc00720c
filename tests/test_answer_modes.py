"""bot.answer_modes: a conversation never gives the same loan answer twice in a row (round 9 fault:
a third turn on the same matter repeated the second word for word)."""

from __future__ import annotations

import pytest

from bot import Engine, Session
from bot.answer_modes import not_again
from bot.session_state import ConversationState


@pytest.mark.parametrize("last_topics, last_mode, mode, topics, expected", [
    (["lawsuit"], "answer", "answer", ["lawsuit"], "rest"),  # the same question again: what was left out
    (["lawsuit"], "rest", "rest", ["lawsuit"], "answer"),  # a third time: the answer again, not the last words
    (["lawsuit"], "why", "answer", ["lawsuit"], "answer"),  # after the reasons: the short answer
    (["lawsuit"], "why", "why", ["lawsuit"], "rest"),  # "为什么" twice: not the same reasons again
    (["lawsuit"], "more", "more", ["lawsuit"], "why"),  # "详细点" twice: the reasons behind it
    (["lawsuit"], "answer", "why", ["lawsuit"], "why"),  # a mode asked for after another: as asked
    (["abusive_collection"], "answer", "answer", ["abusive_collection"], "answer"),  # 110 leads every time
    (["lawsuit"], "product", "product", ["lawsuit"], "product"),  # another product: new words anyway
    (["lawsuit"], "rest", "answer", ["penalty_costs"], "answer"),  # another matter: its plain answer
    (["crisis"], "more", "more", ["crisis"], "more"),  # safety replies keep their own rules
    (["greeting"], "answer", "answer", ["greeting"], "answer"),  # no points to move on to
])
def test_a_reply_on_the_same_topics_moves_on(engine: Engine, last_topics: list[str], last_mode: str, mode: str,
                                             topics: list[str], expected: str) -> None:
    state = ConversationState(last_topics=last_topics, last_mode=last_mode, lang="zh")
    assert not_again(state, mode, topics, "zh", engine.topic) == expected and state.last_mode == expected


def test_the_same_answer_in_the_other_language_is_not_a_repeat(engine: Engine) -> None:
    state = ConversationState(last_topics=["lawsuit"], last_mode="answer", lang="en")
    assert not_again(state, "answer", ["lawsuit"], "zh", engine.topic) == "answer"


@pytest.mark.parametrize("turns", [("借呗逾期会被起诉吗", "那会不会真的起诉", "真的会起诉吗", "真的吗 会起诉?"),
                                   ("will they sue me", "and court?", "and court?", "and court?")])
def test_asking_the_same_thing_again_never_gets_the_same_words(engine: Engine, turns: tuple[str, ...]) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in turns]
    assert all(reply.topics == ("lawsuit",) for reply in replies)
    assert all(before.text != after.text for before, after in zip(replies, replies[1:]))
    restored = Session.from_dict(engine, session.to_dict())  # the mode survives a round trip
    assert restored.to_dict()["last_mode"] == session.to_dict()["last_mode"]


def test_a_third_abuse_turn_still_leads_with_110(engine: Engine) -> None:
    session = engine.session()
    replies = [session.ask(turn) for turn in ("催收威胁要打我", "那我该怎么办", "那我该怎么办")]
    assert all(reply.topics[0] == "abusive_collection" and "110" in reply.text.split("\n")[0] for reply in replies)
