"""bot.state_shape: a state with the plain shape Session.to_dict writes passes without rapidjson's
Validator; every look-alike that breaks (or nears) a schema rule goes to the Validator, whose
answer and message are the ones check_state gave before (PERF_LOG part 25)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import bot.state as state_module
import bot.state_shape as shape
from bot import Engine, UsageError
from bot.products import PRODUCT_NAMES
from bot.state import MAX_STATE_BYTES, check_state
from bot.state_shape import plainly_valid

SCHEMA = json.loads((Path(state_module.__file__).parent / "schemas" / "session.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def written(engine: Engine) -> list[dict[str, Any]]:
    states = []
    for questions in (["花呗逾期两个月了，欠了一万五，会上门吗", "那会起诉吗", "不对，是三个月"],
                      ["借唄逾期3個月會上門嗎", "why", "2"], ["my mom's jiebei is 40 days late", "花呗呢"]):
        session = engine.session()
        for question in questions:
            session.ask(question)
            states.append(session.to_dict())
    return states


def _checked(engine: Engine, data: Any, shortcut: bool) -> object:
    real = state_module.plainly_valid
    if not shortcut:
        state_module.plainly_valid = lambda *_: False
    try:
        return ("ok", check_state(data, [topic.id for topic in engine.topics], PRODUCT_NAMES))
    except UsageError as refused:
        return ("refused", str(refused))
    finally:
        state_module.plainly_valid = real


def test_the_states_a_conversation_writes_pass_at_a_glance(engine: Engine, written: list[dict[str, Any]]) -> None:
    for data in written:
        assert plainly_valid(data, MAX_STATE_BYTES), data
        assert _checked(engine, data, True) == _checked(engine, data, False)


_LOOK_ALIKES = [
    ("version", True), ("version", 1.0), ("lang", "ZH"), ("pending_choice", 0), ("traditional", None),
    ("last_mode", "Answer"), ("asked_act", "home "), ("offered", ["home_visit", "home_visit"]), ("offered", ["a"] * 9),
    ("last_topics", ["Home_visit"]), ("last_topics", ["a" * 41]), ("answered", ["home_visit\n"]), ("products", [1]),
    ("extra", 1), ("slots/days", {"name": "days", "value": True, "text": "3天"}),
    ("slots/days", {"name": "days", "value": 3.0, "text": "3天"}), ("slots/days", {"name": "days", "value": -1, "text": "x"}),
    ("slots/amount", {"name": "amount", "value": float("nan"), "text": "x"}), ("slots/amount", {"name": "amount", "value": 1e19, "text": "x"}),
    ("slots/amount", {"name": "amount", "value": 8000.5, "text": "八千\x1f"}), ("slots/amount", {"name": "amount", "value": 1, "text": "x" * 1001}),
    ("slots/amount", {"name": "amount", "value": 1, "text": "x" * 2001}), ("slots/product", {"name": "product", "value": "jiebei", "text": "\ud800"}),
    ("slots/concern", {"name": "days", "value": None, "text": "x"}), ("slots/other", {"name": "other", "value": None, "text": "x"}),
    ("slots/days", {"name": "days", "value": 3, "text": "3天", "more": 1}), ("slots/amount", {"name": "amount", "value": 1, "text": "\U0001F600" * 1001}),
    ("slots/amount", {"name": "amount", "value": 1, "text": "八" * 1000}),
]


@pytest.mark.parametrize("path, value", _LOOK_ALIKES)
def test_a_look_alike_state_is_answered_as_the_validator_answers(engine: Engine, written: list[dict[str, Any]], path: str, value: Any) -> None:
    data = copy.deepcopy(written[0])
    *parents, last = path.split("/")
    target = data
    for key in parents:
        target = target[key]
    target[last] = value
    shortcut = plainly_valid(data, MAX_STATE_BYTES)
    assert _checked(engine, data, True) == _checked(engine, data, False)
    if shortcut:  # only a state the Validator accepts may pass at a glance
        assert _checked(engine, data, False)[0] == "ok"


def test_a_state_near_the_size_bound_goes_to_the_validator(written: list[dict[str, Any]]) -> None:
    data = copy.deepcopy(written[0])
    data["slots"]["amount"] = {"name": "amount", "value": 1, "text": "x" * 900}
    assert plainly_valid(data, MAX_STATE_BYTES)
    assert not plainly_valid(data, len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()) + 100)


def test_the_rules_written_out_are_the_schemas() -> None:
    definitions, properties = SCHEMA["definitions"], SCHEMA["properties"]
    assert shape._REQUIRED == set(SCHEMA["required"]) and shape._FIELDS == set(properties)
    assert list(shape._LANGS) == definitions["lang"]["enum"]
    assert list(shape._MODES) == properties["last_mode"]["enum"] and list(shape._ACTS) == properties["asked_act"]["enum"]
    assert properties["version"]["enum"] == [1] and set(properties["slots"]["properties"]) == {"days", "amount", "product", "concern"}
    assert definitions["topic"]["pattern"] == "^[a-z][a-z0-9_]*$" and definitions["topic"]["maxLength"] == 40
    assert definitions["topics"]["maxItems"] == 64 and properties["offered"]["maxItems"] == properties["products"]["maxItems"] == 8
    assert definitions["text"]["maxLength"] >= 2 * shape._TEXT_CHARS
    assert definitions["days"]["properties"]["value"]["maximum"] == definitions["amount"]["properties"]["value"]["maximum"] == shape._LIMIT


class _ReadsClean(dict):  # type: ignore[type-arg]
    """A mapping whose reads show one state while its storage holds another (review68)."""

    clean: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        return self.clean[key]


class _LooksLikeAField(str):
    """A key that compares and hashes equal to the field name without its last character."""

    def __hash__(self) -> int:
        return hash(str(self)[:-1])

    def __eq__(self, other: object) -> bool:
        return str(self)[:-1] == other or str.__eq__(self, other)


@pytest.mark.parametrize("field, stored", [("lang", "fr"), ("offered", [1, 2]), ("version", 99), ("last_topics", ["no_such_topic"])])
def test_a_mapping_that_reads_otherwise_than_it_stores_is_refused(engine: Engine, written: list[dict[str, Any]], field: str, stored: Any) -> None:
    data = _ReadsClean(written[0])
    data.clean = written[0]
    dict.__setitem__(data, field, stored)
    assert not plainly_valid(data, MAX_STATE_BYTES)
    verdict, message = _checked(engine, data, True)
    assert verdict == "refused" and f"/{field}" in str(message)
    assert plainly_valid(written[0], MAX_STATE_BYTES)  # the same state, stored as it reads, passes


def test_a_key_equal_to_a_field_but_not_one_goes_to_the_validator(engine: Engine, written: list[dict[str, Any]]) -> None:
    data = copy.deepcopy(written[0])
    data[_LooksLikeAField("versionX")] = data.pop("version")
    assert not plainly_valid(data, MAX_STATE_BYTES)
    assert _checked(engine, data, True) == _checked(engine, data, False)
    assert _checked(engine, data, True)[0] == "refused"
    slot = copy.deepcopy(written[0])
    name, value = next(iter(slot["slots"].items()))
    slot["slots"][name] = {_LooksLikeAField("nameX"): value["name"], "value": value["value"], "text": value["text"]}
    assert not plainly_valid(slot, MAX_STATE_BYTES)
    assert _checked(engine, slot, True)[0] == "refused"
    plain = copy.deepcopy(written[0])
    plain["version"] = plain.pop("version")  # the same keys, plain str: still at a glance
    assert plainly_valid(plain, MAX_STATE_BYTES)
