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


def crisis_replied(engine: Engine, message: str) -> bool:
    """Whether the crisis reply leads, with the hotline (for tests that assert it either way)."""
    reply = engine.ask(message)
    return bool(reply.topics) and reply.topics[0] == CRISIS and "12356" in reply.text


def assert_no_alarm(engine: Engine, message: str) -> None:
    """Neither safety reply, and some answer (a topic) all the same."""
    reply = engine.ask(message)
    assert CRISIS not in reply.topics and ABUSE not in reply.topics, reply.topics
    assert reply.topics, reply.topics


# Which crisis reply was given: the helper's (someone_at_risk: a relative at risk) or the writer's own (rounds 48, 48 mend).
HELPER_ZH = "他（她）的安全"
HELPER_EN = "worried for their safety"


def assert_helper_reply(engine: Engine, message: str) -> None:
    """The crisis reply addressed to a helper: the relative named is the one at risk."""
    from bot.safety import someone_at_risk

    text = crisis_text(engine, message)
    assert HELPER_ZH in text or HELPER_EN in text, text
    assert someone_at_risk(message)


def assert_writer_reply(engine: Engine, message: str) -> None:
    """The crisis reply addressed to the writer, who is the one at risk."""
    from bot.safety import someone_at_risk

    text = crisis_text(engine, message)
    assert HELPER_ZH not in text and HELPER_EN not in text, text
    assert not someone_at_risk(message)
