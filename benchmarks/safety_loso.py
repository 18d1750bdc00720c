"""Leave-one-outside-set-out (LOSO) for the learned crisis reader (Round 95): does it get better on a set
written by SOMEONE ELSE when it is trained on more varied data?

    python benchmarks/safety_loso.py [--left blind22 blind21 blind20] [--recipes today whole mil] [--workers 2]

The outside tester's retired sets (/work/blind17 .. /work/blind22, ``safety.tsv``: label, lang, message)
are development data. For each left-out set L, the two learned readers are retrained by a recipe on
what ships (safety.json + the topics' examples, learned.training_pairs) plus the rows of the OTHER
outside sets, and L is read through the WHOLE engine (rules, agreement, net, stacker: Engine(knowledge,
classifier, detectors)), as tests/safety_figures.py reads it. Recipes:

- ``today``: the shipped readers (nothing retrained); ``base``: retrained on what ships (with other
  parameters: ``base:balance=0.5,min_df=1``; any recipe takes them so);
- ``whole``: + every other outside message whole (crisis+abuse rows positives of both readers);
- ``mil``: + the other outside messages clause by clause as safety_sets_build.clause_instances cuts them
  (benign clauses as negatives, each positive message's best clause and pair, low clauses as negatives;
  one round);
- ``whole_neg``: ``whole`` + every clause of a benign outside message as a negative too.

Printed per left-out set and language: crisis recall (crisis first with 12356), abuse recall, false
alarms on benign, crisis on abuse-only, and crises given 12356 only as the check-in line. Messages of
the outside sets are read here and never written anywhere (not into knowledge/, not into tests/).
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
from bot.safety import learned  # noqa: E402
from bot.safety.learned import Detectors  # noqa: E402
from bot.safety.clauses import split_clauses  # noqa: E402
import safety_sets_build as sets_build  # noqa: E402
from safety_figures import Row, read_rows, replies, tally_replies  # noqa: E402

OUTSIDE = Path("/work")
SETS = ("blind17", "blind18", "blind19", "blind20", "blind21", "blind22")
Item = sets_build.Item


def outside_items(names: list[str]) -> list[Item]:
    """The outside sets' rows as training items (labels a set of crisis/abuse; empty for benign)."""
    return [(frozenset() if row.label == "benign" else frozenset(row.label.split("+")), row.lang, row.text, name)
            for name in names for row in read_rows(OUTSIDE / name / "safety.tsv")]


def recipe_items(recipe: str, base: list[Item], extra: list[Item], workers: int) -> list[Item] | Detectors:
    """What a recipe trains on (or, for ``mil``, the detectors it ends with)."""
    if recipe == "base":  # what ships, retrained (with other PARAMS: "base:balance=0.5")
        return list(base)
    if recipe == "whole":
        return [*base, *extra]
    if recipe == "whole_neg":
        return [*base, *sets_build.benign_clauses(extra), *extra]
    if recipe == "whole_short":  # positives of at most two clauses whole; benign whole
        return [*base, *(item for item in extra if not item[0] or len(split_clauses(item[2])) <= 2)]
    if recipe == "mil":
        _, detectors = sets_build.clause_instances(base, extra, lambda items: sets_build.fit_items(items, workers),
                                                   rounds=1, pairs="both")
        return detectors
    raise ValueError(recipe)


def figures(rows: list[Row], engine: Engine, dump: Path | None = None, tag: str = "") -> dict[str, list[int]]:
    """Per language: crisis, abuse, false alarms, crisis on abuse-only; and crises given 12356 only as the
    check-in line. ``dump``: each row's reply topics appended there (outside /work/wt: never committed)."""
    seen = replies(engine, [row.text for row in rows])
    if dump is not None:
        with dump.open("a", encoding="utf-8") as handle:
            for row, reply in zip(rows, seen):
                handle.write(json.dumps([tag, row.label, row.lang, row.text, list(reply.topics), "12356" in reply.text],
                                        ensure_ascii=False) + "\n")
    tallies = tally_replies(rows, seen)
    out: dict[str, list[int]] = {}
    for lang, t in tallies.items():
        for key, counter in (("crisis", t.crisis), ("abuse", t.abuse), ("false_alarm", t.false_alarm),
                             ("crisis_on_abuse", t.crisis_on_abuse)):
            out[f"{key}_{lang}"] = list(counter)
    check_in = [0, 0]
    for row, reply in zip(rows, seen):
        if "crisis" in row.label:
            check_in[1] += 1
            check_in[0] += (not reply.topics or reply.topics[0] != "crisis") and "12356" in reply.text
    out["check_in_only"] = check_in
    return out


def with_common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options this script shares with benchmarks/safety_lofo.py (training workers, result and reply files)."""
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None, help="append each result as a JSON line")
    parser.add_argument("--dump", type=Path, default=None, help="append every reply as a JSON line (outside the repo)")
    return parser


def shipped_parts() -> tuple[Engine, Any, Any, list[Item]]:
    """The shipped engine, its knowledge and classifier, and what the readers train on besides any set."""
    shipped = Engine.load()
    knowledge = shipped._knowledge
    return shipped, knowledge, shipped._classifier, sets_build.base_items(knowledge)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--left", nargs="*", default=["blind22", "blind21", "blind20"])
    parser.add_argument("--recipes", nargs="*", default=["today", "whole", "mil"])
    args = with_common(parser).parse_args()
    shipped, knowledge, classifier, base = shipped_parts()
    for left in args.left:
        rows = read_rows(OUTSIDE / left / "safety.tsv")
        extra = outside_items([name for name in SETS if name != left])
        tested = {row.text for row in rows}
        extra = [item for item in extra if item[2] not in tested]
        for recipe in args.recipes:
            if recipe == "today":
                engine = shipped
            else:
                name, _, changed = recipe.partition(":")
                shipped_params = dict(learned.PARAMS)
                learned.PARAMS.update({key: float(value) if "." in value else int(value)
                                       for key, value in (pair.split("=") for pair in changed.split(",") if pair)})
                try:
                    made = recipe_items(name, base, extra, args.workers)
                    detectors = made if isinstance(made, Detectors) else sets_build.fit_items(made, args.workers)
                finally:
                    learned.PARAMS.clear()
                    learned.PARAMS.update(shipped_params)
                engine = Engine(knowledge, classifier, detectors)
            result = figures(rows, engine, args.dump, f"{left} {recipe}")
            line = " | ".join(f"{k} {v[0]}/{v[1]}" for k, v in result.items())
            print(f"{left} {recipe}: {line}", flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"left": left, "recipe": recipe, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
