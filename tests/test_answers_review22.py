"""review22's findings on ans7's answers, each case beside a twin that must not change: a
rumoured sum read as bot.slots reads sums (3k, 5w, bare 欠5000), never echoed as the debt; a rate
asked after a safety reply keeps that reply; threshold words make a line even after 我; a
friend's case is not the borrower's; an optional knowledge part truly optional; products the
article speaks of; the product owed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot import Engine
from bot.knowledge import default_path
from bot.text import simplified

LINE = ("这类界线", "the article sets no line")


def _ask(engine: Engine, message: str) -> tuple[str, dict[str, object]]:
    reply = engine.ask(message)
    return simplified(reply.text), {name: slot.value for name, slot in reply.slots.items()}


@pytest.mark.parametrize("rumour, own, value", [
    ("听说欠3k就会被起诉吗", "我欠3k会被起诉吗", 3000),
    ("听说欠5K以上就会被起诉", "我欠5K会被起诉吗", 5000),
    ("听说欠5w就会上门吗", "我欠了5w会上门吗", 50000),
    ("听说欠5000就会被起诉吗", "我欠5000会被起诉吗", 5000),
    ("听说只要欠5000就会被起诉", "我才欠5000就会被起诉吗", 5000),
    ("听说欠5000以上会被起诉", "我欠5000，会被起诉吗", 5000),
])
def test_a_rumoured_sum_is_never_the_debt(engine: Engine, rumour: str, own: str, value: int) -> None:
    text, slots = _ask(engine, rumour)
    assert "amount" not in slots and "你提到欠款" not in text and any(m in text.split("\n", 1)[0] for m in LINE), rumour
    text, slots = _ask(engine, own)
    assert slots["amount"] == value and "你提到欠款" in text, own


@pytest.mark.parametrize("rumour, own, slot", [
    ("催收说我逾期超过90天就会被起诉", "我逾期超过90天了，会被起诉吗", "days"),
    ("催收说我欠款超过一万就要坐牢", "我欠款一万多，会坐牢吗", "amount"),
    ("is it true that if I owe over 50k they will sue?", "I owe over 50k, will they sue?", "amount"),
    ("我朋友逾期3个月就被起诉了，我会吗", "我已经逾期三个月了", "days"),
    ("我同事欠了5万被起诉了，会这样吗", "我和朋友都欠了5万，会被起诉吗", "amount"),
])
def test_threshold_words_and_others_cases_are_not_the_borrowers_figure(engine: Engine, rumour: str, own: str,
                                                                       slot: str) -> None:
    text, slots = _ask(engine, rumour)
    assert slot not in slots and "你提到" not in text and "you mentioned" not in text, rumour
    assert slot in _ask(engine, own)[1], own


@pytest.mark.parametrize("first, second", [
    ("催收的人天天打电话骂我，威胁要弄死我", "利率是多少"),
    ("collectors keep threatening to hurt my family", "what is the interest rate exactly?"),
])
def test_a_rate_asked_after_a_safety_reply_keeps_it(engine: Engine, first: str, second: str) -> None:
    session = engine.session()
    session.ask(first)
    reply = session.ask(second)
    assert reply.topics == ("abusive_collection",) and "110" in reply.text and "12378" in reply.text
    session = engine.session()
    session.ask("借呗逾期会上门吗")
    assert session.ask(second).topics == ("penalty_costs",)  # the twin: after a loan answer, penalties


def test_a_knowledge_folder_without_the_figure_part_keeps_the_topics_own_point(engine: Engine, tmp_path: Path) -> None:
    # (a copy with its models loads without training; it replaces review19's load-only test)
    folder = tmp_path / "knowledge"
    shutil.copytree(default_path(), folder)
    data = json.loads((folder / "frame.json").read_text(encoding="utf-8"))
    del data["figure"]
    (folder / "frame.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    without = Engine.load(folder)
    for message, point in (("借呗逾期多久会被起诉", "天数或金额界线"), ("How long after going overdue will they sue?", "sets no line")):
        text = without.ask(message).text
        assert point in text and not text.startswith("\n"), message
        assert point not in engine.ask(message).text  # the twin: with the part, its line says it instead


@pytest.mark.parametrize("message, named", [
    ("借呗算不算网贷，逾期会上门吗", None), ("借呗逾期了，花呗还能用吗", None), ("借呗逾期了，网商贷还能借吗", None),
    ("会不会连累我的花呗和信用卡", None),
    ("will being late on jiebei hurt my credit card or bank loan applications?", None),
    ("借呗逾期了，信用卡也逾期了", "你还提到信用卡"), ("我借呗和网贷都逾期了，会被起诉吗", "你还提到网贷"),
    ("I'm late on jiebei and also owe a credit card, will they sue?", "You also mentioned a credit card"),
])
def test_products_the_article_speaks_of_are_not_named_as_owed(engine: Engine, message: str, named: str | None) -> None:
    reply = engine.ask(message)
    assert (named in reply.text) if named else ("你还提到" not in reply.text and "also mentioned" not in reply.text), message
    assert reply.slots.get("product") is None or reply.slots["product"].value == "jiebei", message


@pytest.mark.parametrize("message, product, named, amount", [
    ("我用了信用卡还借呗，借呗还逾期了，会起诉吗", "jiebei", None, None),
    ("用信用卡还了借呗一万", "jiebei", None, None),  # a repayment, not the debt
    ("我还欠着微粒贷，借呗逾期会被起诉吗", "jiebei", "你还提到微粒贷", None),
    ("京东白条和借呗一起逾期了会怎样", "jiebei", "你还提到京东白条", None),
    ("I work at meituan, will jiebei call my boss?", "jiebei", None, None),
    # twins: the card owed, a lender named alone, a debt after a repayment
    ("信用卡逾期了会怎样", "credit_card", None, None), ("微粒贷逾期会被起诉吗", "weilidai", None, None),
    ("I owe meituan and I'm late, will they sue?", "meituan", None, None),
    ("还了借呗五千还欠一万", "jiebei", None, 10000),
])
def test_the_product_answered_is_the_one_owed(engine: Engine, message: str, product: str, named: str | None,
                                             amount: int | None) -> None:
    reply = engine.ask(message)
    assert reply.slots["product"].value == product, message
    assert named is None or named in reply.text, message
    assert (reply.slots["amount"].value if "amount" in reply.slots else None) == amount, message


@pytest.mark.parametrize("message, doubt", [
    ("逾期一天芝麻分会掉吗", "判断不了"), ("after 1 day late will it hit my credit right away?", "can't weigh"),
])
def test_at_once_is_not_doubted_by_a_point(engine: Engine, message: str, doubt: str) -> None:
    text = engine.ask(message).text
    assert ("立即" in text or "at once" in text) and doubt not in text, message
    assert "判断不了你的情况" in engine.ask("逾期一天会被起诉吗").text  # the twin: a lawsuit has no day


@pytest.mark.parametrize("message, absent, present", [
    ("I pay 1000 a month and still owe 30k", ("days",), {"amount": 30000}),
    ("I can only pay 500 yuan a month, will they sue?", ("days", "amount"), {}),
    ("我开店三年亏了二十多万，借呗逾期了会起诉吗", ("days", "amount"), {}),
    ("I'm a month late and owe 30k", (), {"days": 30, "amount": 30000}),
    ("借呗逾期三年了，欠了二十多万", (), {"days": 1095, "amount": 200000}),
])
def test_monthly_payments_and_a_shops_losses_are_not_the_loan(engine: Engine, message: str, absent: tuple[str, ...],
                                                               present: dict[str, int]) -> None:
    slots = engine.ask(message).slots
    assert not set(absent) & set(slots) and all(slots[k].value == v for k, v in present.items()), message


@pytest.mark.parametrize("message, said", [("我欠了二十多万还不上会坐牢吗", "欠款二十多万元"), ("我欠了2万多，会坐牢吗", "欠款20000多元")])
def test_tens_of_thousands_and_more_are_said_as_written(engine: Engine, message: str, said: str) -> None:
    assert said in engine.ask(message).text, message


@pytest.mark.parametrize("message", ["逾期一天芝麻分会掉吗", "我逾期3天已经还清了，会上征信吗", "after 1 day late will it hit my credit right away?"])
def test_the_credit_point_says_at_once_without_applying_it_to_the_borrowers_days(engine: Engine, message: str) -> None:
    # review23: the article's case reports "随后", after reminders; "逾期3天也一样" claimed more.
    text = engine.ask(message).text
    assert "也一样" not in text and "counts;" not in text
    assert "没提宽限期" in text or "no grace period" in text


@pytest.mark.parametrize("message, product, has_95188", [
    ("我欠微粒贷2万，借呗已经还清了，微粒贷会起诉吗", "weilidai", False),   # 借呗 paid: the other lender's question
    ("我在京东白条和借呗都逾期了，白条会上门吗", "jd_baitiao", False),       # the asking clause names 白条
    ("借呗已经还清了，网商贷逾期会怎样", "mybank", False),                 # review24: 借呗 first but paid
    ("我欠了借呗和微粒贷，微粒贷逾期会起诉吗", "weilidai", False),           # the asking clause names it
    ("my jiebei is paid off, but my weilidai is 3 months late, will they sue me", "weilidai", False),
    ("借呗和微粒贷都逾期了会起诉吗", "jiebei", True),                      # twins: both owed, 借呗 first
    ("我还欠着微粒贷，借呗逾期会被起诉吗", "jiebei", True),                 # twins: 借呗 owed and asked
    ("京东白条和借呗一起逾期了会怎样", "jiebei", True),
])
def test_95188_only_when_the_answer_is_on_jiebei_or_huabei(engine: Engine, message: str, product: str, has_95188: bool) -> None:
    reply = engine.ask(message)  # review23: 95188 was given for a 微粒贷 or 白条 debt
    assert reply.slots["product"].value == product
    assert ("95188" in reply.text) is has_95188
