"""cls252 (round 51, issue 13): the other-lender policy of stop 53 and the kinds of outside miss that recur.

A question about another lender's overdue loan (花呗, 微粒贷, 白条, a credit card, another app) gets the topic it asks
about, and the answer says its knowledge is about 借呗 and sends the borrower to that lender, never to 95188; that
product's own billing or account mechanics, and someone else paying, are declined (bot.routing_product_ops). Lenders
the answer had taken for 借呗: Pinduoduo's pay-later, another app not named, an app named by what it is called
(bot.product_names, bot.product_mentions, bot.product_unknown). Telling the lender before being late is negotiate
(bot.routing_hardship); whether collectors' abuse is lawful agrees with an abuse guess (bot.routing_vet.legality_asked).
Rows: tests/data/questions_dev_cls252.tsv (development, our own words, with look-alikes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine
from bot.products import product_in_question
from bot.routing_product_ops import product_ops
from bot.routing_vet import legality_asked
from bot.text import normalize

DEV = Path(__file__).parent / "data" / "questions_dev_cls252.tsv"
ROWS = [line.split("\t", 1) for line in DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_the_dev_file_covers_the_policy_both_ways() -> None:
    golds = {gold for gold, _ in ROWS}
    assert len(ROWS) >= 100 and {"home_visit", "lawsuit", "credit_report", "negotiate", "out_of_scope", "abusive_collection"} <= golds


@pytest.mark.parametrize(("gold", "question"), ROWS)
def test_each_dev_row_reads_as_labelled(engine: Engine, gold: str, question: str) -> None:
    assert engine.ask(question).topics[0] == gold


@pytest.mark.parametrize(("question", "name"), [
    ("信用卡逾期会上门吗", "信用卡"),
    ("Can Weilidai sue me if I don't pay?", "Weilidai"),
    ("拼多多先用后付逾期会怎样", "拼多多先用后付"),
    ("What happens if I'm late on Pinduoduo's pay-later?", "Pinduoduo"),
    ("我在别的app借的钱逾期了会上门吗", "别的app"),
    ("I'm late on another app, will they call my family?", "another app"),
    ("我在一个叫好分期的app借了钱逾期了，会上门吗", "好分期"),
])
def test_another_lenders_overdue_loan_is_answered_with_the_caveat_and_its_own_service(engine: Engine, question: str,
                                                                                       name: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] != "out_of_scope"
    assert name in reply.text.splitlines()[0]  # "你问的是信用卡。文章讲的是借呗…" / "You asked about …"
    assert "95188" not in reply.text  # Alipay's number is for 借呗 and 花呗 only (none of these)


@pytest.mark.parametrize(("message", "product"), [
    ("逾期了，别的平台还能借吗", None),  # the writer's other borrowing asked about: no loan of theirs
    ("别的平台没还钱，还不给用花呗", "huabei"),  # a named lender wins over "another platform"
    ("我在别的平台也有逾期，借呗会起诉吗", "jiebei"),
    ("我想下载一个叫好分期的app，靠谱吗", None),  # nothing owed
    ("我在拼多多买东西用的花呗，逾期了会怎样", "huabei"),  # the shop is no lender
])
def test_unnamed_and_called_lenders_only_where_owed_and_no_lender_is_named(message: str, product: str | None) -> None:
    found = product_in_question(normalize(message))
    assert (found[0] if found else None) == product


def test_product_operations_are_declined_only_with_nothing_late_told() -> None:
    assert product_ops(["negotiate"], normalize("京东白条怎么分期")) == ["out_of_scope"]
    assert product_ops(["negotiate"], normalize("花呗逾期了还能分期吗")) == ["negotiate"]
    assert product_ops(["negotiate"], normalize("借呗能不能重新分期")) == ["negotiate"]  # 借呗 has no bill to split
    # the family's liability is uncovered_consequences' answer, never read from
    assert product_ops(["uncovered_consequences"], normalize("我爸妈要替我还借呗吗")) == ["uncovered_consequences"]
    assert product_ops(["contact_family"], normalize("can my wife pay it for me")) == ["out_of_scope"]
    assert product_ops(["contact_family"], normalize("will my wife have to pay it for me")) == ["contact_family"]
    # a safety reading is never read here
    assert product_ops(["crisis"], normalize("京东白条怎么分期")) == ["crisis"]


def test_lawfulness_of_abuse_needs_the_act_and_the_writers_own_case() -> None:
    assert legality_asked("Is it legal for collectors to insult me and use sexual language?")
    assert legality_asked("催收恐吓人犯法吗")
    assert not legality_asked("Is it legal for them to contact my employer?")  # not an act of abuse
    assert not legality_asked("If a collector threatens me, is that legal?")  # a supposed case
    assert not legality_asked("My friend says collectors threatened to come to her house. is that legal?")  # someone else's


def test_a_crisis_beside_the_lawfulness_question_stays_a_crisis(engine: Engine) -> None:
    reply = engine.ask("Is it legal for collectors to threaten me like this? I can't take it anymore, I want to end my life")
    assert reply.topics[0] == "crisis" and "12356" in reply.text
