"""List every question a labelled set gets wrong: gold topic -> given topic, with the rule that chose it.

Development aid for the routing/answer rounds (Round 47): the misses of an outside set (blind24, blind23, ...)
are read by CAUSE (a gate that takes the whole message, a synonym the lexicon lacks, a missing kind of example,
a label boundary drawn differently), not fixed sentence by sentence. Files are ``topic<TAB>question``.

    python benchmarks/question_misses.py /work/blind24/questions.tsv /work/blind23/questions.tsv
    python benchmarks/question_misses.py --policy tests/data/outside/policy_s53.tsv tests/data/outside/blind2{6,7,8}_questions.tsv

``--policy FILE`` (``set<TAB>topic<TAB>question``, cls252): rows whose tester's label a later labelling decision draws the
other way (stop 53: another lender's overdue loan gets the topic it asks about) are scored against the policy's topic;
``set`` is the file name before ``_questions`` (blind26). Each file's line then gives both scores.
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


def policy_rows(path: Path | None) -> dict[tuple[str, str], str]:
    """The policy's topic of each (set, question) it relabels."""
    if path is None:
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, topic, question = line.split("\t", 2)
            out[(name.strip(), question.strip())] = topic.strip()
    return out


def main() -> None:
    """Print each set's score and its misses (gold -> given, rule, question), then the confusion counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--summary", action="store_true", help="scores and confusion counts only")
    parser.add_argument("--policy", type=Path, help="set<TAB>topic<TAB>question rows relabelled by a later decision")
    args = parser.parse_args()
    policy = policy_rows(args.policy)
    engine = Engine.load()
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for path in args.files:
        data = rows(path)
        name = path.name.split("_questions")[0]
        right = by_policy = 0
        for gold, question in data:
            reply = engine.ask(question)
            relabelled = policy.get((name, question), gold)
            by_policy += reply.topic == relabelled
            if reply.topic == gold:
                right += 1
                continue
            pairs[(gold, reply.topic)] += 1
            if not args.summary:
                rule = getattr(reply, "rule", "")
                print(f"{path.parent.name}\t{gold} -> {reply.topic}\t{rule}\t{question}")
        print(f"# {path}: {right}/{len(data)}" + (f" (by policy: {by_policy}/{len(data)})" if policy else ""))
    for (gold, given), n in pairs.most_common():
        print(f"# {n:3d} {gold} -> {given}")


if __name__ == "__main__":
    main()
