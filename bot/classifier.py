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

import array
import math
from typing import TYPE_CHECKING, Any, Callable, Sequence

from .lexicon import Lexicon
from .classifier_nearest import Index, example_index, nearest_rows
from .linear import Vector, softmax, unit
from .pinyin import read_pinyin
from .prediction import Candidate as Candidate, Prediction as Prediction  # (their home until split90)
from .tables import SCALE, Tables
from .text import features, normalize, plain_question_words

if TYPE_CHECKING:
    from .semantic import SemanticModel

# Saved weights and idf are integers in units of 1/SCALE (bot.tables).
PRUNE = 3  # features whose weights are all below 3/SCALE are dropped from the model
# With many topics, one training example moves at most this many of them (those with the largest
# gradients), and above bot.linear.SPARSE_ABOVE topics a feature's row holds at most this many
# (bot.linear.Schedule): what keeps training and the model's rows growing with the topics a
# feature really touches. Above today's topic count, so that the shipped model is exactly the
# uncapped one.
ACTIVE = 24
# A function giving the examples a loaded model was fitted on, (texts, labels) (``from_dict``).
Examples = Callable[[], tuple[Sequence[str], Sequence[str]]]


class Classifier:
    """Softmax regression over TF-IDF features, with an out-of-scope gate."""

    # Set by fitting (bot.classifier_fit) or loading (``from_dict``).
    topics_: tuple[str, ...]
    bias_: list[float]
    _index: Index | None  # the examples' index (``nearest``), built on first use

    # Defaults chosen by 5-fold cross-validation on the knowledge examples and a hand-labelled
    # sample of real questions (benchmarks/classifier_log.md): with concepts as features, a
    # larger step (4.0) and concept pairs at full weight did best on both.
    def __init__(self, *, epochs: int = 8, learning_rate: float = 4.0, threshold: float = 0.45,
                 floor: float = 0.25,
                 fallback: str = "out_of_scope", seed: int = 0, balance: float = 0.0, min_df: int = 1,
                 runs: int = 5, pairs: float = 1.0, active: int = ACTIVE, l2: float = 0.0) -> None:
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
        self.active = active
        self.l2 = l2  # L2 penalty on the weights (bot.linear.Schedule)
        self.lexicon_: Lexicon | None = None
        self._tables = Tables.of_features([], array.array("i"))  # fit or from_dict fills them
        self.cascade_: "SemanticModel | None" = None
        self._cascade_columns: tuple[int, ...] = ()
        # The examples fitted on (``texts_``, ``labels_``: for ``nearest`` only), or a function
        # that reads them, called at the first ``nearest`` (``from_dict``'s ``examples``).
        self._examples: tuple[tuple[str, ...], tuple[str, ...]] | Examples = ((), ())

    def fit(self, texts: Sequence[str], labels: Sequence[str], lexicon: Lexicon | None = None, *,
            workers: int = 1, weights: Sequence[float] = (), vocabulary: int | None = None) -> "Classifier":
        """Learn from example texts and their topic labels, with the concepts of ``lexicon``
        as features when one is given. Returns self. ``workers`` > 1 trains the seeded runs in
        that many processes (the same model, sooner). ``weights``: one per text, scaling its
        steps (none: all 1). ``vocabulary``: only the first that many texts decide the features
        and their idf (None: all)."""
        from .classifier_fit import fit  # training only: not on an answer's path

        fit(self, texts, labels, lexicon, workers, weights, vocabulary)
        return self

    def fit_idf(self, texts: Sequence[str], lexicon: Lexicon | None = None) -> list[dict[str, float]]:
        """Learn the features' idf (``idf_``) alone, with the concepts of ``lexicon``; returns
        each text's raw features."""
        from .classifier_fit import fit_idf

        return fit_idf(self, texts, lexicon)

    @property
    def idf_(self) -> dict[str, float]:
        """Each feature's idf (a dict built from the packed table on first use)."""
        return self._tables.idf_map()

    @property
    def weights_(self) -> dict[str, list[int]]:
        """Each kept feature's weights, one per topic, in units of 1/SCALE (for inspection:
        scoring reads the packed tables)."""
        return self._tables.dense_rows()

    def with_cascade(self, model: "SemanticModel") -> "Classifier":
        """A copy that consults sentence embeddings (``bot.semantic``) on messages it is unsure
        of; this classifier is left as it was."""
        # Imported here, for the optional cascade only: copy (with weakref) at every start
        # cost ~3 M instructions (PERF_LOG part 15).
        import copy

        other = copy.copy(self)
        other.cascade_ = model
        position = {topic: i for i, topic in enumerate(model.topics)}
        other._cascade_columns = tuple(position.get(topic, -1) for topic in self.topics_)
        return other

    def without_cascade(self) -> "Classifier":
        """A copy that reads by the fast model alone (this classifier when it has no cascade): what the
        default engine reads, for the [semantic] safety wrapper's comparison (bot.safety_semantic)."""
        if self.cascade_ is None:
            return self
        import copy

        other = copy.copy(self)
        other.cascade_ = None
        other._cascade_columns = ()
        return other

    def features(self, normalized: str) -> dict[str, float]:
        """The raw features of a normalised message: n-grams and words (``bot.text.features``),
        the lexicon's concepts, and with ``pairs`` every pair of its concepts."""
        # With a lexicon (the topic model), n-grams read question words in their plain spelling
        # ("是否会" as "会不会"); the lexicon still finds its forms as written. Models fitted
        # without one (the safety detectors) read the text as it is.
        # A message typed wholly in pinyin is read as the Chinese it spells (bot.pinyin).
        if self.lexicon_ is not None:
            normalized = read_pinyin(normalized)
        feats = features(plain_question_words(normalized) if self.lexicon_ is not None else normalized)
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
                "balance": self.balance, "min_df": self.min_df, "runs": self.runs, "pairs": self.pairs,
                "active": self.active, "l2": self.l2}

    def to_dict(self, tables: bool = True) -> dict[str, Any]:
        """The learned state as JSON-ready data (see ``from_dict`` and ``bot.tables``); with
        ``tables=False`` only the parameters, topics and biases (the tables then go into a binary
        block: ``tables_block``)."""
        head = {"params": self.params(), "topics": list(self.topics_), "bias": self.bias_, "scale": SCALE}
        return {**head, **self._tables.to_dict()} if tables else head

    def tables_block(self) -> tuple[bytes, dict[str, int]]:
        """The feature tables as one binary block, and the lengths ``from_dict`` needs to read it."""
        return self._tables.to_bytes(), self._tables.layout()

    @classmethod
    def from_dict(cls, data: dict[str, Any], texts: Sequence[str], labels: Sequence[str],
                  lexicon: Lexicon | None = None, block: bytes | None = None,
                  examples: "Examples | None" = None) -> "Classifier":
        """Rebuild a fitted classifier from ``to_dict`` output, the examples it was fitted on and
        the lexicon it was fitted with. With ``block`` (``tables_block``), the tables come from
        it, read with the lengths in ``data["tables"]``. With ``examples`` (then ``texts`` and
        ``labels`` are not read), the examples are that function's (texts, labels), called at the
        first ``nearest``: for a model whose examples no reply needs (the safety detectors')."""
        if data.get("scale") != SCALE:
            raise ValueError(f"model scale: expected {SCALE}, found {data.get('scale')!r}")
        model = cls(**data["params"])
        model.topics_ = tuple(data["topics"])
        if block is None:
            model._tables = Tables.from_dict(data, len(model.topics_))
        else:
            model._tables = Tables.from_bytes(block, data["tables"], len(model.topics_))
        model._examples = examples if examples is not None else (tuple(texts), tuple(labels))
        model.bias_ = list(data["bias"])
        model._index = None
        model.lexicon_ = lexicon
        return model

    @property
    def texts_(self) -> tuple[str, ...]:
        """The example texts fitted on (read now if ``from_dict`` was given a function)."""
        return self._fitted_examples()[0]

    @property
    def labels_(self) -> tuple[str, ...]:
        """Each example's label, in ``texts_``'s order."""
        return self._fitted_examples()[1]

    def _fitted_examples(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if callable(self._examples):  # (two threads may both read them: equal results, a harmless race)
            texts, labels = self._examples()
            self._examples = (tuple(texts), tuple(labels))
        return self._examples

    def _weigh(self, feats: dict[str, float]) -> Vector:
        return self._weighed(feats)[0]

    def _weighed(self, feats: dict[str, float]) -> tuple[Vector, list[int]]:
        # Sublinear term frequency times idf, L2-normalised; unseen features carry no weight.
        # Also each kept feature's row index, in the vector's order: scoring needs no second lookup.
        idf, log = self._tables.idf, math.log
        indices = self._tables.indices(feats)
        vector = unit({key: (1.0 + log(value) if value > 1 else value) * (idf[i] / SCALE)
                       for (key, value), i in zip(feats.items(), indices) if i >= 0})
        return vector, [i for i in indices if i >= 0] if vector else []

    def vectorize(self, text: str) -> Vector:
        """The TF-IDF vector of a message (normalised first)."""
        return self._weigh(self.features(normalize(text)))

    def scores(self, text: str) -> tuple[Vector, list[float]]:
        """A message's TF-IDF vector and its topics' linear scores (``topics_`` order); with a
        cascade, the embedding model's scores are added when the message is unsure."""
        vector, _indices, linear = self._scored(text)
        return vector, linear

    def _scored(self, text: str) -> tuple[Vector, list[int], list[float]]:
        # scores(), with the vector's row indices in the tables (for the evidence).
        vector, indices = self._weighed(self.features(normalize(text)))
        linear = self._tables.scores_at(indices, list(vector.values()), self.bias_)
        cascade = self.cascade_
        if cascade is not None and vector and max(softmax(linear)) < cascade.escalate_below:
            # Unsure: a model over sentence embeddings adds its scores (bot.semantic).
            extra = cascade.scores(text, vector)
            linear = [s if k < 0 else s + extra[k] for s, k in zip(linear, self._cascade_columns)]
        return vector, indices, linear

    def predict(self, text: str, top: int = 3) -> Prediction:
        """Classify one message: the best topic, or the fallback when no topic is probable enough."""
        vector, indices, linear = self._scored(text)
        probs = dict(zip(self.topics_, softmax(linear)))
        # Ties break on the topic id so that the answer never depends on dict order. (Sorting
        # (-probability, id) pairs: the order of a key function's, without calling one per topic.)
        ranked = [(t, probs[t]) for _, t in sorted([(-p, t) for t, p in probs.items()])]
        candidates = tuple(Candidate(topic, prob) for topic, prob in ranked[:top])
        # Decline when the fallback holds at least ``threshold`` of the probability: a message
        # whose probability is spread over several real topics is still about them, so the best
        # of those is answered rather than declined.
        p_fallback = probs.get(self.fallback, 0.0)
        topic, confidence = next(((t, p) for t, p in ranked if t != self.fallback), ranked[0])
        if not vector or p_fallback >= self.threshold or confidence < self.floor:
            topic, confidence = self.fallback, max(p_fallback, 1.0 - confidence)
        return Prediction(topic=topic, confidence=confidence, candidates=candidates,
                          features=self._evidence(vector, topic, indices))

    def probability(self, text: str, topic: str, top: int = 3) -> float:
        """``topic``'s score among ``predict(text, top).candidates`` (0.0 when it is not among
        them), without building the prediction: no ranking of every topic, no evidence. For
        callers that read one score only (the safety detectors)."""
        _vector, linear = self.scores(text)
        probs = dict(zip(self.topics_, softmax(linear)))
        mine = probs.get(topic)
        if mine is None:
            return 0.0
        # predict ranks by (-probability, topic id): count the candidates ranked ahead of it.
        ahead = sum(1 for other, prob in probs.items() if prob > mine or (prob == mine and other < topic))
        return mine if ahead < top else 0.0

    def _evidence(self, vector: Vector, topic: str, indices: Sequence[int], count: int = 6) -> tuple[str, ...]:
        """The features that pushed hardest towards ``topic`` (weight times value); ``indices``:
        the vector's row indices, in its order (``_weighed``)."""
        weights = self._tables.column_at(self.topics_.index(topic), indices)
        # The strongest pushes first, ties by name; only positive ones count (they all rank
        # ahead of the others, so they can be picked out before sorting).
        ranked = sorted([(-push, key) for (key, value), weight in zip(vector.items(), weights)
                         if (push := weight * value) > 0])
        return tuple(key for _, key in ranked[:count])

    def nearest(self, text: str, count: int = 3) -> tuple[tuple[str, str, float], ...]:
        """The training examples most like a message: (topic, example, cosine similarity).
        For explanations only; the index is built on first use."""
        rows = nearest_rows(self._example_index(), self.vectorize(text), count)
        return tuple((self.labels_[row], self.texts_[row], round(similarity, 4)) for row, similarity in rows)

    def _example_index(self) -> Index:
        # Built lazily: answering never needs it. Two threads may both build it; both results
        # are equal, so the race is harmless.
        if self._index is None:
            self._index = example_index([self.vectorize(text) for text in self.texts_])
        return self._index
