"""Round 110b (mend218, issue 12): a finality cue reads a countdown, a date, a last meal, something handed on, "won't
bother anyone", an accident, a dose, pills all taken, joining someone or days without food as a crisis only when its
object is the writer's own end or nothing is named, and no everyday object (a repayment, a due date, work, a weekend, a
photo, a game, a child's medicine, a living spouse, a busy day) is named beside it.

The rows of tests/data/safety_dev_mend218.tsv and sessions_dev_mend218.tsv (development, own words) are read by
tests/test_finality.py with final206's: every crisis row gets the crisis reply, no finality cue reads a benign twin, and a
session's "don't worry about me" after a busy or ill day without food, or with a plan to eat, is comfort. Here: the
rows are twins both ways, and the "starving" kind needs two days and no busy day or illness."""

from __future__ import annotations

import pytest

from bot.risk_memory import signals
from safety_figures import DATA, read_rows


def test_the_rows_are_twins_both_ways() -> None:
    labels = [row.label for row in read_rows(DATA / "safety_dev_mend218.tsv")]
    assert labels.count("crisis") >= 20 and labels.count("benign") >= 20


@pytest.mark.parametrize(("said", "kind"), [("我已经两天没吃饭了", True), ("我几日冇食嘢", True), ("haven't eaten in two days", True),
                                            ("我一天没吃饭了", False), ("haven't eaten in 1 days", False),
                                            ("加班两天没吃饭", False), ("too busy at work, haven't eaten in three days", False),
                                            ("牙疼三天没吃东西", False), ("感冒了两天没吃东西", False)])
def test_starving_needs_two_days_and_no_busy_day_or_illness(said: str, kind: bool) -> None:
    assert ("starving" in signals(said)) is kind
