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


# mend85 (review103 F1-F4): the narrowed readers, both ways. Sentences in our own words.
@pytest.mark.parametrize("message", [
    "催收叫我先把钱存进自己的银行卡，然后在借呗里点主动还款，这样行吗",  # the writer's own card (F1)
    "对方说让我先把工资转到我自己的支付宝里，再去还借呗",
    "Is it legal that they phoned my husband since I owe them money?",  # a contact for the debt under the frame (F2)
    "is it okay when they contacted my sister because my debt was overdue",
    "Is it normal that they rang my dad twelve times in total over the last two months?",  # a total, no rate (F3)
    "The collector told me my daughter cannot be rejected by the navy because of a loan, is that true?",  # a bar denied (F4)
])
def test_narrowed_readers_leave_everyday_questions_alone(message: str) -> None:
    assert not assess(message).abuse


@pytest.mark.parametrize("message", [
    "催收让我把钱转到他自己的微信上，说这样就不上报了",  # the collector's own account (F1)
    "对方要我把三千块打到他们个人的银行卡里，说能销账",
    "Is it legal that they phoned my husband since I owe them money and called me a cheat?",  # an insult beside (F2)
    "Is it normal that they rang my dad 12 times a day about my debt?",  # a rate, the number masked to '#' (F3)
    "is it allowed that they called my mum twenty times today",
    "The collector said my daughter cannot join the army if I do not pay by friday",  # a bar said (F4)
])
def test_narrowed_readers_still_read_the_abuse(message: str) -> None:
    assert assess(message).abuse


def test_a_rate_is_read_on_folded_text() -> None:
    from bot.safety.discounted import _AGGRAVATED
    from bot.text import normalize
    assert _AGGRAVATED.search(normalize("they called my gran 40 times a day"))
    assert not _AGGRAVATED.search(normalize("they rang my gran 40 times since june"))
    assert told_infinitive(normalize("ring my gran 40 times"))
