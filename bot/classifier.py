"""A small, deterministic text classifier: TF-IDF over character n-grams (Chinese) and words
(English), scored by a blend of nearest examples and topic centroids.

Follows scikit-learn's estimator contract: ``fit`` returns self and learned state ends in ``_``.
Out-of-scope is learned from explicit negative examples and enforced by a floor: the
out-of-scope score is never below ``threshold``, so a message that resembles no topic closely
enough is declined. Scores become a calibrated-looking confidence through a softmax whose
temperature was chosen by cross-validation on the knowledge examples (see ``tune`` in
benchmarks/ and the README).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from .text import features, normalize

Vector = dict[str, float]


@dataclass(frozen=True)
class Candidate:
    """A topic and its score in [0, 1] (a softmax probability over topics)."""

    topic: str
    score: float


@dataclass(frozen=True)
class Prediction:
    """What the classifier decided, its top candidates, and the examples that matched best."""

    topic: str
    confidence: float
    candidates: tuple[Candidate, ...]
    similarity: float
    nearest: tuple[tuple[str, str, float], ...]  # (topic, example, cosine)
    features: tuple[str, ...]


class Classifier:
    """Nearest-example plus centroid classifier with an out-of-scope floor."""

    def __init__(self, *, k: int = 3, centroid_weight: float = 0.35, threshold: float = 0.3,
                 temperature: float = 0.05, fallback: str = "out_of_scope") -> None:
        self.k = k
        self.centroid_weight = centroid_weight
        self.threshold = threshold
        self.temperature = temperature
        self.fallback = fallback

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "Classifier":
        """Learn from example texts and their topic labels. Returns self."""
        if len(texts) != len(labels) or not texts:
            raise ValueError("fit expects as many labels as texts, and at least one of each")
        raw = [features(normalize(text)) for text in texts]
        doc_freq: dict[str, int] = {}
        for feats in raw:
            for key in feats:
                doc_freq[key] = doc_freq.get(key, 0) + 1
        count = len(raw)
        self.idf_ = {key: math.log((count + 1) / (df + 1)) + 1.0 for key, df in doc_freq.items()}
        self.texts_ = tuple(texts)
        self.labels_ = tuple(labels)
        self.topics_ = tuple(sorted(set(labels)))
        self.vectors_ = tuple(self._weigh(feats) for feats in raw)
        self.index_ = self._build_index(self.vectors_)
        self.centroids_ = self._build_centroids()
        return self

    def _weigh(self, feats: dict[str, float]) -> Vector:
        # Sublinear term frequency times idf, L2-normalised; unseen features carry no weight.
        vector = {key: (1.0 + math.log(value) if value > 1 else value) * self.idf_[key]
                  for key, value in feats.items() if key in self.idf_}
        return _unit(vector)

    @staticmethod
    def _build_index(vectors: Sequence[Vector]) -> dict[str, tuple[tuple[int, float], ...]]:
        postings: dict[str, list[tuple[int, float]]] = {}
        for row, vector in enumerate(vectors):
            for key, weight in vector.items():
                postings.setdefault(key, []).append((row, weight))
        return {key: tuple(rows) for key, rows in postings.items()}

    def _build_centroids(self) -> dict[str, Vector]:
        sums: dict[str, Vector] = {topic: {} for topic in self.topics_}
        for vector, label in zip(self.vectors_, self.labels_):
            total = sums[label]
            for key, weight in vector.items():
                total[key] = total.get(key, 0.0) + weight
        return {topic: _unit(total) for topic, total in sums.items()}

    def vectorize(self, text: str) -> Vector:
        """The TF-IDF vector of a message (normalised first)."""
        return self._weigh(features(normalize(text)))

    def similarities(self, vector: Vector) -> dict[int, float]:
        """Cosine similarity of a vector to every example it shares a feature with."""
        sims: dict[int, float] = {}
        for key, weight in vector.items():
            for row, other in self.index_.get(key, ()):
                sims[row] = sims.get(row, 0.0) + weight * other
        return sims

    def topic_scores(self, vector: Vector, exclude: int | None = None) -> dict[str, float]:
        """Raw score per topic: blend of mean top-k example similarity and centroid similarity."""
        per_topic: dict[str, list[float]] = {topic: [] for topic in self.topics_}
        for row, sim in self.similarities(vector).items():
            if row != exclude:
                per_topic[self.labels_[row]].append(sim)
        scores = {}
        for topic, sims in per_topic.items():
            top = sorted(sims, reverse=True)[: self.k]
            knn = sum(top) / self.k
            centroid = _dot(vector, self.centroids_[topic])
            scores[topic] = self.centroid_weight * centroid + (1 - self.centroid_weight) * knn
        if self.fallback in scores:
            scores[self.fallback] = max(scores[self.fallback], self.threshold)
        return scores

    def predict(self, text: str, top: int = 3) -> Prediction:
        """Classify one message."""
        vector = self.vectorize(text)
        scores = self.topic_scores(vector)
        return self._decide(vector, scores, top)

    def _decide(self, vector: Vector, scores: dict[str, float], top: int) -> Prediction:
        # Ties break on the topic id so that the answer never depends on dict order.
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        best_raw = ranked[0][1]
        exps = {topic: math.exp((score - best_raw) / self.temperature) for topic, score in ranked}
        total = sum(exps.values())
        candidates = tuple(Candidate(topic, exps[topic] / total) for topic, _ in ranked[:top])
        return Prediction(topic=ranked[0][0], confidence=candidates[0].score, candidates=candidates,
                          similarity=best_raw, nearest=self._nearest(vector),
                          features=_top_features(vector))

    def _nearest(self, vector: Vector, count: int = 3) -> tuple[tuple[str, str, float], ...]:
        sims = self.similarities(vector)
        rows = sorted(sims, key=lambda row: (-sims[row], row))[:count]
        return tuple((self.labels_[row], self.texts_[row], round(sims[row], 4)) for row in rows)

    def cross_validate(self, folds: int = 5) -> list[tuple[str, str]]:
        """Leave-fold-out predictions on the training examples: (true, predicted) pairs.
        Uses the fitted index, excluding only each example itself (a cheap approximation)."""
        pairs = []
        for row, vector in enumerate(self.vectors_):
            scores = self.topic_scores(vector, exclude=row)
            pairs.append((self.labels_[row], max(scores, key=lambda t: (scores[t], t))))
        return pairs


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    return {key: weight / norm for key, weight in vector.items()} if norm else {}


def _dot(left: Vector, right: Vector) -> float:
    if len(left) > len(right):
        left, right = right, left
    return sum(weight * right.get(key, 0.0) for key, weight in left.items())


def _top_features(vector: Vector, count: int = 6) -> tuple[str, ...]:
    return tuple(key for key, _ in sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:count])


def training_pairs(items: Iterable[tuple[str, Iterable[str]]]) -> tuple[list[str], list[str]]:
    """Flatten (topic, examples) into parallel lists of texts and labels."""
    texts: list[str] = []
    labels: list[str] = []
    for topic, examples in items:
        for example in examples:
            texts.append(example)
            labels.append(topic)
    return texts, labels
