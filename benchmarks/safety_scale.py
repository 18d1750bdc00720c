"""The despair scale (bot/safety/scale.py) measured as docs/safety.md round 7 reports it.

    python benchmarks/safety_scale.py alone     # the scale alone: benign and crisis rows it fires on
    python benchmarks/safety_scale.py off       # held-out 5/6/7 figures with the scale switched off
    python benchmarks/safety_scale.py pool      # pool questions it fires on (a count, no wording)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from safety_figures import DATA, SETS, UNSEEN, read_rows, table, tally_sets  # noqa: E402

from bot.safety.clauses import fold_clause, split_clauses  # noqa: E402
from bot.safety.idioms import masked  # noqa: E402
from bot.safety.scale import scale_crisis  # noqa: E402


def fires(text: str) -> bool:
    return bool(scale_crisis(split_clauses(text), masked(fold_clause(text))))


def alone(names: tuple[str, ...]) -> None:
    for group, chosen in (("own sets", SETS), ("held-out", UNSEEN)):
        counts = {"benign": [0, 0], "crisis": [0, 0]}
        for name in chosen:
            for row in read_rows(DATA / name):
                key = "benign" if row.label == "benign" else "crisis" if "crisis" in row.label else None
                if key:
                    counts[key][0] += fires(row.text)
                    counts[key][1] += 1
        print(f"{group}: fires on {counts['benign'][0]}/{counts['benign'][1]} benign, "
              f"{counts['crisis'][0]}/{counts['crisis'][1]} crisis")


def off() -> None:
    import bot.safety as safety
    from bot import Engine

    safety.scale_crisis = lambda clauses, whole: set()  # type: ignore[assignment]
    for name, tallies in tally_sets(Engine.load(), {n: read_rows(DATA / n) for n in UNSEEN}).items():
        print(table(name, tallies))


def pool() -> None:
    questions = (ROOT.parent / "shared" / "eval" / "pool.txt").read_text(encoding="utf-8").splitlines()
    print(f"pool: the scale fires on {sum(map(fires, questions))} of {len(questions)}")


if __name__ == "__main__":
    {"alone": lambda: alone(SETS), "off": off, "pool": pool}[sys.argv[1] if len(sys.argv) > 1 else "alone"]()
