"""The promote-only safety stacker (bot.safety_stack, docs/safety.md Round 82): the shipped weights load and pass
the schema, a broken file names its file and JSON pointer, the score does not depend on the order features are
found in, a route without the check-in line is never read, and the shipped model promotes a crisis of our own
words while its benign twin on the same words keeps its answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot import Engine, KnowledgeError
from bot.knowledge import default_path
from bot.prediction import Prediction
from bot.routing_rules import Route
from bot.safety_stack import Stacker, gated, pairs, promoted, with_pairs
from bot.safety_stack_file import STACK_FILE, read_stacker, stack_status

_PACKAGED = default_path()


def _write(folder: Path, data: Any) -> Path:
    (folder / STACK_FILE).write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return folder


def _data() -> dict[str, Any]:
    return {"about": "a toy", "fitted": {"rows": 10, "folds": 2, "pairs": 0, "l2": 1.0, "rule": "toy"},
            "threshold": 0.9, "weights": {"bias": -1.0, "check_in": 2.0}}


def test_shipped_weights_load_and_pass_the_schema() -> None:
    strict, plain = read_stacker(_PACKAGED, strict=True), read_stacker(_PACKAGED)
    assert strict is not None and strict == plain  # the validator and the start's plain reading agree
    assert 0.5 < strict.threshold < 1 and "bias" in strict.weights
    assert any(name.startswith("ng:") for name in strict.weights)  # the character pairs are weighed
    assert "promote at >=" in stack_status(_PACKAGED)


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
