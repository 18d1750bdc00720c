"""The five-turn conversation of issue 14, shared by the protocol tests and the multi-worker tests."""

from __future__ import annotations

from typing import Any, Callable

from bot import Engine

# Each turn and what it must answer: details, a follow-up, a product switch, "why", a numbered choice.
CONVERSATION = [
    ("逾期两个月了，欠了一万五，会上门吗", "home_visit", None, None),
    ("那会起诉吗", "lawsuit", None, None),
    ("花呗呢", "lawsuit", "huabei", "context"),
    ("为什么", "lawsuit", "huabei", "context"),
    ("2", None, "huabei", "suggestion"),  # the second suggestion of the "why" reply
]


def check_conversation(engine: Engine, ask: Callable[[str], dict[str, Any]]) -> None:
    """Runs the five turns through ``ask(question) -> response`` and checks every answer:
    details kept, the follow-up, the product switch, "why" and the numbered choice."""
    topic_of = {topic.question["zh"]: topic.id for topic in engine.topics}
    suggestions: list[str] = []
    for question, topic, product, rule in CONVERSATION:
        reply = ask(question)["reply"]
        expected = topic or topic_of[suggestions[1]]
        assert reply["topic"] == expected, (question, reply["topic"])
        assert reply["slots"]["days"]["value"] == 60 and reply["slots"]["amount"]["value"] == 15000
        if product:
            assert reply["slots"]["product"]["value"] == product
        if rule:
            assert reply["rule"] == rule, (question, reply["rule"])
        suggestions = reply["suggestions"]
