"""Days overdue need the overdue link (bot.slots_link, fig72; user70 #5): another length of time in
a late borrower's message (三天没睡觉, 公司拖欠我三个月工资, "haven't eaten for 3 days") is not said
back as days overdue, and every real way of saying the time overdue keeps its days."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.slots import extract_slots

_DATA = Path(__file__).parent / "data" / "days_link.tsv"
_ROWS = [line.rstrip("\n").split("\t") for line in _DATA.read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


def _days(message: str) -> int | None:
    slot = extract_slots(message).get("days")
    return None if slot is None else slot.value


@pytest.mark.parametrize(("want", "message"), _ROWS)
def test_probe_set(want: str, message: str) -> None:
    assert _days(message) == (None if want == "-" else int(want))


@pytest.mark.parametrize(("message", "days"), [
    ("借呗逾期三天没上征信吧", 3),          # the late word right before governs whatever follows
    ("借呗晚还款了3天", 3), ("逾期已经过八天了", 8), ("借呗逾期有两个月的逾期", 60),
    ("jiebei overdue, haven't slept in 2 weeks and it's been 2 months", 60),  # the bare clause keeps its months
    ("我借呗逾期了两个月，这两个月我天天失眠", 60),
])
def test_the_late_duration_is_kept_beside_another(message: str, days: int) -> None:
    assert _days(message) == days


@pytest.mark.parametrize("message", [
    "借呗逾期 我一个月瘦了十斤", "借呗逾期 我还了三个月", "借呗还不上 我已经饿了两天了",
    "jiebei overdue, my boss hasn't paid us for two months",
])
def test_another_predicate_takes_the_duration(message: str) -> None:
    assert _days(message) is None
