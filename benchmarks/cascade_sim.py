"""Replay the [semantic] cascade on out-of-fold scores, for choosing its settings by 5-fold CV.

    JIEBEI_CACHE=/some/cache python benchmarks/cascade_sim.py [--escalate 0.8]

For each of cv.py's seeded folds: the fast classifier fitted on the other four (its linear
scores on the held-out fold) and the e5 LogisticRegression of benchmarks/distill.py fitted on
the same four (its decision scores). Then, for each (weight, out-of-scope shift), the cascade's
decision as bot/classifier.py makes it: messages whose best topic is under ``--escalate`` get
weight x (e5 scores, out_of_scope lowered by the shift) added, then the classifier's own gate.
The code path (`python benchmarks/cv.py --cascade`) agrees with this replay to 1-2 examples
(float16 weights in the file). benchmarks/classifier_log.md, round 7, has the numbers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--escalate", type=float, default=0.8)
    args = parser.parse_args()
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    import embeddings
    from bot.classifier import Classifier
    from cv import folds, knowledge_examples, knowledge_lexicon, split
    from distill import E5_C, OOS

    texts, labels = knowledge_examples()
    topics = sorted(set(labels))
    y = np.array([topics.index(label) for label in labels])
    vectors = embeddings.embed(texts).astype(np.float64)
    fast, e5 = np.zeros((len(texts), len(topics))), np.zeros((len(texts), len(topics)))
    empty = np.zeros(len(texts), bool)
    for held in folds(len(texts)):
        train_texts, test_texts = split(texts, held)
        train_labels, _ = split(labels, held)
        model = Classifier().fit(train_texts, train_labels, knowledge_lexicon(), workers=2)
        for row, text in zip(held, test_texts):
            vector, linear = model.scores(text)
            fast[row], empty[row] = linear, not vector
        train = np.setdiff1d(np.arange(len(texts)), held)
        regression = LogisticRegression(max_iter=3000, C=E5_C).fit(vectors[train], y[train])
        e5[held] = regression.decision_function(vectors[held])
    oos = topics.index(OOS)
    model = Classifier()  # the gate's parameters

    def softmax(z: "np.ndarray") -> "np.ndarray":
        z = np.exp(z - z.max(1, keepdims=True))
        return z / z.sum(1, keepdims=True)

    escalated = (softmax(fast).max(1) < args.escalate) & ~empty
    print(f"fast alone: {(gate(softmax(fast), empty, oos, model) == y).mean():.2%}; "
          f"escalated below {args.escalate}: {escalated.mean():.0%} of examples")
    for weight in (0.5, 0.75, 1.0):
        for shift in (0.0, -0.5, -1.0):
            extra = e5.copy()
            extra[:, oos] += shift
            probs = softmax(fast + weight * escalated[:, None] * extra)
            print(f"weight {weight:<5} out-of-scope shift {shift:<5}: CV {(gate(probs, empty, oos, model) == y).mean():.2%}")
    return 0


def gate(probs, empty, oos, model):  # type: ignore[no-untyped-def]
    """bot.classifier.Classifier.predict's decision, vectorised."""
    import numpy as np

    topics_only = probs.copy()
    topics_only[:, oos] = -1.0
    decline = empty | (probs[:, oos] >= model.threshold) | (topics_only.max(1) < model.floor)
    return np.where(decline, oos, topics_only.argmax(1))


if __name__ == "__main__":
    sys.exit(main())
