"""The arithmetic under the classifier: softmax, unit vectors, seeded SGD and averaging."""

from __future__ import annotations

import math

import pytest

from bot.linear import Schedule, Weights, average, scores, softmax, train, unit


def test_softmax_is_a_distribution_and_never_overflows() -> None:
    probs = softmax([1000.0, 999.0, -1000.0])
    assert sum(probs) == pytest.approx(1.0) and probs[0] > probs[1] > probs[2] >= 0.0


def test_unit_vectors_have_length_one_and_empty_stays_empty() -> None:
    vector = unit({"a": 3.0, "b": 4.0})
    assert math.hypot(*vector.values()) == pytest.approx(1.0) and unit({}) == {}


def test_scores_are_bias_plus_weights_in_units() -> None:
    assert scores({"a": 2.0, "zz": 5.0}, {"a": [10, -10]}, [0.5, 0.0], 10.0) == [2.5, -2.0]


def test_training_separates_two_classes_deterministically() -> None:
    vectors = [{"x": 1.0}, {"x": 1.0, "p": 0.1}, {"y": 1.0}, {"y": 1.0, "q": 0.1}]
    schedule = Schedule(epochs=5, learning_rate=2.0, balance=0.0)
    weights, bias = train(vectors, [0, 0, 1, 1], 2, schedule, seed=3)
    assert (weights, bias) == train(vectors, [0, 0, 1, 1], 2, schedule, seed=3)
    assert weights["x"][0] > weights["x"][1] and weights["y"][1] > weights["y"][0]


def test_an_l2_penalty_shrinks_the_weights_and_keeps_the_decision() -> None:
    vectors = [{"x": 1.0}, {"x": 1.0, "p": 0.1}, {"y": 1.0}, {"y": 1.0, "q": 0.1}]
    plain, _ = train(vectors, [0, 0, 1, 1], 2, Schedule(5, 2.0, 0.0), seed=3)
    shrunk, _ = train(vectors, [0, 0, 1, 1], 2, Schedule(5, 2.0, 0.0, l2=0.01), seed=3)
    assert _norm(shrunk) < _norm(plain)
    assert shrunk["x"][0] > shrunk["x"][1] and shrunk["y"][1] > shrunk["y"][0]


def _norm(weights: Weights) -> float:
    return sum(w * w for row in weights.values() for w in (row.values() if isinstance(row, dict) else row))


def test_average_treats_a_missing_feature_as_zero() -> None:
    weights, bias = average([({"a": [2.0, 0.0]}, [1.0, 0.0]), ({}, [3.0, 2.0])])
    assert weights == {"a": [1.0, 0.0]} and bias == [2.0, 1.0]


def test_active_caps_the_topics_one_example_moves_and_rows_stay_sparse() -> None:
    vectors = [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}, {"w": 1.0}]
    capped, _ = train(vectors, [0, 1, 2, 3], 4, Schedule(epochs=1, learning_rate=1.0, balance=0.0, active=1), seed=0)
    assert all(isinstance(row, dict) and len(row) == 1 for row in capped.values())
    uncapped, _ = train(vectors, [0, 1, 2, 3], 4, Schedule(epochs=1, learning_rate=1.0, balance=0.0), seed=0)
    assert all(len(row) == 4 for row in uncapped.values())
    # Sparse and full rows score alike: a topic a row lacks weighs 0.
    assert scores({"x": 1.0}, {"x": {1: 2.0}}, [0.0, 0.0, 0.0], 1.0) == scores({"x": 1.0}, {"x": [0.0, 2.0, 0.0]}, [0.0] * 3, 1.0)


def test_runs_in_processes_equal_runs_in_turn() -> None:
    from bot.linear import train_runs

    vectors = [{"x": 1.0}, {"x": 1.0, "p": 0.1}, {"y": 1.0}, {"y": 1.0, "q": 0.1}]
    schedule = Schedule(epochs=3, learning_rate=2.0, balance=0.0)
    assert train_runs(vectors, [0, 0, 1, 1], 2, schedule, [0, 1, 2], workers=2) == \
        train_runs(vectors, [0, 0, 1, 1], 2, schedule, [0, 1, 2], workers=1)


def test_with_many_topics_rows_hold_only_active_topics_and_below_that_nothing_changes() -> None:
    from bot.linear import SPARSE_ABOVE

    count = SPARSE_ABOVE + 2
    # Every example holds the common feature "c" and one of its own: in uncapped SGD the common
    # row would take in every topic (each example moves all of them at first).
    vectors = [{"c": 0.6, f"own{topic}": 0.8} for topic in range(count)] * 2
    classes = list(range(count)) * 2
    schedule = Schedule(epochs=2, learning_rate=2.0, balance=0.0, active=4)
    weights, bias = train(vectors, classes, count, schedule, seed=1)
    assert all(isinstance(row, dict) and len(row) <= 4 for row in weights.values())
    for topic in range(count):  # each topic's own feature points to it
        row = weights[f"own{topic}"]
        assert isinstance(row, dict) and max(row, key=row.__getitem__) == topic
    assert len(bias) == count
    # With SPARSE_ABOVE topics or fewer, a large ``active`` leaves training as it was: full rows.
    few = count - 2
    full, _ = train(vectors[:few], classes[:few], few, Schedule(2, 2.0, 0.0, active=1 << 30), seed=1)
    assert isinstance(full["c"], list) and len(full["c"]) == few


def test_scores_of_a_very_long_vector_are_the_plain_sums() -> None:
    # Thousands of full rows (a very long example): the chained sums are drawn in bounded pieces
    # (a C stack frame per link), and each topic still adds its features in the vector's order.
    from bot.linear import _MAX_CHAIN, scores
    rows = {f"f{i}": [((i * 7 + c) % 13) / 13.0 for c in range(3)] for i in range(_MAX_CHAIN * 5 + 3)}
    vector = {key: 1.0 + (i % 5) for i, key in enumerate(rows)}
    plain = [0.0, 0.0, 0.0]
    for key, value in vector.items():
        for c in range(3):
            plain[c] += rows[key][c] * value
    assert scores(vector, rows, [0.5, -0.5, 0.0], 2.0) == [b + s / 2.0 for b, s in zip([0.5, -0.5, 0.0], plain)]
