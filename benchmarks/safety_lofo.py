"""Leave-one-fold-of-files-out (Round 107) for the learned crisis and abuse readers: does a recipe that
trains them on more of the team's own held-out messages read a held-out file it never saw better?

    python benchmarks/safety_lofo.py [--folds 8] [--only 0 3] [--recipes today whole:w=0.5,vocab=1] [--workers 2]

The team's held-out safety files (tests/safety_figures.py UNSEEN, each written by a different helper) are
dealt round-robin, in UNSEEN order, into ``--folds`` folds. For each fold, the two learned readers are
retrained by a recipe on what ships (safety.json + the topics' examples, as learned.training_pairs orders
them) plus the rows of the OTHER folds' files as whole messages (a text also in the left-out fold is
dropped), and the left-out fold's rows are read through the WHOLE engine (rules, agreement, net and today's
stacker: Engine(knowledge, classifier, detectors)), judged as tests/safety_figures.py judges them.

Recipes, ``name:key=value,...``:

- ``today``: the shipped readers, nothing retrained (every held-out row is out of sample for them);
- ``base``: retrained on what ships alone (reproduces ``today``: a check of this script);
- ``whole``: + the other folds' rows whole. Keys: ``w`` their steps' weight (default 1), ``vocab=1``
  read on the shipped examples' features only (they decide which features exist and their idf),
  ``kinds=crisis+abuse`` only rows of those labels (``benign`` may be named), and any learned.PARAMS
  key (``balance=0.25``, ``min_df=3``).

Printed per fold and summed: crisis (first, with 12356), abuse, false alarms on benign, crisis on
abuse-only, crises given 12356 only as the check-in line; ``--dump`` appends each reply (outside the repo)
so that recipes can be compared row by row (``--compare``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot import Engine  # noqa: E402
from bot.classifier import Classifier  # noqa: E402
from bot.safety import learned  # noqa: E402
from bot.safety.learned import Detectors  # noqa: E402
from bot.text import normalize  # noqa: E402
import safety_sets_build as sets_build  # noqa: E402
from safety_figures import DATA, UNSEEN, Row, read_rows  # noqa: E402
from safety_loso import figures, shipped_parts, with_common  # noqa: E402

Item = sets_build.Item


def folds(count: int) -> list[list[str]]:
    """The held-out files dealt round-robin into ``count`` folds (UNSEEN order: written over many rounds)."""
    return [list(UNSEEN[start::count]) for start in range(count)]


def file_items(names: list[str]) -> list[Item]:
    """Held-out rows as training items (labels a set of crisis/abuse; empty for benign)."""
    return [(frozenset() if row.label == "benign" else frozenset(row.label.split("+")), row.lang, row.text, name)
            for name in names for row in read_rows(DATA / name)]


def parse(recipe: str) -> tuple[str, dict[str, Any]]:
    name, _, changed = recipe.partition(":")
    options: dict[str, Any] = {}
    for pair in filter(None, changed.split(",")):
        key, value = pair.split("=")
        options[key] = value if key == "kinds" else float(value) if "." in value else int(value)
    return name, options


def fit_weighted(base: list[Item], extra: list[Item], options: dict[str, Any], workers: int) -> Detectors:
    """Both readers fitted on ``base`` then ``extra`` (a text read once, as its first label), the extra
    rows' steps weighted ``w``; with ``vocab`` the base texts alone decide the features."""
    seen: set[str] = set()
    pairs: list[tuple[str, str]] = []
    weights: list[float] = []
    for weight, items in ((1.0, base), (float(options.get("w", 1.0)), extra)):
        for labels, _, text, _ in items:
            key = normalize(text)
            if items is base or key not in seen:  # what ships is read as learned.train reads it
                seen.add(key)
                pairs.append(("+".join(sorted(labels, reverse=True)) or "benign", text))
                weights.append(weight)
    shipped = len(base)
    sets = learned.training_sets(pairs)
    params = {**learned.PARAMS, **{k: v for k, v in options.items() if k in learned.PARAMS}}
    plain = all(w == 1.0 for w in weights)
    return Detectors(*(Classifier(**params).fit(*sets[name], workers=workers, weights=() if plain else weights,
                                                vocabulary=shipped if options.get("vocab") else None)
                       for name in (learned.CRISIS, learned.ABUSE)))


def kept(extra: list[Item], kinds: str | None) -> list[Item]:
    if not kinds:
        return extra
    wanted = set(kinds.split("+"))
    return [item for item in extra if (item[0] & wanted) or (not item[0] and "benign" in wanted)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--only", type=int, nargs="*", default=None, help="these folds only (0-based)")
    parser.add_argument("--recipes", nargs="*", default=["today", "whole:w=0.5,vocab=1"])
    args = with_common(parser).parse_args()
    shipped, knowledge, classifier, base = shipped_parts()
    dealt = folds(args.folds)
    sums: dict[str, dict[str, list[int]]] = {}
    for index, left in enumerate(dealt):
        if args.only is not None and index not in args.only:
            continue
        rows: list[Row] = [row for name in left for row in read_rows(DATA / name)]
        tested = {normalize(row.text) for row in rows}
        extra = [item for item in file_items([n for fold in dealt if fold is not left for n in fold])
                 if normalize(item[2]) not in tested]
        for recipe in args.recipes:
            name, options = parse(recipe)
            if name == "today":
                engine = shipped
            else:
                chosen = [] if name == "base" else kept(extra, options.get("kinds"))
                engine = Engine(knowledge, classifier, fit_weighted(base, chosen, options, args.workers))
            result = figures(rows, engine, args.dump, f"{index} {recipe}")
            total = sums.setdefault(recipe, {})
            for key, (hit, count) in result.items():
                before = total.setdefault(key, [0, 0])
                before[0] += hit
                before[1] += count
            print(f"fold {index} {recipe}: " + " | ".join(f"{k} {v[0]}/{v[1]}" for k, v in result.items()), flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"fold": index, "recipe": recipe, **result}) + "\n")
    for recipe, total in sums.items():
        print(f"sum {recipe}: " + " | ".join(f"{k} {v[0]}/{v[1]}" for k, v in total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
