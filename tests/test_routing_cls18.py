"""Round 16 (cls18, issue 13): in-scope questions that were declined or misrouted, and feelings asked
about the debt, each fixed by mechanism beside a twin that must not change."""

import pytest

from bot import Engine
from bot.routing_vet import recourse_asked

ABUSE, WORRY, OOS = "abusive_collection", "worry", "out_of_scope"


# 1. Asking how or where to complain about collectors is the abuse topic's own question (its answer
# gives 12378), though no abuse is told: bot.safety sets recourse asked aside, and the classifier's
# abusive_collection guess had been refused (to collection_trend, or a decline).
@pytest.mark.parametrize("question", [
    "催收能投诉吗", "可以投诉催收吗", "How do I complain about the collectors?", "how can i complain about collectors",
    "催收员的电话能向哪里投诉", "where can I report a debt collector?", "要债的人能不能举报",
    "我怎么投诉借呗催收",  # was collection_process with a complaint lead (truth1)
])
def test_asking_how_to_complain_about_collectors_gets_the_abuse_answer(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == ABUSE and "12378" in reply.text


@pytest.mark.parametrize("question", [
    "花呗客服不理人 去哪里投诉",  # a complaint about something other than collection
    "网购的衣服质量差 怎么投诉商家",
    "how do I complain about a shop on taobao",
])
def test_a_complaint_about_anything_else_is_not_the_abuse_answer(engine: Engine, question: str) -> None:
    assert ABUSE not in engine.ask(question).topics


@pytest.mark.parametrize("question, asked", [
    ("催收能投诉吗", True), ("How do I complain about the collectors?", True), ("催收骚扰 投诉电话多少", True),
    ("支付宝客服态度差 去哪投诉", False),  # no collection named
    ("催收会举报我吗", False),  # the collector as the one who reports: not the borrower's recourse
    ("如果以后催收骂人了 我能去哪里投诉", False),  # a hypothetical: no safety reply (probe12's look-alike)
    ("Hypothetically, if a collector threatened me, could I report them to the police?", False),
])
def test_recourse_asked_needs_collection_named_and_the_borrower_asking(question: str, asked: bool) -> None:
    assert recourse_asked(question) is asked


# 1. Court wording the examples never used (出庭, 应诉): the lexicon's court concept holds them.
@pytest.mark.parametrize("question", ["要出庭吗", "需要出庭吗", "借呗逾期了要出庭吗", "要去应诉吗"])
def test_appearing_in_court_is_the_lawsuit_question(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "lawsuit"


# 1. A complaint about the rate: the article says nothing of rates or of complaining about them, and
# interest on a normal loan is billing (../shared/eval/README.md): declined, but pointing to the
# lender's service and 12378 rather than only "I can't help" (cls18; ans20 had answered it with the
# penalty costs, review42 put it back). Told while late, it is a late charge complained of: the
# penalty-costs answer led by "whether a rate is lawful the article does not say; 12378"
# (bot.routing_claims). A complaint that names no loan product (a shop) gets no 12378 line.
def test_a_rate_complaint_is_declined_with_where_to_complain(engine: Engine) -> None:
    reply = engine.ask("借呗利息太高了，能投诉吗")
    assert reply.topic == OOS and "12378" in reply.text and "95188" in reply.text
    english = engine.ask("the interest on my huabei is too high, can i complain?")
    assert english.topic == OOS and "12378" in english.text


def test_a_rate_complaint_while_late_says_where_to_complain(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了，利息太高了，能投诉吗")
    assert reply.topic == "penalty_costs" and "12378" in reply.lead and "95188" in reply.text
    english = engine.ask("my huabei is overdue and the interest is too high, can i complain?")
    assert english.topic == "penalty_costs" and "12378" in english.lead


@pytest.mark.parametrize("question", ["借呗利息太高了", "网购的衣服质量差 怎么投诉商家"])
def test_a_decline_without_a_loan_complaint_has_no_12378_line(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == OOS and "12378" not in reply.text


# 2. A feeling about the debt asked as a question keeps the feeling's reply: a loan topic at 0.06-0.2
# had taken it ("I can't sleep because of my debt" -> uncovered_consequences) though the message
# names no matter beyond the feeling, the debt and its lateness.
@pytest.mark.parametrize("question", [
    "I can't sleep because of my debt", "I keep panicking, what should I do?", "how can i stop worrying about this loan",
    "晚上睡不着 一直想着欠款的事",
])
def test_a_feeling_about_the_debt_gets_the_worry_reply(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics == (WORRY,)


# ...while a question that names its matter beside the fear is answered on the matter.
@pytest.mark.parametrize("question, topic", [
    ("I'm scared they'll visit", "home_visit"), ("scared of going to jail", "uncovered_consequences"),
    ("I'm afraid they will sue me", "lawsuit"), ("I'm scared they'll call my mom", "contact_family"),
    # (lateness told with a fear and nothing asked: worry first, collection_process second since cls81,
    # tests/test_routing_mechanics.py)
    ("我很担心征信", "credit_report"),
])
def test_a_fear_that_names_its_matter_gets_the_matter(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


@pytest.mark.parametrize("question, ask", [
    ("QQ上的微粒贷怎么一直不打电话给我确认", None),  # a call that never comes is no complaint (pool)
    ("催收一直打电话给我", "complaint"),
])
def test_calls_without_end_are_a_complaint_and_no_call_is_not(question: str, ask: str | None) -> None:
    from bot.answer_asks import legal_ask

    assert legal_ask(question) == ask
