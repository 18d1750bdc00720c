"""How the safety readers generalise to messages they never saw (issue 12, safe5).

    python benchmarks/safety_unseen.py [--extra table|e5] [--mode MODE] [--floor F] [--pool] [--misses]

Reads tests/data/safety_holdout3.tsv, safety_holdout4.tsv and safety_r..v.tsv (the learned
detectors never trained on any of them; the rules were tuned on all but held-out 4) and prints,
per set and language, crisis recall | abuse recall | false alarms on benign rows for:
- rules: bot.safety.assess without detectors;
- learned: the learned detectors alone, with the agreement gate the engine applies
  (bot.safety.agreement), and ``raw``: any window at P >= 0.9 with no gate at all;
- engine: Engine.ask judged as tests/safety_figures.py judges it (crisis first with 12356...).
``--extra`` adds a candidate reader (benchmarks/safety_table.py) beside the learned detectors:
- mode ``max``: a window counts when the candidate's P >= floor (the engine's gate still applies);
- mode ``agree``: a learned window counts only when the candidate's P >= floor as well;
- mode ``band``: a window the learned detector puts in [BAND, 0.9) counts when the candidate's
  P >= floor (the candidate consulted only where the default is unsure);
- mode ``concept``: the learned detector's score and floor unchanged, but the candidate's P >= floor
  stands in for the hand-picked concept groups of the gate (a crisis concept or a collector's act,
  bot.safety.concepts) where they name none;
- mode ``pair``: a clause the learned detector passes alone (P >= 0.9, gate agreeing) but whose
  pairs with its neighbours fall under the floor counts when the candidate's P >= floor on it;
- mode ``gate``: everything the candidate may vouch for at once: band, concept and pair, and for
  crisis also the distress cue (bot.safety.lexicon.distress) where the window has none.
``--pool`` counts crisis and abuse replies on ../shared/eval/pool.txt (counts only, no lines shown).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

from bot import Engine  # noqa: E402
from bot.safety import agreement, assess  # noqa: E402
from bot.safety.abuse import about_someone_else, hearsay_only  # noqa: E402
from bot.safety.clauses import fold_clause, split_clauses, windows  # noqa: E402
from bot.safety.idioms import masked  # noqa: E402
from bot.safety.learned import Detectors  # noqa: E402
from bot.text import normalize  # noqa: E402
from safety_figures import DATA, judge, read_rows  # noqa: E402

SETS = ("safety_holdout3.tsv", "safety_holdout4.tsv", "safety_r.tsv", "safety_s.tsv", "safety_t.tsv",
        "safety_u.tsv", "safety_v.tsv")
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
BAND = 0.5
RECORDING = False  # e5 on the pool: a first pass notes the windows asked for (see e5_reader)
WANTED: list[str] = []
PREFETCH: list[Callable[[], None]] = []
ZERO: Any = None
DETECTORS: Any = None  # other detectors to measure in the engine's place (benchmarks/safety_features.py)
Score = Callable[[str], float]


def table_reader(path: Path) -> tuple[Score, Score]:
    """Candidate 1: the distilled token table, pure Python (benchmarks/wordtable.WordTable)."""
    from wordtable import WordTable

    table = WordTable.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def reader(column: int) -> Score:
        def score(text: str) -> float:
            logits = table.score(normalize(text))
            return 0.0 if logits is None else 1.0 / (1.0 + math.exp(-logits[column]))
        return score
    return reader(0), reader(1)


def e5_reader(path: Path) -> tuple[Score, Score]:
    """Candidate 2: e5 embedding of the window + LogisticRegression (cached embeddings)."""
    import embeddings

    import numpy as np

    global ZERO
    ZERO = np.zeros(embeddings.DIM, np.float32)
    models = pickle.loads(path.read_bytes())
    cached = embeddings._load()  # the disk cache, read only: saving it per text would rewrite 70 MB each time
    memo: dict[str, Any] = {}

    def vector(text: str) -> Any:
        if text not in memo:
            if text in cached:
                memo[text] = cached[text]
            elif RECORDING:  # a first pass over the pool: note the text, embed all of them in batches later
                WANTED.append(text)
                return ZERO
            else:
                memo[text] = embeddings.live([text])[0]
        return memo[text]

    def prefetch() -> None:
        texts = list(dict.fromkeys(t for t in WANTED if t not in memo))
        for start in range(0, len(texts), 256):
            chunk = texts[start:start + 256]
            memo.update(zip(chunk, embeddings.live(chunk)))
        WANTED.clear()
    PREFETCH.append(prefetch)

    def reader(name: str) -> Score:
        def score(text: str) -> float:
            return float(models[name].predict_proba(vector(text).reshape(1, -1))[0][1])
        return score
    return reader("crisis"), reader("abuse")


class Combined:
    """The learned detectors with a candidate reader beside them (see the module doc)."""

    def __init__(self, base: Detectors, extra: tuple[Score, Score], mode: str, floors: tuple[float, float]) -> None:
        self.base, self.extra, self.mode, self.floors = base, extra, mode, floors
        self.calls = 0
        self.floor = floors[0]

    def _combine(self, learned: float, candidate: Callable[[], float]) -> float:
        if self.mode in ("concept", "pair"):
            return learned
        if self.mode == "gate":
            if BAND <= learned < agreement.CRISIS_FLOOR:
                self.calls += 1
                return 0.9 if candidate() >= self.floor else learned
            return learned
        if self.mode == "agree":
            if learned >= agreement.CRISIS_FLOOR:
                self.calls += 1
                return learned if candidate() >= self.floor else min(learned, 0.89)
            return learned
        if self.mode == "band" and not BAND <= learned < agreement.CRISIS_FLOOR:
            return learned
        if learned >= agreement.CRISIS_FLOOR:
            return learned
        self.calls += 1
        return max(learned, 0.9) if candidate() >= self.floor else learned

    def crisis_score(self, folded: str) -> float:
        self.floor = self.floors[0]
        return self._combine(self.base.crisis_score(folded), lambda: self.extra[0](masked(folded)))

    def abuse_score(self, folded: str) -> float:
        self.floor = self.floors[1]
        return self._combine(self.base.abuse_score(folded), lambda: self.extra[1](folded))


def install_concepts(combined: Combined) -> None:
    """Mode ``concept``: the candidate may stand in for the gate's concept groups."""
    crisis_concept, abuse_act = agreement.crisis_concept, agreement.abuse_act

    def crisis(text: str) -> bool:
        if crisis_concept(text):
            return True
        combined.calls += 1
        return combined.extra[0](text) >= combined.floors[0]

    def abuse(text: str) -> bool:
        if abuse_act(text):
            return True
        combined.calls += 1
        return combined.extra[1](text) >= combined.floors[1]
    agreement.crisis_concept, agreement.abuse_act = crisis, abuse  # type: ignore[assignment]


def install_distress(combined: Combined) -> None:
    """Mode ``gate``: the candidate may stand in for the distress cue the crisis gate wants."""
    distress = agreement.distress

    def agreeing(text: str) -> bool:
        if distress(text):
            return True
        combined.calls += 1
        return combined.extra[0](text) >= combined.floors[0]
    agreement.distress = agreeing  # type: ignore[assignment]


def install_pair(combined: Combined) -> None:
    """Mode ``pair``: agreement.learned_crisis with the neighbour requirement relaxed where the
    candidate agrees (the function's source with one condition widened, for this experiment only)."""
    import inspect
    import textwrap

    source = textwrap.dedent(inspect.getsource(agreement.learned_crisis))
    old = "(not pairs or max(pairs) >= CRISIS_FLOOR)"
    assert old in source
    source = source.replace(old, "(not pairs or max(pairs) >= CRISIS_FLOOR or _candidate(clauses[index].text))")

    def candidate(text: str) -> bool:
        combined.calls += 1
        return combined.extra[0](masked(text)) >= combined.floors[0]
    namespace = vars(agreement)
    namespace["_candidate"] = candidate
    exec(compile(source, agreement.__file__, "exec"), namespace)


def learned_alone(text: str, detectors: Any) -> set[str]:
    """What the learned detectors raise alone, gated as the engine gates them (as safety_cv)."""
    clauses = split_clauses(text)
    whole = fold_clause(text)
    found = set()
    if agreement.learned_crisis(text, clauses, detectors, masked(whole)):
        found.add("crisis")
    if not (hearsay_only(whole) or about_someone_else(whole)) and agreement.learned_abuse(text, clauses, detectors):
        found.add("abuse")
    return found


def raw(text: str, detectors: Any, floor: float = 0.9) -> set[str]:
    """Any window at P >= floor, no agreement gate."""
    found = set()
    for window in windows(split_clauses(text)):
        if detectors.crisis_score(window.text) >= floor:
            found.add("crisis")
        if detectors.abuse_score(window.text) >= floor:
            found.add("abuse")
    return found


def tally(rows: list[Any], read: Callable[[Any], tuple[bool | None, bool | None, bool | None]]) -> dict[str, list[list[int]]]:
    counts: dict[str, list[list[int]]] = defaultdict(lambda: [[0, 0], [0, 0], [0, 0]])
    for row in rows:
        for i, result in enumerate(read(row)):
            if result is not None:
                counts[row.lang][i][0] += result
                counts[row.lang][i][1] += 1
    return counts


def from_found(row: Any, found: set[str]) -> tuple[bool | None, bool | None, bool | None]:
    return ("crisis" in found if "crisis" in row.label else None, "abuse" in found if "abuse" in row.label else None,
            bool(found) if row.label == "benign" else None)


def cell(c: list[int]) -> str:
    return f"{c[0] / c[1]:6.1%} ({c[0]:3}/{c[1]:3})" if c[1] else "      -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", choices=("table", "e5"))
    parser.add_argument("--path", type=Path, help="the candidate's file (default: in the embeddings cache)")
    parser.add_argument("--mode", choices=("max", "agree", "band", "concept", "pair", "gate"), default="max")
    parser.add_argument("--floor", type=float, default=0.9, help="the candidate's crisis floor")
    parser.add_argument("--abuse-floor", type=float, help="the candidate's abuse floor (default: --floor)")
    parser.add_argument("--readers", default="rules,learned,raw,engine")
    parser.add_argument("--pool", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    engine = Engine.load()
    if DETECTORS is not None:
        engine._router._detectors = DETECTORS
    detectors: Any = engine._router._detectors
    if args.extra:
        import embeddings
        default = embeddings.cache_dir() / ("safety_table.json" if args.extra == "table" else "safety_e5.pkl")
        reader = (table_reader if args.extra == "table" else e5_reader)(args.path or default)
        detectors = Combined(detectors, reader, args.mode, (args.floor, args.abuse_floor or args.floor))
        engine._router._detectors = detectors
        if args.mode == "concept":
            install_concepts(detectors)
        if args.mode in ("pair", "gate"):
            install_pair(detectors)
        if args.mode == "gate":
            install_concepts(detectors)
            install_distress(detectors)
    readers: dict[str, Callable[[Any], tuple[bool | None, bool | None, bool | None]]] = {
        "rules": lambda row: from_found(row, {n for n in ("crisis", "abuse") if getattr(assess(row.text), n)}),
        "learned": lambda row: from_found(row, learned_alone(row.text, detectors)),
        "raw": lambda row: from_found(row, raw(row.text, detectors)),
        "engine": lambda row: judge(row, engine.ask(row.text)),
    }
    chosen = args.readers.split(",")
    totals: dict[str, dict[str, list[list[int]]]] = {name: defaultdict(lambda: [[0, 0], [0, 0], [0, 0]]) for name in chosen}
    print("set / reader / lang: crisis recall | abuse recall | false alarms on benign")
    for name in SETS:
        rows = read_rows(DATA / name)
        for reader in chosen:
            counts = tally(rows, readers[reader])
            for lang in ("zh", "en"):
                print(f"{name[7:-4]:9} {reader:8} {lang}: " + " | ".join(cell(c) for c in counts[lang]))
                for i in range(3):
                    for j in range(2):
                        totals[reader][lang][i][j] += counts[lang][i][j]
        if args.misses:
            for row in rows:
                crisis_ok, abuse_ok, alarm = judge(row, engine.ask(row.text))
                if crisis_ok is False or abuse_ok is False or alarm:
                    print(f"    MISS {row.label}\t{row.lang}\t{row.text[:60]}")
    for reader in chosen:
        for lang in ("zh", "en"):
            print(f"{'ALL':9} {reader:8} {lang}: " + " | ".join(cell(c) for c in totals[reader][lang]))
    if args.pool:
        questions = POOL.read_text(encoding="utf-8").splitlines()
        if args.extra == "e5":  # embed the windows the candidate will be asked for in batches first
            global RECORDING
            RECORDING = True
            for question in questions:
                engine.ask(question)
            RECORDING = False
            started = time.perf_counter()
            count = len(set(WANTED))
            PREFETCH[0]()
            print(f"pool: {count} windows embedded for the candidate in {time.perf_counter() - started:.0f} s")
        start = time.perf_counter()
        crisis = abuse = 0
        for question in questions:
            topics = engine.ask(question).topics
            crisis += "crisis" in topics
            abuse += "abusive_collection" in topics
        elapsed = time.perf_counter() - start
        print(f"pool: {crisis} crisis and {abuse} abuse replies of {len(questions)}; "
              f"{elapsed / len(questions) * 1e3:.2f} ms per ask (busy machine)")
    if args.extra:
        print(f"candidate consulted {detectors.calls} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
