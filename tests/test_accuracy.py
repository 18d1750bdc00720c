"""Accuracy floors on real borrowers' questions (../shared/eval). The bars of the issue, not the file's best."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import evaluate, paraphrase_consistency, read_labelled, read_pairs


@pytest.mark.corpus
def test_real_questions_meet_the_floor(eval_dir: Path, asked_topics: dict[str, str]) -> None:
    # asked_topics[q] is Engine.load().ask(q).topic, asked in tests/background.py (tests/asked.py)
    report = evaluate(asked_topics.__getitem__, read_labelled(eval_dir / "real_questions.tsv"))
    assert report.total > 200
    assert report.accuracy >= 0.85, report.confusion
    assert report.oos_recall >= 0.85
    assert report.in_scope_accuracy >= 0.80


@pytest.mark.corpus
def test_paraphrase_pairs_agree(eval_dir: Path, asked_topics: dict[str, str]) -> None:
    pairs = read_pairs(eval_dir / "paraphrase_pairs.tsv")
    assert len(pairs) > 400
    assert paraphrase_consistency(asked_topics.__getitem__, pairs) >= 0.85
