"""Lead and all-fears accuracy on a held-out file whose labels may name several fears (answer171, round 45).

A row is ``lead[+also...]<TAB>question``: the reply's first topic must be ``lead``; "all fears" also needs every
``also`` topic among the reply's topics. Usage: ``python benchmarks/answers_heldout.py [FILE] [--misses]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "questions_heldout32.tsv"


def main(argv: list[str]) -> int:
    """Print lead and all-fears totals (and with --misses, each miss)."""
    from bot import Engine

    misses = "--misses" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or [DEFAULT]
    engine = Engine.load()
    for path in paths:
        rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
        lead = whole = multi = multi_whole = 0
        for label, question in rows:
            want = label.split("+")
            reply = engine.ask(question)
            got_lead = reply.topic == want[0]
            got_all = got_lead and all(t in reply.topics for t in want[1:])
            lead += got_lead
            whole += got_all
            if len(want) > 1:
                multi += 1
                multi_whole += got_all
            if misses and not got_all:
                print(f"MISS {label}\t{'+'.join(reply.topics)}\t{question}")
        print(f"{path.name}: lead {lead}/{len(rows)}, all fears {whole}/{len(rows)}"
              f" (multi-fear rows {multi_whole}/{multi})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
