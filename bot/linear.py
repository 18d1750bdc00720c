"""Softmax regression over sparse feature vectors, in pure Python: the arithmetic under
``bot.classifier`` (scores, softmax, seeded SGD, the average of several runs).

Vectors are dicts feature -> value; weights are rows (one weight per topic) keyed by feature.
Deterministic: the example order of a run comes from ``random.Random(seed)``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Mapping, Sequence

Vector = dict[str, float]
Weights = dict[str, list[float]]


@dataclass(frozen=True)
class Schedule:
    """How SGD runs: epochs, the initial learning rate (decaying by epoch), and how much the
    topics with fewer examples are weighed up (``balance``: 0 none, 1 as if all were equal)."""

    epochs: int
    learning_rate: float
    balance: float


def scores(vector: Vector, weights: Mapping[str, Sequence[float]], bias: Sequence[float],
           scale: float) -> list[float]:
    """Linear scores: bias plus the weighted features, weights given in units of 1/scale."""
    sums = [0.0] * len(bias)
    for key, value in vector.items():
        row = weights.get(key)
        if row is not None:
            sums = [s + w * value for s, w in zip(sums, row)]
    return [b + s / scale for b, s in zip(bias, sums)]


def softmax(values: Sequence[float]) -> list[float]:
    """Probabilities from linear scores (shifted by the maximum: no overflow)."""
    top = max(values)
    exps = [math.exp(s - top) for s in values]
    total = sum(exps)
    return [e / total for e in exps]


def unit(vector: Vector) -> Vector:
    """The vector scaled to length 1 (an empty vector stays empty)."""
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    return {key: weight / norm for key, weight in vector.items()} if norm else {}


def train(vectors: Sequence[Vector], classes: Sequence[int], count: int, schedule: Schedule,
          seed: int) -> tuple[Weights, list[float]]:
    """One seeded SGD run on the softmax loss: ``classes[i]`` is the class (0..count-1) of
    ``vectors[i]``. Returns the weights by feature and the biases."""
    weights: Weights = {}
    bias = [0.0] * count
    order = list(range(len(vectors)))
    shuffler = random.Random(seed)
    sizes = [0] * count
    for c in classes:
        sizes[c] += 1
    mean_size = len(classes) / count
    # Topics with many examples (the fallback has the most) would otherwise pull every doubtful
    # message their way; balance=1 weighs each topic as if all were the same size.
    class_weight = [(mean_size / n) ** schedule.balance if n else 0.0 for n in sizes]
    for epoch in range(schedule.epochs):
        shuffler.shuffle(order)
        rate = schedule.learning_rate / (1.0 + 0.5 * epoch)
        for row in order:
            vector = vectors[row]
            step_rate = rate * class_weight[classes[row]]
            probs = softmax(scores(vector, weights, bias, 1.0))
            probs[classes[row]] -= 1.0  # now the gradient of the loss
            # Only classes with a noticeable gradient move: after the first epoch that is a
            # handful of the topics, which keeps training in pure Python fast.
            steps = [(c, step_rate * g) for c, g in enumerate(probs) if g > 1e-3 or g < -1e-3]
            for key, value in vector.items():
                weights_row = weights.setdefault(key, [0.0] * count)
                for c, step in steps:
                    weights_row[c] -= step * value
            for c, step in steps:
                bias[c] -= 0.1 * step
    return weights, bias


def average(runs: Sequence[tuple[Weights, list[float]]]) -> tuple[Weights, list[float]]:
    """The mean of several runs' weights and biases (a feature missing from a run weighs 0 there)."""
    count = len(runs[0][1])
    weights: Weights = {}
    for run_weights, _ in runs:
        for key, row in run_weights.items():
            total = weights.setdefault(key, [0.0] * count)
            for c, value in enumerate(row):
                total[c] += value / len(runs)
    bias = [sum(run_bias[c] for _, run_bias in runs) / len(runs) for c in range(count)]
    return weights, bias
