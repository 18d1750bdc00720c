"""Answers that answer the question asked (probe16): each case beside a twin that must not change.

A figure the article never gives (how far a score drops, how long a record stays, when a lender
sues, a rate) is said first; a rumoured line is not the borrower's own days; a relative's loan is
not the borrower's; fears are named by the words used; every figure and product stated is read.
"""

from __future__ import annotations

import pytest

from bot import Engine

NO_FIGURE = {"zh": "文章没有给出具体数字", "en": "The article gives no figure"}


@pytest.mark.parametrize("asked, twin, lang", [
    ("芝麻信用分会掉多少", "逾期会影响芝麻分吗", "zh"),
    ("How much will my Sesame score drop?", "Will being late hurt my Sesame score?", "en"),
    ("上了征信多少年能消", "借呗逾期会上征信吗", "zh"),
    ("借呗逾期要多久会起诉", "借呗逾期会被起诉吗", "zh"),
    ("how long until they sue me?", "can they sue me?", "en"),
])
def test_a_figure_the_article_never_gives_is_said_first(engine: Engine, asked: str, twin: str, lang: str) -> None:
    reply = engine.ask(asked)
    assert reply.lead.startswith(NO_FIGURE[lang]) or NO_FIGURE[lang] in reply.lead, reply.text
    assert NO_FIGURE[lang] not in engine.ask(twin).text, twin


def test_a_figure_the_lead_already_answers_gets_no_line(engine: Engine) -> None:
    # The article says an overdue goes to Sesame Credit at once; penalty answers say there is no rate.
    assert NO_FIGURE["zh"] not in engine.ask("逾期多久会上征信").text
    assert NO_FIGURE["en"] not in engine.ask("what is the penalty interest rate?").text


def test_a_rumoured_line_is_asked_about_not_echoed_as_the_borrowers_days(engine: Engine) -> None:
    reply = engine.ask("是不是逾期超过90天就一定会被起诉")
    assert "days" not in reply.slots and "你提到" not in reply.text
    assert "“逾期超过90天”" in reply.lead and "没有给出" in reply.lead
    twin = engine.ask("我逾期超过90天了，会被起诉吗")
    assert twin.slots["days"].value == 90 and "你提到逾期超过90天" in twin.text
    assert "amount" not in engine.ask("听说欠5000元以上就会坐牢").slots
    assert engine.ask("欠了5000元会坐牢吗").slots["amount"].value == 5000


@pytest.mark.parametrize("relative, own, marker", [
    ("老公借呗逾期会影响我的征信吗", "借呗逾期会影响我的征信吗", "借款人本人"),
    ("my husband is late on jiebei, will it hurt MY credit?", "I'm late on jiebei, will it hurt my credit?",
     "the borrower's own loan"),
])
def test_a_relatives_loan_is_not_answered_as_the_borrowers_own(engine: Engine, relative: str, own: str,
                                                               marker: str) -> None:
    reply = engine.ask(relative)
    assert reply.slots["concern"].value == "family_liability" and marker in reply.text
    twin = engine.ask(own)
    assert "concern" not in twin.slots and marker not in twin.text


@pytest.mark.parametrize("message, concern", [
    ("Can they take money from my salary?", "wages_employer"),
    ("can they take money from my bank account?", "frozen_account"),
    ("法院会强制执行我的房子吗", "property"),
    ("会被强制执行吗", "blacklist"),
    ("借呗逾期半年了，会被拉黑吗", "blacklist"),
])
def test_the_fear_is_named_by_the_words_used(engine: Engine, message: str, concern: str) -> None:
    reply = engine.ask(message)
    assert [reply.slots["concern"].value] == [concern], message
    others = {"property": "黑名单", "wages_employer": "frozen"}
    assert others.get(concern, "\0") not in reply.text


def test_blocking_collectors_is_no_blacklist_fear(engine: Engine) -> None:
    assert "concern" not in engine.ask("我把催收电话拉黑了会怎样").slots


def test_every_figure_and_product_stated_is_read(engine: Engine) -> None:
    reply = engine.ask("overdue 2 months, amount 30000")
    assert reply.slots["amount"].value == 30000 and "30,000 yuan" in reply.text
    assert "amount" not in engine.ask("overdue 2 months").slots
    reply = engine.ask("I owe 借呗 ５０００, 会坐牢吗")
    assert reply.slots["amount"].value == 5000 and "5000元" in reply.text
    session = engine.session()
    session.ask("I owe jiebei 8000")
    reply = session.ask("I also owe Weilidai and a credit card")
    assert "Weilidai" in reply.text and "credit card" in reply.text
    assert "credit card" not in engine.ask("I also owe Weilidai").text.split("\n\n")[0]


def test_the_answer_comes_before_the_did_you_mean_line(engine: Engine) -> None:
    reply = engine.compose(["lawsuit"], "zh", {}, alternatives=("penalty_costs",))
    lead = engine.compose(["lawsuit"], "zh", {}).text.split("\n", 1)[0]
    assert reply.text.startswith(lead) and "我按" in reply.text
    assert reply.text.index(lead) < reply.text.index("我按")


def test_a_rate_asked_after_a_penalty_answer_continues_it(engine: Engine) -> None:
    session = engine.session()
    session.ask("how are penalties calculated?")
    reply = session.ask("what is the interest rate exactly")
    assert reply.topics == ("penalty_costs",) and "no penalty rate" in reply.lead
    assert engine.ask("what is the interest rate exactly").rule != "context"


def test_a_follow_up_asking_a_figure_gets_the_line_once(engine: Engine) -> None:
    session = engine.session()
    first = session.ask("借呗逾期会被起诉吗")
    again = session.ask("要多久会起诉")  # the same matter: the line, then the points not yet shown
    silence = next(line for line in first.text.split("\n") if "天数或金额界线" in line)
    assert again.lead.startswith("你问的天数") and silence not in again.text  # said once, by the line
    shown = [line for line in first.text.split("\n") if line.startswith("- ") and line != silence]
    assert shown and not any(line in again.text for line in shown)
    session = engine.session()
    session.ask("借呗逾期会被起诉吗")
    assert NO_FIGURE["zh"] not in session.ask("那真的会起诉吗").text  # asks no figure: no line
