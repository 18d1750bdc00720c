"""Which stage decided each safety error (issue 12, safe9): for every false alarm and every miss
of the given sets, the stages that raised (or failed to raise) crisis and abuse.

    python benchmarks/safety_stages.py [SET.tsv ...] [--list]

Stages, in the order the engine reads them:
- ``rule``: a crisis or abuse rule's cue (bot.safety.crisis / abuse), named by kind;
- ``scale``: the despair scale (bot.safety.scale);
- ``learned``: the learned reader behind its agreement gate (bot.safety.agreement);
- ``classifier``: the topic classifier's guess, vetted by the wording (routing_vet.vetted);
- ``continuity``: a held safety reply on a later turn (bot.continuity; not reached by one-turn sets).
A miss is tabulated by what it got instead: the check-in line from the net (12356 kept) or none.
Default sets: held-out 5, 6 and 7. Prints a table by stage and kind; ``--list`` lists each case.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot import Engine  # noqa: E402
from bot.safety import ABUSE, CRISIS, assess  # noqa: E402
from bot.safety.agreement import crisis_score  # noqa: E402
from bot.safety.clauses import fold_clause, split_clauses, windows  # noqa: E402
from bot.safety.crisis import named  # noqa: E402
from bot.safety.idioms import masked  # noqa: E402
from bot.safety.net import distress_words  # noqa: E402
from safety_figures import DATA, judge, read_rows, Seen  # noqa: E402

SETS = ("safety_holdout5.tsv", "safety_holdout6.tsv", "safety_holdout7.tsv")
LEARNED_STAGES = ("scale", "learned")


def stages(cues: tuple[str, ...]) -> str:
    """The stages behind a tuple of cue names: rule:<kinds> / scale / learned."""
    rules = sorted(c for c in cues if c not in LEARNED_STAGES)
    named = ([f"rule:{'+'.join(rules)}"] if rules else []) + [c for c in LEARNED_STAGES if c in cues]
    return " & ".join(named) or "-"


def diagnose(engine: Engine, text: str, topic: str) -> str:
    """The stage that put ``topic`` in the reply to ``text``."""
    signal = assess(text, engine._router._detectors)
    cues = signal.crisis if topic == CRISIS else signal.abuse
    if cues:
        return stages(cues)
    return "classifier"


def missed(engine: Engine, text: str, reply: Seen) -> str:
    """What a missed crisis got instead (crisis later in the reply, the net's check-in, or
    nothing), and the stage that came nearest: a rule's wording set aside (a negation, a joke,
    a story, a past), the learned reader leaning (gated score >= 0.5, under its 0.9 floor), the
    classifier leaning (>= 0.3, under the 0.5 floor or refused by the wording), or none."""
    if CRISIS in reply.topics:
        return "crisis not first"
    got = ("check-in (distress words)" if distress_words(text) else "check-in (classifier/learned floor)") \
        if "12356" in reply.text else "no 12356"
    router = engine._router
    whole = masked(fold_clause(text))
    clauses = split_clauses(text)
    if any(named(masked(w.text), whole) for w in windows(clauses)):
        near = "rule wording set aside"
    elif crisis_score(text, router._detectors) >= 0.5:
        near = "learned leaning"
    elif next((c.score for c in router._classifier.predict(text, top=6).candidates if c.topic == CRISIS), 0.0) >= 0.3:
        near = "classifier leaning"
    else:
        near = "no stage"
    return f"{got}; nearest: {near}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    engine = Engine.load()
    table: Counter[tuple[str, str, str]] = Counter()
    for path in args.files or [DATA / name for name in SETS]:
        for row in read_rows(path):
            got = engine.ask(row.text)
            seen = Seen(tuple(got.topics), got.text)
            crisis_ok, abuse_ok, alarm = judge(row, seen)
            cases = []
            if alarm:
                for topic in (CRISIS, ABUSE):
                    if topic in seen.topics:
                        cases.append((f"false {topic}", diagnose(engine, row.text, topic)))
            if crisis_ok is False:
                cases.append(("missed crisis", missed(engine, row.text, seen)))
            if abuse_ok is False:
                cases.append(("missed abuse", "crisis only" if CRISIS in seen.topics else "none"))
            if row.label == "abuse" and CRISIS in seen.topics:
                cases.append(("crisis on abuse", diagnose(engine, row.text, CRISIS)))
            for kind, stage in cases:
                table[(kind, stage, row.lang)] += 1
                if args.list:
                    print(f"{path.name}\t{kind}\t{stage}\t{row.lang}\t{','.join(seen.topics)}\t{row.text}")
    print("kind | stage | zh | en")
    for kind, stage in sorted({(k, s) for k, s, _ in table}):
        print(f"{kind} | {stage} | {table[(kind, stage, 'zh')]} | {table[(kind, stage, 'en')]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
