"""Dump every reply the engine gives on ../shared/eval/pool.txt, so that two versions of the code
can be compared answer by answer (a performance change must not change a single reply).

    python benchmarks/pool_dump.py OUT.jsonl            # dump with the code in this checkout
    python benchmarks/pool_dump.py --diff A.jsonl B.jsonl  # list the questions whose replies differ

Each line holds one pool question and what the engine made of it: ``reply.to_dict()`` plus the
fields to_dict leaves out (features, citations, suggestion topics, notes), for the question in
its own language and forced into the other one, and every fourth question continued as a short
conversation ("详细点", "为什么?", "花呗呢?", "2") so that every answer mode and the frame
templates are compared too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
FOLLOWUPS = ("详细点", "为什么?", "花呗呢?", "2", "tell me more")


def full(reply: Any) -> dict[str, Any]:
    """Everything a reply says, including what to_dict() leaves out."""
    data = reply.to_dict()
    data.update(features=list(reply.features), citations=list(reply.citations),
                suggestion_topics=list(reply.suggestion_topics), notes=list(reply.notes))
    return data


def dump(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from bot import Engine

    engine = Engine.load()
    questions = POOL.read_text(encoding="utf-8").splitlines()
    with out.open("w", encoding="utf-8") as file:
        for number, question in enumerate(questions):
            first = engine.ask(question)
            other = engine.ask(question, lang="en" if first.lang == "zh" else "zh")
            record: dict[str, Any] = {"q": question, "ask": full(first), "other_lang": full(other)}
            if number % 4 == 0:
                session = engine.session()
                record["session"] = [full(session.ask(text)) for text in (question, *FOLLOWUPS)]
            file.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(questions)} questions -> {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    if len(old) != len(new):
        print(f"different lengths: {len(old)} and {len(new)} lines")
        return 1
    changed = 0
    for line_old, line_new in zip(old, new):
        if line_old != line_new:
            changed += 1
            a, b = json.loads(line_old), json.loads(line_new)
            if changed <= 20:
                print(f"- {a['q']}")
                for key in ("ask", "other_lang", "session"):
                    if a.get(key) != b.get(key):
                        print(f"    {key} differs")
    print(f"{changed} of {len(old)} questions differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", help="file to write")
    parser.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        return diff(Path(args.diff[0]), Path(args.diff[1]))
    if not args.out:
        parser.error("give OUT or --diff BEFORE AFTER")
    return dump(Path(args.out))


if __name__ == "__main__":
    sys.exit(main())
