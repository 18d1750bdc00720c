"""The promote-only safety stacker (bot.safety_stack, docs/safety.md Rounds 82-82b): the shipped weights
(knowledge/safety_stack.json, since Round 82b) load and pass the schema, a broken file names its file and JSON
pointer, the score does not depend on the order features are found in, a route without the check-in line or led by
the abuse reply (violence at home, kin_first) is never read, the packaged engine has the stacker, and it promotes a
crisis of our own words while its benign twin on the same words keeps its answer."""

from __future__ import annotations

import json
from pathlib import Path
from dataclasses import replace
from typing import Any

import pytest

from bot import Engine, KnowledgeError
from bot.knowledge import default_path
from bot.prediction import Prediction
from bot.routing_rules import Route
from bot.safety_stack import Stacker, gated, pairs, promoted, stacked, with_pairs
from bot.safety_stack_file import STACK_FILE, read_stacker, stack_status

_PACKAGED = default_path()
_CANDIDATE = _PACKAGED / STACK_FILE  # the shipped weights (Round 82b)


@pytest.fixture(scope="module")
def candidate(tmp_path_factory: pytest.TempPathFactory) -> Stacker:
    folder = tmp_path_factory.mktemp("stack")
    (folder / STACK_FILE).write_text(_CANDIDATE.read_text(encoding="utf-8"), encoding="utf-8")
    stacker = read_stacker(folder, strict=True)
    assert stacker is not None
    return stacker


def _write(folder: Path, data: Any) -> Path:
    (folder / STACK_FILE).write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return folder


def _data() -> dict[str, Any]:
    return {"about": "a toy", "fitted": {"rows": 10, "folds": 2, "pairs": 0, "l2": 1.0, "rule": "toy"},
            "threshold": 0.9, "weights": {"bias": -1.0, "check_in": 2.0}}


def test_the_candidate_weights_load_and_pass_the_schema(candidate: Stacker, tmp_path: Path) -> None:
    plain = read_stacker(_write(tmp_path, json.loads(_CANDIDATE.read_text(encoding="utf-8"))))
    assert plain == candidate  # the validator's reading and the plain one agree
    assert 0.5 < candidate.threshold < 1 and "bias" in candidate.weights
    assert any(name.startswith("ng:") for name in candidate.weights)  # the character pairs are weighed
    assert "promote at >=" in stack_status(tmp_path)


def test_the_packaged_folder_ships_the_stacker(engine: Engine, candidate: Stacker) -> None:
    assert read_stacker(_PACKAGED) == candidate == engine._stacker  # noqa: SLF001  (Round 82b: shipped)


def test_a_folder_without_the_file_has_no_stacker(tmp_path: Path) -> None:
    assert read_stacker(tmp_path) is None and "no safety_stack.json" in stack_status(tmp_path)


@pytest.mark.parametrize(("change", "pointer"), [
    (lambda d: d["weights"].update({"ng:ab": "x"}), "/weights/ng:ab"),
    (lambda d: d["weights"].pop("bias"), "/weights"),
    (lambda d: d.update(threshold=1.5), "/threshold"),
    (lambda d: d.pop("fitted"), ""),
])
def test_a_broken_file_names_the_file_and_the_pointer(tmp_path: Path, change: Any, pointer: str) -> None:
    data = _data()
    change(data)
    with pytest.raises(KnowledgeError) as raised:
        read_stacker(_write(tmp_path, data))
    problem = raised.value.problems[0]
    assert problem.file.endswith(STACK_FILE) and problem.pointer == pointer


def test_a_weight_that_is_no_finite_number_is_refused_by_name(tmp_path: Path) -> None:
    text = json.dumps(_data()).replace('"check_in": 2.0', '"check_in": NaN')
    with pytest.raises(KnowledgeError) as raised:
        read_stacker(_write(tmp_path, text))
    assert raised.value.problems[0].pointer in ("", "/weights/check_in")  # the parser or the content check


def test_the_score_is_the_same_in_any_order() -> None:
    stacker = Stacker({"bias": -0.1, **{f"ng:{i}": 1e-16 * (-1) ** i for i in range(50)}, "a": 0.3}, 0.9)
    found = {"bias": 1.0, "a": 1.0, **{f"ng:{i}": 1.0 for i in range(50)}}
    assert stacker.score(found) == stacker.score(dict(reversed(found.items())))


def test_pairs_fold_case_and_spaces() -> None:
    assert pairs("Ab  c") == {"ng:ab", "ng:b ", "ng: c"}
    assert with_pairs({"bias": 1.0}, "ab") == {"bias": 1.0, "ng:ab": 1.0}


def test_a_route_without_the_check_in_line_is_never_read() -> None:
    prediction = Prediction("lawsuit", 0.9, (), ())
    def read() -> Any:
        raise AssertionError("read past the gate")
    for route in (Route(("lawsuit",), prediction, "classifier"), Route(("crisis",), prediction, "safety", check_in=True)):
        assert not gated(route)
        assert promoted(route, "x", Stacker({"bias": 30.0}, 0.9), read, lambda t: True) is route


# Our own words (Round 82): a nurse who knows the dose and is choosing the day gets only the check-in line from the
# rules and readers (the classifier reads a going-dark question); Round 82's candidate gave the crisis reply. Its twin on the
# same words (the dose for migraines, a pharmacy to choose) keeps its answer.
_NURSE = "I've been a nurse for ten years, I know which dose does it. I just have to pick the day."
_NURSE_TWIN = "I've been a nurse for ten years, I know which dose works for my migraines. I just have to pick a pharmacy."


def test_the_twin_is_read_and_keeps_its_answer(engine: Engine, candidate: Stacker) -> None:
    router = engine._router  # noqa: SLF001  (what Engine.route passes when a folder has the file)
    twin_route = engine.route(_NURSE_TWIN)
    assert twin_route.check_in  # the twin is read (past the gate)...
    assert stacked(twin_route, _NURSE_TWIN, candidate, router) is twin_route  # ...and keeps its answer


# Round 82b: a known miss (0.82 < 0.98), still one in 88b (0.943 < 0.95); Round 94's refit promotes it again, so the
# strict xfail became this plain test, as its comment asked (main never gave it the crisis reply; its twin keeps its
# answer above).
def test_the_stacker_promotes_a_crisis_of_our_own_words(engine: Engine, candidate: Stacker) -> None:
    router = engine._router  # noqa: SLF001  (what Engine.route passes when a folder has the file)
    crisis = stacked(engine.route(_NURSE), _NURSE, candidate, router)
    assert crisis.topics == ("crisis",) and crisis.rule == "safety"
    assert "going_dark" not in crisis.topics  # no lecture on staying reachable under the crisis reply
    told = engine.compose(crisis.topics, "en", {}, route=crisis, question=_NURSE)
    assert "12356" in told.text


def _promote_all(engine: Engine, question: str, route: Route) -> Route:
    router = engine._router  # noqa: SLF001  (the stacker's own inputs)
    def read() -> Any:
        from bot.safety import assess
        return assess(question, router._detectors), router._classifier.predict(question, top=6), router._detectors
    return promoted(route, question, Stacker({"bias": 30.0}, 0.9), read, router._real)


@pytest.mark.parametrize(("question", "helper"), [
    ("我妹妹在微信上跟我说她不想活了，她欠了借呗好几万，我该怎么帮她", True),
    ("借呗逾期三个月了，我真的撑不下去了", False),
])
def test_a_promotion_goes_through_the_reply_choice(engine: Engine, question: str, helper: bool) -> None:
    """Promoted, the reply is composed as every crisis route's: the helper's reply to someone helping a relative,
    the writer's to the writer (Engine.compose reads someone_at_risk), never a bare crisis text."""
    prediction = engine.classify(question)
    route = _promote_all(engine, question, Route(("out_of_scope",), prediction, "classifier", check_in=True))
    assert route.topics == ("crisis",) and route.rule == "safety" and not route.check_in
    told = engine.compose(route.topics, "zh", {}, route=route, question=question)
    usual = engine.compose(("crisis",), "zh", {}, route=replace(route, rule="safety"), question=question)
    assert told.text == usual.text and "12356" in told.text
    from bot.safety import someone_at_risk
    assert someone_at_risk(question) is helper


def test_an_abuse_reply_read_second_stays_second_and_a_decline_goes(engine: Engine) -> None:
    question = "催收天天打电话骂我，我真的撑不下去了"
    prediction = engine.classify(question)
    route = _promote_all(engine, question, Route(("out_of_scope", "abusive_collection"), prediction, "safety", check_in=True))
    assert route.topics == ("crisis", "abusive_collection")


@pytest.mark.parametrize("question", ["My boyfriend hit me last night when I told him about the loan",
                                      "老公知道我借呗逾期，昨晚把我打了一顿，我好累"])
def test_an_abuse_led_reply_is_never_promoted(engine: Engine, question: str) -> None:
    """Round 82b's structural gate: violence at home (kin_first's 110 lead) or any abuse-led reply is not the
    stacker's to reorder, whatever its score (a stacker that promotes everything leaves it as it is)."""
    route = engine.route(question)
    assert route.topics[0] == "abusive_collection"
    assert not gated(replace(route, check_in=True))
    assert _promote_all(engine, question, replace(route, check_in=True)).topics == route.topics
