"""Softmax regression over sparse feature vectors, in pure Python: the arithmetic under
``bot.classifier`` (scores, softmax, seeded SGD, the average of several runs).

Vectors are dicts feature -> value. Weights are rows keyed by feature; a row holds only the
topics the feature has moved (a dict topic -> weight) until it has moved most of them, then it
becomes a plain list with one weight per topic. Both give the same sums: a topic a row lacks
weighs 0 there. With many topics most features move few of them, so training and scoring cost
grows with the topics a feature really touches, not with all topics.
Deterministic: the example order of a run comes from ``random.Random(seed)``.
"""

from __future__ import annotations

import math
from array import array
from .records import dataclass
from itertools import repeat
from operator import add, mul, sub
from typing import Iterator, Mapping, Sequence, TypeAlias, Union, cast

# Re-exported: the training code and the figures import them from here.
from .workers import default_workers as default_workers, map_in_processes as map_in_processes

Vector = dict[str, float]
Row = Union[dict[int, float], list[float]]
Weights = dict[str, Row]
# While training, a full row is an array of doubles: a quarter of a list's memory (no float
# object per weight), which keeps the rows of a large model in cache; ``train`` returns lists.
# (a string: typing would compile the quoted "array[float]" at import, and a first compile() builds the
# AST types, ~9 M instructions a start; PERF_LOG part 43)
_TrainingRow: TypeAlias = "Union[dict[int, float], array[float]]"
# A training step moves a topic only when its gradient is at least this large (in probability).
MIN_GRADIENT = 1e-3
# With more topics than SPARSE_ABOVE (twice today's knowledge), training touches only active
# topics per feature too (see Schedule): a feature's row takes in a topic only when an example
# holding the feature is of that topic, or gives that topic at least ADMIT of the probability.
SPARSE_ABOVE = 48
ADMIT = 0.1


@dataclass(frozen=True)
class Schedule:
    """How SGD runs: epochs, the initial learning rate (decaying by epoch), how much the topics
    with fewer examples are weighed up (``balance``: 0 none, 1 as if all were equal), and how
    many topics at most one example moves (``active``: those with the largest gradients).

    With more topics than ``SPARSE_ABOVE``, training touches only active topics per feature too:
    a feature's row takes in a topic only when an example holding the feature is of that topic
    or gives it at least ``ADMIT`` of the probability (a real rival; at the start every topic
    has a gradient of about 1/topics), and holds at most ``active`` topics; steps for topics a
    row lacks skip that feature (the bias still moves). Scoring and stepping an example then
    cost its features times the few topics their rows hold, not times all topics, so training
    grows with the examples rather than with examples x topics. With ``SPARSE_ABOVE`` topics or
    fewer none of this applies (nor does ``active`` with ``active`` topics or fewer)."""

    epochs: int
    learning_rate: float
    balance: float
    active: int = 1 << 30
    # L2 penalty on the weights (not the biases): each example's step shrinks every weight by
    # rate * l2, applied once per epoch as the product of those shrinks (one pass over the
    # weights instead of one per example). Keeps function words from becoming topic cues.
    l2: float = 0.0
    # Optional per-example weights (one per vector, in order): an example's steps are scaled by its
    # weight. Empty: every example weighs 1 (the steps are exactly those of no weights at all).
    row_weights: Sequence[float] = ()


# Lazily chained maps nest one C call per row when they are finally summed: tens of thousands
# (a 30,000-character example) overflow the C stack. A list every so many rows keeps them shallow.
_MAX_CHAIN = 256
_DELTAS_FROM = 4  # steps from which _step updates a full row in one pass (see there)


def scores(vector: Vector, weights: Mapping[str, Row | Sequence[float]], bias: Sequence[float],
           scale: float) -> list[float]:
    """Linear scores: bias plus the weighted features, weights given in units of 1/scale."""
    count = len(bias)
    if count == 2:
        return _two_scores(vector, weights, bias, scale)
    # Full rows are added by C-level iterators (map), chained lazily while rows are full and
    # made a list only where a sparse row must add into it by index. Each topic's sum still
    # adds the features one after another in the vector's order: the same floats, to the bit.
    sums: Iterator[float] | list[float] = [0.0] * count
    chained = 0
    for key, value in vector.items():
        row = weights.get(key)
        if row is None:
            continue
        if isinstance(row, dict):  # the topics this feature moved; the others add 0
            if not isinstance(sums, list):
                sums, chained = list(sums), 0
            for c, w in row.items():
                sums[c] += w * value
        else:
            sums = map(add, sums, map(mul, row, repeat(value, count)))
            chained += 1
            if chained == _MAX_CHAIN:  # each link is a C stack frame when the chain is drawn
                sums, chained = list(sums), 0
    return [b + s / scale for b, s in zip(bias, sums)]


def _two_scores(vector: Vector, weights: Mapping[str, Row | Sequence[float]], bias: Sequence[float],
                scale: float) -> list[float]:
    # scores() for two classes (the safety detectors): two running sums instead of a chain of
    # iterators per row, ~3.5x cheaper per feature. The same additions in the same order per
    # class (a sparse row adds to the class it holds only), so the same floats, to the bit.
    first = second = 0.0
    for key, value in vector.items():
        row = weights.get(key)
        if row is None:
            continue
        if isinstance(row, dict):
            for c, w in row.items():
                if c:
                    second += w * value
                else:
                    first += w * value
        else:
            w0, w1 = row
            first += w0 * value
            second += w1 * value
    return [bias[0] + first / scale, bias[1] + second / scale]


def softmax(values: Sequence[float]) -> list[float]:
    """Probabilities from linear scores (shifted by the maximum: no overflow)."""
    top = max(values)
    exps = [math.exp(s - top) for s in values]
    total = sum(exps)
    return [e / total for e in exps]


def unit(vector: Vector) -> Vector:
    """The vector scaled to length 1 (an empty vector stays empty)."""
    values = vector.values()
    norm = math.sqrt(sum(map(mul, values, values)))  # the same products and sum as a loop, in C
    return {key: weight / norm for key, weight in vector.items()} if norm else {}


def train(vectors: Sequence[Vector], classes: Sequence[int], count: int, schedule: Schedule,
          seed: int) -> tuple[Weights, list[float]]:
    """One seeded SGD run on the softmax loss: ``classes[i]`` is the class (0..count-1) of
    ``vectors[i]``. Returns the weights by feature (sparse or full rows) and the biases."""
    weights: dict[str, _TrainingRow] = {}
    bias = [0.0] * count
    order = list(range(len(vectors)))
    import heapq  # training only: answering never imports them (a cold start is mostly imports)
    import random

    shuffler = random.Random(seed)
    sizes = [0] * count
    for c in classes:
        sizes[c] += 1
    mean_size = len(classes) / count
    # Topics with many examples (the fallback has the most) would otherwise pull every doubtful
    # message their way; balance=1 weighs each topic as if all were the same size.
    class_weight = [(mean_size / n) ** schedule.balance if n else 0.0 for n in sizes]
    dense_at = max(2, count // 2)  # a sparse row this long is cheaper as a list
    capped = count > SPARSE_ABOVE and schedule.active < count
    if capped:  # rows hold at most ``active`` topics: they stay sparse (see Schedule)
        dense_at = 1 << 30
    for epoch in range(schedule.epochs):
        shuffler.shuffle(order)
        rate = schedule.learning_rate / (1.0 + 0.5 * epoch)
        for row in order:
            vector = vectors[row]
            step_rate = rate * class_weight[classes[row]]
            if schedule.row_weights:
                step_rate *= schedule.row_weights[row]
            probs = softmax(_sparse_scores(vector, weights, bias) if capped else scores(vector, weights, bias, 1.0))
            probs[classes[row]] -= 1.0  # now the gradient of the loss
            # Only classes with a noticeable gradient move: after the first epoch that is a
            # handful of the topics, which keeps training in pure Python fast. With many topics,
            # at most ``active`` of them (the largest gradients; ties by index).
            steps = [(c, step_rate * g) for c, g in enumerate(probs) if g > MIN_GRADIENT or g < -MIN_GRADIENT]
            if len(steps) > schedule.active:
                # The first ``active`` of the list sorted by that key (heapq's equivalent, without
                # sorting the rest); which of them moves first does not matter (one weight each).
                steps = heapq.nsmallest(schedule.active, steps, key=lambda step: (-abs(step[1]), step[0]))
            if capped:
                # A row takes in the example's own topic and its real rivals (ADMIT), largest first.
                own, admit = classes[row], ADMIT * step_rate
                admitted = sorted(((c, step) for c, step in steps if c == own or step > admit),
                                  key=lambda step: (-abs(step[1]), step[0]))
                _capped_step(weights, vector, steps, schedule.active, admitted)
            else:
                _step(weights, vector, steps, count, dense_at)
            for c, step in steps:
                bias[c] -= 0.1 * step
        if schedule.l2:
            _shrink(weights, (1.0 - rate * schedule.l2) ** len(order))
    return {key: row if isinstance(row, dict) else row.tolist() for key, row in weights.items()}, bias


def _shrink(weights: dict[str, _TrainingRow], factor: float) -> None:
    for row in weights.values():
        if isinstance(row, dict):
            for c in row:
                row[c] *= factor
        else:
            row[:] = array("d", map(mul, row, repeat(factor, len(row))))


def train_runs(vectors: Sequence[Vector], classes: Sequence[int], count: int, schedule: Schedule,
               seeds: Sequence[int], workers: int = 1) -> list[tuple[Weights, list[float]]]:
    """``train`` once per seed, in that order; with ``workers`` > 1 (and fork available) the runs
    go to that many child processes: the same results, sooner on several cores."""
    return map_in_processes(lambda seed: train(vectors, classes, count, schedule, seed), seeds, workers)


def _step(weights: dict[str, _TrainingRow], vector: Vector, steps: list[tuple[int, float]], count: int,
          dense_at: int) -> None:
    # When many topics move, a full row is updated in one C-level pass with a step of 0 for the
    # others: w - 0.0 * value is w, so the weights are those of the loop over the steps alone.
    # Only from _DELTAS_FROM steps: for a few (the two-class safety detectors move one or two)
    # building the new row costs ~3x the loop over the steps.
    deltas: list[float] | None = None
    if len(steps) * 4 >= count and len(steps) >= _DELTAS_FROM:
        deltas = [0.0] * count
        for c, step in steps:
            deltas[c] = step
    for key, value in vector.items():
        row = weights.get(key)
        if row is None:
            if len(steps) >= dense_at:
                row = weights[key] = array("d", bytes(8 * count))  # count zeros
                for c, step in steps:
                    row[c] -= step * value
            else:
                weights[key] = {c: 0.0 - step * value for c, step in steps}
        elif isinstance(row, dict):
            for c, step in steps:
                row[c] = row.get(c, 0.0) - step * value
            if len(row) >= dense_at:
                weights[key] = array("d", [row.get(c, 0.0) for c in range(count)])
        elif deltas is not None:
            row[:] = array("d", map(sub, row, map(mul, deltas, repeat(value, count))))
        else:
            for c, step in steps:
                row[c] -= step * value


def _sparse_scores(vector: Vector, weights: dict[str, _TrainingRow], bias: list[float]) -> list[float]:
    # scores() for the rows of a capped run (all sparse, see Schedule), starting from the biases.
    sums = bias[:]
    get = weights.get
    for key, value in vector.items():
        row = get(key)
        if row is not None:
            for c, w in cast(dict[int, float], row).items():
                sums[c] += w * value
    return sums


def _capped_step(weights: dict[str, _TrainingRow], vector: Vector, steps: list[tuple[int, float]], cap: int,
                 admitted: list[tuple[int, float]]) -> None:
    # _step for rows of at most ``cap`` topics (all sparse): a step moves the topics a row holds
    # already; a row takes in a topic only from ``admitted`` (largest gradient first), while it
    # holds fewer than ``cap``.
    moves = dict(steps)
    for key, value in vector.items():
        row = weights.get(key)
        if row is None:
            if admitted:
                weights[key] = {c: 0.0 - step * value for c, step in admitted[:cap]}
            continue
        assert isinstance(row, dict)  # capped rows never become full arrays
        for c in row.keys() & moves.keys():  # one weight each: the order does not matter
            row[c] -= moves[c] * value
        for c, step in admitted:
            if len(row) >= cap:
                break
            if c not in row:
                row[c] = 0.0 - step * value


def average(runs: Sequence[tuple[Weights, list[float]]]) -> tuple[Weights, list[float]]:
    """The mean of several runs' weights and biases (a feature or topic missing from a run
    weighs 0 there). A row is full (a list) when it is full in any run, else sparse."""
    count = len(runs[0][1])
    share = len(runs)
    weights: Weights = {}
    for run_weights, _ in runs:
        for key, row in run_weights.items():
            total = weights.get(key)
            if total is None:
                total = weights[key] = [0.0] * count if isinstance(row, list) else {}
            elif isinstance(total, dict) and isinstance(row, list):
                total = weights[key] = [total.get(c, 0.0) for c in range(count)]
            if isinstance(total, list):
                items = row.items() if isinstance(row, dict) else enumerate(row)
                for c, value in items:
                    total[c] += value / share
            elif isinstance(row, dict):  # both sparse
                for c, value in row.items():
                    total[c] = total.get(c, 0.0) + value / share
    bias = [sum(run_bias[c] for _, run_bias in runs) / share for c in range(count)]
    return weights, bias
