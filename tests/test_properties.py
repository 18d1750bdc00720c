"""Property-based tests (hypothesis): any string is handled, deterministically, with no I/O."""

from __future__ import annotations

import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import Engine
from bot.protocol import Dispatcher
from bot.terminal.layout import sanitize
from bot.text import normalize

# Text that looks like what borrowers and attackers send: CJK, ASCII, controls, escapes, emoji.
ALPHABET = st.characters(codec="utf-8") | st.sampled_from(list("借呗花逾期还不上会门起诉吗？！，。 \x1b[0m\u202e😀***0123456789"))
MESSAGES = st.text(alphabet=ALPHABET, max_size=300)
FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.text(max_size=200))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(MESSAGES)
def test_classifier_is_deterministic_and_scores_are_probabilities(engine: Engine, text: str) -> None:
    first, second = engine.classify(text), engine.classify(text)
    assert first == second
    assert 0.0 <= first.confidence <= 1.0
    assert all(0.0 <= c.score <= 1.0 for c in first.candidates)


@FAST
@given(MESSAGES)
def test_engine_and_sessions_answer_anything(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.text and reply.topic in {t.id for t in engine.topics}
    assert engine.session().ask(text).text


@FAST
@given(st.one_of(MESSAGES, st.builds(lambda q: '{"id": 1, "question": %s}' % q, MESSAGES.map(repr))))
def test_protocol_answers_every_request(engine: Engine, line: str) -> None:
    response = Dispatcher(engine).handle_text(line)
    assert "ok" in response and (response["ok"] or response["error"]["code"])


@FAST
@given(MESSAGES)
def test_sanitized_text_has_no_control_sequences(text: str) -> None:
    clean = sanitize(text)
    assert "\x1b" not in clean and all(ch in "\n\t" or ord(ch) >= 32 for ch in clean if ord(ch) < 160)


def test_answering_opens_no_socket(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the engine tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fresh = Engine.load()
    for question in ["借呗逾期会上门吗", "will they call my mom?", "逾期", "2"]:
        fresh.ask(question)
        fresh.session().ask(question)
