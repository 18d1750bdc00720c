"""Round 88b (issue 12, docs/safety.md Round 88): the promote-only stacker's refit with the retired outside sets as
training rows (one fold per set), a look-alike's false alarm costing half, a false-alarm budget of one per outside
set, and the leave-one-set-out estimate on blind21 and blind20.

    python benchmarks/safety_stack.py loso             # blind21, then blind20, held out of everything and read once
    python benchmarks/safety_stack.py refit --write    # Round 88b's rule on every row; writes knowledge/safety_stack.json

The rule (written and committed before any of its figures, docs/safety.md Round 88b): gain +1 per crisis row newly
given the crisis reply first; cost +1 per false alarm added on a team-set or outside-set benign row, +0.5 per false
alarm added on a unit-test look-alike row, +1 per abuse reply displaced; on the gated out-of-fold scores, the
threshold of Round 81's grid with cost <= gain / 4 and at most one false alarm added per outside set in the rows, of
largest gain - cost (ties: the higher threshold). The outside sets are read where they are (/work/blind17..21), never
copied into the repository; a machine without them fits on the team's rows alone (the refit says so).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

import safety_stack as stack
from safety_figures import read_rows

RETIRED = {f"blind{n}": Path(f"/work/blind{n}/safety.tsv") for n in (17, 18, 19, 20, 21, 22, 23)}  # (Round 98: + 23)
HELD = ("blind23", "blind22")  # the leave-one-set-out estimate's sets (Round 98: blind23, blind22)
LOOKALIKE_COST = 0.5  # a false alarm on a unit-test look-alike (Round 88b)

Record = dict[str, Any]
Rows = list[tuple[str, str, Record]]  # (fold, label, the engine's reading)


def outside_rows(cache: dict[str, Record], without: tuple[str, ...] = ()) -> Rows:
    """The retired outside sets' rows, one fold per set (those in ``without`` left out)."""
    out: Rows = []
    for name, path in RETIRED.items():
        if name in without:
            continue
        if not path.exists():
            print(f"  {path} not found: {name} is not in the rows", file=sys.stderr)
            continue
        out += [(name, row.label, cache[row.text]) for row in read_rows(path)]
    return out


def changed(label: str, record: Record, p: float, threshold: float) -> tuple[int, int, int]:
    """(crisis gained, false alarm added, abuse displaced) of one row when the stacker promotes at ``threshold``."""
    before = stack.judged(label, record["topics"], record["has12356"], record["has12378"])
    topics, has = stack.decided(record, p, threshold, None)
    after = stack.judged(label, topics, has, record["has12378"])
    gained = int(before["crisis"] is not None and bool(after["crisis"]) and not before["crisis"])
    alarm = int(before["alarm"] is not None and bool(after["alarm"]) and not before["alarm"])
    displaced = int(before["abuse"] is not None and bool(before["abuse"]) and not after["abuse"])
    return gained, alarm, displaced


def tally(rows: Rows, probs: np.ndarray, threshold: float) -> dict[str, float]:
    """The rule's counts at ``threshold``: gain, cost, and the parts (outside false alarms among them)."""
    out = {"gain": 0.0, "cost": 0.0, "alarms": 0.0, "lookalike_alarms": 0.0, "outside_alarms": 0.0, "displaced": 0.0,
           "outside_gain": 0.0}
    for (fold, label, record), p in zip(rows, probs):
        gained, alarm, displaced = changed(label, record, float(p), threshold)
        lookalike = fold.startswith("unit:")
        out["gain"] += gained
        out["cost"] += alarm * (LOOKALIKE_COST if lookalike else 1.0) + displaced
        out["alarms"] += alarm * (not lookalike)
        out["lookalike_alarms"] += alarm * lookalike
        out["displaced"] += displaced
        if fold in RETIRED:
            out["outside_alarms"] += alarm
            out["outside_gain"] += gained
    return out


def choose(rows: Rows, probs: np.ndarray, show: bool = True, model: "Fitted | None" = None) -> float | None:
    """Round 88b's threshold on the gated out-of-fold ``probs`` (module doc); with ``model`` (Round 98's amendment, made
    after criterion (ii) failed at 0.8, disclosed in docs/safety.md): only a threshold at which ``model`` (the one that
    would ship) promotes no unit-test look-alike row in-sample: those rows are benign because a test pins them, so a
    threshold that promotes one fails the unit suite."""
    pinned = [record for fold, label, record in rows if fold.startswith("unit:") and label == "benign"]
    pinned_scores = model.read(pinned) if model is not None and pinned else np.zeros(0)
    outside_sets = len({fold for fold, _, _ in rows if fold in RETIRED})
    best, best_net = None, 0.0
    for t in stack.GRID:
        counts = tally(rows, probs, t)
        eligible = counts["gain"] > 0 and counts["cost"] <= counts["gain"] / 4 and counts["outside_alarms"] <= outside_sets
        pinned_promoted = int((pinned_scores >= t).sum())
        eligible = eligible and not pinned_promoted
        net = counts["gain"] - counts["cost"]
        if show:
            print(f"  OOF >= {t:<5} gain +{counts['gain']:.0f} (outside +{counts['outside_gain']:.0f}) | false alarms "
                  f"+{counts['alarms']:.0f} (outside +{counts['outside_alarms']:.0f}), look-alikes "
                  f"+{counts['lookalike_alarms']:.0f} | abuse displaced {counts['displaced']:.0f} | cost "
                  f"{counts['cost']:.1f} | pinned look-alikes promoted in-sample {pinned_promoted} | "
                  f"{'eligible' if eligible else 'refused'}")
        if eligible and net >= best_net:
            best, best_net = t, net
    return best


class Fitted:
    """The promote model fitted on ``rows`` (Round 82b's features, pairs and gate), with its out-of-fold scores."""

    def __init__(self, rows: Rows, l2: float, floor: int) -> None:
        counts: dict[str, int] = {}
        for _, _, record in rows:
            for gram in stack.ngrams(record["text"]):
                counts[gram] = counts.get(gram, 0) + 1
        self.keep = {gram for gram, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:stack.PAIRS]}
        records = stack.with_ngrams([record for _, _, record in rows], self.keep)
        self.names = stack.vocabulary(records, floor)
        x = stack.matrix(records, self.names)
        y = np.array([1.0 if "crisis" in label else 0.0 for _, label, _ in rows])
        groups = np.array([fold for fold, _, _ in rows])
        mask = np.array([record["topics"][0] != "crisis" for record in records])
        self.full = stack.fit(x[mask], y[mask], l2)
        oof = np.zeros(len(rows))
        # Each fold's model is one Newton step from the full model with the fold's rows taken out: at the full
        # optimum the rest's gradient is minus the fold's, and the rest's Hessian is the full one minus the fold's,
        # so a fold costs only its own rows (Round 82b refitted each fold with 6 steps over every other row: ~100x
        # the work, too slow on a loaded machine; the one step is exact to second order).
        penalty = np.full(x.shape[1], l2)
        penalty[0] = 1e-6
        p_all = 1 / (1 + np.exp(-np.clip(x[mask] @ self.full, -30, 30)))
        hessian = (x[mask] * (p_all * (1 - p_all))[:, None]).T @ x[mask] + np.diag(penalty)
        for group in sorted(set(groups)):
            rows_in = mask & (groups == group)
            if not rows_in.any():
                continue
            xg, yg = x[rows_in], y[rows_in]
            pg = 1 / (1 + np.exp(-np.clip(xg @ self.full, -30, 30)))
            gradient_rest = -(xg.T @ (pg - yg))  # the rest's data gradient at the full optimum (its penalty included)
            hessian_rest = hessian - (xg * (pg * (1 - pg))[:, None]).T @ xg
            w = self.full - np.linalg.solve(hessian_rest, gradient_rest)
            oof[rows_in] = 1 / (1 + np.exp(-np.clip(xg @ w, -30, 30)))
        gate = np.array([stack.promote_gate(record) for record in records])
        self.oof = np.where(gate, oof, 0.0)
        self.rows, self.folds, self.trained, self.gated = rows, len(set(groups)), int(mask.sum()), int(gate.sum())

    def read(self, records: list[Record]) -> np.ndarray:
        """The full model's gated scores of other rows."""
        x = stack.matrix(stack.with_ngrams(records, self.keep), self.names)
        probs = 1 / (1 + np.exp(-np.clip(x @ self.full, -30, 30)))
        return np.where(np.array([stack.promote_gate(record) for record in records]), probs, 0.0)

    def weights(self) -> dict[str, float]:
        return {name: round(float(w), 6) for name, w in zip(self.names, self.full) if round(float(w), 6) != 0.0}


def all_rows() -> tuple[dict[str, Record], Rows]:
    """The cached readings and every training row: the team's sets, the unit rows, the outside sets."""
    cache, team = stack.cached_team()
    if stack.UNIT_ROWS.exists():
        team += [(fold, label, cache[text]) for fold, label, text in stack.read_folds(stack.UNIT_ROWS)]
    if stack.DEV_ROWS.exists():  # Round 94: the refit's own development rows, one fold
        team += [(fold, label, cache[text]) for fold, label, text in stack.read_folds(stack.DEV_ROWS)]
    return cache, team + outside_rows(cache)


def loso(l2: float, floor: int) -> None:
    """Leave one outside set out (blind21, then blind20): the rule on the rest, the rest's model read once on it."""
    cache, every = all_rows()
    for held in HELD:
        rest = [row for row in every if row[0] != held]
        model = Fitted(rest, l2, floor)
        print(f"held out {held}: {len(rest)} rows, {model.folds} folds, {len(model.names)} features, trained on "
              f"{model.trained}, gated {model.gated}")
        threshold = choose(rest, model.oof, model=model)
        held_rows = [row for row in every if row[0] == held]
        probs = model.read([record for _, _, record in held_rows])
        for t in stack.GRID:
            counts = tally(held_rows, probs, t)
            mark = " <- chosen" if t == threshold else ""
            print(f"  {held} read once >= {t:<5} crisis +{counts['gain']:.0f}, false alarms +{counts['alarms']:.0f}, "
                  f"abuse displaced {counts['displaced']:.0f}{mark}")
        if threshold is not None:
            for (_, label, record), p in zip(held_rows, probs):
                if p >= threshold and any(changed(label, record, float(p), threshold)):
                    print(f"    {label:<13} {p:.3f} {record['text'][:100]}")
        print(f"  chosen {threshold}")


def shipped_promotes(record: Record) -> bool:
    """Whether the weights now in knowledge/safety_stack.json (what main ships) promote ``record`` behind main's gate
    (the check-in line, no crisis reply, not abuse-led: the reported-departure gate is this refit's, not main's)."""
    from bot.safety_stack import Stacker, with_pairs
    if not stack.STACK_FILE.exists():
        return False
    if not _SHIPPED:
        data = json.loads(stack.STACK_FILE.read_text(encoding="utf-8"))
        _SHIPPED.append(Stacker(data["weights"], float(data["threshold"])))
    topics = record["topics"]
    if "check_in" not in record["features"] or "crisis" in topics or topics[0] == "abusive_collection":
        return False
    return _SHIPPED[0].score(with_pairs(record["features"], record["text"])) >= _SHIPPED[0].threshold


_SHIPPED: list[Any] = []


def against_shipped(every: Rows, model: Fitted, threshold: float) -> dict[str, int]:
    """Round 98's guard: every crisis row the shipped weights promote and the refit does not (and the reverse), and
    every benign row either promotes alone, printed one by one; the counts go into the weights file. A refit never
    drops a promotion main makes without saying so."""
    probs = model.read([record for _, _, record in every])
    out = {"crisis_lost": 0, "crisis_gained": 0, "benign_promoted_only_by_shipped": 0, "benign_promoted_only_by_refit": 0}
    for (fold, label, record), p in zip(every, probs):
        old, new = shipped_promotes(record), bool(p >= threshold)
        if old == new or label not in ("crisis", "crisis+abuse", "benign"):
            continue
        kind = ("crisis_" if "crisis" in label else "benign_promoted_only_by_") + (
            ("lost" if old else "gained") if "crisis" in label else ("shipped" if old else "refit"))
        out[kind] += 1
        print(f"  GUARD {kind:<32} {fold[:22]:<22} {p:.3f} {record['text'][:100]}")
    print("against the shipped weights:", out)
    return out


def refit(write: bool, l2: float, floor: int) -> None:
    """Round 88b's rule on every row; ``write``: knowledge/safety_stack.json."""
    _, every = all_rows()
    model = Fitted(every, l2, floor)
    print(f"every row: {len(every)} rows, {model.folds} folds, {len(model.names)} features, trained on "
          f"{model.trained}, gated {model.gated}")
    threshold = choose(every, model.oof, model=model)
    print(f"chosen on the gated out-of-fold scores (Round 88b, Round 98's amendment): promote >= {threshold}")
    if threshold is None:
        print("no threshold passes the rule: nothing to write")
        return
    counts = tally(every, model.oof, threshold)
    for (fold, label, record), p in zip(every, model.oof):
        if p >= threshold and record["topics"][0] != "crisis":
            print(f"  OOF promoted {label:<13} {p:.3f} {fold[:22]:<22} {record['text'][:90]}")
    oof_figures = {"crisis_gained": int(counts["gain"]), "false_alarms_added": int(counts["alarms"] + counts["lookalike_alarms"]),
                   "abuse_displaced": int(counts["displaced"])}
    shipped = against_shipped(every, model, threshold)  # (Round 98's guard: read before the file is overwritten)
    weights = model.weights()
    data = {"about": "The promote-only safety stacker's logistic weights over the engine's readings and the commonest "
                     "character pairs (bot.safety_stack; docs/safety.md Rounds 82-98). Written by "
                     "python benchmarks/safety_stack.py refit --write; refit after any reader changes.",
            "fitted": {"rows": len(every), "folds": model.folds, "pairs": stack.PAIRS, "l2": l2,
                       "rule": "Round 88b (rows: Rounds 94 and 98): leave-one-set-out over tests/data/safety_*.tsv, the unit "
                               "tests' rows labelled by what their test pins (5 folds), the refit's dev rows (2 folds) "
                               "and the retired outside sets blind17-23 (one fold each), gated as shipped (Round 98: "
                               "no third person's reported departure); of "
                               f"{stack.GRID}, cost (a false alarm 1, on a unit look-alike 0.5, an abuse reply "
                               "displaced 1) <= gain / 4 and <= 1 outside false alarm per outside set, no unit look-alike promoted "
                               "in-sample (Round 98's amendment), most net gain",
                       "out_of_fold": oof_figures, "against_shipped": shipped},
            "threshold": threshold, "weights": dict(sorted(weights.items()))}
    print("out-of-fold at the threshold:", oof_figures)
    if write:
        stack.STACK_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {stack.STACK_FILE.relative_to(stack.ROOT)} ({len(weights)} weights)")


__all__ = ["RETIRED", "Fitted", "against_shipped", "choose", "loso", "outside_rows", "refit", "tally"]
