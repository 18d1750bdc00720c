"""Outside voices for the learned safety readers (Round 115): trained with one retired outside set, read on the other.

    python benchmarks/safety_voices.py [--recipes today whole:w=0.5,vocab=1 today+gate:ungated=0.99,lean=0] [--team]

The two retired outside sets (tests/data/outside/blind26_safety.tsv and blind27_safety.tsv, written by two
different outside testers) are the folds: for each, both learned readers are retrained on what ships (safety.json
+ the topics' examples, as learned.training_pairs orders them) plus the OTHER outside set's rows (a text also in
the left-out set or in a team held-out file dropped), and the left-out set is read through the WHOLE engine
(rules, agreement, net and today's stackers: Engine(knowledge, classifier, detectors)), judged as
tests/safety_figures.py judges. ``--team`` also reads the team's held-out safety files (tests/safety_figures.py
UNSEEN), which no recipe trains on, with each fold's readers. Recipes, ``name[+gate:key=value,...]``:

- ``today``: the shipped readers; ``whole:...`` (benchmarks/safety_lofo.py's keys: ``w``, ``vocab=1``,
  ``kinds=crisis+abuse``, any learned.PARAMS key): + the other outside set's rows whole;
- ``+gate:``: the agreement gate trusts a very sure reader more, for this recipe only (module values patched in
  the forked readers): ``ungated=F`` bot.safety.agreement.UNGATED_FLOOR, ``lean=F`` its WHOLE_LEAN, ``abuse=F``
  a window the abuse reader scores at least F needs no collector's act named (the other abuse gates stay), ``aside=F``
  a crisis window the reader scores at least F, in a message it scores at least F read whole, is not set aside
  (negation, joke, story: bot.safety.crisis.set_aside) by the learned gate.

Printed per fold: crisis, abuse, false alarms on benign, crisis on abuse-only, crises given 12356 only as the
check-in; team rows summed over the UNSEEN files. Outside messages are read here and written nowhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot import Engine  # noqa: E402
from bot.safety import agreement  # noqa: E402
from bot.safety.learned import Detectors, detectors_for  # noqa: E402
from bot.text import normalize  # noqa: E402
from safety_figures import DATA, UNSEEN, Row, read_rows  # noqa: E402
from safety_lofo import fit_weighted, kept, parse  # noqa: E402
from safety_loso import figures, shipped_parts, with_common  # noqa: E402

OUTSIDE = DATA / "outside"
FOLDS = ("blind26", "blind27")


def outside_rows(name: str) -> list[Row]:
    return read_rows(OUTSIDE / f"{name}_safety.tsv")


@contextmanager
def gate(options: dict[str, Any], detectors: Detectors) -> Iterator[None]:
    """agreement's floors patched for one recipe (restored after)."""
    saved = (agreement.UNGATED_FLOOR, agreement.WHOLE_LEAN, agreement.collector_act, agreement.set_aside)
    if "ungated" in options:
        agreement.UNGATED_FLOOR = float(options["ungated"])
    if "lean" in options:
        agreement.WHOLE_LEAN = float(options["lean"])
    if "abuse" in options:
        floor, acted = float(options["abuse"]), saved[2]
        agreement.collector_act = lambda text: acted(text) or detectors.abuse_score(text) >= floor  # type: ignore[assignment]
    if "aside" in options:  # a window and its whole message both scored at least F: no set-aside (negation, joke, story) read
        sure, aside = float(options["aside"]), saved[3]
        agreement.set_aside = lambda text, whole: aside(text, whole) and not (  # type: ignore[assignment]
            detectors.crisis_score(text) >= sure and detectors.crisis_score(whole) >= sure)
    try:
        yield
    finally:
        agreement.UNGATED_FLOOR, agreement.WHOLE_LEAN, agreement.collector_act, agreement.set_aside = saved  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipes", nargs="*", default=["today", "whole:w=0.5,vocab=1"])
    parser.add_argument("--folds", nargs="*", default=list(FOLDS), help="the left-out sets")
    parser.add_argument("--team", action="store_true", help="also read the team's held-out files")
    args = with_common(parser).parse_args()
    shipped, knowledge, classifier, base = shipped_parts()
    team: list[Row] = [row for name in UNSEEN for row in read_rows(DATA / name)] if args.team else []
    team_texts = {normalize(row.text) for row in team}
    today = detectors_for(knowledge)
    for left in args.folds:
        rows = outside_rows(left)
        tested = {normalize(row.text) for row in rows} | team_texts
        extra = [(frozenset() if row.label == "benign" else frozenset(row.label.split("+")), row.lang, row.text, other)
                 for other in FOLDS if other != left for row in outside_rows(other) if normalize(row.text) not in tested]
        for recipe in args.recipes:
            reader, _, gated = recipe.partition("+gate:")
            name, options = parse(reader)
            _, gate_options = parse("gate:" + gated)
            detectors = today if name == "today" else fit_weighted(base, kept(extra, options.get("kinds")), options, args.workers)
            engine = shipped if name == "today" else Engine(knowledge, classifier, detectors)
            with gate(gate_options, detectors):
                for tag, read in ((left, rows), ("team", team)):
                    if not read or (tag == "team" and name == "today" and left != args.folds[0]):
                        continue  # (today's readers read the team's files alike in every fold)
                    result = figures(read, engine, args.dump, f"{left} {recipe} {tag}")
                    print(f"{left} {recipe} [{tag}]: " + " | ".join(f"{k} {v[0]}/{v[1]}" for k, v in result.items()), flush=True)
                    if args.out:
                        with args.out.open("a", encoding="utf-8") as handle:
                            handle.write(json.dumps({"left": left, "recipe": recipe, "read": tag, **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
