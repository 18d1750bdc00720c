"""List every question a labelled set gets wrong: gold topic -> given topic, with the rule that chose it.

Development aid for the routing/answer rounds (Round 47): the misses of an outside set (blind24, blind23, ...)
are read by CAUSE (a gate that takes the whole message, a synonym the lexicon lacks, a missing kind of example,
a label boundary drawn differently), not fixed sentence by sentence. Files are ``topic<TAB>question``.

    python benchmarks/question_misses.py /work/blind24/questions.tsv /work/blind23/questions.tsv
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402


def rows(path: Path) -> list[tuple[str, str]]:
    """The (gold, question) rows of a ``topic<TAB>question`` file, comments skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gold, _, question = line.partition("\t")
        out.append((gold.strip(), question.strip()))
    return out


def main() -> None:
    """Print each set's score and its misses (gold -> given, rule, question), then the confusion counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--summary", action="store_true", help="scores and confusion counts only")
    args = parser.parse_args()
    engine = Engine.load()
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in args.files:
        data = rows(path)
        right = 0
        for gold, question in data:
            reply = engine.ask(question)
            if reply.topic == gold:
                right += 1
                continue
            pairs[(gold, reply.topic)] += 1
            if not args.summary:
                rule = getattr(reply, "rule", "")
                print(f"{path.parent.name}\t{gold} -> {reply.topic}\t{rule}\t{question}")
        print(f"# {path}: {right}/{len(data)}")
    for (gold, given), n in pairs.most_common():
        print(f"# {n:3d} {gold} -> {given}")


if __name__ == "__main__":
    main()
