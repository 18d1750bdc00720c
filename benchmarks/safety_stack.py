"""Round 81 (issue 12): does a message-level stacker over the engine's own readings, trained on the team's sets
only, generalise to the outside sets (/work/blind17, 18, 19)?

    python benchmarks/safety_stack.py features     # read every message once (cached in /tmp/stack108_features.jsonl)
    python benchmarks/safety_stack.py evaluate     # leave-one-set-out over the team's sets, then the outside sets once

Features: bot.safety.stack.features (the route's first topic, rule and check-in, the rules' cue kinds, the learned
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

DATA = ROOT / "tests" / "data"
OUTSIDE = {"blind17": Path("/work/blind17/safety.tsv"), "blind18": Path("/work/blind18/safety.tsv"),
           "blind19": Path("/work/blind19/safety.tsv")}
CACHE = Path("/tmp/stack108_features.jsonl")
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"


def team_sets() -> dict[str, Path]:
    """Every labelled safety set of the team (one fold each)."""
    return {path.name: path for path in sorted(DATA.glob("safety_*.tsv"))}


def _read(text: str) -> dict[str, Any]:
    from bot.routing_vet import crisis_of  # noqa: F401  (imported for the forked children)
    from bot.safety import assess
    from bot.safety.stack import features
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


def extract(pool: bool) -> None:
    from bot import Engine
    from bot.workers import map_in_processes
    _ENGINE.append(Engine.load())
    seen: dict[str, dict[str, Any]] = {}
    if CACHE.exists():
        for line in CACHE.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            seen[record["text"]] = record
    texts: list[str] = []
    for path in [*team_sets().values(), *OUTSIDE.values()]:
        texts += [row.text for row in read_rows(path)]
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


def evaluate(l2: float, floor: int, promotes: list[float], doubts: list[float]) -> None:
    cache = {}
    for line in CACHE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        cache[record["text"]] = record
    team: list[tuple[str, str, dict[str, Any]]] = []
    for name, path in team_sets().items():
        team += [(name, row.label, cache[row.text]) for row in read_rows(path)]
    records = [record for _, _, record in team]
    names = vocabulary(records, floor)
    x = matrix(records, names)
    y = np.array([1.0 if "crisis" in label else 0.0 for _, label, _ in team])
    groups = np.array([name for name, _, _ in team])
    full = fit(x, y, l2)
    oof = np.zeros(len(team))
    for group in sorted(set(groups)):
        inside = groups == group
        w = fit(x[~inside], y[~inside], l2, start=full, steps=6)
        oof[inside] = 1 / (1 + np.exp(-np.clip(x[inside] @ w, -30, 30)))
    print(f"features {len(names)}, l2 {l2}, team rows {len(team)}, folds {len(set(groups))}")
    rows = [(label, record) for _, label, record in team]
    base = figures(rows, oof, None, None)
    for t in promotes:
        print(show(f"team OOF promote>={t}", base, figures(rows, oof, t, None)))
    for t in doubts:
        print(show(f"team OOF doubt<={t}", base, figures(rows, oof, None, t)))
    # per team set: does any set lose a crisis's 12356 or a crisis reply under doubt
    for name, path in OUTSIDE.items():
        outside = [(row.label, cache[row.text]) for row in read_rows(path)]
        probs = 1 / (1 + np.exp(-np.clip(matrix([r for _, r in outside], names) @ full, -30, 30)))
        before = figures(outside, probs, None, None)
        for t in promotes:
            print(show(f"{name} promote>={t}", before, figures(outside, probs, t, None)))
        for t in doubts:
            print(show(f"{name} doubt<={t}", before, figures(outside, probs, None, t)))
    top = sorted(zip(full, names), key=lambda pair: -abs(pair[0]))[:25]
    print("heaviest:", ", ".join(f"{n}={w:+.2f}" for w, n in top))
    np.save("/tmp/stack108_oof.npy", oof)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("features", "evaluate"))
    parser.add_argument("--pool", action="store_true", help="read the pool's questions too (features)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--floor", type=int, default=5, help="a feature counts when this many team rows have it")
    parser.add_argument("--promote", type=float, nargs="*", default=[0.5, 0.7, 0.8, 0.9, 0.95])
    parser.add_argument("--doubt", type=float, nargs="*", default=[0.02, 0.05, 0.1, 0.2])
    args = parser.parse_args()
    if args.step == "features":
        extract(args.pool)
    else:
        evaluate(args.l2, args.floor, args.promote, args.doubt)
    return 0


if __name__ == "__main__":
    sys.exit(main())
