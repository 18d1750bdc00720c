"""Paraphrase consistency on our own pairs (tests/data/paraphrases.tsv): two wordings of
one question should get one topic. Also the accuracy of each side against the topic written
beside the pair, by language, and (``--show``) every pair the engine splits, with the concepts
(``bot.lexicon``) each side mentions: where a concept one side triggers and the other does not
decides the split, the lexicon or the examples are the place to look.

    python benchmarks/paraphrase.py [--show] [--param learning_rate=2] [--eval] [--heldout]

``--heldout`` measures tests/data/paraphrases_heldout.tsv instead (totals only: ``--show`` is
refused there, so that the held-out pairs never steer a change).

Without ``--param`` the packaged model is used as saved; with it, a classifier with those
parameters is fitted in memory on the packaged examples (~15 s). ``--eval`` adds the totals of
``jiebei-bot eval`` on ../shared/eval for the same engine (a final check: totals only, never the
questions).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_paraphrases import HELD_OUT, PAIRS, read_kinded_pairs, read_labelled_pairs  # noqa: E402,F401  (the tests' reader)


def engine_with(params: dict[str, Any]) -> Any:
    """The packaged engine, or one whose classifier is fitted here with ``params``."""
    from bot import Engine

    engine = Engine.load()
    if not params:
        return engine
    from bot.classifier import Classifier
    from bot.model import examples_of

    knowledge = engine.knowledge
    texts, labels = examples_of(knowledge)
    return Engine(knowledge, Classifier(**params).fit(texts, labels, knowledge.lexicon))


def language(text: str) -> str:
    from bot.text import detect_lang

    return detect_lang(text)


def measure(engine: Any, rows: list[tuple[str, str, str]] | list[tuple[str, str, str, str]],
            show: bool = False) -> dict[str, float]:
    """Agreement and side accuracy, overall, by language of the pair's first side and (rows
    with a fourth column) by kind of pair."""
    from bot.text import normalize

    stats: dict[str, list[int]] = {}

    def count(key: str, hit: bool) -> None:
        row = stats.setdefault(key, [0, 0])
        row[0] += hit
        row[1] += 1

    lexicon = engine.knowledge.lexicon
    for topic, left, right, *kind in rows:
        a, b = engine.ask(left).topic, engine.ask(right).topic
        lang = language(left)
        if kind and kind[0]:
            count(f"agree kind:{kind[0]}", a == b)
        for key in ("all", lang):
            count(f"agree {key}", a == b)
            count(f"accuracy {key}", a == topic)
            count(f"accuracy {key}", b == topic)
        if show and (a != b or a != topic):
            ka = set(lexicon.find(normalize(left))) if lexicon else set()
            kb = set(lexicon.find(normalize(right))) if lexicon else set()
            mark = "SPLIT" if a != b else "both-wrong"
            print(f"{mark:<10} {topic:<22} {a:<22} {b:<22} {left} || {right}"
                  f"   [only a: {','.join(sorted(ka - kb))}; only b: {','.join(sorted(kb - ka))}]")
    return {key: hit / n for key, (hit, n) in sorted(stats.items())}


def eval_totals(engine: Any) -> dict[str, float]:
    """``jiebei-bot eval`` totals for this engine (no questions printed)."""
    from bot.evaluate import default_eval_file, evaluate, paraphrase_consistency, read_labelled, read_pairs

    real = default_eval_file()
    if real is None:
        return {}
    report = evaluate(lambda q: engine.ask(q).topic, read_labelled(real))
    pairs = read_pairs(real.parent / "paraphrase_pairs.tsv")
    return {"real": report.accuracy, "oos precision": report.oos_precision, "oos recall": report.oos_recall,
            "in-scope": report.in_scope_accuracy,
            "para": paraphrase_consistency(lambda q: engine.ask(q).topic, pairs)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="print the pairs split or both wrong")
    parser.add_argument("--eval", action="store_true", help="add ../shared/eval totals (final check)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--heldout", action="store_true", help="the held-out pairs (totals only)")
    args = parser.parse_args()
    if args.heldout and args.show:
        parser.error("--show is not for the held-out pairs")
    params = {name: float(value) for name, value in (p.split("=", 1) for p in args.param)}
    engine = engine_with(params)
    rows = read_kinded_pairs(HELD_OUT if args.heldout else PAIRS)
    result = measure(engine, rows, args.show)
    print(f"own paraphrase pairs{' (held out)' if args.heldout else ''}: {len(rows)}")
    for key, value in result.items():
        print(f"  {key:<16}{value:>7.1%}")
    if args.eval:
        for key, value in eval_totals(engine).items():
            print(f"  eval {key:<16}{value:>7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
