"""k-fold cross-validation of the safety detector (rules + learned detectors) over its training data.

    python benchmarks/safety_cv.py [--folds 5] [--sweep] [--misses]

Every example of knowledge/safety.json and of the topics is in exactly one fold. For each fold the
learned detectors are trained on the other folds, and the held-out fold's examples are read as
messages by ``bot.safety.assess``: crisis recall (safety.json's crisis examples and the crisis
topic's), abuse recall (abuse examples and the abusive_collection topic's), and false alarms on
benign look-alikes and on every other topic's examples (loan questions, greetings, declines), per
language. ``--sweep`` prints the figures for other floors of the learned scores (what the
floors in bot/safety/agreement.py were chosen on). The held-out split in tests/data is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import load  # noqa: E402
from bot.safety import agreement, assess  # noqa: E402
from bot.safety.examples import Example, read_examples  # noqa: E402
from bot.safety.learned import Detectors, fit, training_pairs, training_sets  # noqa: E402
from bot.text import detect_lang  # noqa: E402

TOPIC_CLASS = {"crisis": "crisis", "abusive_collection": "abuse"}


@dataclass(frozen=True)
class Outcome:
    """One held-out message: its class and language, what the rules found, and the highest learned
    score over the windows whose wording agrees (0 when none does)."""

    label: str
    lang: str
    text: str
    rules: frozenset[str]
    crisis_score: float
    abuse_score: float


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sweep", action="store_true", help="figures at other floors of the learned scores")
    parser.add_argument("--misses", action="store_true", help="list the misses and false alarms at the shipped floors")
    args = parser.parse_args()
    knowledge = load()
    examples = list(read_examples(knowledge.path))
    examples += [Example(TOPIC_CLASS.get(t.id, "topic"), t.id, detect_lang(text), text)
                 for t in knowledge.topics for text in t.examples()]
    outcomes: list[Outcome] = []
    for fold in range(args.folds):
        held = [e for i, e in enumerate(examples) if i % args.folds == fold]
        kept = [e for i, e in enumerate(examples) if i % args.folds != fold]
        detectors = fit(_sets(knowledge, kept))
        outcomes += [_outcome(e, detectors) for e in held]
        print(f"fold {fold + 1}/{args.folds} done", file=sys.stderr)
    floors = [(agreement.CRISIS_FLOOR, agreement.ABUSE_FLOOR)]
    if args.sweep:
        floors += [(c, c) for c in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)]
    for crisis_floor, abuse_floor in floors:
        print(_table(outcomes, crisis_floor, abuse_floor))
    if args.misses:
        for o in outcomes:
            found = _found(o, agreement.CRISIS_FLOOR, agreement.ABUSE_FLOOR)
            wrong = (o.label in ("crisis", "abuse") and o.label not in found) or (
                o.label in ("benign", "topic") and found)
            if wrong:
                print(f"  {o.label}\t{o.lang}\t{','.join(sorted(found)) or '-'}\t{o.crisis_score:.2f}/{o.abuse_score:.2f}\t{o.text}")
    return 0


def _sets(knowledge, kept: list[Example]):  # type: ignore[no-untyped-def]
    """The detectors' training sets from the kept examples only (topic examples included)."""
    safety = [e for e in kept if e.label in ("crisis", "abuse", "benign") and e.kind not in knowledge_ids(knowledge)]
    from_topics = {e.text for e in kept if e.kind in knowledge_ids(knowledge)}
    trimmed = _Knowledge(knowledge, from_topics)
    return training_sets(training_pairs(trimmed, safety))  # type: ignore[arg-type]


def knowledge_ids(knowledge) -> set[str]:  # type: ignore[no-untyped-def]
    return {t.id for t in knowledge.topics}


class _Knowledge:
    """The knowledge with each topic's examples cut to those kept in this fold."""

    def __init__(self, knowledge, texts: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.topics = [_Topic(t, texts) for t in knowledge.topics]


class _Topic:
    def __init__(self, topic, texts: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.id = topic.id
        self._examples = tuple(e for e in topic.examples() if e in texts)

    def examples(self) -> tuple[str, ...]:
        return self._examples


def _outcome(example: Example, detectors: Detectors) -> Outcome:
    """Read one held-out message: the rules alone, and the best agreeing learned scores (the
    floors patched to 0 so every agreeing window is scored)."""
    rules = assess(example.text)
    scores = {"crisis": 0.0, "abuse": 0.0}
    real_crisis, real_abuse = detectors.crisis_score, detectors.abuse_score

    def crisis(text: str) -> float:
        scores["crisis"] = max(scores["crisis"], real_crisis(text))
        return real_crisis(text)

    def abuse(text: str) -> float:
        scores["abuse"] = max(scores["abuse"], real_abuse(text))
        return real_abuse(text)

    spy = mock.Mock(crisis_score=crisis, abuse_score=abuse)
    with mock.patch.object(agreement, "CRISIS_FLOOR", 2.0), mock.patch.object(agreement, "ABUSE_FLOOR", 2.0):
        assess(example.text, spy)
    found = frozenset(name for name, cues in (("crisis", rules.crisis), ("abuse", rules.abuse)) if cues)
    return Outcome(example.label, example.lang, example.text, found, scores["crisis"], scores["abuse"])


def _found(o: Outcome, crisis_floor: float, abuse_floor: float) -> set[str]:
    found = set(o.rules)
    if o.crisis_score >= crisis_floor:
        found.add("crisis")
    if o.abuse_score >= abuse_floor:
        found.add("abuse")
    return found


def _table(outcomes: list[Outcome], crisis_floor: float, abuse_floor: float) -> str:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        found = _found(o, crisis_floor, abuse_floor)
        for name in ("crisis", "abuse"):
            if o.label == name:
                counts[(name, o.lang)][0] += name in found
                counts[(name, o.lang)][1] += 1
        if o.label in ("benign", "topic"):
            key = ("alarm_" + o.label, o.lang)
            counts[key][0] += bool(found & {"crisis", "abuse"})
            counts[key][1] += 1
    lines = [f"floors crisis {crisis_floor:.2f} abuse {abuse_floor:.2f}:"]
    for lang in ("zh", "en"):
        cells = [f"{name} {counts[(name, lang)][0]}/{counts[(name, lang)][1]} ({_rate(counts[(name, lang)]):.1%})"
                 for name in ("crisis", "abuse", "alarm_benign", "alarm_topic")]
        lines.append(f"  {lang}: " + " | ".join(cells))
    return "\n".join(lines)


def _rate(counter: list[int]) -> float:
    return counter[0] / counter[1] if counter[1] else 0.0


if __name__ == "__main__":
    sys.exit(main())
