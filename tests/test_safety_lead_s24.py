"""The lead's mends at stop 41 (s24), from review96's note 9: living itself told as what cannot be borne ("I can't
handle living anymore") got a loan topic with only the check-in line; a way or a place of living that cannot be borne
is not a crisis."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("message", [
    "I can't handle living anymore",
    "i cannot bear living any more, jiebei 40 days overdue and they call every day",
    "honestly I can't do life anymore. will they sue me?",
])
def test_living_that_cannot_be_borne_gets_the_crisis_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == "crisis"
    assert "12356" in reply.text


@pytest.mark.parametrize("message", [
    "I can't stand living with my in-laws, will jiebei call them?",
    "I can't handle life admin, how do I set up autopay for jiebei",
    "I can't face life without coffee haha",
])
def test_a_way_of_living_that_cannot_be_borne_is_no_crisis(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics


def test_the_writers_own_i_know_is_no_collector_showing_knowledge(engine: Engine) -> None:
    # abuse86's "watched" read "I know" as a collector's knowledge shown, across the writer's next sentence (the
    # window is read without its stops): a lawful visit announced and the writer's own "I know I owe it".
    message = "The collector said they'd visit my home. I'm angry, but I know I owe it. Will they really come?"
    assert "abusive_collection" not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "The collector said they'd come to my home, I know where you live he said",
    "the caller said your kids school, I know which gate they use",
])
def test_a_collectors_i_know_where_stays_abuse(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "abusive_collection"


@pytest.mark.parametrize("message", [
    "收到法院的诉前调解短信，有案号，短信里写着不会让当事人转账，还款都在借呗里操作，这是真的吗",
    "调解员给了案号，说直接在支付宝借呗里还就行，不用转给任何个人，要注意什么",
    "the court's mediation text gave a case number and said never to wire money to anyone, only repay in the alipay app. real?",
])
def test_a_notice_that_rules_payment_to_a_person_out_is_no_fake(engine: Engine, message: str) -> None:
    # review98: mend81 counted 支付宝 / "alipay" anywhere and a transfer ruled out ("不会让你转账") as signs of a fake notice.
    assert "abusive_collection" not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "法院短信有案号，说今天把欠款转到指定的个人账户就撤诉",
    "调解员说有案号，让我点链接填银行卡密码交执行款",
    "a court text with a case number told me to transfer the money to his personal account today",
])
def test_a_notice_asking_for_money_to_a_person_stays_abuse(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "abusive_collection"
