"""Our own paraphrase pairs (tests/data/paraphrases.tsv): two wordings of one question get one topic.

Written for this project (not borrowers' questions): a lexicon synonym on one side and the
examples' usual word on the other, a short question against a long story ending in it, English,
traditional characters and typos. Floors, not the current best (benchmarks/paraphrase.py prints
the numbers and the pairs that split).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine

PAIRS = Path(__file__).parent / "data" / "paraphrases.tsv"
# Written with round 5's pairs and split from them by a seeded shuffle: never read to choose a
# change, measured at the start and end of a round (benchmarks/paraphrase.py --heldout).
HELD_OUT = Path(__file__).parent / "data" / "paraphrases_heldout.tsv"


def read_labelled_pairs(path: Path = PAIRS) -> list[tuple[str, str, str]]:
    """(topic, question_a, question_b) rows; ``#`` lines are comments (benchmarks/paraphrase.py reads them here too)."""
    return [(topic, left, right) for topic, left, right, _ in read_kinded_pairs(path)]


def read_kinded_pairs(path: Path = PAIRS) -> list[tuple[str, str, str, str]]:
    """(topic, question_a, question_b, kind) rows: the optional fourth column says what differs
    between the two sides (colloq, story, filler, neg, xlang, surface, oosish, product), "" when absent."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            topic, left, right, *kind = line.split("\t")
            rows.append((topic, left, right, kind[0] if kind else ""))
    return rows


def test_the_pairs_are_well_formed(engine: Engine) -> None:
    rows = read_labelled_pairs()
    held = read_labelled_pairs(HELD_OUT)
    topics = {topic.id for topic in engine.topics}
    assert len(rows) >= 150 and len(held) >= 80
    assert {topic for topic, _, _ in held} <= topics
    assert not {(left, right) for _, left, right in held} & {(left, right) for _, left, right in rows}
    assert {topic for topic, _, _ in rows} <= topics
    assert len({(left, right) for _, left, right in rows}) == len(rows)
    assert sum(1 for _, left, _ in rows if left.isascii()) >= 40  # English is not an afterthought


@pytest.mark.corpus
def test_two_wordings_get_one_topic(asked_topics: dict[str, str]) -> None:
    rows = read_labelled_pairs()
    # asked_topics[text] is Engine.load().ask(text).topic, asked in tests/background.py (tests/asked.py)
    answers = [(topic, asked_topics[left], asked_topics[right]) for topic, left, right in rows]
    agreement = sum(1 for _, a, b in answers if a == b) / len(answers)
    accuracy = sum((a == topic) + (b == topic) for topic, a, b in answers) / (2 * len(answers))
    assert agreement >= 0.90, [row for row, (_, a, b) in zip(rows, answers) if a != b]
    assert accuracy >= 0.90


@pytest.mark.corpus
def test_held_out_wordings_get_one_topic(asked_topics: dict[str, str]) -> None:
    # A floor only: the pairs that split are not listed, so that the held-out pairs never steer
    # a change (benchmarks/paraphrase.py --heldout prints the totals).
    rows = read_labelled_pairs(HELD_OUT)
    agreement = sum(asked_topics[left] == asked_topics[right] for _, left, right in rows) / len(rows)
    assert agreement >= 0.90, f"held-out agreement {agreement:.1%}"


# Round 6's written questions (topic TAB question; half English, written-style, stories ending in
# the question, traditional characters, mixed zh/en). The held-out file was written before the
# round changed anything and is measured only at its start and end (benchmarks/attempt.py
# --heldout); like the held-out pairs above, its floor lists no question.
WRITTEN_DEV = Path(__file__).parent / "data" / "questions_dev6.tsv"
WRITTEN_HELD_OUT = Path(__file__).parent / "data" / "questions_heldout6.tsv"


def read_written(path: Path) -> list[tuple[str, str]]:
    """(topic, question) rows of a written-questions file; ``#`` lines are comments."""
    return [(topic, question) for topic, question in
            (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#"))]


@pytest.mark.corpus
def test_written_questions_get_their_topic(engine: Engine, asked_topics: dict[str, str]) -> None:
    dev, held = read_written(WRITTEN_DEV), read_written(WRITTEN_HELD_OUT)
    topics = {topic.id for topic in engine.topics}
    assert len(dev) >= 200 and len(held) >= 200 and {t for t, _ in dev + held} <= topics
    assert not {q for _, q in dev} & {q for _, q in held}
    assert sum(q.isascii() for _, q in held) >= len(held) // 2  # half English
    # The held-out floor only (~0.5 s): dev6 is a development set, measured by benchmarks/attempt.py.
    held_share = sum(asked_topics[question] == topic for topic, question in held) / len(held)
    assert held_share >= 0.90, f"held-out written questions {held_share:.1%}"
