"""A small, deterministic text classifier: TF-IDF over character n-grams (Chinese), words
(English) and the concepts of the lexicon (``bot.lexicon``: 打官司 and "legal action" both mean
``k:sue``), then multinomial logistic regression (softmax) trained by seeded stochastic gradient
descent in pure Python (``bot.linear``; the weights of ``runs`` seeded runs averaged).

Follows scikit-learn's estimator contract: ``fit`` returns self and learned state ends in ``_``.
Out-of-scope is a class learned from explicit negative examples: a message is declined when
that class holds at least ``threshold`` of the probability (or no real topic reaches ``floor``).
The softmax output is the confidence; nearest training examples are kept to explain a decision.
With the ``[semantic]`` extra, messages the model is unsure of also get the scores of a model
over sentence embeddings (``with_cascade``, ``bot.semantic``).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .lexicon import Lexicon
from .linear import Schedule, Vector, average, scores, softmax, train, unit
from .packing import pack, unpack
from .text import features, normalize

if TYPE_CHECKING:
    from .semantic import SemanticModel

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

    # Defaults chosen by 5-fold cross-validation on the knowledge examples and a hand-labelled
    # sample of real questions (benchmarks/classifier_log.md): with concepts as features, a
    # larger step (4.0) and concept pairs at full weight did best on both.
    def __init__(self, *, epochs: int = 8, learning_rate: float = 4.0, threshold: float = 0.45,
                 floor: float = 0.25,
                 fallback: str = "out_of_scope", seed: int = 0, balance: float = 0.0, min_df: int = 1,
                 runs: int = 5, pairs: float = 1.0) -> None:
        self.epochs = epochs
        self.learning_rate = learning_rate
        self.threshold = threshold
        self.floor = floor
        self.fallback = fallback
        self.seed = seed
        self.balance = balance
        self.min_df = min_df
        self.runs = runs
        self.pairs = pairs  # weight of concept pairs ("k:call+family"); 0: concepts alone
        self.lexicon_: Lexicon | None = None
        self.cascade_: "SemanticModel | None" = None
        self._cascade_columns: tuple[int, ...] = ()

    def fit(self, texts: Sequence[str], labels: Sequence[str], lexicon: Lexicon | None = None) -> "Classifier":
        """Learn from example texts and their topic labels, with the concepts of ``lexicon``
        as features when one is given. Returns self."""
        if len(texts) != len(labels) or not texts:
            raise ValueError("fit expects as many labels as texts, and at least one of each")
        raw = self.fit_idf(texts, lexicon)
        self.texts_ = tuple(texts)
        self.labels_ = tuple(labels)
        self.topics_ = tuple(sorted(set(labels)))
        vectors = [self._weigh(feats) for feats in raw]
        # SGD on a few hundred examples depends on the example order; averaging the weights of
        # several seeded runs removes most of that noise (near-paraphrases then agree more often).
        schedule = Schedule(self.epochs, self.learning_rate, self.balance)
        position = {topic: i for i, topic in enumerate(self.topics_)}
        classes = [position[label] for label in labels]
        weights, bias = average([train(vectors, classes, len(self.topics_), schedule, seed)
                                 for seed in range(self.seed, self.seed + self.runs)])
        # Stored as integers in units of 1/SCALE, and features whose every weight is below
        # PRUNE units dropped: the saved model is small and fast to parse, and a model loaded
        # from JSON predicts exactly as the one just fitted.
        quantized = {key: [round(w * SCALE) for w in row] for key, row in weights.items()}
        self.weights_: dict[str, Sequence[int]] = {key: row for key, row in quantized.items()
                                                    if max(map(abs, row)) >= PRUNE}
        self.bias_ = [round(b, 4) for b in bias]
        self._index: dict[str, tuple[tuple[int, float], ...]] | None = None
        return self

    def fit_idf(self, texts: Sequence[str], lexicon: Lexicon | None = None) -> list[dict[str, float]]:
        """Learn the features' idf (``idf_``) alone, with the concepts of ``lexicon``; returns
        each text's raw features."""
        self.lexicon_ = lexicon
        raw = [self.features(normalize(text)) for text in texts]
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

    def features(self, normalized: str) -> dict[str, float]:
        """The raw features of a normalised message: n-grams and words (``bot.text.features``),
        the lexicon's concepts, and with ``pairs`` every pair of its concepts."""
        feats = features(normalized)
        if self.lexicon_ is not None:
            found = self.lexicon_.find(normalized)
            for concept in found:
                feats["k:" + concept] = 1.0
            if self.pairs:
                for i, first in enumerate(found):
                    for second in found[i + 1:]:
                        feats[f"k:{first}+{second}"] = self.pairs
        return feats

    def params(self) -> dict[str, Any]:
        """The constructor arguments (scikit-learn's get_params)."""
        return {"epochs": self.epochs, "learning_rate": self.learning_rate,
                "threshold": self.threshold, "floor": self.floor, "fallback": self.fallback, "seed": self.seed,
                "balance": self.balance, "min_df": self.min_df, "runs": self.runs, "pairs": self.pairs}

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
                  lexicon: Lexicon | None = None) -> "Classifier":
        """Rebuild a fitted classifier from ``to_dict`` output, the examples it was fitted on and
        the lexicon it was fitted with."""
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
        model.lexicon_ = lexicon
        return model

    def _weigh(self, feats: dict[str, float]) -> Vector:
        # Sublinear term frequency times idf, L2-normalised; unseen features carry no weight.
        vector = {key: (1.0 + math.log(value) if value > 1 else value) * self.idf_[key]
                  for key, value in feats.items() if key in self.idf_}
        return unit(vector)

    @staticmethod
    def _build_index(vectors: Sequence[Vector]) -> dict[str, tuple[tuple[int, float], ...]]:
        postings: dict[str, list[tuple[int, float]]] = {}
        for row, vector in enumerate(vectors):
            for key, weight in vector.items():
                postings.setdefault(key, []).append((row, weight))
        return {key: tuple(rows) for key, rows in postings.items()}

    def vectorize(self, text: str) -> Vector:
        """The TF-IDF vector of a message (normalised first)."""
        return self._weigh(self.features(normalize(text)))

    def scores(self, text: str) -> tuple[Vector, list[float]]:
        """A message's TF-IDF vector and its topics' linear scores (``topics_`` order); with a
        cascade, the embedding model's scores are added when the message is unsure."""
        vector = self.vectorize(text)
        linear = scores(vector, self.weights_, self.bias_, SCALE)
        cascade = self.cascade_
        if cascade is not None and vector and max(softmax(linear)) < cascade.escalate_below:
            # Unsure: a model over sentence embeddings adds its scores (bot.semantic).
            extra = cascade.scores(text, vector)
            linear = [s if k < 0 else s + extra[k] for s, k in zip(linear, self._cascade_columns)]
        return vector, linear

    def predict(self, text: str, top: int = 3) -> Prediction:
        """Classify one message: the best topic, or the fallback when no topic is probable enough."""
        vector, linear = self.scores(text)
        probs = dict(zip(self.topics_, softmax(linear)))
        # Ties break on the topic id so that the answer never depends on dict order.
        ranked = sorted(probs.items(), key=lambda item: (-item[1], item[0]))
        candidates = tuple(Candidate(topic, prob) for topic, prob in ranked[:top])
        # Decline when the fallback holds at least ``threshold`` of the probability: a message
        # whose probability is spread over several real topics is still about them, so the best
        # of those is answered rather than declined.
        p_fallback = probs.get(self.fallback, 0.0)
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


def training_pairs(items: Iterable[tuple[str, Iterable[str]]]) -> tuple[list[str], list[str]]:
    """Flatten (topic, examples) into parallel lists of texts and labels."""
    texts: list[str] = []
    labels: list[str] = []
    for topic, examples in items:
        for example in examples:
            texts.append(example)
            labels.append(topic)
    return texts, labels
