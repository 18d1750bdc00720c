"""Score a probe file by the lead topic: ``expected-lead(s)<TAB>...<TAB>kind<TAB>question`` rows (``a|b`` = either lead
accepted; review93's and mend77's probe files), totals per kind. Run from a worktree with ``PYTHONPATH=$PWD`` so that
worktree's bot is scored: ``PYTHONPATH=$PWD python benchmarks/lead_probes.py tests/data/questions_probes_mend77.tsv [--lines]``.
"""

from __future__ import annotations

import sys
from collections import Counter

from bot import Engine


def main(argv: list[str]) -> int:
    """Print right/total and per-kind counts (and every row with --lines)."""
    path, lines = argv[0], "--lines" in argv
    engine = Engine.load()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with open(path, encoding="utf-8") as rows:
        for row in rows:
            if not row.strip() or row.startswith("#"):
                continue
            cells = row.rstrip("\n").split("\t")
            expected, kind, question = cells[0].split("|"), cells[-2], cells[-1]
            topics = engine.ask(question).topics
            ok = bool(topics) and topics[0] in expected
            right[kind] += ok
            total[kind] += 1
            if lines:
                print(f"{int(ok)}\t{cells[0]}\t{','.join(topics)}\t{question}")
    print(sum(right.values()), "/", sum(total.values()), " ".join(f"{k}:{right[k]}/{total[k]}" for k in sorted(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
