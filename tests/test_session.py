"""Conversations as data (tests/transcripts/*.json), run turn by turn through a Session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rapidjson

from bot import Engine, UsageError
from bot.reply import Reply

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.json"))


def _check_turn(turn: dict[str, Any], reply: Reply, previous: Reply | None, slots: dict[str, Any]) -> None:
    where = f"turn {turn['user']!r}"
    for key, attribute in (("topic", "topic"), ("lang", "lang"), ("rule", "rule"),
                           ("clarify", "needs_clarification")):
        if key in turn:
            assert getattr(reply, attribute) == turn[key], f"{where}: {key} is {getattr(reply, attribute)!r}"
    if "topics" in turn:
        assert list(reply.topics) == turn["topics"], where
    if "slots" in turn:
        if turn["slots"] == {}:
            assert slots == {}, where
        for name, value in turn["slots"].items():
            assert name in slots and slots[name].value == value, f"{where}: slots are {slots}"
    for text in turn.get("contains", []):
        assert text in reply.text, f"{where}: {text!r} not in {reply.text!r}"
    if "picks" in turn or "picks_choice" in turn:
        number = turn.get("picks") or turn["picks_choice"]
        assert previous is not None and reply.topic == previous.suggestion_topics[number - 1], where
    if turn.get("suggestions"):
        assert 2 <= len(reply.suggestions) <= 4 and len(reply.suggestions) == len(reply.suggestion_topics)
    if turn.get("mode") == "why":
        assert previous is not None and reply.text != previous.text, where
    if turn.get("longer"):
        assert previous is not None and len(reply.text) > len(previous.text), where
    for topic in turn.get("not_suggested", []):
        assert topic not in reply.suggestion_topics, where


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[p.stem for p in TRANSCRIPTS])
def test_transcript(engine: Engine, path: Path) -> None:
    transcript = json.loads(path.read_text(encoding="utf-8"))
    session = engine.session()
    previous: Reply | None = None
    for turn in transcript["turns"]:
        if turn.get("reset"):
            session.reset()
            continue
        reply = session.ask(turn["user"])
        _check_turn(turn, reply, previous, session.slots)
        previous = reply


def test_there_are_enough_transcripts_in_both_languages() -> None:
    assert len(TRANSCRIPTS) >= 25
    langs = {turn.get("lang") for p in TRANSCRIPTS for turn in json.loads(p.read_text(encoding="utf-8"))["turns"]}
    assert {"zh", "en"} <= langs


def test_session_state_round_trips_through_json(engine: Engine) -> None:
    session = engine.session()
    session.ask("花呗逾期两个月了，会上门吗")
    saved = rapidjson.loads(rapidjson.dumps(session.to_dict()))
    restored = type(session).from_dict(engine, saved)
    assert restored.to_dict() == session.to_dict()
    assert restored.ask("那会起诉吗").to_dict() == session.ask("那会起诉吗").to_dict()


def test_bad_session_state_is_a_usage_error(engine: Engine) -> None:
    session_type = type(engine.session())
    with pytest.raises(UsageError, match="session state"):
        session_type.from_dict(engine, {"version": 1, "slots": {}})
    with pytest.raises(UsageError, match="unknown topics"):
        state = engine.session().to_dict()
        state["offered"] = ["nope"]
        session_type.from_dict(engine, state)


def test_sessions_do_not_share_state(engine: Engine) -> None:
    first, second = engine.session(), engine.session()
    first.ask("花呗逾期三天了")
    assert second.slots == {} and "days" in first.slots


def test_explain_names_rule_candidates_examples_and_slots(engine: Engine) -> None:
    reply = engine.session().ask("逾期两个月了，会上门吗")
    explanation = reply.explain()
    assert "decided by: classifier" in explanation
    assert "candidates: home_visit" in explanation
    assert "similar example: [home_visit]" in explanation
    assert "days=60" in explanation
