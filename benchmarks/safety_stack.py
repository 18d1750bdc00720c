"""Rounds 81-82 (issue 12): does a message-level stacker over the engine's own readings, trained on the team's sets
only, generalise to the outside sets (/work/blind17, 18, 19)?

    python benchmarks/safety_stack.py features     # read every message once (cached per digest of bot/ and knowledge/)
    python benchmarks/safety_stack.py evaluate     # leave-one-set-out over the team's sets, then the outside sets once
    python benchmarks/safety_stack.py refit --write  # Rounds 82-88: the unit rows recorded, refitted, shipped
                                                     # (knowledge/safety_stack.json); --keep-unit-rows skips the record;
                                                     # --rule 88b (default): + the retired outside sets, Round 88b's rule
    python benchmarks/safety_stack.py loso         # Round 88b: blind21, then blind20, left out and read once

Features: bot.safety_stack.features (the route's first topic, rule and check-in, the rules' cue kinds, the learned
readers' ungated window maxima and the gated check-in score, the classifier's crisis probability and top topic, the
check-in reason, length and script). The model: L2 logistic regression (numpy Newton steps; deterministic).
Folds: each tests/data/safety_*.tsv file is one fold. Thresholds are chosen on the out-of-fold scores only; the
model trained on every team set is then read ONCE on each outside set.

Decisions simulated on the engine's own replies (tests/safety_figures.judge's rules):
- promote: a reply whose first topic is not crisis, stacker >= t -> the crisis reply put first (12356 in it);
- doubt: a crisis reply, stacker <= t -> the loan answer with the check-in line (12356 kept, crisis reply lost).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from safety_figures import read_rows  # noqa: E402
from safety_stack_unit_rows import read_folds, record_suite, write as write_unit_rows  # noqa: E402

DATA = ROOT / "tests" / "data"
OUTSIDE = {"blind17": Path("/work/blind17/safety.tsv"), "blind18": Path("/work/blind18/safety.tsv"),
           "blind19": Path("/work/blind19/safety.tsv"), "blind20": Path("/work/blind20/safety.tsv"),
           "blind21": Path("/work/blind21/safety.tsv"), "blind22": Path("/work/blind22/safety.tsv"),
           "blind23": Path("/work/blind23/safety.tsv")}
# (Round 88: retired; safety_stack_outside trains on them; Round 94: + blind22; Round 98: + blind23)
CACHE = Path("/tmp/safety_stack_features.jsonl")  # (main sets it: --cache, else one per digest of the inputs)
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"


def team_sets() -> dict[str, Path]:
    """Every labelled safety set of the team (one fold each)."""
    return {path.name: path for path in sorted(DATA.glob("safety_*.tsv"))}


def _read(text: str) -> dict[str, Any]:
    from bot.routing_vet import crisis_of  # noqa: F401  (imported for the forked children)
    from bot.safety import assess
    from bot.safety_stack import features
    engine = _ENGINE[0]
    reply = engine.ask(text)
    route = engine.route(text)
    router = engine._router  # noqa: SLF001  (a benchmark reads the engine's own stages)
    detectors = router._detectors  # noqa: SLF001
    signal = assess(text, detectors)
    whole = engine._classifier.predict(text, top=6)  # noqa: SLF001
    return {"text": text, "topics": list(reply.topics), "has12356": "12356" in reply.text,
            "has12378": "12378" in reply.text, "features": features(text, route, signal, whole, detectors)}


_ENGINE: list[Any] = []


def unstacked_engine() -> Any:
    """The packaged engine without its stacker: the features are the engine's readings before any promotion."""
    from bot import Engine
    engine = Engine.load()
    object.__setattr__(engine, "_stacker", None)  # (a benchmark's write past the engine's immutability)
    return engine


def extract(pool: bool, outside: bool = True) -> None:
    from bot.workers import map_in_processes
    _ENGINE.append(unstacked_engine())
    seen: dict[str, dict[str, Any]] = {}
    if CACHE.exists():
        for line in CACHE.read_text(encoding="utf-8").split("\n")[:-1]:  # (not splitlines: U+2028 in a JSON string)
            record = json.loads(line)
            seen[record["text"]] = record
    texts: list[str] = []
    for path in [*team_sets().values(), *(OUTSIDE.values() if outside else ())]:
        texts += [row.text for row in read_rows(path)]
    if UNIT_ROWS.exists():
        texts += [text for _, _, text in read_folds(UNIT_ROWS)]
    if DEV_ROWS.exists():
        texts += [text for _, _, text in read_folds(DEV_ROWS)]
    if pool:
        texts += [line for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    todo = sorted({text for text in texts if text not in seen})
    print(f"{len(todo)} messages to read", file=sys.stderr)
    with CACHE.open("a", encoding="utf-8") as file:
        for start in range(0, len(todo), 400):
            for record in map_in_processes(_read, todo[start:start + 400], 2, chunksize=20):
                file.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            file.flush()
            print(f"  {min(start + 400, len(todo))}/{len(todo)}", file=sys.stderr)


# ---- the model ----------------------------------------------------------------------------------------------------

def fit(x: np.ndarray, y: np.ndarray, l2: float, start: np.ndarray | None = None, steps: int = 12) -> np.ndarray:
    """L2 logistic regression by Newton steps (the bias, column 0, not penalised)."""
    w = np.zeros(x.shape[1]) if start is None else start.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def matrix(records: list[dict[str, Any]], names: list[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(records), len(names)))
    for row, record in enumerate(records):
        for name, value in record["features"].items():
            if name in index:
                x[row, index[name]] = value
    return x


def vocabulary(records: list[dict[str, Any]], floor: int) -> list[str]:
    counts: dict[str, int] = {}
    for record in records:
        for name in record["features"]:
            counts[name] = counts.get(name, 0) + 1
    return ["bias", *sorted(name for name, count in counts.items() if count >= floor and name != "bias")]


# ---- judging ------------------------------------------------------------------------------------------------------

def judged(label: str, topics: list[str], has12356: bool, has12378: bool) -> dict[str, bool | None]:
    crisis = abuse = alarm = anywhere = None
    if "crisis" in label:
        crisis = topics[0] == "crisis" and has12356
        anywhere = has12356
    if "abuse" in label:
        position = 1 if "crisis" in label else 0
        abuse = len(topics) > position and topics[position] == "abusive_collection" and has12378
    if label == "benign":
        alarm = "crisis" in topics or "abusive_collection" in topics
    return {"crisis": crisis, "abuse": abuse, "alarm": alarm, "anywhere": anywhere}


def decided(record: dict[str, Any], p: float, promote: float | None, doubt: float | None) -> tuple[list[str], bool]:
    """The topics and 12356's presence after the stacker's decision."""
    topics, has = list(record["topics"]), record["has12356"]
    if promote is not None and topics[0] != "crisis" and p >= promote:
        return ["crisis", *[t for t in topics if t != "crisis"]], True
    if doubt is not None and topics[0] == "crisis" and p <= doubt:
        rest = [t for t in topics if t != "crisis"] or ["loan_answer"]
        return rest, True  # the loan answer WITH the check-in line
    return topics, has


def figures(rows: list[tuple[str, dict[str, Any]]], probs: np.ndarray, promote: float | None,
            doubt: float | None) -> dict[str, list[int]]:
    out = {key: [0, 0] for key in ("crisis", "abuse", "alarm", "anywhere")}
    for (label, record), p in zip(rows, probs):
        topics, has = decided(record, float(p), promote, doubt)
        for key, value in judged(label, topics, has, record["has12378"]).items():
            if value is not None:
                out[key][0] += value
                out[key][1] += 1
    return out


def show(name: str, before: dict[str, list[int]], after: dict[str, list[int]]) -> str:
    parts = [f"{key} {before[key][0]}->{after[key][0]}/{after[key][1]}" for key in ("crisis", "abuse", "alarm", "anywhere")]
    return f"{name:<28} " + " | ".join(parts)


def ngrams(text: str, n: int = 2) -> set[str]:
    """Character n-grams of the lower-cased message (spaces folded), for the n-gram variant."""
    folded = " ".join(text.lower().split())
    return {f"ng:{folded[i:i + n]}" for i in range(len(folded) - n + 1)}


def with_ngrams(records: list[dict[str, Any]], keep: set[str]) -> list[dict[str, Any]]:
    out = []
    for record in records:
        found = dict(record["features"])
        found.update({name: 1.0 for name in ngrams(record["text"]) if name in keep})
        out.append({**record, "features": found})
    return out


def gated(record: dict[str, Any]) -> bool:
    """The runtime gate of the gated variant: a promotion only where the engine already found a sign of distress
    (the check-in line given, or a check-in reason found)."""
    found = record["features"]
    return "check_in" in found or "reason:None" not in found


def choose_promote(rows: list[tuple[str, dict[str, Any]]], probs: np.ndarray, grid: list[float]) -> float | None:
    """The lowest promote threshold whose out-of-fold promotions are at least 80% real crises and gain most
    (crises gained minus false alarms added minus abuse replies displaced)."""
    base = figures(rows, probs, None, None)
    best, best_gain = None, 0
    for t in grid:
        after = figures(rows, probs, t, None)
        gained = after["crisis"][0] - base["crisis"][0]
        cost = (after["alarm"][0] - base["alarm"][0]) + (base["abuse"][0] - after["abuse"][0])
        if gained > 0 and cost <= gained / 4 and gained - cost > best_gain:
            best, best_gain = t, gained - cost
    return best


def choose_doubt(rows: list[tuple[str, dict[str, Any]]], probs: np.ndarray, grid: list[float]) -> float | None:
    """The doubt threshold that removes most false alarms while a crisis reply lost counts three times."""
    base = figures(rows, probs, None, None)
    best, best_gain = None, 0
    for t in grid:
        after = figures(rows, probs, None, t)
        removed = base["alarm"][0] - after["alarm"][0]
        lost = base["crisis"][0] - after["crisis"][0]
        if removed - 3 * lost > best_gain:
            best, best_gain = t, removed - 3 * lost
    return best


def cached_team() -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, dict[str, Any]]]]:
    """The cached readings by message, and every team row as (set, label, reading)."""
    cache = {}
    for line in CACHE.read_text(encoding="utf-8").split("\n")[:-1]:  # (not splitlines: U+2028 in a JSON string)
        record = json.loads(line)
        cache[record["text"]] = record
    team: list[tuple[str, str, dict[str, Any]]] = []
    for name, path in team_sets().items():
        team += [(name, row.label, cache[row.text]) for row in read_rows(path)]
    return cache, team


def evaluate(l2: float, floor: int, variant: str) -> None:
    cache, team = cached_team()
    records = [record for _, _, record in team]
    keep: set[str] = set()
    if variant in ("ngrams", "split_ngrams"):
        counts: dict[str, int] = {}
        for record in records:
            for gram in ngrams(record["text"]):
                counts[gram] = counts.get(gram, 0) + 1
        keep = {gram for gram, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:300]}
        records = with_ngrams(records, keep)
    names = vocabulary(records, floor)
    x = matrix(records, names)
    y = np.array([1.0 if "crisis" in label else 0.0 for _, label, _ in team])
    groups = np.array([name for name, _, _ in team])
    if variant in ("split", "split_ngrams"):
        # one model per decision, each trained only where it can change the decision: the promote model on the
        # messages the engine did not answer with the crisis reply, the doubt model on those it did
        answered = np.array([record["topics"][0] == "crisis" for record in records])
        masks = [~answered, answered]
    else:
        masks = [np.ones(len(team), dtype=bool)]
    fulls: list[np.ndarray] = []
    oof = np.zeros(len(team))
    for mask in masks:
        full = fit(x[mask], y[mask], l2)
        fulls.append(full)
        for group in sorted(set(groups)):
            inside = groups == group
            w = fit(x[mask & ~inside], y[mask & ~inside], l2, start=full, steps=6)
            rows_in = mask & inside
            oof[rows_in] = 1 / (1 + np.exp(-np.clip(x[rows_in] @ w, -30, 30)))

    def read(out_records: list[dict[str, Any]]) -> np.ndarray:
        xo = matrix(out_records, names)
        probs = [1 / (1 + np.exp(-np.clip(xo @ w, -30, 30))) for w in fulls]
        if len(probs) == 1:
            return probs[0]
        crisis_first = np.array([record["topics"][0] == "crisis" for record in out_records])
        return np.where(crisis_first, probs[1], probs[0])

    print(f"variant {variant}: features {len(names)}, l2 {l2}, team rows {len(team)}, folds {len(set(groups))}")
    rows = [(label, record) for label, record in zip([label for _, label, _ in team], records)]
    if variant == "gated":
        oof = np.array([p if gated(record) else 0.0 for p, (_, record) in zip(oof, rows)])
    base = figures(rows, oof, None, None)
    grid = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]
    for t in grid:
        print(show(f"team OOF promote>={t}", base, figures(rows, oof, t, None)))
    doubts = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3]
    for t in doubts:
        print(show(f"team OOF doubt<={t}", base, figures(rows, oof, None, t)))
    promote, doubt = choose_promote(rows, oof, grid), choose_doubt(rows, oof, doubts)
    print(f"chosen on the team's out-of-fold scores: promote >= {promote}, doubt <= {doubt}")
    for name, path in OUTSIDE.items():
        outside = [(row.label, cache[row.text]) for row in read_rows(path)]
        out_records = with_ngrams([r for _, r in outside], keep) if keep else [r for _, r in outside]
        probs = read(out_records)
        if variant == "gated":
            probs = np.array([p if gated(r) else 0.0 for p, r in zip(probs, out_records)])
        outside = list(zip([label for label, _ in outside], out_records))
        before = figures(outside, probs, None, None)
        print(show(f"{name} promote>={promote}", before, figures(outside, probs, promote, None)))
        print(show(f"{name} doubt<={doubt}", before, figures(outside, probs, None, doubt)))
        print(show(f"{name} both", before, figures(outside, probs, promote, doubt)))
    pool_texts = [line for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool_records = [cache[text] for text in pool_texts if text in cache]
    pool_records = with_ngrams(pool_records, keep) if keep else pool_records
    pool_probs = read(pool_records)
    if variant == "gated":
        pool_probs = np.array([p if gated(r) else 0.0 for p, r in zip(pool_probs, pool_records)])
    promoted = [r["text"] for p, r in zip(pool_probs, pool_records)
                if promote is not None and r["topics"][0] != "crisis" and p >= promote]
    doubted = [r["text"] for p, r in zip(pool_probs, pool_records)
               if doubt is not None and r["topics"][0] == "crisis" and p <= doubt]
    print(f"pool ({len(pool_records)} read): newly given the crisis reply {len(promoted)}, crisis reply doubted {len(doubted)}")
    for text in promoted[:10]:
        print("  promoted:", text[:80])
    top = sorted(zip(fulls[0], names), key=lambda pair: -abs(pair[0]))[:25]
    print("heaviest:", ", ".join(f"{n}={w:+.2f}" for w, n in top))
    np.save(f"/tmp/stack108_oof_{variant}.npy", oof)
    Path(f"/tmp/stack108_weights_{variant}.json").write_text(json.dumps(
        {"names": names, "weights": [[float(w) for w in full] for full in fulls], "promote": promote, "doubt": doubt}))


# ---- the shipped stacker: promote only, gated on the check-in line (Round 82) ----------------------------------

GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98]  # Round 81's promote grid, unchanged
PAIRS = 300  # the commonest character pairs of the team's sets, as Round 81's split_ngrams
# Round 82b: shipped. (Round 82's candidate promoted 24 of the team's unit-test look-alikes; the unit tests' messages
# are now training rows with their own folds, benchmarks/safety_stack_unit_rows.py, and the gate skips abuse-led replies.)
STACK_FILE = ROOT / "knowledge" / "safety_stack.json"
UNIT_ROWS = ROOT / "benchmarks" / "safety_stack_unit_rows.tsv"
# Round 94 (review150 #2): development rows written for the refit (third-person "he will vanish" benign, their
# first-person crisis twins), one fold of their own; in the team sets' format (python tests/safety_figures.py reads it)
DEV_ROWS = ROOT / "benchmarks" / "safety_stack_dev_rows.tsv"


def inputs_digest() -> str:
    """A digest of what the features depend on (the package's code and the knowledge but the stacker's own file):
    the cache of one engine's readings is never read for another."""
    import hashlib
    digest = hashlib.sha256()
    paths = sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "bot").glob("*.marshal"), *(ROOT / "knowledge").rglob("*")])
    for path in paths:
        if path.is_file() and path != STACK_FILE:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def promote_gate(record: dict[str, Any]) -> bool:
    """The runtime gate (bot.safety_stack.gated): a reply with the check-in line, no crisis reply, not abuse-led; and
    (Round 98, bot.safety_stack_reported) no third person's reported plan to leave."""
    from bot.safety_stack_reported import reported_departure
    topics = record["topics"]
    return ("check_in" in record["features"] and "crisis" not in topics and topics[0] != "abusive_collection"
            and not reported_departure(record["text"]))


def refit(write: bool, l2: float, floor: int) -> None:
    """Fit the shipped stacker on the team's sets (one fold each) and the unit tests' rows (their own folds), choose its
    threshold on the gated out-of-fold scores by Round 81's fixed rule, print the out-of-fold figures and (``write``)
    write knowledge/safety_stack.json."""
    cache, team = cached_team()
    if UNIT_ROWS.exists():  # Round 82b: the unit tests' messages, their own folds (benchmarks/safety_stack_unit_rows.py)
        unit = read_folds(UNIT_ROWS)
        team += [(name, label, cache[text]) for name, label, text in unit]
        print(f"unit-test rows {len(unit)} ({sum(label == 'benign' for _, label, _ in unit)} benign with the check-in "
              f"line) in {len({name for name, _, _ in unit})} folds")
    counts: dict[str, int] = {}
    for _, _, record in team:
        for gram in ngrams(record["text"]):
            counts[gram] = counts.get(gram, 0) + 1
    keep = {gram for gram, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:PAIRS]}
    records = with_ngrams([record for _, _, record in team], keep)
    names = vocabulary(records, floor)
    x = matrix(records, names)
    y = np.array([1.0 if "crisis" in label else 0.0 for _, label, _ in team])
    groups = np.array([name for name, _, _ in team])
    # trained where a promotion can change the reply (no crisis reply: Round 81's split promote model)
    mask = np.array([record["topics"][0] != "crisis" for record in records])
    full = fit(x[mask], y[mask], l2)
    oof = np.zeros(len(team))
    for group in sorted(set(groups)):
        inside = groups == group
        w = fit(x[mask & ~inside], y[mask & ~inside], l2, start=full, steps=6)
        rows_in = mask & inside
        oof[rows_in] = 1 / (1 + np.exp(-np.clip(x[rows_in] @ w, -30, 30)))
    gate = np.array([promote_gate(record) for record in records])
    rows = [(label, record) for (_, label, _), record in zip(team, records)]
    base = figures(rows, oof, None, None)
    print(f"features {len(names)}, l2 {l2}, team rows {len(team)}, folds {len(set(groups))}, "
          f"trained on {int(mask.sum())} replies without the crisis reply, gated {int(gate.sum())}")
    for label, probs in (("ungated", oof), ("gated", np.where(gate, oof, 0.0))):
        for t in GRID:
            print(show(f"team OOF {label} >= {t}", base, figures(rows, probs, t, None)))
    gated_oof = np.where(gate, oof, 0.0)
    threshold = choose_promote(rows, gated_oof, GRID)
    print(f"chosen on the team's gated out-of-fold scores: promote >= {threshold}")
    if threshold is None:
        print("no threshold passes the rule: nothing to write")
        return
    after = figures(rows, gated_oof, threshold, None)
    oof_figures = {"crisis_gained": after["crisis"][0] - base["crisis"][0],
                   "false_alarms_added": after["alarm"][0] - base["alarm"][0],
                   "abuse_displaced": base["abuse"][0] - after["abuse"][0]}
    print("out-of-fold at the threshold:", oof_figures)
    for (group, label, _), record, p in zip(team, records, gated_oof):
        if p >= threshold and record["topics"][0] != "crisis":
            print(f"  OOF promoted {label:<13} {p:.3f} {group[:22]:<22} {record['text'][:90]}")
    weights = {name: round(float(w), 6) for name, w in zip(names, full) if round(float(w), 6) != 0.0}
    data = {"about": "The promote-only safety stacker's logistic weights over the engine's readings and the commonest "
                     "character pairs (bot.safety_stack; docs/safety.md Rounds 82-82b). Written by "
                     "python benchmarks/safety_stack.py refit --write; refit after any reader changes.",
            "fitted": {"rows": len(team), "folds": len(set(groups)), "pairs": PAIRS, "l2": l2,
                       "rule": "leave-one-set-out over tests/data/safety_*.tsv and the unit tests' rows "
                               "(benchmarks/safety_stack_unit_rows.tsv, 5 folds); the lowest-cost threshold of "
                               f"{GRID} whose gated out-of-fold promotions are >= 80% real crises, most net gain",
                       "out_of_fold": oof_figures},
            "threshold": threshold, "weights": dict(sorted(weights.items()))}
    if write:
        STACK_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {STACK_FILE.relative_to(ROOT)} ({len(weights)} weights)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("features", "evaluate", "refit", "loso"))
    parser.add_argument("--rule", choices=("88b", "82b"), default="88b",
                        help="refit: 88b (asserting unit rows, the outside sets as folds, safety_stack_outside) or "
                             "82b (the team's sets and every unit row, Round 81's rule: Round 88a's refit)")
    parser.add_argument("--write", action="store_true", help="refit: write knowledge/safety_stack.json")
    parser.add_argument("--keep-unit-rows", action="store_true",
                        help="refit: use benchmarks/safety_stack_unit_rows.tsv as it is (no run of the unit suite)")
    parser.add_argument("--cache", type=Path, help="the features' cache (default: one per digest of the inputs)")
    parser.add_argument("--pool", action="store_true", help="read the pool's questions too (features)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--floor", type=int, default=5, help="a feature counts when this many team rows have it")
    parser.add_argument("--variant", choices=("engine", "ngrams", "gated", "split", "split_ngrams"), default="engine",
                        help="engine: the engine's readings; ngrams: + the 300 commonest character bigrams; "
                             "gated: engine, promotions only where a sign of distress was found; "
                             "split: one model per decision, trained where it can change it; split_ngrams: both")
    args = parser.parse_args()
    global CACHE
    CACHE = args.cache or Path(f"/tmp/safety_stack_{inputs_digest()}.jsonl")
    if args.step in ("refit", "loso"):
        import safety_stack_outside
        safety_stack_outside.stack.CACHE = CACHE  # (run as a script this module is __main__, not safety_stack)
        new = args.rule == "88b"
        if args.step == "refit" and not args.keep_unit_rows:
            records = record_suite()
            print(f"{len(records)} routes recorded; {write_unit_rows(records, asserting=new)} unit-test rows written",
                  file=sys.stderr)
        extract(False, outside=new or args.step == "loso")  # (only what the cache lacks)
        if args.step == "loso":
            safety_stack_outside.loso(args.l2, args.floor)
        elif new:
            safety_stack_outside.refit(args.write, args.l2, args.floor)
        else:
            refit(args.write, args.l2, args.floor)
    elif args.step == "features":
        extract(args.pool)
    else:
        evaluate(args.l2, args.floor, args.variant)
    return 0


if __name__ == "__main__":
    sys.exit(main())
