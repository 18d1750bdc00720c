"""Choose the candidate readers' floors by 5-fold cross-validation on their training data
(safety.json + topics' examples), never on tests/data (safe5).

    python benchmarks/safety_candidates_cv.py table|e5

Prints, per direction and floor, out-of-fold recall on the direction's examples and the share of
benign look-alikes and of topic examples at or above the floor (whole examples, no gate).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

FLOORS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from safety_table import E5_C, TABLE_C, table_features, training_data

    what = sys.argv[1]
    texts, labels = training_data()
    if what == "table":
        x = table_features(texts)[3]
        x = (x - x.mean(0)) / (x.std(0) + 1e-6)
        c = TABLE_C
    else:
        import embeddings
        x = embeddings.embed(texts)
        c = E5_C
    labels_a = np.array(labels)
    for name in ("crisis", "abuse"):
        y = labels_a == name
        p = cross_val_predict(LogisticRegression(max_iter=3000, C=c), x, y, cv=StratifiedKFold(5, shuffle=True, random_state=0),
                              method="predict_proba")[:, 1]
        print(f"{what} {name}:")
        for floor in FLOORS:
            hit = p >= floor
            print(f"  floor {floor}: recall {hit[y].mean():.1%} | benign {hit[labels_a == 'benign'].mean():.1%} | "
                  f"topics {hit[labels_a == 'topic'].mean():.1%} | other-direction {hit[(labels_a != name) & np.isin(labels_a, ['crisis', 'abuse'])].mean():.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
