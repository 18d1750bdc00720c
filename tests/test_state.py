"""Hostile conversation states (issue 15): Session.from_dict refuses, with one clear UsageError,
every state that used to crash ``ask`` or blow up its reply, and still accepts every state a
real conversation writes."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import Engine, Session, UsageError
from bot.state import MAX_STATE_BYTES


@pytest.fixture(scope="module")
def good(engine: Engine) -> dict[str, Any]:
    session = engine.session()
    session.ask("花呗逾期两个月了，欠了一万五，会上门吗")
    return session.to_dict()


def _with(state: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(state)
    *parents, last = path.split("/")
    target = changed
    for key in parents:
        target = target[key]
    target[last] = value
    return changed


def _deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels):
        value = [value]
    return value


# Each of these crashed a later ask (KeyError, ValueError, RecursionError) or was accepted. Each
# refusal says where, what was expected and what was found.
HOSTILE = {
    "unknown product (KeyError in ask)": ("slots/product/value", "zzz",
                                          "/slots/product/value: expected a product id this engine knows, found 'zzz'"),
    "amount as text (ValueError in an English answer)": ("slots/amount/value", "abc",
                                                         "/slots/amount/value: expected a number or null, found 'abc'"),
    "days as a list": ("slots/days/value", [1], "/slots/days/value: expected an integer or null, found an array"),
    "nested 5,000 deep (RecursionError)": ("slots/days/value", _deep(5000), "nested too deeply"),
    "negative days": ("slots/days/value", -5,
                      "/slots/days/value: expected an integer from 0 to 1000000000000000000, found -5"),
    "days with 31 digits": ("slots/days/value", 10**30,
                            "/slots/days/value: expected an integer from 0 to 1000000000000000000, found a 31-digit number"),
    "amount with 31 digits": ("slots/amount/value", 10**30,
                              "/slots/amount/value: expected a number from 0 to 1000000000000000000, found a 31-digit number"),
    "slot under another name": ("slots/days/name", "amount", "/slots/days/name: expected 'days', found 'amount'"),
    "unknown slot": ("slots/x", {"name": "x", "value": 1, "text": "t"},
                     "/slots/x: expected only the fields days, amount, product, concern here, found a field 'x'"),
    "unknown topic": ("last_topics", ["no_such_topic"],
                      "/last_topics: expected topic ids this engine knows, found unknown topics ['no_such_topic']"),
    "topic id with markup": ("offered", ["<script>"],
                             "/offered/0: expected a topic id (lowercase letters, digits and _), found '<script>'"),
    "repeated topics (one answer each)": ("last_topics", ["lawsuit"] * 20, "/last_topics"),
    "too many offers": ("offered", ["lawsuit", "negotiate", "home_visit", "credit_report", "greeting",
                                    "thanks", "goodbye", "capabilities", "crisis"],
                        "/offered: expected at most 8 items, found 9"),
    "unknown language": ("lang_choice", "fr", "/lang_choice: expected 'zh' or 'en' or null, found 'fr'"),
    "pending_choice as text": ("pending_choice", "yes", "/pending_choice: expected true or false, found 'yes'"),
    "another version": ("version", 2, "/version: expected 1, found 2"),
    "an extra field": ("admin", True, "/admin: expected only the fields version, slots,"),
    "infinite amount": ("slots/amount/value", float("inf"),
                        "/slots/amount/value: expected JSON data, found inf (JSON numbers are finite)"),
    "a slot text too long": ("slots/days/text", "x" * 2001, "/slots/days/text: expected at most 2000 characters, found 2001"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_states_are_refused_with_a_pointer(engine: Engine, good: dict[str, Any], name: str) -> None:
    path, value, expected = HOSTILE[name]
    with pytest.raises(UsageError, match="^session state: ") as error:
        Session.from_dict(engine, _with(good, path, value))
    assert expected in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("missing", ["version", "slots", "answered"])
def test_a_missing_field_is_named(engine: Engine, good: dict[str, Any], missing: str) -> None:
    state = {key: value for key, value in good.items() if key != missing}
    with pytest.raises(UsageError, match=f"^session state: /: expected the field '{missing}' \\(required\\), found no such field$"):
        Session.from_dict(engine, state)
    with pytest.raises(UsageError, match="^session state: /: expected the field 'version' \\(required\\)"):
        Session.from_dict(engine, {})


@pytest.mark.parametrize("not_an_engine", [None, "engine", {}])
def test_from_dict_without_an_engine_is_a_usage_error(good: dict[str, Any], not_an_engine: Any) -> None:
    with pytest.raises(UsageError, match="^Session.from_dict: expected an Engine .* as the first argument, found "):
        Session.from_dict(not_an_engine, good)
    with pytest.raises(UsageError, match="found None$"):  # a Python caller's words, not JSON's "null" (front5)
        Session.from_dict(None, good)


@pytest.mark.parametrize("state", [None, [], "state", 3])
def test_a_state_must_be_an_object(engine: Engine, state: Any) -> None:
    with pytest.raises(UsageError, match="expected a JSON object"):
        Session.from_dict(engine, state)


# front4: answers echo a slot's words, so a client's own line came back inside the bot's reply.
FORGED = {
    "a forged notice in a slot's words": ("slots/days/text", "两个月。\n\n支付宝官方提醒：请24小时内拨打 400-123-4567", "两个月"),
    "a forged line with no detail in it": ("slots/amount/text", "请立即转账到 6222 0000 1111", None),
    "a product named in other words": ("slots/product/text", "点这里 http://x.example", "花呗"),
}


@pytest.mark.parametrize("name", list(FORGED))
def test_forged_slot_words_never_reach_a_reply(engine: Engine, good: dict[str, Any], name: str) -> None:
    path, forged, kept = FORGED[name]
    session = Session.from_dict(engine, _with(good, path, forged))
    slot = path.split("/")[1]
    assert session.to_dict()["slots"].get(slot, {}).get("text") == kept
    for question in ("欠三千的话可能性大吗", "详细点", "那会起诉吗"):
        text = session.ask(question).text
        assert "400-123" not in text and "6222" not in text and "http" not in text and "官方提醒" not in text


# review30: each of these states was written by Session.to_dict and then refused by the first
# version of the check above (an English number of days, a relative's "am I liable", a teacher's
# school as the workplace, "五万三十天" read as 50000, 抖音 as the lender): a conversation lost,
# and a borrower in crisis answered with an error.
@pytest.mark.parametrize("turns", [
    ["I am 3 months overdue on jiebei, will they sue me?"], ["Huabei overdue 2 weeks"], ["sorry, I meant 5 days"],
    ["my husband missed payments on his loan, am I liable?"], ["我弟弟欠了网贷没还，让我还，我要还吗"],
    ["我是老师，借呗逾期了会被学校知道吗"], ["借呗欠了五万三十天没还了"], ["我借了十万二十四期 现在逾期了"],
    ["借呗和抖音月付都逾期了，会起诉吗", "其他几家呢"], ["逾期了几个月了", "我记错了，是欠了两万"],
])
def test_every_state_a_conversation_writes_comes_back_unchanged(engine: Engine, turns: list[str]) -> None:
    session = engine.session()
    for question in turns:
        session.ask(question)
        state = json.loads(json.dumps(session.to_dict()))
        assert Session.from_dict(engine, state).to_dict() == state


def test_a_220_kB_state_no_longer_makes_an_11_MB_reply(engine: Engine, good: dict[str, Any]) -> None:
    # Before: 20,000 copies of one topic in last_topics, then "为什么", rendered 20,000 answers.
    with pytest.raises(UsageError, match="bytes"):
        Session.from_dict(engine, _with(good, "last_topics", ["lawsuit"] * 20000))
    with pytest.raises(UsageError, match=f"at most {MAX_STATE_BYTES} bytes"):
        Session.from_dict(engine, _with(good, "slots/days/text", "x" * 250_000))


def test_the_largest_accepted_state_gives_a_bounded_reply(engine: Engine, good: dict[str, Any]) -> None:
    topics = [t.id for t in engine.topics if t.kind == "domain"]
    state = _with(good, "last_topics", topics)
    # (slot words must be a message's own since front4, so they stay as the message gave them)
    assert len(json.dumps(state, ensure_ascii=False).encode()) <= MAX_STATE_BYTES
    session = Session.from_dict(engine, state)
    reply = session.ask("为什么").to_dict()
    assert len(json.dumps(reply, ensure_ascii=False).encode()) < 200_000


def test_a_real_conversation_round_trips(engine: Engine) -> None:
    session = engine.session()
    for question in ["逾期两个月了，欠了一万五，会上门吗", "那会起诉吗", "花呗呢", "为什么", "2", "用英文",
                     "逾期", "1", "will they call my parents? and sue me?", "详细点"]:
        session = Session.from_dict(engine, json.loads(json.dumps(session.to_dict())))
        session.ask(question)
    assert Session.from_dict(engine, session.to_dict()).to_dict() == session.to_dict()


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("逾期两个月天欠了一万五千元块会上门吗起诉花呗借呗微粒贷为什么2 ?wil sue mdays yuan0123456789")),
                        max_size=60), min_size=1, max_size=4))
def test_any_conversation_writes_a_state_it_can_read_back(engine: Engine, questions: list[str]) -> None:
    session = engine.session()
    for question in questions:
        session.ask(question)
        session = Session.from_dict(engine, json.loads(json.dumps(session.to_dict())))
