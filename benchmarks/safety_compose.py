"""Composed probe of the set-aside reach (issue 12, win77; docs/safety.md round 60).

A real crisis sentence beside an unrelated everyday sentence that the rules set aside (a joke, a negation, a game
or a film, "killing me", 累死, a hard time that is over) or read as everyday life (a cold, a doctor, 哈哈): the
everyday sentence must not switch off the crisis readers for the whole message. And two benign sentences side by
side must stay benign.

    python benchmarks/safety_compose.py             # composed crises caught, composed benign false alarms
    python benchmarks/safety_compose.py --misses    # ...and every composed message that went wrong

Sources: the team's own labelled sets (tests/safety_figures.SETS, never a held-out set). A crisis sentence is a
crisis row; a set-aside sentence is a benign message that has a window the rules
set aside (bot.safety.crisis.set_aside) or a clause with an everyday reading (bot.safety.lexicon.everyday_crisis).
Compositions: crisis x set-aside (CRISIS_N) and set-aside x any benign message (BENIGN_N), same language, in both orders (alternating), drawn from the text alone with a fixed seed: the same
messages every run; each is counted only where its parts alone are answered rightly (the crisis caught, the benign
messages quiet), so that a miss is the composition's doing.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from safety_figures import DATA, SETS, Row, Seen, judge, read_rows, replies  # noqa: E402

from bot.engine import Engine  # noqa: E402
from bot.safety.clauses import split_clauses, windows  # noqa: E402
from bot.safety.crisis import set_aside  # noqa: E402
from bot.safety.idioms import masked, masked_whole  # noqa: E402
from bot.safety.lexicon import everyday_crisis  # noqa: E402

CRISIS_N = 500
BENIGN_N = 500
SEED = 77
_ENDS = "。！？!?.…~～"


def join(first: str, second: str, lang: str) -> str:
    """Two messages as one, with a sentence end between them where the first has none."""
    first = first.rstrip()
    if first and first[-1] in _ENDS:
        return first + ("" if lang == "zh" else " ") + second
    return first + ("。" if lang == "zh" else ". ") + second


def switch(text: str) -> bool:
    """Whether the message holds what used to switch the crisis readers off message-wide: a window the rules set
    aside, or a clause read as everyday life."""
    whole = masked_whole(text)
    clauses = split_clauses(text)
    return any(set_aside(masked(w.text), whole) for w in windows(clauses)) or \
        any(everyday_crisis(masked(c.text)) for c in clauses)


class Composed(NamedTuple):
    """One composed message: its label ("crisis" or "benign"), language, text, and the two parts (the crisis or
    set-aside message first, the one put beside it second)."""

    label: str
    lang: str
    text: str
    parts: tuple[str, str]


def compose() -> tuple[list[Composed], list[Composed]]:
    """(composed crises, composed benign messages): drawn from the labelled sets' text alone with a fixed seed, so
    that every run and every branch measures the same messages (which parts the engine answers rightly alone is
    measured in ``main``)."""
    rows = [row for name in SETS for row in read_rows(DATA / name)]
    crisis = list({row.text: row for row in rows if row.label == "crisis"}.values())
    benign = list({row.text: row for row in rows if row.label == "benign"}.values())
    aside = [row for row in benign if switch(row.text)]
    draw = random.Random(SEED)
    composed_crisis: list[Composed] = []
    composed_benign: list[Composed] = []
    for wanted, pool_a, pool_b, out, label in ((CRISIS_N, crisis, aside, composed_crisis, "crisis"),
                                               (BENIGN_N, aside, benign, composed_benign, "benign")):
        for index in range(wanted):
            lang = ("zh", "en")[index % 2]
            a = draw.choice([row for row in pool_a if row.lang == lang])
            b = draw.choice([row for row in pool_b if row.lang == lang and row.text != a.text])
            # both orders: the set-aside before the crisis, then after it
            text = join(b.text, a.text, lang) if (index // 2) % 2 == 0 else join(a.text, b.text, lang)
            out.append(Composed(label, lang, text, (a.text, b.text)))
    return composed_crisis, composed_benign


def parts_right(item: Composed, alone: dict[str, Seen]) -> bool:
    """Whether each part alone is answered rightly: a crisis part with the crisis reply, a benign part quietly."""
    first, second = item.parts
    if item.label == "crisis":
        first_right = judge(Row("crisis", item.lang, first), alone[first])[0] is True
    else:
        first_right = judge(Row("benign", item.lang, first), alone[first])[2] is False
    return first_right and judge(Row("benign", item.lang, second), alone[second])[2] is False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every composed message that went wrong")
    args = parser.parse_args(argv)
    engine = Engine.load()
    composed_crisis, composed_benign = compose()
    composed = [*composed_crisis, *composed_benign]
    parts = sorted({part for item in composed for part in item.parts})
    alone = dict(zip(parts, replies(engine, parts)))
    seen = dict(zip([item.text for item in composed], replies(engine, [item.text for item in composed])))
    # Counted only where each part alone is answered rightly: a miss is then the composition's doing.
    counted = [item for item in composed if parts_right(item, alone)]
    misses = []
    for label, name in (("crisis", "composed crises caught"), ("benign", "composed benign false alarms")):
        for lang in ("zh", "en"):
            chosen = [item for item in counted if item.label == label and item.lang == lang]
            hits = 0
            for item in chosen:
                crisis_ok, _, alarm = judge(Row(item.label, item.lang, item.text), seen[item.text])
                hits += bool(crisis_ok if label == "crisis" else alarm)
                if crisis_ok is False or alarm:
                    misses.append(f"{item.label}\t{item.lang}\t{','.join(seen[item.text].topics)}\t{item.text}")
            print(f"{name} {lang}: {hits}/{len(chosen)} (of {sum(1 for i in composed if i.label == label and i.lang == lang)} drawn)")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
