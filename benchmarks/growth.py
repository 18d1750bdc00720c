"""How the engine grows with its knowledge: scaled copies of the knowledge folder (topics and
examples x1, x2, x5, x10), each trained and loaded in fresh processes.

    python benchmarks/growth.py [--factors 1 2 5 10] [--vocabulary new|shared] [--code DIR]
                                [--keep DIR] [--out FILE.json]

For each factor f a copy of ``knowledge/`` is written to a temporary folder (never into the
repository): every topic but the fallback gets f-1 clones (id ``<topic>_c<letter>``) whose examples
are the original's, rewritten into the clone's own vocabulary (``--vocabulary new``: the less
frequent characters and words replaced, consistently within a clone; ``shared`` keeps them, the
worst case) and perturbed (the clone's marker word, then one character dropped, doubled or two
swapped, seeded); the fallback's examples grow f-fold the same way. Topics and examples both
grow by about f.

Measured per factor, each in a fresh process (``--code DIR`` measures another checkout, e.g. a
``git archive`` of main, with this file's generator):
- train: what ``jiebei-bot train FOLDER`` does (topic classifier, safety detectors,
  pre-rendered answers), in a child, CPU seconds (its own and its children's: the seeded runs
  may train in parallel), the topic classifier's share on its own (and its wall seconds);
- model size: bytes of the topic model file(s) the train wrote;
- load: ``import bot; Engine.load(FOLDER)`` in a fresh interpreter, CPU seconds (best of 3; a
  folder handed in by path is checked in full, so this is more than the packaged folder's
  load) and peak RSS
  (``/usr/bin/time -f %M``, the "Maximum resident set size" of ``time -v``);
- ask p50: 500 pool questions asked once each after 100 others (caches cleared first).

CPU seconds rather than wall clock, since the machine is shared: still provisional (a busy
neighbour slows caches too), but the trend (the exponent of f) is the point.

Which copy judges what (benchmarks/GROWTH.md): training time and memory are judged on both and
the worse counts (``shared`` fills the feature rows most: the worst case for time); accuracy only
on ``new``, since ``shared`` clones are topics no classifier can tell apart.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
FALLBACK = "out_of_scope"
# Clone markers: uncommon characters and made-up words, so that clones can be told apart.
_ZH_MARKS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
_EN_MARKS = ("alder", "birch", "cedar", "dogwood", "elmwood", "firwood", "ginkgo", "hazel",
             "ironwood", "juniper", "larch", "maple", "nutmeg", "oakum", "poplar", "quince")
DERIVED = ("model.json", "model.bin", "safety_model.json", "safety_model.bin", "rendered.json")


def _marker(lang: str, clone: int) -> str:
    if lang == "en":
        return _EN_MARKS[clone % len(_EN_MARKS)] + ("" if clone < len(_EN_MARKS) else _EN_MARKS[clone // len(_EN_MARKS)])
    n = len(_ZH_MARKS)
    return _ZH_MARKS[clone % n] + _ZH_MARKS[(clone * 7 + 3) % n]


def _clone_suffix(clone: int) -> str:
    return "c" + "abcdefghijklmnopqrstuvwxyz"[clone - 1]  # topic ids are letters and underscores


def perturb_text(text: str, lang: str, clone: int, rng: random.Random, seen: set[str] | None = None) -> str:
    """A clone's version of an example: its marker word before or after, then one small edit;
    never one already in ``seen`` (folded as the knowledge checks compare examples)."""
    for _ in range(20):
        edited = _perturb_once(text, lang, clone, rng)
        key = _fold(edited)
        if seen is None or key not in seen:
            break
    else:
        edited = f"{_marker(lang, clone)} {text}"
        key = _fold(edited)
    if seen is not None:
        seen.add(key)
    return edited


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


class Vocabulary:
    """How a clone rewrites an example's words (``new``): Chinese characters outside the corpus's
    most frequent ones map to characters the corpus never uses (a different set per clone, none
    that t2s would change), English words outside the most frequent ones get their letters
    shifted by the clone's number. ``shared`` leaves words as they are (every n-gram then
    belongs to f topics: the worst case for sparse rows)."""

    COMMON = 150  # characters (zh) or words (en) every clone keeps

    def __init__(self, corpus: list[str], mode: str) -> None:
        self.mode = mode
        chars: dict[str, int] = {}
        words: dict[str, int] = {}
        for text in corpus:
            for ch in text:
                if "\u4e00" <= ch <= "\u9fa5":
                    chars[ch] = chars.get(ch, 0) + 1
            for word in re.findall(r"[a-z]+", text.lower()):
                words[word] = words.get(word, 0) + 1
        ranked = sorted(chars, key=lambda ch: (-chars[ch], ch))
        self.common_words = set(sorted(words, key=lambda w: (-words[w], w))[:self.COMMON])
        self.rare = {ch: i for i, ch in enumerate(ranked[self.COMMON:])}
        triggers = set(json.loads((ROOT / "bot" / "t2s.json").read_text(encoding="utf-8"))["characters"])
        self.pool = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c) not in chars and chr(c) not in triggers]

    def rewrite(self, text: str, lang: str, clone: int) -> str:
        if self.mode == "shared" or clone == 0:
            return text
        offset = clone * len(self.rare)
        text = "".join(self.pool[(self.rare[ch] + offset) % len(self.pool)] if ch in self.rare else ch
                       for ch in text)
        return re.sub(r"[A-Za-z]+", lambda m: m.group() if m.group().lower() in self.common_words
                      else "".join(chr((ord(c.lower()) - 97 + clone) % 26 + 97) for c in m.group()), text)


def _perturb_once(text: str, lang: str, clone: int, rng: random.Random) -> str:
    mark = _marker(lang, clone)
    sep = " " if lang == "en" else ""
    text = f"{mark}{sep}{text}" if rng.random() < 0.5 else f"{text}{sep}{mark}"
    if len(text) > 4:
        i = rng.randrange(1, len(text) - 1)
        edit = rng.randrange(3)
        if edit == 0:
            text = text[:i] + text[i + 1:]
        elif edit == 1:
            text = text[:i] + text[i] + text[i:]
        else:
            text = text[:i - 1] + text[i] + text[i - 1] + text[i + 1:]
    return text


def scaled_copy(factor: int, dest: Path, source: Path = ROOT / "knowledge", vocabulary: str = "new") -> dict[str, int]:
    """Write the knowledge folder scaled by ``factor`` to ``dest``; returns topic and example
    counts. ``vocabulary``: "new" or "shared" (see ``Vocabulary``)."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(*DERIVED))
    rng = random.Random(factor)
    corpus = [text for path in (dest / "topics").glob("*.json")
              for texts in json.loads(path.read_text(encoding="utf-8"))["examples"].values() for text in texts]
    words = Vocabulary(corpus, vocabulary)
    seen = {_fold(text) for text in corpus}

    def perturb(text: str, lang: str, clone: int, rng: random.Random, seen: set[str]) -> str:
        return perturb_text(words.rewrite(text, lang, clone), lang, clone, rng, seen)
    topics = examples = 0
    for path in sorted((dest / "topics").glob("*.json")):
        topic = json.loads(path.read_text(encoding="utf-8"))
        originals = topic["examples"]
        if topic["id"] == FALLBACK:
            topic["examples"] = {lang: texts + [perturb(t, lang, k, rng, seen) for k in range(1, factor) for t in texts]
                                 for lang, texts in originals.items()}
            path.write_text(json.dumps(topic, ensure_ascii=False), encoding="utf-8")
            topics += 1
            examples += sum(map(len, topic["examples"].values()))
            continue
        topics += factor
        examples += factor * sum(map(len, originals.values()))
        for k in range(1, factor):
            clone = dict(topic, id=f"{topic['id']}_{_clone_suffix(k)}",
                         examples={lang: [perturb(t, lang, k, rng, seen) for t in texts] for lang, texts in originals.items()})
            (path.parent / f"{clone['id']}.json").write_text(json.dumps(clone, ensure_ascii=False), encoding="utf-8")
    return {"topics": topics, "examples": examples}


_TRAIN = """
import resource, sys, time
sys.setrecursionlimit(10000)
from bot import knowledge
from bot.model import write_model
from bot.prerender import write_prerendered
from bot.safety.learned import write_model as write_safety_model
folder = knowledge.load(sys.argv[1])
def cpu():  # this process and its finished children (training runs in parallel, if the code does)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime
t0 = cpu(); w0 = time.perf_counter(); write_model(folder); t1 = cpu(); w1 = time.perf_counter()
write_safety_model(folder); t2 = cpu()
write_prerendered(folder); t3 = cpu()
print(t1 - t0, t2 - t1, t3 - t2, w1 - w0)
"""

_LOAD = """
import sys, time
t = time.process_time()
import bot
bot.Engine.load(sys.argv[1])
print(time.process_time() - t)
"""

_ASK = """
import json, statistics, sys, time
import bot
engine = bot.Engine.load(sys.argv[1])
questions = json.loads(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from timing import clear_message_caches
for q in questions[:100]:
    engine.ask(q)
clear_message_caches()
times = []
for q in questions[100:]:
    t = time.perf_counter(); engine.ask(q); times.append(time.perf_counter() - t)
print(statistics.median(times) * 1000, statistics.mean(times) * 1000)
"""


def _run(code: Path, script: str, *args: str, rss: bool = False) -> tuple[str, int | None]:
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONDONTWRITEBYTECODE="")
    command = [sys.executable, "-c", script, *args]
    if rss:
        command = ["/usr/bin/time", "-f", "RSS %M", *command]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    peak = None
    if rss:
        line = [ln for ln in done.stderr.splitlines() if ln.startswith("RSS ")][-1]
        peak = int(line.split()[1])
    return done.stdout.strip().splitlines()[-1], peak


def _commit(code: Path) -> str:
    """The commit of the measured checkout ("+" when it has uncommitted changes; "" outside git)."""
    done = subprocess.run(["git", "-C", str(code), "describe", "--always", "--dirty=+", "--abbrev=7"],
                          capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


def measure(factor: int, code: Path, work: Path, questions: list[str], vocabulary: str) -> dict[str, Any]:
    folder = work / f"knowledge_{vocabulary}_x{factor}"
    if folder.exists():
        shutil.rmtree(folder)
    row: dict[str, Any] = {"factor": factor, "vocabulary": vocabulary, "code": _commit(code),
                           **scaled_copy(factor, folder, vocabulary=vocabulary)}
    out, train_rss = _run(code, _TRAIN, str(folder), rss=True)
    topic_s, safety_s, render_s, topic_wall = map(float, out.split())
    row["train_s"] = round(topic_s + safety_s + render_s, 1)
    row.update(train_topics_s=round(topic_s, 1), train_topics_wall_s=round(topic_wall, 1), train_safety_s=round(safety_s, 1),
               train_rss_mib=round(train_rss / 1024, 1) if train_rss else None)
    row["model_mb"] = round(sum((folder / name).stat().st_size for name in ("model.json", "model.bin")
                                if (folder / name).exists()) / 1e6, 2)
    loads, peaks = [], []
    for _ in range(3):
        out, peak = _run(code, _LOAD, str(folder), rss=True)
        loads.append(float(out))
        peaks.append(peak or 0)
    row["load_s"] = round(min(loads), 3)
    row["load_rss_mib"] = round(min(peaks) / 1024, 1)
    out, _ = _run(code, _ASK, str(folder), json.dumps(questions, ensure_ascii=False), str(ROOT / "benchmarks"))
    p50, mean = map(float, out.split())
    row["ask_p50_ms"], row["ask_mean_ms"] = round(p50, 3), round(mean, 3)
    return row


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| factor | topics | examples | train (topics) s | model MB | load s | load peak RSS MiB | ask p50 ms |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['factor']}x | {r['topics']} | {r['examples']} | {r['train_s']} ({r['train_topics_s']}) | "
                     f"{r['model_mb']} | {r['load_s']} | {r['load_rss_mib']} | {r['ask_p50_ms']} |")
    if len(rows) > 1 and rows[0]["factor"] != rows[-1]["factor"]:
        ratio = math.log(rows[-1]["factor"] / rows[0]["factor"])
        exps = {key: math.log(rows[-1][key] / rows[0][key]) / ratio
                for key in ("train_topics_s", "model_mb", "load_s", "load_rss_mib") if rows[0][key] and rows[-1][key]}
        lines.append("")
        lines.append("growth exponents (f^k, first to last factor): "
                     + ", ".join(f"{key} {value:.2f}" for key, value in exps.items()))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 2, 5, 10])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose bot package is measured")
    parser.add_argument("--vocabulary", choices=("new", "shared"), default="new",
                        help="clones bring new words (default) or reuse the originals' (worst case)")
    parser.add_argument("--keep", type=Path, help="write the scaled folders here (default: a temporary folder)")
    parser.add_argument("--out", type=Path, help="also write the rows as JSON")
    args = parser.parse_args()
    questions = POOL.read_text(encoding="utf-8").splitlines()
    questions = random.Random(18).sample(questions, 600)
    rows = []
    with tempfile.TemporaryDirectory(prefix="jiebei-growth-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for factor in args.factors:
            rows.append(measure(factor, args.code.resolve(), work, questions, args.vocabulary))
            print(json.dumps(rows[-1]), flush=True)
    print(table(rows))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
