"""legit104 (issue 12, docs/safety.md Round 77): a collector's act told inside a question of legitimacy is read as told
(bot.safety.legitimacy), money into a collector's own account and a child's future said barred are read as abuse; the
same questions about lawful collection, or about a practice nobody said happened, stay loan questions; a crisis in the
same message still leads. Sentences in our own words."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess
from bot.safety.legitimacy import framed, told_infinitive


@pytest.mark.parametrize("message", [
    "Is it normal that they call my grandma fifteen times a day and scream at her?",
    "Is it legal for them to message my coworkers every day calling me a cheat?",
    "Are they even allowed to phone my wife 20 times a day and swear at her?",
    "They told me to send 500 to his own Alipay so my overdue record disappears. Is that a scam?",
    "催收让我把一千块转到他私人银行卡上，说能帮我消掉逾期，这正常吗",
    "The collector said my son won't be allowed to sit the college exams if I don't pay. Can they say that?",
])
def test_act_told_under_a_legitimacy_question_is_abuse(message: str) -> None:
    assert assess(message).abuse


@pytest.mark.parametrize("message", [
    "Is it normal for collectors to call my parents?",  # a practice asked about, nothing said to have happened
    "Is it legal for them to contact my employer?",
    "Is it normal that they would call my boss if I'm late?",  # supposed, not told
    "Are they allowed to visit my home?",
    "The agent said to pay only in the app and never into anyone's personal account. Is that right?",
    "催收员说只能在支付宝官方页面还款，千万别转到任何个人账户，这样对吗",
    "我把工资转到了自己的银行卡上，月底还借呗，这样可以吗",
    "借呗逾期了会影响孩子考公务员吗",  # the writer's own worry, no collector saying it
])
def test_lawful_or_unhappened_practice_is_no_abuse(message: str) -> None:
    assert not assess(message).abuse


def test_frame_is_removed_and_its_rest_judged() -> None:
    assert framed("is it normal that they call my aunt every day") == ("they call my aunt every day", True)
    assert framed("is it normal that they would call my aunt") == ("they would call my aunt", False)
    assert framed("is it legal for them to call my boss") == ("call my boss", False)
    assert framed("they call my aunt every day is it normal") is None
    assert told_infinitive("call my mum 30 times a day") and not told_infinitive("call my mum")


def test_lawful_twin_keeps_the_loan_answer(engine: Engine) -> None:
    topics = engine.ask("Is it normal for collectors to call my parents?").topics
    assert "abusive_collection" not in topics and "crisis" not in topics


def test_abuse_leads_and_the_loan_question_still_answered(engine: Engine) -> None:
    topics = engine.ask("Is it normal that they call my mum ten times a day and curse at her? I'm 40 days late, "
                        "can I still negotiate a plan?").topics
    assert topics[0] == "abusive_collection" and len(topics) > 1


@pytest.mark.parametrize("message", [
    "Is it normal that they call my dad 30 times a day and scream at him? I can't do this anymore, I want to end my life.",
    "催收让我把钱转到他个人微信，说不转就天天打给我爸妈，这合法吗？我真的不想活了",
])
def test_crisis_in_the_same_message_still_leads(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[:2] == ("crisis", "abusive_collection") and "12356" in reply.text
