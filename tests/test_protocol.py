"""The shared protocol, in process: every error code, sessions, bounds and expiry, the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
import rapidjson

from bot import Engine
from bot.protocol import ERROR_CODES, Dispatcher, SessionStore, dumps

SCHEMA = rapidjson.Validator((Path(__file__).parent.parent / "bot" / "schemas" / "response.schema.json").read_text(encoding="utf-8"))


def valid(response: dict) -> dict:
    SCHEMA(dumps(response))
    return response


@pytest.fixture(scope="module")
def dispatcher(engine: Engine) -> Dispatcher:
    return Dispatcher(engine)


def test_ask_returns_the_python_reply_dict(dispatcher: Dispatcher, engine: Engine) -> None:
    response = valid(dispatcher.handle_text('{"id": 7, "question": "借呗逾期会上门吗"}'))
    assert response["id"] == 7 and response["ok"] is True
    assert response["reply"] == engine.ask("借呗逾期会上门吗").to_dict()


@pytest.mark.parametrize("text, code", [
    ("{not json", "bad_json"),
    ("[1, 2]", "bad_request"),
    ('{"id": 1}', "missing_field"),
    ('{"id": 1, "question": 5}', "wrong_type"),
    ('{"id": 1, "question": "x", "lang": "fr"}', "wrong_type"),
    ('{"id": 1, "question": "x", "session": 3}', "wrong_type"),
    ('{"id": 1, "question": "' + "很" * 2001 + '"}', "too_long"),
    ('{"id": 1, "op": "dance"}', "unknown_op"),
])
def test_every_error_code(dispatcher: Dispatcher, text: str, code: str) -> None:
    response = valid(dispatcher.handle_text(text))
    assert response["ok"] is False and response["error"]["code"] == code
    assert response["id"] == (1 if text.startswith('{"id"') else None)


def test_internal_errors_are_contained(engine: Engine) -> None:
    class Broken(Dispatcher):
        def _ask(self, request):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

    response = valid(Broken(engine).handle({"id": 1, "question": "x"}))
    assert response["error"]["code"] == "internal" and "boom" not in response["error"]["message"]
    assert set(ERROR_CODES) >= {"bad_json", "internal"}


def test_topics_and_health(dispatcher: Dispatcher) -> None:
    topics = valid(dispatcher.handle({"id": "t", "op": "topics"}))
    assert {t["id"] for t in topics["topics"]} >= {"home_visit", "out_of_scope"}
    assert valid(dispatcher.handle({"op": "health"}))["status"] == "ok"


def test_sessions_keep_context(dispatcher: Dispatcher) -> None:
    dispatcher.handle({"id": 1, "question": "花呗逾期两个月了，会上门吗", "session": "s1"})
    response = valid(dispatcher.handle({"id": 2, "question": "那会起诉吗", "session": "s1"}))
    assert response["session"] == "s1" and response["reply"]["topic"] == "lawsuit"
    assert response["reply"]["slots"]["days"]["value"] == 60
    other = dispatcher.handle({"id": 3, "question": "那会起诉吗", "session": "s2"})
    assert "days" not in other["reply"]["slots"]


def test_session_store_is_bounded_and_expires(engine: Engine) -> None:
    now = [0.0]
    store = SessionStore(engine, max_sessions=2, idle_seconds=10, clock=lambda: now[0])
    first = store.get("a")
    store.get("b")
    store.get("c")  # "a" is the least recently used: dropped
    assert len(store) == 2 and store.get("a") is not first
    now[0] = 100.0
    store.get("z")  # everything else idle for > 10 s
    assert len(store) == 1
