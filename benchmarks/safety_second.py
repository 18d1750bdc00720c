"""A second learned crisis reader, trained on crisis and abuse messages only, as a GATED second opinion (Round 113,
learn209; Round 107's suggestion), validated leave-one-set-out through the whole engine's replies.

    python benchmarks/safety_second.py [--folds 4] [--workers 2] [--cache /tmp/learn209_today.jsonl]

The rule, fixed before any figure of it was computed (this docstring is committed first):

- Gate: a message whose reply TODAY (the shipped engine, whole pipeline) carries the 12356 check-in line but no
  crisis reply: the net (bot.safety.net) read signs of distress there, a weaker crisis cue that today does not
  suffice alone. No other message can be changed by the second reader (it never removes or demotes anything).
- Second reader: learned.PARAMS' crisis classifier fitted on what ships (safety.json + the topics' examples, as
  learned.training_pairs orders them) plus the crisis and crisis+abuse rows of the sets NOT left out as whole
  messages (positives only: no benign row of any set), their steps weighted 0.5, read on the shipped examples'
  features (Round 107's ``whole:w=0.5,vocab=1,kinds=crisis+abuse`` reader, crisis half).
- Promotion: a gated message whose highest window score (bot.safety.clauses.windows, what the shipped reader reads)
  is >= THRESHOLD gets the crisis reply first (judged as tests/safety_figures.py judges: a crisis row caught, a
  benign row a false alarm, an abuse-only row crisis on abuse-only). THRESHOLD is 0.95 (UNGATED_FLOOR, the shipped
  reader's own floor for a window read without its word gates), fixed now; the grid 0.9-0.99 is printed as
  information only and never chooses.
- Sets left out: the team's held-out safety files (tests/safety_figures.py UNSEEN) dealt round-robin into
  ``--folds`` folds, each left out in turn (the reader trained on the others), and the retired outside set
  tests/data/outside/blind26_safety.tsv left out with the reader trained on every team file.
- Ships only if, at THRESHOLD, crisis recall rises on the left-out sets and false alarms rise on none, no team
  crisis is lost (promote-only: none can be, checked anyway) and crisis on abuse-only rises on none; abuse: this
  reader does not read abuse (no abuse gate is built here), so abuse recall cannot rise and the brief's bar is not met
  by it alone.

Two more recipes (``--recipe``), written down after recipe ``positives`` above was measured (it failed: 0.95 gave
+178 team crises for +495 false alarms) and before either was run, same gate, same 0.95, same sets:

- ``whole``: the second reader trained on the other sets' rows whole with their labels (benign and abuse-only rows
  negatives; Round 107's ``whole:w=0.5,vocab=1``, crisis half): a reader that has seen look-alikes.
- ``agree``: ``positives``' reader, and the shipped crisis reader on the whole message (its clauses' folded texts
  joined, as bot.safety.agreement reads a message whole) at >= WHOLE_LEAN 0.5: both readers lean to crisis.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.classifier import Classifier  # noqa: E402
from bot.safety import learned  # noqa: E402
from bot.safety.clauses import split_clauses, windows  # noqa: E402
from bot.safety.agreement import WHOLE_LEAN  # noqa: E402
from bot.text import normalize  # noqa: E402
from safety_figures import DATA, Row, read_rows, replies  # noqa: E402
from safety_lofo import folds  # noqa: E402
from safety_loso import shipped_parts  # noqa: E402

THRESHOLD = 0.95
GRID = (0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
OUTSIDE = DATA / "outside" / "blind26_safety.tsv"
Rows = list[tuple[str, Row]]  # (set name, row)


def today(rows: Rows, cache: Path) -> dict[str, tuple[list[str], bool]]:
    """Each text's reply today (topics, 12356 in the text), read once and kept in ``cache`` (outside the repo)."""
    known: dict[str, tuple[list[str], bool]] = {}
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            text, topics, line_12356 = json.loads(line)
            known[text] = (topics, line_12356)
    todo = sorted({row.text for _, row in rows} - set(known))
    if todo:
        engine = shipped_parts()[0]
        with cache.open("a", encoding="utf-8") as handle:
            for text, seen in zip(todo, replies(engine, todo)):
                known[text] = (list(seen.topics), "12356" in seen.text)
                handle.write(json.dumps([text, list(seen.topics), "12356" in seen.text], ensure_ascii=False) + "\n")
    return known


def second_reader(base: list[tuple[str, str]], rows: list[tuple[str, str]], workers: int) -> learned.Detectors:
    """The crisis classifier on ``base`` (what ships) then ``rows`` (label, text) weighted 0.5, on base's features."""
    seen = {normalize(text) for _, text in base}
    extra = [pair for pair in dict.fromkeys(rows) if normalize(pair[1]) not in seen]
    pairs = [*base, *extra]
    texts, labels = learned.training_sets(pairs)[learned.CRISIS]
    weights = [1.0] * len(base) + [0.5] * len(extra)
    model = Classifier(**learned.PARAMS).fit(texts, labels, workers=workers, weights=weights, vocabulary=len(base))
    return learned.Detectors(model, model)


def best_window(detectors: learned.Detectors, text: str) -> float:
    return max((detectors.crisis_score(window.text) for window in windows(split_clauses(text))), default=0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/learn209_today.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/learn209_second.jsonl"))
    parser.add_argument("--recipe", choices=("positives", "whole", "agree"), default="positives")
    args = parser.parse_args()
    dealt = folds(args.folds)
    team: Rows = [(name, row) for names in dealt for name in names for row in read_rows(DATA / name)]
    outside: Rows = [("blind26", row) for row in read_rows(OUTSIDE)]
    seen = today(team + outside, args.cache)
    _, knowledge, _, _ = shipped_parts()
    base = learned.training_pairs(knowledge, learned.all_examples(knowledge.path))
    shipped = learned.detectors_for(knowledge)
    lefts: list[tuple[str, set[str]]] = [(f"fold{i}", set(names)) for i, names in enumerate(dealt)]
    lefts.append(("blind26", {"blind26"}))
    for tag, left in lefts:
        rows = [(name, row) for name, row in team + outside if name in left]
        tested = {normalize(row.text) for _, row in rows}
        trained = [("crisis" if "crisis" in row.label else row.label, row.text) for name, row in team
                   if name not in left and normalize(row.text) not in tested
                   and (args.recipe == "whole" or "crisis" in row.label)]
        detectors = second_reader(base, trained, args.workers)
        result: dict[str, object] = {"left": tag, "recipe": args.recipe, "rows": len(rows),
                                     "trained": len(dict.fromkeys(trained))}
        gated = [(name, row, best_window(detectors, row.text)) for name, row in rows
                 if "crisis" not in seen[row.text][0] and seen[row.text][1]]
        if args.recipe == "agree":
            gated = [(name, row, score) for name, row, score in gated if shipped.crisis_score(
                " ".join(clause.text for clause in split_clauses(row.text))) >= WHOLE_LEAN]
        result["gated"] = {label: sum(row.label == label for _, row, _ in gated)
                           for label in ("crisis", "crisis+abuse", "abuse", "benign")}
        for threshold in GRID:
            up = [(name, row, score) for name, row, score in gated if score >= threshold]
            result[str(threshold)] = {
                "crisis_gained": sum("crisis" in row.label for _, row, _ in up),
                "false_alarms": sum(row.label == "benign" for _, row, _ in up),
                "crisis_on_abuse_only": sum(row.label == "abuse" for _, row, _ in up),
                "by_set": {name: [sum("crisis" in r.label for n, r, _ in up if n == name),
                                  sum(r.label == "benign" for n, r, _ in up if n == name)]
                           for name in sorted({n for n, _, _ in up})},
                "rows": [[name, row.label, row.lang, round(score, 3), row.text[:90]] for name, row, score in up],
            }
        print(json.dumps({k: v for k, v in result.items() if not isinstance(v, dict) or "rows" not in v}, ensure_ascii=False))
        for threshold in GRID:
            cell = result[str(threshold)]
            assert isinstance(cell, dict)
            print(f"  {tag} t={threshold}: crisis +{cell['crisis_gained']}, FA +{cell['false_alarms']}, "
                  f"crisis on abuse-only +{cell['crisis_on_abuse_only']}", flush=True)
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
