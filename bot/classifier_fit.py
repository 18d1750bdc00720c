"""Training a ``bot.classifier.Classifier``: the features' idf, then the weights of several seeded
runs of softmax regression (bot.linear), averaged, quantized and pruned. Answering never needs
this module.
"""

from __future__ import annotations

import array
import math
from typing import Sequence

from .classifier import PRUNE, Classifier
from .lexicon import Lexicon
from .linear import Schedule, average, train_runs
from .tables import SCALE, Tables
from .text import normalize


def fit(model: Classifier, texts: Sequence[str], labels: Sequence[str], lexicon: Lexicon | None,
        workers: int, row_weights: Sequence[float] = (), vocabulary: int | None = None) -> None:
    """``Classifier.fit``: see there."""
    if len(texts) != len(labels) or not texts or (row_weights and len(row_weights) != len(texts)):
        raise ValueError("fit expects as many labels (and weights, when given) as texts, and at least one of each")
    raw = fit_idf(model, texts, lexicon, vocabulary)
    model._examples = (tuple(texts), tuple(labels))
    model.topics_ = tuple(sorted(set(labels)))
    vectors = [model._weigh(feats) for feats in raw]
    # SGD on a few hundred examples depends on the example order; averaging the weights of
    # several seeded runs removes most of that noise (near-paraphrases then agree more often).
    schedule = Schedule(model.epochs, model.learning_rate, model.balance, model.active, model.l2, tuple(row_weights))
    position = {topic: i for i, topic in enumerate(model.topics_)}
    classes = [position[label] for label in labels]
    seeds = range(model.seed, model.seed + model.runs)
    weights, bias = average(train_runs(vectors, classes, len(model.topics_), schedule, seeds, workers))
    # Stored as integers in units of 1/SCALE, and features whose every weight is below
    # PRUNE units dropped: the saved model is small and fast to parse, and a model loaded
    # from JSON predicts exactly as the one just fitted.
    kept: dict[str, dict[int, int] | list[int]] = {}
    for key, row in weights.items():
        quantized: dict[int, int] | list[int] = ({c: round(w * SCALE) for c, w in row.items()} if isinstance(row, dict)
                     else [round(w * SCALE) for w in row])
        values = quantized.values() if isinstance(quantized, dict) else quantized
        if max(map(abs, values), default=0) >= PRUNE:
            kept[key] = quantized
    model._tables = model._tables.with_rows(kept, len(model.topics_))
    model.bias_ = [round(b, 4) for b in bias]
    model._index = None


def fit_idf(model: Classifier, texts: Sequence[str], lexicon: Lexicon | None,
            vocabulary: int | None = None) -> list[dict[str, float]]:
    """``Classifier.fit_idf``: see there. ``vocabulary``: only the first that many texts decide which
    features exist and their idf (the others are read with them); None: all."""
    model.lexicon_ = lexicon
    raw = [model.features(normalize(text)) for text in texts]
    doc_freq: dict[str, int] = {}
    for feats in raw[:vocabulary]:
        for key in feats:
            doc_freq[key] = doc_freq.get(key, 0) + 1
    count = len(raw[:vocabulary])
    # Features seen in fewer than min_df examples are dropped: mostly one-off character
    # trigrams that teach nothing general and would bloat the saved model.
    idf = {key: round((math.log((count + 1) / (df + 1)) + 1.0) * SCALE) for key, df in doc_freq.items()
           if df >= model.min_df}
    keys = sorted(idf)
    model._tables = Tables.of_features(keys, array.array("i", [idf[key] for key in keys]))
    return raw


__all__ = ["fit", "fit_idf"]
