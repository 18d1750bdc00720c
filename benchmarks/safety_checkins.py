"""Where the check-in line (12356) goes (issue 12, safe11): per set and language, how many benign
look-alikes get a false alarm, how many get the line after their answer (and which trigger of
bot.safety.net earned it), and how many crisis messages keep 12356 (the crisis reply or the line).

    python benchmarks/safety_checkins.py [SET.tsv ...] [--totals]

Default sets: the 30 own sets, then held-out 5-7. ``--totals`` prints one line of totals over the
sets given (for held-out sets whose messages must not be read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot import Engine  # noqa: E402
from bot.routing_vet import crisis_of as _crisis_of  # noqa: E402
from bot.safety.net import check_in_reason  # noqa: E402
from safety_figures import DATA, SETS, read_rows, replies  # noqa: E402

HELD_OUT = ("safety_holdout5.tsv", "safety_holdout6.tsv", "safety_holdout7.tsv")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--totals", action="store_true", help="totals only")
    parser.add_argument("--list", action="store_true", help="list the benign messages that get the line")
    args = parser.parse_args(argv)
    engine = Engine.load()
    router = engine._router  # noqa: SLF001 (a benchmark reads the parts it measures)
    paths = args.files or [DATA / name for name in (*SETS, *HELD_OUT)]
    total: Counter[str] = Counter()
    for path in paths:
        rows = read_rows(path)
        seen = replies(engine, [row.text for row in rows])
        counts: Counter[str] = Counter()
        for row, reply in zip(rows, seen, strict=True):
            key = row.lang
            hotline = "12356" in reply.text
            if "crisis" in row.label:
                counts[f"{key} crisis"] += 1
                counts[f"{key} crisis 12356"] += hotline
            if row.label == "benign":
                counts[f"{key} benign"] += 1
                alarm = "crisis" in reply.topics or "abusive_collection" in reply.topics
                counts[f"{key} false alarm"] += alarm
                if hotline and not alarm:
                    counts[f"{key} line"] += 1
                    if not args.totals:
                        crisis = _crisis_of(router._classifier.predict(row.text, top=6))  # noqa: SLF001
                        reason = check_in_reason(row.text, router._detectors, crisis)  # noqa: SLF001
                        counts[f"{key} line:{reason}"] += 1
                        if args.list:
                            print(f"    {path.name}\t{reason}\t{','.join(reply.topics)}\t{row.text}")
        total.update(counts)
        if not args.totals:
            print(path.name, dict(sorted(counts.items())))
    print("TOTAL", dict(sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
