"""What the reply says once its topics are chosen (ans24, truth4 #7, #8, #9 and Minor): a second ask
or a matter the article never covers is said first as not covered, with what the article says
nearby; a feeling the message names is acknowledged with 12356; a threat of a visit alone opens
with what the article says of visits; a workplace fear no longer names wages. Each case in zh and
en beside a look-alike that must not change."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_asks import visit_threat
from bot.answer_calm import stated_feeling
from bot.figures import figure_asked

NOTE = {"zh": "不构成法律意见", "en": "not legal advice"}


@pytest.mark.parametrize("question, kind", [
    # (truth4 #7) two steps of one lender set against each other: no order, not "which lender"
    ("催收说要上门，也说要起诉，哪个先来？", "order"),
    ("They said they'll visit me and also sue me, which comes first?", "order"),
    # (truth4 #7) a second ask: what to do if someone does come
    ("借呗逾期会上门吗？如果上门我该怎么办？", "visit_then"),
    ("Will jiebei send people to my home? If they come, what should I do?", "visit_then"),
    # (truth4 #7) only the principal or the interest
    ("借呗逾期了，能不能只还利息", "principal_only"),
    ("If I pay back the benjin only, jiebei will accept?", "principal_only"),
    # (truth4 #8) the record after a negotiated plan; limitation after years; outside the mainland; 哪个最先
    ("借呗逾期协商成功后，还会上征信吗", "negotiated"),
    ("If I agree a repayment plan, will my credit record still show the overdue?", "negotiated"),
    ("借呗逾期两年了，欠款三千，现在还会起诉吗", "limitation"),
    ("I have been overdue for 3 years on jiebei, can they still sue me?", "limitation"),
    ("借呗逾期了，我人在香港，会怎么样", "abroad"),
    ("I live in Hong Kong now and my jiebei is overdue, what happens?", "abroad"),
    ("借呗欠一万，花呗欠五千，信用卡欠两万，都逾期了，哪个最先起诉我", "several"),
    # (found by the audit of 30 replies: other wordings of the same asks)
    ("借呗逾期三个月，说要上门又说要告我，到底先上门还是先起诉？", "order"),
    ("网商贷和借呗都逾期了，谁先起诉我？", "several"),
    ("催收上门了怎么办", "visit_then"),
])
def test_a_matter_the_article_never_covers_is_said_first(engine: Engine, question: str, kind: str) -> None:
    found = figure_asked(question)
    assert found is not None and found[0] == kind
    reply = engine.ask(question)
    # (the details echoed may come first: "你提到逾期三个月。")
    first = next(line for line in reply.text.split("\n") if not line.startswith(("你提到", "You mentioned")))
    assert ("文章没有" in first or "文章沒有" in first) if reply.lang == "zh" else ("does not cover" in first or "gives no order" in first)
    assert NOTE[reply.lang] in reply.text  # still loan information, with the note


@pytest.mark.parametrize("question", [
    "借呗逾期会上门吗",  # one ask only
    "我好怕他们上门 怎么办",  # a fear of a visit with 怎么办: home_visit's own question
    "借呗逾期两个月了，还会起诉吗",  # months, not years
    "借呗逾期了能协商吗？会上征信吗",  # no plan agreed yet
    "借呗的利息是怎么算的",  # billing, nothing paid only in part
    "我在香港旅游，借呗逾期会上征信吗",  # travel, and another matter asked
    "Will they visit me?",
    "催收说明天去我老家",  # a visit told, nothing asked of what to do
    "网商贷逾期了会起诉我吗",  # one lender, no order asked
    "What happens first after I'm overdue - will they sue?",  # no visit named: no order asked
    "Can they still sue me if I am 3 months late?",
])
def test_look_alikes_keep_their_answer(engine: Engine, question: str) -> None:
    found = figure_asked(question)
    assert found is None or found[0] not in ("order", "visit_then", "principal_only", "negotiated", "limitation", "abroad")


def test_the_order_line_says_only_what_the_article_says(engine: Engine) -> None:
    text = engine.ask("催收说要上门，也说要起诉，哪个先来？").text
    assert "欠了几家" not in text  # (it was the several-lenders line: truth4 #7)
    assert "涉诉案件或金额特别巨大的逾期" in text and "逾期时间较长且金额较大" in text
    assert not any(ch.isdigit() for ch in text.split("\n")[0])


@pytest.mark.parametrize("question, feeling", [
    ("借呗逾期了，我是不是一个很失败的人", "shame"),
    ("I feel so ashamed about my Jiebei debt, will they call my family?", "shame"),
    ("逾期之后我天天焦虑，心跳很快，这正常吗", "anxiety"),
    ("I'm so stressed about my jiebei, will they sue me?", "anxiety"),
    ("老公知道后跟我吵架要离婚，我该怎么办", "partner"),
    ("女朋友知道我借呗逾期后很生气，要跟我分手，我该怎么办", "partner"),
    ("My husband is furious about my jiebei debt, will they call him?", "partner"),
])
def test_a_feeling_named_is_acknowledged_with_12356_before_the_loan_facts(engine: Engine, question: str, feeling: str) -> None:
    assert stated_feeling(question) == feeling
    reply = engine.ask(question)
    first = reply.text.split("\n")[0]
    assert "12356" in first
    assert reply.text.count("12356") == 1  # the distress net adds no second line


@pytest.mark.parametrize("question", [
    "借呗还款失败怎么办",  # a payment that failed, not the writer
    "我不觉得丢人，借呗逾期会上征信吗",  # denied
    "老公会不会被起诉",  # a partner named, no anger
    "借呗逾期会被起诉吗",
    "The app crashed, can I still repay jiebei?",
    "还款压力太大了，可以申请延期吗",  # money's pressure, no feeling told
    "I'm not suicidal or anything, just stressed, what happens at 30 days overdue?",  # played down
    "欠了一万 借呗逾期 我快崩溃了 会起诉吗",  # distress: the safety net's check-in line, not this one
])
def test_no_feeling_no_feeling_line(engine: Engine, question: str) -> None:
    assert stated_feeling(question) == ""


def test_a_feeling_line_never_sits_above_a_safety_reply(engine: Engine) -> None:
    reply = engine.ask("我觉得好丢人，催收天天打电话骂我")
    assert reply.text.split("\n")[0].startswith(("你不必忍受", "【"))


@pytest.mark.parametrize("question, alone", [
    ("催收说要去我公司", True),
    ("jiebei cuishou say they will come to my company tomorrow, I'm very afraid", True),
    ("催收说要去我公司闹", False),  # trouble made there: abuse
    ("催收威胁说要上门打我", False),
    ("The collector said they will come to my home and beat me", False),
    ("催收天天打电话骂我", False),
])
def test_a_visit_threat_alone_opens_with_the_article_on_visits(engine: Engine, question: str, alone: bool) -> None:
    assert visit_threat(question) is alone
    reply = engine.ask(question)
    first = reply.text.split("\n")[0]
    assert "110" in first  # the police number stays in the first line either way
    opening = ("You do not have to put up with this", "你不必忍受这样的对待")
    assert (not any(words in first for words in opening)) is alone
    if alone:
        assert "相对少见" in first or "relatively rare" in first


def test_a_visit_threat_beside_the_visit_answer_points_to_it(engine: Engine) -> None:
    reply = engine.ask("they say will send people to my laojia, really?")
    assert "[Home visits]" in reply.text.split("\n")[0] and "You do not have to put up with this" not in reply.text


@pytest.mark.parametrize("question, named, not_named", [
    # (the contact answer's own lead names the workplace; no second silence line above it: answer171)
    ("会通知我单位吗", "工作单位", "工资"),
    ("Will they contact my employer?", "workplace", "wages"),
])
def test_a_workplace_fear_does_not_name_wages(engine: Engine, question: str, named: str, not_named: str) -> None:
    first = engine.ask(question).text.split("\n")[0]
    assert named in first and not_named not in first


@pytest.mark.parametrize("question, named", [("借呗逾期会扣我工资吗", "工资"), ("会不会被公司开除", "开除")])
def test_wages_or_dismissal_are_still_named(engine: Engine, question: str, named: str) -> None:
    assert named in engine.ask(question).text.split("\n")[0]


def test_above_the_worry_reply_alone_the_feeling_line_replaces_its_fear_line(engine: Engine) -> None:
    anxious, scared = engine.ask("I feel so anxious about my jiebei, what now?"), engine.ask("I'm scared. What now?")
    assert anxious.topics == scared.topics == ("worry",)
    assert anxious.text.startswith("It sounds like this is making you very anxious")
    assert "really frightened right now" not in anxious.text and "really frightened right now" in scared.text
