"""Assertions the safety round tests share (one definition instead of a copy per test module):
the reply a message must get, by its topics and the helpline its reply must carry."""

from __future__ import annotations

from bot import Engine

CRISIS = "crisis"
ABUSE = "abusive_collection"


def assert_crisis(engine: Engine, message: str) -> None:
    """The crisis reply leads, with the psychological assistance hotline."""
    reply = engine.ask(message)
    assert reply.topics[0] == CRISIS and "12356" in reply.text, reply.topics


def assert_abuse(engine: Engine, message: str) -> None:
    """The abusive-collection reply leads, with the complaints line."""
    reply = engine.ask(message)
    assert reply.topics[0] == ABUSE and "12378" in reply.text, reply.topics


def assert_neither(engine: Engine, message: str) -> None:
    """Neither safety reply: no crisis, no abuse among the topics."""
    reply = engine.ask(message)
    assert CRISIS not in reply.topics and ABUSE not in reply.topics, reply.topics


def crisis_text(engine: Engine, message: str) -> str:
    """The crisis reply leads, with the hotline; its text, for the reply's addressee to be read."""
    reply = engine.ask(message)
    assert reply.topics[0] == CRISIS and "12356" in reply.text, reply.topics
    return reply.text


def assert_no_alarm(engine: Engine, message: str) -> None:
    """Neither safety reply, and some answer (a topic) all the same."""
    reply = engine.ask(message)
    assert CRISIS not in reply.topics and ABUSE not in reply.topics, reply.topics
    assert reply.topics, reply.topics
