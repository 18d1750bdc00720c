"""Grouped k-fold cross-validation of the learned safety readers: does training on the team's own
labelled sets (tests/data/safety*.tsv) make them generalise better than training on safety.json alone?

    python benchmarks/safety_grouped_cv.py [--folds 5] [--recipes today more] [--workers 1] [--floors 0.5 0.9]

Groups are files: each set in tests/data is wholly in one fold (a set never trains and tests
itself), and safety.json's examples are dealt round-robin into the folds (as benchmarks/safety_cv.py
does). For each fold the detectors are trained by each recipe on everything outside the fold and
read the fold's sets and safety.json share:

- ``today``: safety.json's examples outside the fold + the topics' examples (what ships now);
- ``more``: the same + every message of the sets outside the fold (crisis+abuse rows are positives of
  both detectors; a message already trained on, after normalising, is trained once, and a training
  message equal to a tested one is dropped);
- ``short``: as ``more``, but only the sets' messages of at most two clauses (the readers read one
  clause or two; a long message's label says nothing of most of its windows);
- ``windows``: as ``more``, but a crisis or abuse message teaches only the runs of clauses the rules
  mark in it (``windows``).

Printed per recipe and language, over the held-out sets only (safety.json's share apart): the
learned reader alone with the agreement the engine requires (``agreement.learned_crisis`` /
``learned_abuse``: crisis recall, abuse recall, false alarms on benign look-alikes), and the
check-in line the learned reader earns on look-alikes (``net.crisis_score >= GATED_FLOOR``).
The rules were written against these sets, so rules-and-learned figures would say nothing here.
tests/data/safety_heldout10.tsv is never read: it is the held-out set.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.knowledge import Knowledge, load  # noqa: E402
from bot.safety import agreement, assess, net  # noqa: E402
from bot.safety.clauses import fold_clause, split_clauses  # noqa: E402
from bot.safety.examples import read_examples  # noqa: E402
from bot.safety.learned import ABUSE, CRISIS, OTHER, Detectors, crisis_text, abuse_text  # noqa: E402
from bot.classifier import Classifier  # noqa: E402
from bot.safety.learned import PARAMS  # noqa: E402
from bot.text import normalize  # noqa: E402
from safety_figures import SETS, UNSEEN, read_rows  # noqa: E402
from safety_unseen import learned_alone  # noqa: E402
sys.path.insert(0, str(ROOT / "benchmarks"))
import safety_sets_build as sets_build  # noqa: E402
from safety_sets_build import clause_instances  # noqa: E402

DATA = ROOT / "tests" / "data"
HELD_OUT = ("safety_heldout10.tsv", "safety_heldout11.tsv", "safety_heldout12.tsv", "safety_heldout13.tsv",
            "safety_heldout14.tsv", "safety_heldout15.tsv", "safety_heldout16.tsv",
            "safety_heldout17.tsv", "safety_heldout18.tsv",
            "safety_heldout19.tsv", "safety_heldout20.tsv",
            "safety_heldout21.tsv", "safety_heldout22.tsv", "safety_heldout23.tsv", "safety_heldout24.tsv",
            "safety_heldout25.tsv", "safety_heldout27.tsv", "safety_heldout28.tsv", "safety_heldout26.tsv",
            "safety_heldout31.tsv", "safety_heldout29.tsv", "safety_heldout30.tsv", "safety_heldout32.tsv", "safety_heldout35.tsv", "safety_heldout33.tsv", "safety_heldout34.tsv", "safety_heldout36.tsv", "safety_heldout39.tsv", "safety_heldout37.tsv", "safety_heldout38.tsv", "safety_heldout40.tsv", "safety_heldout42.tsv", "safety_heldout41.tsv", "safety_heldout43.tsv", "safety_heldout45.tsv", "safety_heldout44.tsv", "safety_heldout46.tsv", "safety_heldout47.tsv", "safety_heldout48.tsv", "safety_heldout49.tsv", "safety_heldout_sem76.tsv", "safety_mend76.tsv")  # never read here
# (labels, lang, text, group): labels a set of "crisis"/"abuse" (empty: benign or a topic's example)
Item = tuple[frozenset[str], str, str, str]


def dev_items() -> list[Item]:
    """Every message of the team's own sets, held-out 5-9 included (dev since safe12); not 10."""
    items = []
    for name in [*SETS, *UNSEEN]:
        if name in HELD_OUT:
            continue
        for row in read_rows(DATA / name):
            labels = frozenset() if row.label == "benign" else frozenset(row.label.split("+"))
            items.append((labels, row.lang, row.text, name))
    return items


def base_items(knowledge: Knowledge) -> tuple[list[Item], list[Item]]:
    """safety.json's examples (group "safety.json") and the topics' (always trained on, as shipped)."""
    from bot.safety.learned import _NOT_TRAINED_ON, _TOPIC_LABELS
    examples = [(frozenset() if e.label == "benign" else frozenset({e.label}), e.lang, e.text, "safety.json")
                for e in read_examples(knowledge.path)]
    topics = [(frozenset({_TOPIC_LABELS[t.id]}) if t.id in _TOPIC_LABELS else frozenset(), "", text, "topics")
              for t in knowledge.topics if t.id not in _NOT_TRAINED_ON for text in t.examples()]
    return examples, topics


def fit_items(items: Iterable[Item], workers: int, min_df: int | None = None) -> Detectors:
    """The two detectors trained as learned.fit does, on items that may be positives of both
    (``min_df``: another feature floor than the shipped one)."""
    items = list(items)
    params = PARAMS if min_df is None else {**PARAMS, "min_df": min_df}
    models = []
    for name, read in ((CRISIS, crisis_text), (ABUSE, abuse_text)):
        texts = [read(fold_clause(text)) for _, _, text, _ in items]
        labels = [name if name in labels else OTHER for labels, _, _, _ in items]
        models.append(Classifier(**params).fit(texts, labels, workers=workers))
    return Detectors(*models)


def recipe_items(recipe: str, train_base: list[Item], topics: list[Item], train_dev: list[Item],
                 tested: set[str]) -> list[Item]:
    """What a recipe trains on in one fold (no text twice, none equal to a tested message)."""
    extra = [] if recipe == "today" else train_dev
    if recipe == "short":
        extra = [item for item in extra if len(split_clauses(item[2])) <= 2]
    if recipe == "windows":
        extra = [(frozenset(label.split("+")) - {"benign"}, lang, text, group) for labels, lang, message, group in extra
                 for label, text in _windows(labels, message)]
    seen: set[str] = set()
    kept = []
    for item in [*train_base, *topics, *extra]:
        key = normalize(item[2])
        if key in seen or (item[3] != "topics" and key in tested):
            continue
        seen.add(key)
        kept.append(item)
    return kept


def windows(label: str, text: str) -> list[tuple[str, str]]:
    """What a message teaches the detectors, read as they read: a benign message whole (every
    window of it is benign); of a crisis or abuse message only the runs of clauses the rules mark
    (crisis_at / abuse_at: the rules catch every message of these sets), each with the labels its
    clauses carry; the whole message when the rules mark none. (Trained whole, a long crisis
    message teaches its everyday clauses, "钱已经凑够了", "nobody has threatened me", as crisis.)"""
    if label == "benign":
        return [(label, text)]
    clauses = split_clauses(text)
    signal = assess(text)
    marks = {i: {"crisis"} & set(label.split("+")) if i in signal.crisis_at else set() for i in range(len(clauses))}
    for i in signal.abuse_at:
        if "abuse" in label and i < len(clauses):
            marks[i].add("abuse")
    runs: list[tuple[int, int, frozenset[str]]] = []
    for i in range(len(clauses)):
        if not marks[i]:
            continue
        if runs and runs[-1][1] == i - 1 and runs[-1][2] == frozenset(marks[i]):
            runs[-1] = (runs[-1][0], i, runs[-1][2])
        else:
            runs.append((i, i, frozenset(marks[i])))
    if not runs:
        return [(label, text)]
    return [("+".join(sorted(labels, reverse=True)), text[clauses[first].start:clauses[last].end].strip())
            for first, last, labels in runs]


_WINDOWS: dict[tuple[frozenset[str], str], list[tuple[str, str]]] = {}


def _windows(labels: frozenset[str], message: str) -> list[tuple[str, str]]:
    key = (labels, message)
    if key not in _WINDOWS:  # the rules read each message once, not once per fold
        _WINDOWS[key] = windows("+".join(sorted(labels, reverse=True)) or "benign", message)
    return _WINDOWS[key]


TODAY_MIN_DF = 2  # main's feature floor before round 13 (safety.json + topics alone)
# Clause-level recipes (safety_sets_build.clause_instances): name -> (rounds, pairs of clauses as
# candidate windows too). "mil": each positive message teaches its best clause, chosen again twice.
# A third field (round 14): the floor under which a positive message's other clauses teach "benign"
# (safety_sets_build.KEEP_LOW; None: they teach nothing, as in round 13).
MIL = {"mil": (2, "no", None), "mil1": (1, "no", None), "mil_pairs": (2, "yes", None), "mil_both": (2, "both", None),
       "mil_top": (2, "top", None), "mil_low": (2, "both", 0.2), "mil_low1": (2, "both", 0.1)}


# What the learned detectors alone raise, with the agreement the engine requires: measured as
# benchmarks/safety_unseen.py measures it (one definition for both).
learned_found = learned_alone


def table(name: str, held: list[tuple[Item, Detectors]], read: Callable[[str, Detectors], set[str]],
          check_in: dict[int, bool]) -> str:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for item, detectors in held:
        labels, lang, text, _ = item
        found = read(text, detectors)
        for label in ("crisis", "abuse"):
            if label in labels:
                counts[(label, lang)][0] += label in found
                counts[(label, lang)][1] += 1
        if not labels:
            counts[("false alarms", lang)][0] += bool(found)
            counts[("false alarms", lang)][1] += 1
            counts[("learned check-in", lang)][0] += check_in[id(item)]
            counts[("learned check-in", lang)][1] += 1
    lines = [f"{name}:"]
    for lang in ("zh", "en"):
        cells = [f"{kind} {c[0]}/{c[1]} ({c[0] / c[1] if c[1] else 0:.1%})"
                 for kind in ("crisis", "abuse", "false alarms", "learned check-in") for c in [counts[(kind, lang)]]]
        lines.append(f"  {lang}: " + " | ".join(cells))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--recipes", nargs="*", default=["today", "more"], choices=["today", "more", "short", "windows", *MIL])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--min-df", type=int, default=None, help="feature floor of the recipes but today's (shipped: PARAMS)")
    parser.add_argument("--floors", type=float, nargs="*", default=[], help="learned figures at other crisis/abuse floors")
    args = parser.parse_args()
    knowledge = load()
    examples, topics = base_items(knowledge)
    dev = dev_items()
    files = list(dict.fromkeys(item[3] for item in dev))
    fold_of_file = {name: i % args.folds for i, name in enumerate(files)}
    fold_of = [fold_of_file[item[3]] for item in dev]
    example_fold = [i % args.folds for i in range(len(examples))]
    print(f"{len(files)} sets ({len(dev)} messages), {len(examples)} safety.json examples, {len(topics)} topic examples; "
          f"{args.folds} folds by file")
    for recipe in args.recipes:
        held_dev: list[tuple[Item, Detectors]] = []
        held_json: list[tuple[Item, Detectors]] = []
        sizes = []
        for fold in range(args.folds):
            test_dev = [item for item, f in zip(dev, fold_of) if f == fold]
            test_json = [item for item, f in zip(examples, example_fold) if f == fold]
            tested = {normalize(item[2]) for item in [*test_dev, *test_json]}
            train_base = [item for item, f in zip(examples, example_fold) if f != fold]
            train_dev = [item for item, f in zip(dev, fold_of) if f != fold]
            min_df = TODAY_MIN_DF if recipe == "today" else args.min_df
            if recipe in MIL:
                rounds, pairs, keep_low = MIL[recipe]
                sets_build.KEEP_LOW = keep_low

                def fit(items: list[Item]) -> Detectors:
                    kept = recipe_items("more", items, [], [], tested)  # no text twice, none tested
                    sizes.append(len(kept))
                    return fit_items(kept, args.workers, min_df)
                _, detectors = clause_instances([*train_base, *topics], train_dev, fit, rounds, pairs)
            else:
                train = recipe_items(recipe, train_base, topics, train_dev, tested)
                sizes.append(len(train))
                detectors = fit_items(train, args.workers, min_df)
            held_dev += [(item, detectors) for item in test_dev]
            held_json += [(item, detectors) for item in test_json]
        min_df = TODAY_MIN_DF if recipe == "today" else PARAMS["min_df"] if args.min_df is None else args.min_df
        print(f"\n== recipe {recipe}, min_df {min_df} (trained on {min(sizes)}-{max(sizes)} texts per fold)")
        for where, held in (("held-out sets", held_dev), ("held-out safety.json share", held_json)):
            check_in = {id(item): net.crisis_score(item[2], d) >= net.GATED_FLOOR for item, d in held}
            print(table(f"learned, {where}", held, learned_found, check_in))
            for floor in args.floors:
                with mock.patch.object(agreement, "CRISIS_FLOOR", floor), mock.patch.object(agreement, "ABUSE_FLOOR", floor):
                    print(table(f"learned at {floor}, {where}", held, learned_found, check_in))
    return 0


if __name__ == "__main__":
    sys.exit(main())
