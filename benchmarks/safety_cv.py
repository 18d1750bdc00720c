"""k-fold cross-validation of the safety readers over the learned detector's training data.

    python benchmarks/safety_cv.py [--folds 5] [--floors 0.8 0.9 0.95] [--misses]

Every example of knowledge/safety.json and of the topics is in exactly one fold. For each fold the
learned detectors are trained on the other folds and the held-out fold's examples are read as
messages, three ways: the rules alone, the learned detectors alone (with their agreement: a
distress cue, a collector's act...), and both together as the engine does. Printed per language:
crisis recall (safety.json's crisis examples and the crisis topic's), abuse recall (abuse
examples and the abusive_collection topic's), false alarms on benign look-alikes and on every
other topic's examples (loan questions, greetings, declines).

The rules were written against these same examples, so their figures (and those of both
together) say little about unseen messages; the learned figures are honest cross-validation.
``--floors`` prints the learned line again at other crisis/abuse floors (how the floors in
bot/safety/agreement.py were chosen). The held-out splits in tests/data are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import Knowledge, load  # noqa: E402
from bot.safety import agreement, assess  # noqa: E402
from bot.safety.abuse import about_someone_else, hearsay_only  # noqa: E402
from bot.safety.clauses import fold_clause, split_clauses  # noqa: E402
from bot.safety.examples import Example, read_examples  # noqa: E402
from bot.safety.idioms import masked  # noqa: E402
from bot.safety.learned import Detectors, fit, training_pairs, training_sets  # noqa: E402
from bot.text import detect_lang  # noqa: E402

TOPIC_CLASS = {"crisis": "crisis", "abusive_collection": "abuse"}
Reader = Callable[[str], set[str]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--floors", type=float, nargs="*", default=[], help="learned figures at other floors")
    parser.add_argument("--misses", action="store_true", help="list what both readers together got wrong")
    args = parser.parse_args()
    knowledge = load()
    examples = list(read_examples(knowledge.path))
    examples += [Example(TOPIC_CLASS.get(t.id, "topic"), t.id, detect_lang(text), text)
                 for t in knowledge.topics for text in t.examples()]
    folds = [(fold, fit(_sets(knowledge, [e for i, e in enumerate(examples) if i % args.folds != fold])))
             for fold in range(args.folds)]
    held = [(e, detectors) for fold, detectors in folds for i, e in enumerate(examples) if i % args.folds == fold]
    print(_table("rules", held, lambda e, d: _found(assess(e.text))))
    print(_table("learned", held, _learned))
    for floor in args.floors:
        with mock.patch.object(agreement, "CRISIS_FLOOR", floor), mock.patch.object(agreement, "ABUSE_FLOOR", floor):
            print(_table(f"learned at {floor}", held, _learned))
    both = {id(e): _found(assess(e.text, d)) for e, d in held}
    print(_table("both", held, lambda e, d: both[id(e)]))
    if args.misses:
        for e, _ in held:
            found = both[id(e)]
            if (e.label in ("crisis", "abuse") and e.label not in found) or (e.label in ("benign", "topic") and found):
                print(f"  {e.label}\t{e.lang}\t{','.join(sorted(found)) or '-'}\t{e.text}")
    return 0


def _sets(knowledge: Knowledge, kept: list[Example]) -> dict[str, tuple[list[str], list[str]]]:
    """The detectors' training sets from the kept examples only (topic examples included)."""
    topic_ids = {t.id for t in knowledge.topics}
    safety = [e for e in kept if e.kind not in topic_ids]
    from_topics = {e.text for e in kept if e.kind in topic_ids}
    return training_sets(training_pairs(_Trimmed(knowledge, from_topics), safety))  # type: ignore[arg-type]


class _Trimmed:
    """The knowledge with each topic's examples cut to those kept in this fold."""

    def __init__(self, knowledge: Knowledge, texts: set[str]) -> None:
        self.topics = [_Topic(t.id, tuple(x for x in t.examples() if x in texts)) for t in knowledge.topics]


class _Topic:
    def __init__(self, topic_id: str, examples: tuple[str, ...]) -> None:
        self.id = topic_id
        self._examples = examples

    def examples(self) -> tuple[str, ...]:
        return self._examples


def _found(signal: object) -> set[str]:
    return {name for name in ("crisis", "abuse") if getattr(signal, name)}


def _learned(example: Example, detectors: Detectors) -> set[str]:
    """What the learned detectors alone raise, with the agreement the engine requires."""
    clauses = split_clauses(example.text)
    whole = fold_clause(example.text)
    found = set()
    if agreement.learned_crisis(example.text, clauses, detectors, masked(whole)):
        found.add("crisis")
    if not (hearsay_only(whole) or about_someone_else(whole)) and agreement.learned_abuse(example.text, clauses, detectors):
        found.add("abuse")
    return found


def _table(name: str, held: list[tuple[Example, Detectors]], read: Callable[[Example, Detectors], set[str]]) -> str:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for example, detectors in held:
        found = read(example, detectors)
        if example.label in ("crisis", "abuse"):
            counts[(example.label, example.lang)][0] += example.label in found
            counts[(example.label, example.lang)][1] += 1
        else:
            key = ("alarms on " + ("benign" if example.label == "benign" else "topics"), example.lang)
            counts[key][0] += bool(found)
            counts[key][1] += 1
    lines = [f"{name}:"]
    for lang in ("zh", "en"):
        cells = [f"{kind} {counts[(kind, lang)][0]}/{counts[(kind, lang)][1]} ({_rate(counts[(kind, lang)]):.1%})"
                 for kind in ("crisis", "abuse", "alarms on benign", "alarms on topics")]
        lines.append(f"  {lang}: " + " | ".join(cells))
    return "\n".join(lines)


def _rate(counter: list[int]) -> float:
    return counter[0] / counter[1] if counter[1] else 0.0


if __name__ == "__main__":
    sys.exit(main())
