"""Unsupervised paraphrase stability on real phrasing: a seeded sample of 1,200 unlabelled
``../shared/eval/pool.txt`` questions, each against light rewrites that keep its meaning (借呗 <->
花呗; one lexicon form replaced by another form of the same concept; final particles dropped).
Prints the share of (question, rewrite) pairs that get the same topic, by kind of rewrite. No
label is read: it measures consistency, not accuracy.

    python benchmarks/stability.py [--param learning_rate=2]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
GENERIC = ("loan", "lender")  # product and lender names: the 借呗 <-> 花呗 rewrite covers them


def rewrites(question: str, lexicon: Any, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, rewritten question) pairs for one question."""
    from bot.text import normalize

    out = []
    if "借呗" in question:
        out.append(("product", question.replace("借呗", "花呗")))
    elif "花呗" in question:
        out.append(("product", question.replace("花呗", "借呗")))
    bare = re.sub(r"[吗呢啊呀吧？?。！!\s]+$", "", question)
    if bare != question and len(bare) >= 4:
        out.append(("particle", bare))
    folded = normalize(question)
    hits = [(form, concept) for concept in lexicon.concepts if concept.id not in GENERIC
            for form in concept.zh if len(form) >= 2 and form in folded]
    if hits:
        form, concept = rng.choice(hits)
        others = [g for g in concept.zh if g != form and len(g) >= 2 and form not in g and g not in form]
        if others:
            out.append(("synonym", folded.replace(form, rng.choice(others), 1)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    from paraphrase import engine_with

    params = {name: float(value) for name, value in (p.split("=", 1) for p in args.param)}
    engine = engine_with(params)
    rng = random.Random(0)
    pool = [line.strip() for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = rng.sample(pool, 1200)
    pairs = [(q, r, kind) for q in sample for kind, r in rewrites(q, engine.knowledge.lexicon, rng)]
    topics: dict[str, str] = {}

    def topic(text: str) -> str:
        if text not in topics:
            topics[text] = engine.ask(text).topic
        return topics[text]

    kinds: dict[str, list[int]] = {}
    for question, rewritten, kind in pairs:
        row = kinds.setdefault(kind, [0, 0])
        row[0] += topic(question) == topic(rewritten)
        row[1] += 1
    same = sum(row[0] for row in kinds.values())
    print(f"stability {same / len(pairs):.1%} over {len(pairs)} pairs")
    for kind, (hit, n) in sorted(kinds.items()):
        print(f"  {kind:<10}{hit / n:>7.1%} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
