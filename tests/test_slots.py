import pytest

from bot.slots import extract_slots


@pytest.mark.parametrize("message, days", [
    ("逾期3天了", 3), ("晚了一周还没还", 7), ("逾期两个月了", 60), ("半年没还了", 180),
    ("逾期一年多了", 365), ("逾期十五天", 15), ("45 days overdue", 45), ("two months late", 60),
])
def test_days_overdue(message: str, days: int) -> None:
    assert extract_slots(message)["days"].value == days


@pytest.mark.parametrize("message, amount", [
    ("欠了5000元", 5000), ("欠5千", 5000), ("欠两万块", 20000), ("欠1.5万", 15000), ("欠3w", 30000),
    ("owe 5k", 5000), ("I owe 15,000 yuan", 15000), ("欠了一万五", 15000),
])
def test_amount(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


def test_masked_numbers_are_given_without_a_value() -> None:
    slots = extract_slots("花呗逾期***天了")
    assert slots["days"].value is None and slots["days"].text == "***天"


@pytest.mark.parametrize("message, product", [
    ("借呗逾期", "jiebei"), ("花被逾期", "huabei"), ("微粒贷逾期", "weilidai"),
    ("信用卡逾期", "credit_card"), ("网贷逾期", "online_loan"), ("what about Huabei", "huabei"),
])
def test_product(message: str, product: str) -> None:
    assert extract_slots(message)["product"].value == product


def test_nothing_is_invented() -> None:
    assert extract_slots("会上门吗") == {}
    # A loan term is not days overdue: no overdue cue, no days slot.
    assert "days" not in extract_slots("借2万一个月利息多少")
