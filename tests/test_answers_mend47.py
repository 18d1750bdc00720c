"""mend47 (s16): review46's answer and routing findings, each by its mechanism, both sides.

- A bare "how long does the whole process usually take" as a first message is answered (collection_process),
  as on 8a3239c; "多久？" alone is still too little; as a follow-up it stays on the last topic (cls20).
- Sums (bot.amount_roles): a limit is no debt; an overdue sum stays the debt beside a proposed payment;
  two products each owing name the asked product's sum; an instalment due is not the debt.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.figures import names_nothing_but_how_long
from bot.slots import extract_slots

OOS = "out_of_scope"


# 3. How long, asked as a first message (bot.figures, bot.routing, bot.followups_route).
@pytest.mark.parametrize("text", ["how long does the whole process usually take", "how long does it usually take"])
def test_how_long_the_process_takes_alone_is_answered(engine: Engine, text: str) -> None:
    assert not names_nothing_but_how_long(text)
    assert engine.ask(text).topic == "collection_process"


@pytest.mark.parametrize("text", ["多久？", "要多久", "how long would that take?", "how long?"])
def test_how_long_alone_is_still_too_little(engine: Engine, text: str) -> None:
    assert names_nothing_but_how_long(text)
    assert engine.ask(text).topic == OOS


@pytest.mark.parametrize("first, follow_up, topic", [
    ("催收会上门吗", "how long does the whole process usually take", "home_visit"),
    ("will they come to my home?", "how long does it usually take", "home_visit"),
    ("借呗会起诉我吗", "一般走完流程要多久", "lawsuit"),
])
def test_how_long_as_a_follow_up_stays_on_the_last_topic(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask(follow_up).topic == topic


def _amount(message: str) -> float | None:
    slot = extract_slots(message).get("amount")
    return None if slot is None else slot.value


# 1. A credit limit is no debt (bot.amount_roles): where a limit is told, only a sum told as owed is.
@pytest.mark.parametrize("message", [
    "为什么别人借呗能借10万我只能借5000", "我朋友额度20万，我才3千", "我朋友额度5万我才1万",
    "my friend has a limit of 100000 yuan and mine is only 5000 yuan",
])
def test_a_limit_is_never_the_debt(engine: Engine, message: str) -> None:
    assert _amount(message) is None
    text = engine.ask(message).text
    assert "欠款" not in text and "owing" not in text


@pytest.mark.parametrize("message, owed", [
    ("我的借呗额度是5万，欠了4万", 40000), ("借呗额度5万 用了3万 逾期了", 30000), ("额度两万，还剩八千没还，会起诉吗", 8000),
    ("借呗欠了5000，会被起诉吗", 5000),   # no limit told: unchanged
    ("借呗额度5万，借了3万，逾期了", 30000), ("借呗额度5万，借了3万，现在欠3万5", 35000),
])
def test_a_sum_told_as_owed_beside_a_limit_is_the_debt(message: str, owed: int) -> None:
    assert _amount(message) == owed


# 2. Several sums: a stated debt beside a proposed payment or a remainder; two products each owing;
# an instalment due.
@pytest.mark.parametrize("message, owed", [
    ("逾期了两万，我能先还一万吗，还剩的一万下个月还", 20000),
    ("逾期两万，先还五千行吗", 20000),
    ("借呗欠两万，花呗欠五千，我只担心借呗", 20000),
    ("花呗欠两万，借呗欠五千，我只担心借呗", 5000),
    ("花呗欠两万，借呗欠五千，我只担心花呗", 20000),
    ("借呗欠8000，花呗欠5000", 8000),
    ("I owe 8000 on jiebei and 5000 on huabei", 8000),
    ("借了两万，先还了一万，还剩一万", 10000),      # a past payment: what is left is owed
    ("借呗借了两万，还欠八千", 8000),
])
def test_the_stated_debt_of_the_product_asked_is_named(message: str, owed: int) -> None:
    assert _amount(message) == owed


@pytest.mark.parametrize("message", [
    "我借了一万，本来这个月要还两千，现在还不上了",   # an instalment due, beside the principal
    "借呗借了两万，花呗欠五千，我担心借呗",           # the one sum owed is another product's
    "花呗欠三千，借呗欠一万，两个都逾期了，怎么办",   # two owing, none asked about (花呗 only named first)
    "催收说我欠了三万，我只借了两万",                 # a claim beside the principal (ans23)
])
def test_no_sum_is_the_debt_when_none_is_told_as_the_product_s_debt(message: str) -> None:
    assert _amount(message) is None


def test_the_debt_named_in_the_reply_is_the_asked_product_s(engine: Engine) -> None:
    assert "你提到欠款20000元" in engine.ask("借呗欠两万，花呗欠五千，我只担心借呗，会起诉吗").text
    assert "欠款2000元" not in engine.ask("我借了一万，本来这个月要还两千，现在还不上了").text


# 4. A relative already sued for a loan of theirs, and whether the writer must pay asked: the family
# liability line answers it, not "whether they would sue your family" (bot.relatives, bot.answer_claims).
SUED_LINE = ("会不会起诉你的家人", "Whether they would sue your family")
LIABLE_LINE = ("家人或紧急联系人要不要替借款人还", "whether family or an emergency contact would have to pay")


@pytest.mark.parametrize("message", [
    "我妈被起诉了，是她自己的借呗，我要还吗", "我爸已经被起诉了，我得还吗",
    "我老公收到法院传票了，是他的网贷，我要负责吗", "my mom was sued over her own jiebei loan, do I have to pay?",
])
def test_a_relative_already_sued_asks_whether_the_writer_must_pay(engine: Engine, message: str) -> None:
    text = engine.ask(message).text
    assert not any(line in text for line in SUED_LINE)
    assert any(line in text for line in LIABLE_LINE)
    assert extract_slots(message)["concern"].value == "family_liability"


@pytest.mark.parametrize("message", [
    "我爸妈会不会被起诉", "借呗逾期了，会起诉我爸妈吗",
    "我借呗逾期了，我妈被起诉了，我要还吗",   # the writer's own loan: the family sued for it
    "我妈被起诉了，怎么办",                   # no paying asked
])
def test_a_suit_feared_for_the_family_keeps_the_family_sued_line(engine: Engine, message: str) -> None:
    assert SUED_LINE[0] in engine.ask(message).text


# 5. A part repaid, the rest still owed, is not "paid off" (bot.conditions' repaid reading).
REPAID_LEAD = "你问的还清以后的事"


@pytest.mark.parametrize("message", [
    "我借了五万，已经还了两万，还欠三万，会被起诉吗", "借呗欠5000，我已经还了2000，会上门吗",
    "借呗已经还了一些，还有一万没还，会起诉吗",
])
def test_a_part_repaid_is_not_paid_off(engine: Engine, message: str) -> None:
    assert REPAID_LEAD not in engine.ask(message).text


@pytest.mark.parametrize("message", [
    "借呗已经还了，还会被起诉吗", "我已经还清了，催收说我还欠500，会起诉吗",   # paid off; a claim after it
    "借呗已经还完了，还剩的利息还要还吗，会起诉吗",
])
def test_paid_off_keeps_the_repaid_lead(engine: Engine, message: str) -> None:
    assert REPAID_LEAD in engine.ask(message).text


def test_calls_after_a_part_repaid_are_no_calls_after_paying_off() -> None:
    from bot.routing_stated import paid_then_called
    from bot.text import normalize
    assert not paid_then_called(normalize("借呗欠5000，我已经还了2000，还天天打电话"))
    assert not paid_then_called(normalize("已经还了两万，还欠三万，催收还一直打电话"))
    assert paid_then_called(normalize("借呗已经还了，催收还一直打电话"))
    assert paid_then_called(normalize("借呗已经还清了，还天天打电话"))
