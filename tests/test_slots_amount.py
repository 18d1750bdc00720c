"""The amount owed as bot.slots_amount reads it (through bot.slots.extract_slots)."""

import pytest

from bot.slots import extract_slots


@pytest.mark.parametrize("message, amount", [
    ("欠了5000元", 5000), ("欠5千", 5000), ("欠两万块", 20000), ("欠1.5万", 15000), ("欠3w", 30000),
    ("owe 5k", 5000), ("I owe 15,000 yuan", 15000), ("欠了一万五", 15000),
])
def test_amount(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


@pytest.mark.parametrize("message, amount", [
    ("找了个代理协商 说收费两千 靠谱吗 借呗逾期了", None), ("每月还两千 已经逾期了", None),
    ("借呗额度5万 用了3万 逾期了", 30000), ("罚息两千多了 我欠了一万", 10000),
    # money in hand is not the debt (review41); what is left to repay is
    ("借呗逾期了，我好怕，手里只有两千，怎么办", None), ("卡里还剩五百块", None), ("欠了两万，手上就剩两千", 20000),
    ("还剩两千没还", 2000), ("欠款只有两千，会起诉吗", 2000),
])
def test_a_fee_a_limit_or_an_instalment_is_not_the_sum_owed(message: str, amount: int | None) -> None:
    slot = extract_slots(message).get("amount")
    assert (slot.value if slot else None) == amount


@pytest.mark.parametrize("message", ["欠了3个月", "借了12期", "逾期2次了", "欠了两家平台"])
def test_counts_of_other_things_are_not_amounts(message: str) -> None:
    assert "amount" not in extract_slots(message)


@pytest.mark.parametrize("message, amount", [("欠三千五 逾期会影响征信吗", 3500), ("欠两百五", 250),
                                             ("三千零五块", 3005), ("欠了两千五百块", 2500)])
def test_spoken_shorthand_fills_the_next_place_down(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


@pytest.mark.parametrize("message, amount", [("被催收两万", 20000), ("借呗被催收三万块", 30000)])
def test_the_sum_being_collected_is_the_sum_owed(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


@pytest.mark.parametrize("message, amount", [
    ("催收让我先转五千块到一个私人账户", None), ("我已经还了五千块 还欠两万", 20000),
    ("他们让我交三千块手续费", None), ("催收让我打5000到他个人卡上", None), ("借呗欠了五千块 逾期三天", 5000),
])
def test_money_paid_or_demanded_is_not_the_sum_owed(message: str, amount: int | None) -> None:
    found = extract_slots(message).get("amount")
    assert (found.value if found else None) == amount


@pytest.mark.parametrize("message, amount", [
    # a review: "两百多万" was read as 200 and "一百二十万" as 120, a 10,000-fold misquote
    ("欠了两百多万", 2_000_000), ("欠了一百二十万", 1_200_000), ("欠了两百万", 2_000_000), ("欠了三千五", 3500),
])
def test_hundreds_of_wan_are_read_whole(message: str, amount: int) -> None:
    assert extract_slots(message)["amount"].value == amount


@pytest.mark.parametrize("message, amount", [("千万不要告诉我家人 会不会打电话给我爸妈", None), ("千万别告诉家人 我欠了一万", 10000),
                                             ("借了3000 千万别上门", None)])  # none rather than 3,000,000
def test_qianwan_by_all_means_is_no_sum(message: str, amount: int | None) -> None:
    # a review: 千万别, "by all means don't", was echoed as 欠款10000000元
    found = extract_slots(message).get("amount")
    assert (found.value if found else None) == amount


@pytest.mark.parametrize("message, value", [
    ("欠一万二千五百元", 12500), ("欠一万两千块", 12000), ("欠一万零五百", 10500), ("欠两万三千", 23000),
    ("借了1万5", 15000), ("欠一万五", 15000), ("欠三千五", 3500), ("欠2万", 20000),
    ("欠了3w5", 35000), ("欠3k5", 3500),
    ("欠了1万2千5", 12500), ("欠款1万5000", 15000), ("借了1万20天", 10000),
    # a digit after the unit that counts days or months is not its next place (review12)
    ("借呗欠5千3个月了会起诉吗", 5000), ("欠了2万3天了", 20000), ("借了5万24期", 50000),  ("欠了两万三两个月了", 23000), ("借了十万二十四期", 100000), ("欠了五万三十天了", 50000), ("欠了八万二十天", 80000),
])
def test_a_sum_after_wan_or_qian_is_read_whole(message: str, value: int) -> None:
    # 一万二千五百 was read as 一万二 (12,000) and 一万两千 as 一万: a figure the borrower never gave.
    assert extract_slots(message)["amount"].value == value
