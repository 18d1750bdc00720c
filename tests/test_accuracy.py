"""Accuracy floors on real borrowers' questions (../shared/eval). The bars of the issue, not the file's best."""

from __future__ import annotations

from pathlib import Path

from bot import Engine
from bot.evaluate import evaluate, paraphrase_consistency, read_labelled, read_pairs


def test_real_questions_meet_the_floor(engine: Engine, eval_dir: Path) -> None:
    report = evaluate(lambda q: engine.ask(q).topic, read_labelled(eval_dir / "real_questions.tsv"))
    assert report.total > 200
    assert report.accuracy >= 0.85, report.confusion
    assert report.oos_recall >= 0.85
    assert report.in_scope_accuracy >= 0.80


def test_paraphrase_pairs_agree(engine: Engine, eval_dir: Path) -> None:
    pairs = read_pairs(eval_dir / "paraphrase_pairs.tsv")
    assert len(pairs) > 400
    assert paraphrase_consistency(lambda q: engine.ask(q).topic, pairs) >= 0.85
