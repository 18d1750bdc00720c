"""Candidate 1 as extra features of the learned detectors (safe5, issue 12): the distilled safety
token table's crisis and abuse scores, binned, appended as words ("zqtcrisis8") to what each
char n-gram detector reads, the way bot.safety.concepts appends its hand-picked groups.

    python benchmarks/safety_features.py [--plain] [--pool]    # --plain: refit without the table words

Training texts get out-of-fold table scores (5-fold, in the table's sentence space), so that the
detectors do not learn to trust a feature that saw their own labels; every other text gets the
table's score (benchmarks/safety_table.py, in the embeddings cache). Then the detectors are
refitted with the pinned PARAMS and measured as benchmarks/safety_unseen.py measures (learned
reader gated as the engine gates it, and the engine as a whole).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

BINS = (0.5, 0.8, 0.9, 0.95)  # a score at or above each bin adds its word


def words(kind: str, probability: float) -> str:
    return " ".join(f"zqt{kind}{int(b * 100)}" for b in BINS if probability >= b)


def main() -> int:
    import json

    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    import embeddings
    import safety_unseen
    from bot.safety import learned
    from bot.safety.clauses import fold_clause
    from bot.text import normalize
    from safety_table import TABLE_C, table_features, training_data
    from wordtable import WordTable

    texts, labels = training_data()
    x = table_features(texts)[3]
    x = (x - x.mean(0)) / (x.std(0) + 1e-6)
    label_array = np.array(labels)
    oof: dict[str, dict[str, float]] = {"crisis": {}, "abuse": {}}
    for kind in ("crisis", "abuse"):
        p = cross_val_predict(LogisticRegression(max_iter=3000, C=TABLE_C), x, label_array == kind,
                              cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba")[:, 1]
        for text, value in zip(texts, p):
            oof[kind][fold_clause(text)] = float(value)
    table = WordTable.from_dict(json.loads((embeddings.cache_dir() / "safety_table.json").read_text(encoding="utf-8")))

    def probability(kind: str, folded: str) -> float:
        if folded in oof[kind]:
            return oof[kind][folded]
        logits = table.score(normalize(folded))
        return 0.0 if logits is None else 1.0 / (1.0 + math.exp(-logits[0 if kind == "crisis" else 1]))

    crisis_text, abuse_text = learned.crisis_text, learned.abuse_text

    def crisis_with(folded: str) -> str:
        return f"{crisis_text(folded)} {words('crisis', probability('crisis', folded))}".rstrip()

    def abuse_with(folded: str) -> str:
        return f"{abuse_text(folded)} {words('abuse', probability('abuse', folded))}".rstrip()
    plain = "--plain" in sys.argv
    if not plain:
        learned.crisis_text, learned.abuse_text = crisis_with, abuse_with  # type: ignore[assignment]
    from bot.knowledge import load
    from bot.safety.examples import read_examples

    knowledge = load()
    detectors: Any = learned.fit(learned.training_sets(learned.training_pairs(knowledge, read_examples(knowledge.path))), workers=2)
    safety_unseen.DETECTORS = detectors
    sys.argv = [sys.argv[0], "--readers", "learned,engine", *(a for a in sys.argv[1:] if a != "--plain")]
    return safety_unseen.main()


if __name__ == "__main__":
    sys.exit(main())
