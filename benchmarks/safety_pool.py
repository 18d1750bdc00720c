"""Safety counts of a pool dump (benchmarks/pool_dump.py): replies that open with the crisis or
the abuse reply, and replies that carry the check-in line (12356 with neither), on each question
asked once in its own language. Counts only: the questions' wording is not printed.

    python benchmarks/safety_pool.py DUMP.jsonl [OTHER.jsonl]   # with OTHER: how many lines changed
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def counts(path: Path) -> tuple[dict[str, int], set[int]]:
    """The counts of one dump, and the line numbers of the replies with the check-in line."""
    tally = {"questions": 0, "crisis": 0, "abuse": 0, "check-in": 0}
    lines: set[int] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        ask = json.loads(line)["ask"]
        topics = ask.get("topics") or [ask.get("topic")]
        tally["questions"] += 1
        tally["crisis"] += "crisis" in topics
        tally["abuse"] += "abusive_collection" in topics
        if "12356" in ask["text"] and "crisis" not in topics:
            tally["check-in"] += 1
            lines.add(number)
    return tally, lines


def main(argv: list[str]) -> int:
    first, lines = counts(Path(argv[0]))
    print(argv[0], first)
    if len(argv) > 1:
        second, other = counts(Path(argv[1]))
        print(argv[1], second, f"check-in lines lost {len(lines - other)}, gained {len(other - lines)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
