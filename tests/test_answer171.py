"""answer171 (round 45): answers that miss the borrower's question (newuser161 #5-#9, blind22's lawsuit misses).
Development examples written for this round (not the held-out tests/data/questions_heldout32.tsv)."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.number_beside import beside_numbers


# --- item 7: a loan question beside numbers weighed: both answered ----------------------------------------

@pytest.mark.parametrize("question, rest", [
    ("12378跟95188区别在哪？欠款不还会不会上门", "欠款不还会不会上门"),
    ("Should I ring 110 or 12378, and will they phone my sister?", "will they phone my sister?"),
    ("which number, 95188 or 12378? can I pay in parts", "can I pay in parts?"),
    ("95188和12378有什么区别", None),  # nothing else said
    ("逾期120天了，95188能协商吗", None),  # one number, and a span
])
def test_rest_beside_numbers(question: str, rest: str | None) -> None:
    got = beside_numbers(question)
    assert (got.rstrip("?？") if got else got) == (rest.rstrip("?？") if rest else rest)


@pytest.mark.parametrize("question, topic, first_line", [
    ("12378跟95188区别在哪？欠款不还会不会上门", "home_visit", "上门"),
    ("Is 12378 different from 95188? Also, can I get an instalment plan?", "negotiate", "lender"),
])
def test_loan_question_beside_numbers_leads_with_the_lines_after(engine: Engine, question: str, topic: str,
                                                                 first_line: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == topic
    assert first_line in reply.lead
    answer, rest = reply.text.split("12378", 1)[0], reply.text
    assert "95188" in rest and "12378" in rest
    assert reply.lead in answer  # the answer comes before the numbers' lines


def test_lateness_told_beside_numbers_keeps_the_numbers_reply(engine: Engine) -> None:
    reply = engine.ask("借呗晚了十天，12378还是95188？")
    assert reply.topic == "capabilities" and reply.rule == "numbers_compared"


# --- item 6: the court's own steps: lawsuit first, the earlier reading kept after it --------------------------

@pytest.mark.parametrize("question, topics", [
    ("败诉了还是拿不出钱怎么办", ("lawsuit", "negotiate")),
    ("收到一个支付令 要不要理", ("lawsuit",)),
    # (a named fear of wages leads in the engine, bot.answer_topics.fear_in_scope: the court section follows it)
    ("If the court rules against me, can they take money from my wages?", ("uncovered_consequences", "lawsuit")),
])
def test_court_step_answered_as_lawsuit(engine: Engine, question: str, topics: tuple[str, ...]) -> None:
    assert engine.ask(question).topics == topics


@pytest.mark.parametrize("question, lead", [
    ("被起诉后会坐牢吗", "uncovered_consequences"),  # jail is what is asked
    ("借呗逾期会不会成失信被执行人", "uncovered_consequences"),  # the list alone: the knowledge's own example kind
])
def test_court_words_that_ask_something_else(engine: Engine, question: str, lead: str) -> None:
    assert engine.ask(question).topic == lead


# --- item 2: the lead answers the main question; a secured loan's own collateral is declined ---------------

@pytest.mark.parametrize("question, first_words", [
    ("借呗正规吗 算不算高利贷啊", "借呗是蚂蚁集团"),
    ("is jiebei legit or is it usury?", "Ant Group"),
])
def test_what_jiebei_is_leads_the_rate_line_follows(engine: Engine, question: str, first_words: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "about_jiebei"
    assert first_words in reply.lead
    assert "12378" in reply.text.split("\n\n", 1)[1]  # the rate's lawfulness is still said, after


@pytest.mark.parametrize("question, topic", [
    ("按揭断供三个月，银行会把房子拍卖吗", "out_of_scope"),
    ("My car loan is 2 months behind, will they repossess my car?", "out_of_scope"),
    ("借呗逾期会影响房贷吗", "credit_report"),  # Jiebei's record and a mortgage: ours
    ("房贷逾期了会被上门吗", "home_visit"),  # no collateral asked: answered with the product caveat, as before
])
def test_secured_loans_own_collateral(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


# --- item 3: the uncovered readings name the fear asked, and say a silence once ---------------------------

@pytest.mark.parametrize("question, named, not_named", [
    ("Can Alipay take money from my bank card automatically if I am late?", "money taken straight", "frozen bank card"),
    ("I'm a student and late on jiebei, will my university find out?", "school or university", "jail, blacklists"),
])
def test_uncovered_names_the_fear_asked(engine: Engine, question: str, named: str, not_named: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "uncovered_consequences"
    assert named in reply.lead and not_named not in reply.text


def test_boss_called_is_one_silence_without_a_lawyer(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了 他们会不会打给我们老板")
    assert reply.topic == "contact_family"
    assert "律师" not in reply.text and reply.text.count("没有谈到") == 1


def test_wages_beside_the_boss_keep_their_line(engine: Engine) -> None:
    assert "工资" in engine.ask("借呗逾期了会打给我老板扣我工资吗").text


def test_visit_answer_names_the_workplace_only_when_asked(engine: Engine) -> None:
    assert "工作单位" not in engine.ask("借呗逾期两个月 他们会去我老家吗").text
    assert "工作单位" in engine.ask("借呗逾期了会不会去我公司").text


def test_abroad_and_jail_send_to_a_lawyer_once_in_a_row(engine: Engine) -> None:
    text = engine.ask("人在国外 借呗逾期了 回国会不会被抓").text
    head, second = text.split("\n")[:2]
    assert "律师" not in head and "没有谈到" in second


# --- item 4: "逾期" alone names the rule that decided, and the topic answered leads the candidates -----------

def test_bare_overdue_word_names_its_rule(engine: Engine) -> None:
    reply = engine.ask("逾期")
    assert reply.topic == "collection_process" and reply.rule == "overdue_word"
    assert reply.candidates[0].topic == reply.topic
    assert "decided by: overdue_word" in reply.explain()


def test_bare_overdue_word_still_asks_in_a_conversation(engine: Engine) -> None:
    from bot.session import Session

    session = Session(engine)
    session.ask("借呗逾期会上门吗")
    assert session.ask("逾期").needs_clarification  # the route's own rule is unchanged for the conversation


# --- item 1: a story answers every fear it states, the lead stays the question asked ------------------------

@pytest.mark.parametrize("question, also", [
    ("借呗拖了三个月 电话一直响 说下礼拜要来我家 又说要去法院起诉 我该怎么办 我会不会坐牢",
     {"uncovered_consequences", "home_visit", "lawsuit", "negotiate"}),
    ("I'm two months late. The collectors said they will sue me. Will they phone my mum?", {"contact_family", "lawsuit"}),
])
def test_story_answers_each_fear(engine: Engine, question: str, also: set[str]) -> None:
    assert also <= set(engine.ask(question).topics)


@pytest.mark.parametrize("question, topics", [
    ("我说要去上班了，借呗逾期罚息怎么算", ("penalty_costs",)),  # the writer's own words: no threat
    ("借呗逾期一个月，说要还清才能再借吗", ("after_repayment",)),  # a rule told, no act threatened
    ("朋友说要去法院告他老板，我借呗逾期会被起诉吗", ("lawsuit",)),  # someone else's suit
    ("借呗逾期两个月，会不会上门", ("home_visit",)),  # nothing told beside the question
])
def test_story_twins_add_nothing(engine: Engine, question: str, topics: tuple[str, ...]) -> None:
    assert engine.ask(question).topics == topics
