"""The training examples most like a message, to explain a classifier's decision (moved out of bot.classifier
unchanged, split90): an inverted index of the examples' TF-IDF vectors (feature -> (row, weight)), and the rows of
the highest cosine similarity to a message's vector. Never on an answer's path: bot.classifier builds the index on
the first ``nearest``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .linear import Vector

# A feature's postings: (example row, the feature's weight in that example's unit vector).
Index = dict[str, tuple[tuple[int, float], ...]]


def example_index(vectors: Sequence[Vector]) -> Index:
    """The inverted index of the examples' vectors, rows in ``vectors``' order."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for row, vector in enumerate(vectors):
        for key, weight in vector.items():
            postings.setdefault(key, []).append((row, weight))
    return {key: tuple(rows) for key, rows in postings.items()}


def nearest_rows(index: Index, vector: Vector, count: int) -> list[tuple[int, float]]:
    """The ``count`` example rows most like ``vector`` (cosine similarity, both unit vectors), with the similarity:
    the most alike first, ties by row."""
    sims: dict[int, float] = {}
    for key, weight in vector.items():
        for row, other in index.get(key, ()):
            sims[row] = sims.get(row, 0.0) + weight * other
    rows = sorted(sims, key=lambda row: (-sims[row], row))[:count]
    return [(row, sims[row]) for row in rows]


__all__ = ["Index", "example_index", "nearest_rows"]
