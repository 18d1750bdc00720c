"""A small, deterministic text classifier: TF-IDF over character n-grams (Chinese) and words
(English), then multinomial logistic regression (softmax) trained by seeded stochastic gradient
descent in pure Python (the weights of ``runs`` seeded runs averaged).

Follows scikit-learn's estimator contract: ``fit`` returns self and learned state ends in ``_``.
Out-of-scope is a class learned from explicit negative examples: a message is declined when
that class holds at least ``threshold`` of the probability (or no real topic reaches ``floor``).
The softmax output is the confidence; nearest training examples are kept to explain a decision.

With a word table (``bot.wordtable``: word meanings distilled from sentence embeddings), a
topic's score is the TF-IDF model's plus ``semantic`` times the table's (a product of two experts,
each fitted on its own), and the best topic is picked by that sum. Whether to decline is still
the TF-IDF model's call: a bag of word meanings cannot tell billing mechanics ("paid but it
still shows overdue") from the loan questions it shares words with, and on real questions it
declined too little. ``semantic`` and the gate were chosen by 5-fold cross-validation on the
knowledge examples and a hand-labelled sample of real questions (benchmarks/classifier_log.md).
"""

from __future__ import annotations

import copy
import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .packing import pack, unpack
from .text import features, normalize
from .wordtable import WordTable

if TYPE_CHECKING:
    from .semantic import SemanticModel

Vector = dict[str, float]
SCALE = 10_000  # saved weights are integers in units of 1/SCALE
PRUNE = 3  # features whose weights are all below 3/SCALE are dropped from the model


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
    features: tuple[str, ...]


class Classifier:
    """Softmax regression over TF-IDF features, with an out-of-scope gate."""

    def __init__(self, *, epochs: int = 8, learning_rate: float = 2.0, threshold: float = 0.45,
                 floor: float = 0.25,
                 fallback: str = "out_of_scope", seed: int = 0, balance: float = 0.0, min_df: int = 1,
                 runs: int = 5, semantic: float = 0.5) -> None:
        self.epochs = epochs
        self.learning_rate = learning_rate
        self.threshold = threshold
        self.floor = floor
        self.fallback = fallback
        self.seed = seed
        self.balance = balance
        self.min_df = min_df
        self.runs = runs
        self.semantic = semantic
        self.table_: WordTable | None = None
        self._table_columns: tuple[int, ...] = ()
        self.cascade_: "SemanticModel | None" = None
        self._cascade_columns: tuple[int, ...] = ()

    def fit(self, texts: Sequence[str], labels: Sequence[str], table: WordTable | None = None) -> "Classifier":
        """Learn from example texts and their topic labels; ``table`` adds word meanings (its
        scores are fitted already and are not refitted here). Returns self."""
        if len(texts) != len(labels) or not texts:
            raise ValueError("fit expects as many labels as texts, and at least one of each")
        raw = self.fit_idf(texts)
        self.texts_ = tuple(texts)
        self.labels_ = tuple(labels)
        self.topics_ = tuple(sorted(set(labels)))
        vectors = [self._weigh(feats) for feats in raw]
        # SGD on a few hundred examples depends on the example order; averaging the weights of
        # several seeded runs removes most of that noise (near-paraphrases then agree more often).
        weights, bias = _average([self._train(vectors, seed) for seed in range(self.seed, self.seed + self.runs)])
        # Stored as integers in units of 1/SCALE, and features whose every weight is below
        # PRUNE units dropped: the saved model is small and fast to parse, and a model loaded
        # from JSON predicts exactly as the one just fitted.
        quantized = {key: [round(w * SCALE) for w in row] for key, row in weights.items()}
        self.weights_: dict[str, Sequence[int]] = {key: row for key, row in quantized.items()
                                                    if max(map(abs, row)) >= PRUNE}
        self.bias_ = [round(b, 4) for b in bias]
        self._index: dict[str, tuple[tuple[int, float], ...]] | None = None
        self._attach(table)
        return self

    def fit_idf(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Learn the features' idf (``idf_``) alone; returns each text's raw features."""
        raw = [features(normalize(text)) for text in texts]
        doc_freq: dict[str, int] = {}
        for feats in raw:
            for key in feats:
                doc_freq[key] = doc_freq.get(key, 0) + 1
        count = len(raw)
        # Features seen in fewer than min_df examples are dropped: mostly one-off character
        # trigrams that teach nothing general and would bloat the saved model.
        self.idf_ = {key: round((math.log((count + 1) / (df + 1)) + 1.0) * SCALE) / SCALE
                     for key, df in doc_freq.items() if df >= self.min_df}
        return raw

    def with_cascade(self, model: "SemanticModel") -> "Classifier":
        """A copy that consults sentence embeddings (``bot.semantic``) on messages it is unsure
        of; this classifier is left as it was."""
        other = copy.copy(self)
        other.cascade_ = model
        position = {topic: i for i, topic in enumerate(model.topics)}
        other._cascade_columns = tuple(position.get(topic, -1) for topic in self.topics_)
        return other

    def _attach(self, table: WordTable | None) -> None:
        """Use a word table: its columns are matched to this model's topics by id (a topic the
        table does not know gets no semantic score)."""
        self.table_ = table
        if table is None or not self.semantic:
            self._table_columns = ()
            return
        position = {topic: i for i, topic in enumerate(table.topics)}
        self._table_columns = tuple(position.get(topic, -1) for topic in self.topics_)

    def params(self) -> dict[str, Any]:
        """The constructor arguments (scikit-learn's get_params)."""
        return {"epochs": self.epochs, "learning_rate": self.learning_rate,
                "threshold": self.threshold, "floor": self.floor, "fallback": self.fallback, "seed": self.seed,
                "balance": self.balance, "min_df": self.min_df, "runs": self.runs, "semantic": self.semantic}

    def to_dict(self) -> dict[str, Any]:
        """The learned state as JSON-ready data (see ``from_dict``). The feature table is packed:
        ``features`` lists the feature names; ``idf`` and ``weights`` are base64 of little-endian
        int32 arrays in units of 1/SCALE (one idf per feature; one weight per feature and topic,
        zeros for features the model pruned). Parsing that is ~20x faster than nested JSON."""
        keys = sorted(self.idf_)
        zeros = [0] * len(self.topics_)
        weights = [w for key in keys for w in self.weights_.get(key, zeros)]
        return {"params": self.params(), "topics": list(self.topics_), "bias": self.bias_,
                "scale": SCALE, "features": keys,
                "idf": pack("i", [round(self.idf_[key] * SCALE) for key in keys]), "weights": pack("i", weights)}

    @classmethod
    def from_dict(cls, data: dict[str, Any], texts: Sequence[str], labels: Sequence[str],
                  table: WordTable | None = None) -> "Classifier":
        """Rebuild a fitted classifier from ``to_dict`` output, the examples it was fitted on and
        the word table it was fitted with."""
        if data.get("scale") != SCALE:
            raise ValueError(f"model scale: expected {SCALE}, found {data.get('scale')!r}")
        model = cls(**data["params"])
        keys, classes = data["features"], len(data["topics"])
        idf, weights = unpack("i", data["idf"]), unpack("i", data["weights"])
        if len(idf) != len(keys) or len(weights) != len(keys) * classes:
            raise ValueError("model tables do not match the feature list")
        model.idf_ = {key: q / SCALE for key, q in zip(keys, idf)}
        rows = (weights[i * classes:(i + 1) * classes] for i in range(len(keys)))
        model.weights_ = dict(zip(keys, rows))  # pruned features come back as rows of zeros: harmless
        model.texts_, model.labels_ = tuple(texts), tuple(labels)
        model.topics_ = tuple(data["topics"])
        model.bias_ = list(data["bias"])
        model._index = None
        model._attach(table)
        return model

    def _train(self, vectors: list[Vector], seed: int) -> tuple[dict[str, list[float]], list[float]]:
        """Seeded SGD on the softmax loss; the learning rate decays by epoch. Deterministic:
        the example order comes from ``random.Random(seed)``."""
        classes = len(self.topics_)
        position = {topic: i for i, topic in enumerate(self.topics_)}
        weights: dict[str, list[float]] = {}
        bias = [0.0] * classes
        order = list(range(len(vectors)))
        shuffler = random.Random(seed)
        sizes = {topic: self.labels_.count(topic) for topic in self.topics_}
        mean_size = len(self.labels_) / classes
        # Topics with many examples (the fallback has the most) would otherwise pull every
        # doubtful message their way; balance=1 weighs each topic as if all were the same size.
        label_weight = {t: (mean_size / n) ** self.balance for t, n in sizes.items()}
        for epoch in range(self.epochs):
            shuffler.shuffle(order)
            rate = self.learning_rate / (1.0 + 0.5 * epoch)
            for row in order:
                vector = vectors[row]
                step_rate = rate * label_weight[self.labels_[row]]
                probs = _softmax(_scores(vector, weights, bias, 1.0))
                probs[position[self.labels_[row]]] -= 1.0  # now the gradient of the loss
                # Only classes with a noticeable gradient move: after the first epoch that is a
                # handful of the topics, which keeps training in pure Python fast.
                steps = [(c, step_rate * g) for c, g in enumerate(probs) if g > 1e-3 or g < -1e-3]
                for key, value in vector.items():
                    weights_row = weights.setdefault(key, [0.0] * classes)
                    for c, step in steps:
                        weights_row[c] -= step * value
                for c, step in steps:
                    bias[c] -= 0.1 * step
        return weights, bias

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

    def vectorize(self, text: str) -> Vector:
        """The TF-IDF vector of a message (normalised first)."""
        return self._weigh(features(normalize(text)))

    def scores(self, text: str) -> tuple[Vector, list[float], list[float]]:
        """A message's TF-IDF vector, its topics' linear scores from TF-IDF alone, and the same
        with the word table's share (``topics_`` order; equal without a table)."""
        normalized = normalize(text)
        vector = self._weigh(features(normalized))
        scores = _scores(vector, self.weights_, self.bias_, SCALE)
        combined = scores
        if self._table_columns and self.table_ is not None:
            semantic = self.table_.score(normalized)
            if semantic is not None:
                combined = [s if k < 0 else s + self.semantic * semantic[k]
                            for s, k in zip(scores, self._table_columns)]
        cascade = self.cascade_
        if cascade is not None and vector and max(_softmax(combined)) < cascade.escalate_below:
            # Unsure: models over sentence embeddings add their scores (bot.semantic).
            extra = cascade.scores(text, vector)
            scores = combined = [s if k < 0 else s + extra[k] for s, k in zip(scores, self._cascade_columns)]
        return vector, scores, combined

    def predict(self, text: str, top: int = 3) -> Prediction:
        """Classify one message: the best topic, or the fallback when no topic is probable enough."""
        vector, plain, scores = self.scores(text)
        probs = dict(zip(self.topics_, _softmax(scores)))
        # Ties break on the topic id so that the answer never depends on dict order.
        ranked = sorted(probs.items(), key=lambda item: (-item[1], item[0]))
        candidates = tuple(Candidate(topic, prob) for topic, prob in ranked[:top])
        # Decline when the fallback holds at least ``threshold`` of the probability: a message
        # whose probability is spread over several real topics is still about them, so the best
        # of those is answered rather than declined.
        p_fallback = probs.get(self.fallback, 0.0)
        if scores is not plain and self.fallback in self.topics_:
            p_fallback = _softmax(plain)[self.topics_.index(self.fallback)]
        topic, confidence = next(((t, p) for t, p in ranked if t != self.fallback), ranked[0])
        if not vector or p_fallback >= self.threshold or confidence < self.floor:
            topic, confidence = self.fallback, max(p_fallback, 1.0 - confidence)
        return Prediction(topic=topic, confidence=confidence, candidates=candidates,
                          features=self._evidence(vector, topic))

    def _evidence(self, vector: Vector, topic: str, count: int = 6) -> tuple[str, ...]:
        """The features that pushed hardest towards ``topic`` (weight times value)."""
        column = self.topics_.index(topic)
        pushes = {key: self.weights_[key][column] * value for key, value in vector.items()
                  if key in self.weights_}
        ranked = sorted(pushes.items(), key=lambda item: (-item[1], item[0]))
        return tuple(key for key, push in ranked[:count] if push > 0)

    def nearest(self, text: str, count: int = 3) -> tuple[tuple[str, str, float], ...]:
        """The training examples most like a message: (topic, example, cosine similarity).
        For explanations only; the index is built on first use."""
        index = self._example_index()
        sims: dict[int, float] = {}
        for key, weight in self.vectorize(text).items():
            for row, other in index.get(key, ()):
                sims[row] = sims.get(row, 0.0) + weight * other
        rows = sorted(sims, key=lambda row: (-sims[row], row))[:count]
        return tuple((self.labels_[row], self.texts_[row], round(sims[row], 4)) for row in rows)

    def _example_index(self) -> dict[str, tuple[tuple[int, float], ...]]:
        # Built lazily: answering never needs it. Two threads may both build it; both results
        # are equal, so the race is harmless.
        if self._index is None:
            self._index = self._build_index([self.vectorize(text) for text in self.texts_])
        return self._index


def _average(runs: Sequence[tuple[dict[str, list[float]], list[float]]]) -> tuple[dict[str, list[float]], list[float]]:
    """The mean of several runs' weights and biases (a feature missing from a run weighs 0 there)."""
    classes = len(runs[0][1])
    weights: dict[str, list[float]] = {}
    for run_weights, _ in runs:
        for key, row in run_weights.items():
            total = weights.setdefault(key, [0.0] * classes)
            for c, value in enumerate(row):
                total[c] += value / len(runs)
    bias = [sum(run_bias[c] for _, run_bias in runs) / len(runs) for c in range(classes)]
    return weights, bias


def _scores(vector: Vector, weights: Mapping[str, Sequence[float]], bias: list[float],
            scale: float) -> list[float]:
    """Linear scores: bias plus the weighted features, weights given in units of 1/scale."""
    sums = [0.0] * len(bias)
    for key, value in vector.items():
        row = weights.get(key)
        if row is not None:
            sums = [s + w * value for s, w in zip(sums, row)]
    return [b + s / scale for b, s in zip(bias, sums)]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    return {key: weight / norm for key, weight in vector.items()} if norm else {}


def training_pairs(items: Iterable[tuple[str, Iterable[str]]]) -> tuple[list[str], list[str]]:
    """Flatten (topic, examples) into parallel lists of texts and labels."""
    texts: list[str] = []
    labels: list[str] = []
    for topic, examples in items:
        for example in examples:
            texts.append(example)
            labels.append(topic)
    return texts, labels
