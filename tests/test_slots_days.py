"""Days overdue as bot.slots_days reads them (through bot.slots.extract_slots)."""

import pytest

from bot.slots import extract_slots


@pytest.mark.parametrize("message, days", [
    ("逾期3天了", 3), ("晚了一周还没还", 7), ("逾期两个月了", 60), ("半年没还了", 180),
    ("逾期一年多了", 365), ("逾期十五天", 15), ("45 days overdue", 45), ("two months late", 60),
])
def test_days_overdue(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


def test_masked_numbers_are_given_without_a_value() -> None:
    slots = extract_slots("花呗逾期***天了")
    assert slots["days"].value is None and slots["days"].text == "***天"


# --- days come only from being late ---------------------------------------------------------

@pytest.mark.parametrize("message", [
    "借呗分12个月还，现在逾期了", "I borrowed 10k 2 years ago and I'm now late", "两年前借的借呗，这个月逾期了",
    "一年期的借呗逾期了", "每月15日还款，这次逾期了", "三月份逾期的 会怎样", "I took a 12-month loan and now I'm behind",
])
def test_a_loan_term_or_a_past_date_is_not_days_overdue(message: str) -> None:
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [
    ("逾期快四个月了", 120), ("借呗逾期三個月了", 90), ("逾期了，已经三个月了", 90), ("借了一年，逾期两个月", 60),
    ("I owe 5k and I'm 45 days late", 45), ("I took a 12-month loan and I'm 2 months late", 60),
    ("逾期十几天了", 15), ("晚还了一天", 1), ("逾期一个半月", 45),
])
def test_days_from_the_overdue_clause(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message", [
    "逾期了 一天多少利息", "借呗逾期一天罚多少", "逾期的话一个月要多少钱", "overdue, how much interest a day?",
])
def test_a_price_per_day_is_not_days_overdue(message: str) -> None:
    # "一天多少" asks what a day costs: echoing "you are a day overdue" would claim what was never said
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [("逾期一天多了，会怎样", 1), ("overdue a day, what happens", 1),
                                           ("逾期两个月了 一个月多少利息", 60), ("逾期3天多少罚息", 3),
                                           ("the fees are piling up I've been overdue a month what now", 30)])
def test_a_duration_beside_a_price_question_still_counts(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


def test_the_many_of_how_many_is_not_more_than() -> None:
    assert extract_slots("逾期两天多少钱")["days"].text == "两天"  # 两天|多少, not 两天多 (over two days)
    # ("两天多少钱 逾期了" asks what two days cost: no late word governs those days, fig72)


@pytest.mark.parametrize("message", [
    "逾期记录会保留5年吗", "失业半年了，借呗逾期了怎么办", "失业了半年 借呗逾期", "借呗逾期了 过几天就能还上",
    "借呗还有三天到期 还不上怎么办", "I've been unemployed for 6 months and now I'm late on jiebei",
    "I'll be able to pay in 3 days, I'm overdue",
])
def test_another_event_or_a_time_to_come_is_not_days_overdue(message: str) -> None:
    assert "days" not in extract_slots(message)


def test_a_time_that_passed_while_overdue_still_counts() -> None:
    assert extract_slots("逾期过了三天")["days"].value == 3
    assert extract_slots("借呗逾期过八天，现在被关了")["days"].value == 8  # 逾期过: was overdue


@pytest.mark.parametrize("message, days", [("逾期已经过八天了", 8), ("逾期都过八天了", 8), ("逾期经过三个月了", 90),
                                           ("逾期持续了三个月", 90), ("逾期已经持续两个月了", 60)])
def test_time_that_passed_while_overdue_counts_however_it_is_said(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


def test_a_collectors_deadline_is_not_days_overdue() -> None:
    assert "days" not in extract_slots("借呗逾期 催收说三天内不还就上门 还说要找村委会")
    assert extract_slots("逾期三天了 催收说一周之内不还就起诉")["days"].value == 3


def test_the_duration_said_with_late_wins_over_an_earlier_one() -> None:
    # A new-user probe: "paid fine for a year ... I'm 70 days late" was echoed as "a year overdue".
    found = extract_slots("I borrowed on Jiebei, paid fine for a year, then my shop closed. I'm 70 days late.")
    assert found["days"].value == 70
    assert extract_slots("已经三个月了，逾期会怎样")["days"].value == 90  # a bare clause still counts


def test_a_number_of_days_asked_about_is_not_stated() -> None:
    assert "days" not in extract_slots("借呗逾期几天上征信")
    assert "days" not in extract_slots("逾期几天会怎样")
    assert extract_slots("已经逾期几天了 会怎样")["days"].text == "几天"


@pytest.mark.parametrize("message, days", [("公司倒闭了工资停了三个月借呗就逾期了 会不会去我户籍地找我爸妈", None),
                                           ("工资拖了两个月 借呗逾期十天了", 10), ("老板欠薪半年 现在借呗逾期了", None)])
def test_wages_unpaid_for_a_time_is_not_time_overdue(message: str, days: int | None) -> None:
    # a second probe: 工资停了三个月 was echoed as "你提到逾期三个月"
    found = extract_slots(message).get("days")
    assert (found.value if found else None) == days


@pytest.mark.parametrize("message, days", [
    ("i am 70 years old", None), ("I'm 70 years old, jiebei late", None), ("a 45-year-old man, jiebei overdue", None),
    ("aged 50 years, overdue on huabei", None),
    # the other side: an age beside the time overdue keeps the time overdue
    ("I am 70 years old and 3 months late on jiebei", 90), ("jiebei overdue 2 years", 730),
])
def test_an_age_is_not_days_overdue(message: str, days: int | None) -> None:  # cls13
    found = extract_slots(message).get("days")
    assert (found.value if found else None) == days


@pytest.mark.parametrize("message, days", [
    ("医生让我一天吃两板药，借呗逾期了能延期吗", None),   # how often, not a day overdue (review28)
    ("我一天打两份工，借呗逾期会起诉吗", None),
    ("借呗逾期一天会上征信吗", 1),                        # twins: the time overdue
    ("借呗逾期一天打了好几个电话", 1),
])
def test_a_rate_of_doing_is_not_days_overdue(message: str, days: int | None) -> None:
    slot = extract_slots(message).get("days")
    assert (slot.value if slot else None) == days


@pytest.mark.parametrize("message", [
    "借呗逾期会不会被拘留十五天", "逾期会被关半个月吗", "逾期记录5年后会消除吗", "逾期的记录一年后征信会恢复吗",
    "will the overdue go away after 5 years", "can I be jailed for 15 days for being overdue",
])
def test_a_penalty_or_a_records_time_is_not_days_overdue(message: str) -> None:  # truth1 #3
    assert "days" not in extract_slots(message)


@pytest.mark.parametrize("message, days", [
    ("借呗逾期十五天会被拘留吗", 15), ("逾期5年了会怎样", 1825), ("借呗逾期了，已经三个月了，会被关几天吗", 90),
    ("I'm 5 years overdue, will it go away", 1825), ("逾期三个月后会被起诉吗", 90), ("借呗逾期一天以后都不能恢复额度了", 1),
])
def test_the_time_overdue_beside_a_penalty_is_still_read(message: str, days: int) -> None:  # truth1 #3
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message, days", [
    ("这两天借呗逾期了会怎样", None), ("这几天借呗没还上 会有什么后果", None), ("前两天逾期了 会上征信吗", None),
    ("近两天借呗逾期了 会被催收吗", None), ("这一两天借呗逾期 会怎么样", None), ("借呗逾期了这几天天天打电话", None),
    ("我最近两天逾期了", None),
    # twins: a count of days overdue keeps its days, also beside a "lately" word
    ("逾期两天了会怎样", 2), ("借呗逾期了两天 会上征信吗", 2), ("逾期近两天了", 2), ("已经逾期近两天", 2),
    ("这两天逾期了 已经逾期五天了", 5), ("借呗逾期两三天了", 3),
])
def test_lately_is_not_a_count_of_days(message: str, days: int | None) -> None:  # ans56: 这两天 is "lately"
    slot = extract_slots(message).get("days")
    assert (slot.value if slot else None) == days
