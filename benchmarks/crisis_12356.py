"""Crisis messages whose reply carries no 12356 (issue 12, checkin92): per set, grouped by the reply's path and by
which crisis reader stirred on the message, so a gap can be told from a reply path that drops the check-in line.

    PYTHONPATH=$PWD python benchmarks/crisis_12356.py [SET.tsv ...] [--list] [--benign]

Default sets: every team safety set (safety_figures SETS and UNSEEN). ``--list`` prints each such message with its
path and readers; ``--benign`` also counts the benign rows given 12356 (the crisis reply or the line) and lists them
with ``--list``. ``--sessions``: the files are sessions sets (default: sessions_figures SESSIONS), the last turn's
reply judged, its readers read on the last turn alone.

Paths: "abuse-led" (the abuse reply first), "out_of_scope" (a decline), "greeting" (greeting, thanks or goodbye),
"loan topic" (any other answer). Readers, in the order they are named (the first that applies names the group):
"rule doubted" (a crisis cue of the rules or the learned reader that the route did not answer as a crisis), "learned"
(the learned reader's score at GATED_FLOOR or over), "learned low" (0.05 up to GATED_FLOOR), "classifier" (the topic
classifier's crisis probability at CLASSIFIER_FLOOR or over), "distress" (a weak distress cue, bot.safety.lexicon),
"crisis_concept" (a crisis group named, bot.safety.concepts), "nothing".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot import Engine  # noqa: E402
from bot.routing_vet import crisis_of  # noqa: E402
from bot.safety import assess  # noqa: E402
from bot.safety.agreement import crisis_score  # noqa: E402
from bot.safety.clauses import fold_clause  # noqa: E402
from bot.safety.concepts import crisis_concept  # noqa: E402
from bot.safety.idioms import masked  # noqa: E402
from bot.safety.lexicon import distress  # noqa: E402
from bot.safety.net import CLASSIFIER_FLOOR, GATED_FLOOR, check_in_reason  # noqa: E402
from safety_figures import DATA, SETS, UNSEEN, read_rows, replies  # noqa: E402
from sessions_figures import SESSIONS, TURNS, last_reply  # noqa: E402

LOW = 0.05  # a learned score this high counts as the reader stirring, under its floor
GREETING = ("greeting", "thanks", "goodbye")


def path_of(topics: tuple[str, ...]) -> str:
    """The reply path a reply's topics name (module docstring)."""
    first = topics[0] if topics else ""
    if first == "abusive_collection":
        return "abuse-led"
    if first == "out_of_scope":
        return "out_of_scope"
    if first in GREETING:
        return "greeting"
    return "loan topic"


def readers(engine: Engine, text: str) -> tuple[str, str]:
    """(the group, the readings said in full) of what stirred on a message (module docstring)."""
    router = engine._router  # noqa: SLF001 (a benchmark reads the parts it measures)
    detectors = router._detectors  # noqa: SLF001
    signal = assess(text, detectors)
    learned = crisis_score(text, detectors) if detectors is not None else 0.0
    classifier = crisis_of(router._classifier.predict(text, top=6))  # noqa: SLF001
    folded = fold_clause(text)
    weak = distress(masked(folded))
    concept = crisis_concept(masked(folded))
    reason = check_in_reason(text, detectors, classifier)
    said = (f"cues={','.join(signal.crisis) or '-'} learned={learned:.2f} classifier={classifier:.2f} "
            f"distress={int(weak)} concept={int(concept)} net={reason}")
    if signal.crisis:
        group = "rule doubted"
    elif learned >= GATED_FLOOR:
        group = "learned"
    elif learned >= LOW:
        group = "learned low"
    elif classifier >= CLASSIFIER_FLOOR:
        group = "classifier"
    elif weak:
        group = "distress"
    elif concept:
        group = "crisis_concept"
    else:
        group = "nothing"
    return group, said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="list the messages")
    parser.add_argument("--benign", action="store_true", help="count the benign rows given 12356 too")
    parser.add_argument("--sessions", action="store_true", help="the files are sessions sets (the last turn is judged)")
    args = parser.parse_args(argv)
    engine = Engine.load()
    paths = args.files or [DATA / name for name in ((*SESSIONS,) if args.sessions else (*SETS, *UNSEEN))]
    total: Counter[str] = Counter()
    for path in paths:
        rows = read_rows(path)
        seen = [last_reply(engine, row) for row in rows] if args.sessions else replies(engine, [row.text for row in rows])
        counts: Counter[str] = Counter()
        for row, reply in zip(rows, seen, strict=True):
            hotline = "12356" in reply.text
            if "crisis" in row.label:
                counts["crisis"] += 1
                if hotline:
                    continue
                counts["no 12356"] += 1
                group, said = readers(engine, row.text.split(TURNS)[-1])
                where = path_of(reply.topics)
                counts[f"path:{where}"] += 1
                counts[f"reader:{group}"] += 1
                if args.list:
                    print(f"  MISS {path.name}\t{row.label}\t{row.lang}\t{where}\t{','.join(reply.topics)}\t{group}\t{said}\t{row.text}")
            elif row.label == "benign" and args.benign:
                counts["benign"] += 1
                if hotline and "crisis" not in reply.topics:
                    counts["benign line"] += 1
                    if args.list:
                        print(f"  LINE {path.name}\t{row.lang}\t{','.join(reply.topics)}\t{row.text}")
        total.update(counts)
        print(f"{path.name}: " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items())), flush=True)
    print("TOTAL: " + "  ".join(f"{k}={v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
