"""Abuse through third parties and with private knowledge (abuse239, issue 12, docs/safety.md Round 122): a third party
told a damaging claim about the borrower or asked to act against them (bot.safety.told_about, turned_against); a
collector displaying private knowledge of the writer's life (bot.safety.menace, known); someone claiming a court, the
police or a lawyer asking to be paid in person (bot.safety.impostors, forged). Benign twins on the same surfaces stay
quiet. Sentences in our own words; the development rows are tests/data/safety_dev_abuse239.tsv."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.clauses import fold_clause
from bot.safety.impostors import forged
from bot.safety.menace import veiled_menace
from bot.safety.told_about import told_about
from safety_figures import DATA, Seen, judge, read_rows

DEV = read_rows(DATA / "safety_dev_abuse239.tsv")


def _never(*_: object) -> bool:
    return False


def _whole(message: str) -> str:
    return fold_clause(message)


@pytest.mark.parametrize(("message", "found"), [
    ("催收说要把我的案底发给我新老板", True),  # threatened: the claim before the one it is sent to
    ("催收给我工地上的工友打电话 说我卷了他们的钱跑了", True),
    ("the collector rang my flatmate and told him to throw me out", True),
    ("collectors messaged my coach saying i steal from the club", True),
    ("催收打电话给我老板 问我是不是还在那上班", False),  # a lawful question, no claim, no act asked
    ("i told my boss myself that i have a criminal record and a jiebei loan", False),  # the writer's own telling
    ("my landlord told me to move out because he is selling the flat and i owe jiebei", False),  # no collector's reach
])
def test_a_third_party_turned_against_the_borrower(message: str, found: bool) -> None:
    whole = _whole(message)
    assert ("turned_against" in told_about(whole, whole, whole, _never)) is found


@pytest.mark.parametrize(("message", "found"), [
    ("催收打电话说出了我儿子在哪个小学 几点放学", True),
    ("the collector asked what hours i am home alone", True),
    ("they mentioned my cat by name and said accidents happen", True),  # no debt named: the menace beside it
    ("我妈知道我女儿的学校在哪 她去接了 借呗晚一天还", False),  # a relative knows the school
    ("the police asked what hours i am home alone after the burglary and my jiebei is late", False),
    ("my neighbour knows when my dog gets walked and i owe jiebei", False),
    ("催收打电话核实我住在几楼 说是登记地址 借呗逾期了", False),  # an address checked: a lawful step
])
def test_private_knowledge_displayed(message: str, found: bool) -> None:
    whole = _whole(message)
    assert ("known" in veiled_menace(whole, whole, whole, _never)) is found


@pytest.mark.parametrize(("message", "found"), [
    ("有个人说他是法院的 让我把借呗欠款微信转给他", True),
    ("a man who said he was a police officer told me to send the jiebei arrears to him tonight", True),
    ("my lawyer asked me to pay his fee to him in cash and i owe jiebei", False),  # one's own lawyer
    ("我欠朋友钱 他让我转给他 法院会不会起诉我借呗", False),  # a friend paid back; the court only asked about
])
def test_a_claimed_authority_paid_in_person(message: str, found: bool) -> None:
    whole = _whole(message)
    assert ("forged" in forged(whole, whole, whole, _never)) is found


def test_someone_on_a_chat_app_claiming_an_office_is_no_hearsay(engine: Engine) -> None:
    reply = engine.ask("Someone on WeChat claiming to be from the court said I'd be detained unless I paid into his personal account today.")
    assert reply.topics[0] == "abusive_collection" and "12378" in reply.text
    assert "abusive_collection" not in engine.ask("someone on reddit said collectors pretend to be police, will jiebei do that?").topics


@pytest.mark.parametrize("row", DEV, ids=lambda row: row.text[:24])
def test_each_development_row_gets_its_reply(engine: Engine, row: object) -> None:
    reply = engine.ask(row.text)  # type: ignore[attr-defined]
    crisis_ok, abuse_ok, alarm = judge(row, Seen(tuple(reply.topics), reply.text))  # type: ignore[arg-type]
    assert crisis_ok is not False and abuse_ok is not False and not alarm, (row, reply.topics)


@pytest.mark.parametrize("text", [
    "The agent asked if I was alone and could talk, then reminded me the due date is the 15th.",
    "The agent asked if I was alone and could talk.",
    "The alipay agent asked if I was home alone, then explained the installment plan.",
    "The collector asked if I was alone, can I talk privately about the loan?",
])
def test_alone_asked_so_one_can_talk_is_a_courtesy(engine: Engine, text: str) -> None:
    """review244: a lawful agent asking whether the writer is alone to talk is no display of private life."""
    assert "abusive_collection" not in engine.ask(text).topics, text


@pytest.mark.parametrize("text", [
    "the collector asked what hours I am home alone",
    "the collector asked if I was alone, then explained that accidents happen to people who live alone",
    "the collector asked if I was alone so we could talk, then said he knows my daughters school",
])
def test_alone_displayed_as_a_threat_stays_abuse(engine: Engine, text: str) -> None:
    assert "abusive_collection" in engine.ask(text).topics, text
