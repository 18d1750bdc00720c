"""Conversations as data (tests/transcripts/*.json), run turn by turn through a Session, and the
Session's contextual moves: corrections, language switches, leaving, the script of the answer
(which topic a follow-up continues: tests/test_followups_route.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rapidjson

from bot import Engine, Session, UsageError
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
    for text in turn.get("not_contains", []):
        assert text not in reply.text, f"{where}: {text!r} in {reply.text!r}"
    if turn.get("no_suggestions"):
        assert reply.suggestions == () and reply.suggestion_topics == (), where
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


def test_a_vague_turn_right_after_a_crisis_or_abuse_reply_stays_with_it(engine: Engine) -> None:
    """"那我该怎么办" after "我真的不想活了" once got "这个问题我在这里帮不上忙" (a new-user probe)."""
    for first, then, topic in (("借呗逾期了 我真的不想活了", "那我该怎么办", "crisis"),
                               ("if they sue me I'll just end it all", "what should I do", "crisis"),
                               ("催收天天打电话骂我 还打给我妈", "这能投诉吗", "abusive_collection")):
        session = engine.session()
        session.ask(first)
        assert session.ask(then).topic == topic, (first, then)
    session = engine.session()
    session.ask("会上门吗")
    assert session.ask("那我该怎么办").topic == "home_visit"  # no crisis before: unchanged
    for then, topic in (("那怎么办", "abusive_collection"), ("今天天气怎么样", "out_of_scope"), ("会起诉我吗", "lawsuit")):
        session = engine.session()
        session.ask("催收天天打电话骂我")
        assert session.ask(then).topic == topic, then  # after abuse only a follow-up stays


def test_a_crisis_held_for_a_second_turn_gives_its_further_steps(engine: Engine) -> None:
    session = engine.session()
    first = session.ask("借呗逾期了 我真的不想活了")
    second = session.ask("那我该怎么办")
    assert second.topic == "crisis" and second.text != first.text and "12356" in second.text


def test_replies_after_a_crisis_in_the_conversation_keep_12356(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期了 我真的不想活了")
    # every path: fresh questions, "more", a numbered pick, a correction, a language switch, "why"
    for later in ("谢谢你", "会起诉我吗", "详细点", "2", "我记错了，是逾期三天", "用英文", "为什么", "今天天气怎么样"):
        assert "12356" in session.ask(later).text, later
    state = session.to_dict()  # servers keep the conversation in a store between turns
    again = Session.from_dict(engine, rapidjson.loads(rapidjson.dumps(state)))
    assert "12356" in again.ask("会影响征信吗").text
    assert "12356" not in engine.session().ask("会影响征信吗").text


def test_a_fear_named_before_does_not_colour_a_new_question(engine: Engine) -> None:
    session = engine.session()
    session.ask("逾期两个月了会坐牢吗")
    credit = session.ask("会影响征信吗")
    assert "坐牢" not in credit.text and "days" in session.slots


def test_language_chosen_in_words_is_the_sessions_language(engine: Engine) -> None:
    session = engine.session()
    assert session.language is None
    session.ask("借呗逾期会上门吗")
    session.ask("切换成英文")
    assert session.language == "en"
    session.ask("can you answer in Chinese")
    assert session.language == "zh"
    session.reset()
    assert session.language is None


def test_traditional_script_survives_the_state_round_trip(engine: Engine) -> None:
    session = engine.session()
    session.ask("借唄逾期會上門嗎")
    restored = type(session).from_dict(engine, rapidjson.loads(rapidjson.dumps(session.to_dict())))
    assert "法律意見" in restored.ask("會起訴嗎").text
    assert "法律意見" in restored.ask("1").text  # a number says nothing about script: it stays


@pytest.mark.parametrize("pick", ["4", "0", "９", "#7"])
def test_a_number_no_option_has_offers_the_options_again(engine: Engine, pick: str) -> None:
    # probe9: "4" after three options, or "0", got "I can't see your account".
    session = engine.session()
    offered = session.ask("借呗逾期会上门吗").suggestions
    reply = session.ask(pick)
    assert reply.rule == "clarify" and reply.suggestions == offered
    assert engine.session().ask(pick).topic == "capabilities"  # nothing on offer yet: what can be asked
    after_crisis = engine.session()
    after_crisis.ask("我不想活了")
    assert after_crisis.ask(pick).topics[0] == "crisis"  # a vague turn right after a crisis reply: that reply again (review)


@pytest.mark.parametrize("first, follow_up, days", [
    ("Jiebei 20 days late, will they visit my home?", "what if it was 3 months?", 90),
    ("借呗逾期20天会上门吗", "要是两个月呢", 60),
])
def test_a_time_asked_about_on_the_last_answer_is_the_time_overdue(engine: Engine, first: str, follow_up: str, days: int) -> None:
    session = engine.session()  # probe14: "what if it was 3 months?" kept the 20 days
    session.ask(first)
    reply = session.ask(follow_up)
    assert reply.topics[0] == "home_visit" and session.slots["days"].value == days
