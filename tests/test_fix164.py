"""fix164 (newuser161 #1-#4): four replies that missed the borrower's question. Wordings here are our
own, not newuser161's sentences; each rule also has the look-alikes it must leave alone."""

from __future__ import annotations

import re

import pytest

from bot import Engine
from bot.number_call import beside_unreachable
from bot.number_pairs import numbers_compared
from bot.text import fold, normalize
from bot.threat_matters import threatened_acts

_ALL = {"lawsuit", "home_visit"}


# --- 1. a lawful act threatened beside abuse: the article's own answer on it -------------------------

@pytest.mark.parametrize("said, acts", [
    ("催收说下周就起诉我，还说要冻结我的支付宝，是真的吗", ["lawsuit"]),
    ("他们威胁说月底前不还就去法院告我", ["lawsuit"]),
    ("对方扬言今天不还明天就派人来我家", ["home_visit"]),
    ("催收说过两天就去我单位找领导", ["home_visit"]),
    ("the collector said next week they will sue me", ["lawsuit"]),
    ("they threatened to come to my office tomorrow", ["home_visit"]),
    ("催收说先起诉我再派人去我老家", ["lawsuit", "home_visit"]),  # (one clause: a second clause is not read as theirs)
])
def test_lawful_act_read_from_the_threat(said: str, acts: list[str]) -> None:
    assert threatened_acts(normalize(said), _ALL) == acts


@pytest.mark.parametrize("said", [
    "我想起诉催收公司",            # the writer's own step, no collector's words
    "朋友说法院的事很麻烦",          # no collector
    "催收说要冻结我的微信",          # an act the article does not cover
    "他们来我家了",                 # a visit that happened: no threat reported
    "my lawyer said I could go to court",
])
def test_no_lawful_act_threatened(said: str) -> None:
    assert threatened_acts(normalize(said), _ALL) == []


def test_known_topics_only() -> None:
    assert threatened_acts(normalize("催收说明天就起诉我"), {"home_visit"}) == []


@pytest.mark.parametrize("question", [
    "逾期快五个月了，催收说明天就起诉我，还要冻结我的微信，真的假的",
    "催收说这周不还就告我，还要冻结我的支付宝，是真的吗",
])
def test_suit_threat_beside_abuse_gets_the_lawsuit_section(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[:2] == ("abusive_collection", "lawsuit")
    assert "110" in reply.text and "12378" in reply.text  # the abuse reply stays
    assert "可能起诉" in reply.text  # the article's "may"
    assert "文章没有谈到" not in reply.text.split("【起诉】")[0]  # no "silent" before the article's answer


def test_suit_threat_beside_abuse_in_english(engine: Engine) -> None:
    reply = engine.ask("Collectors said they will take me to court tomorrow and freeze my WeChat, is it real?")
    assert "lawsuit" in reply.topics
    assert "may sue" in reply.text


def test_workplace_visit_threat_gets_the_visit_section(engine: Engine) -> None:
    reply = engine.ask("催收说这个月不还就要派人到我公司去，我怕死了")
    assert reply.topics[:2] == ("abusive_collection", "home_visit")
    assert "12378" in reply.text and "相对少见" in reply.text


def test_abuse_alone_where_no_lawful_act(engine: Engine) -> None:
    reply = engine.ask("催收今天骂我全家，还说要冻结我的微信，真的吗")
    assert reply.topics[0] == "abusive_collection"
    assert "lawsuit" not in reply.topics and "home_visit" not in reply.topics
    assert "110" in reply.lead


def test_harm_threat_keeps_110_first(engine: Engine) -> None:
    reply = engine.ask("催收说要拿刀来砍我，还说明天就起诉我，是真的吗")
    assert reply.topics[0] == "abusive_collection" and "110" in reply.lead


def test_claim_bullet_names_the_real_silence(engine: Engine) -> None:
    reply = engine.ask("催收说已经立案了，还威胁要冻结我的微信，真的吗")
    assert "怎么核实这类说法，文章没有讲" in reply.text
    assert "这类说法是真是假，文章没有谈到" not in reply.text


# --- 2. 95188 said unreachable beside a question of its own ------------------------------------------

@pytest.mark.parametrize("question, rest", [
    ("我想和借呗商量延期，95188老是打不通", "我想和借呗商量延期"),
    ("我想和借呗商量延期，95188老是占线", None),  # busy is not out of reach here (review166 #2)
    ("95188 doesn't answer, can I still get instalments", "can I still get instalments"),
    ("95188打不通", None),
    ("95188一直占线怎么办", None),
    ("我想协商还款", None),
])
def test_rest_beside_the_unreachable_line(question: str, rest: str | None) -> None:
    assert beside_unreachable(question) == rest


@pytest.mark.parametrize("question", [
    "花呗逾期了想申请分期，打了好多次95188都没人接",
    "I want to ask Alipay for an extension but I can't get through to 95188",
])
def test_question_answered_and_busy_line_after(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "negotiate"
    answer_at = reply.text.find("延期") if reply.lang == "zh" else reply.text.find("extension")
    busy = "App 里找官方在线客服" if reply.lang == "zh" else "in-app customer service"
    assert 0 <= answer_at < reply.text.find(busy)  # the answer leads, the line follows


def test_other_lender_busy_line_points_to_that_lender(engine: Engine) -> None:
    reply = engine.ask("京东金条逾期了想协商，95188打不通")
    assert "只把它用在借呗、花呗上" in reply.text and "App 里找官方在线客服" not in reply.text


@pytest.mark.parametrize("question", ["95188打不通", "95188 一直打不通"])
def test_bare_unreachable_line_keeps_its_reply(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "capabilities" and reply.rule == "number_asked"


# --- 3. numbers weighed against each other ---------------------------------------------------------

@pytest.mark.parametrize("question, numbers", [
    ("被催收骚扰该找12378还是95188", ("12378", "95188")),
    ("12356跟110有什么不一样", ("12356", "110")),
    ("which one do I call, 120 or 110?", ("120", "110")),
    ("what's the difference between 12378 and 95188", ("12378", "95188")),
    ("逾期120天了，95188能协商吗", ()),  # a span, one number
    ("欠了110块，还是打95188吗", ()),  # an amount
    ("95188是什么", ()),
])
def test_numbers_compared(question: str, numbers: tuple[str, ...]) -> None:
    assert numbers_compared(fold(question)) == numbers


@pytest.mark.parametrize("question, lines", [
    ("借呗逾期了，该打12378还是95188", ("投诉热线", "支付宝的官方客服电话")),
    ("110和120有啥区别", ("报警电话", "急救电话")),
    ("should I call 12356 or 110", ("psychological assistance", "the police")),
])
def test_each_number_said_for_what(engine: Engine, question: str, lines: tuple[str, ...]) -> None:
    reply = engine.ask(question)
    assert reply.rule == "numbers_compared"
    head = reply.text.split("\n\n", 1)[0]
    assert all(line in head for line in lines)
    assert len(re.findall("不是出自文章|not from the article|None of these numbers", head)) == 1


def test_number_compared_for_another_lender(engine: Engine) -> None:
    reply = engine.ask("微粒贷逾期了，打95188还是12378")
    assert "只把它用在借呗、花呗上" in reply.text


# --- 4. a cry for help that names collectors' calls ------------------------------------------------

@pytest.mark.parametrize("question", [
    "花呗欠了三个月 催收一天到晚打电话 我该咋办 救救我",
    "借呗逾期了，催收的人每天打来，谁能帮帮我",
])
def test_cry_naming_calls_leads_with_them(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[:2] == ("collection_process", "worry")
    assert reply.lead.find("12378") >= 0
    assert "12356" in reply.text  # the warmth and its line stay


@pytest.mark.parametrize("question", [
    "借呗逾期了 救命 我该怎么办",          # nothing concrete named: worry as before
    "花呗逾期了，每天都有提醒短信，救命",     # reminders, no harassment
])
def test_bare_cry_keeps_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[:1] == ("worry",)


# --- review166: a veiled menace gets no lawful act's section; a busy line beside fear keeps the worry reply ---

@pytest.mark.parametrize("question", [
    "他们说今天不还就去我公司，到时候让我好看，是真的吗",
])
def test_menace_beside_a_visit_threat_gets_no_visit_section(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] == "abusive_collection" and "home_visit" not in reply.topics


def test_lawful_threat_without_menace_still_gets_its_section(engine: Engine) -> None:
    assert "lawsuit" in engine.ask("催收说明天就起诉我，真的吗").topics


def test_busy_line_beside_fear_keeps_the_worry_reply(engine: Engine) -> None:
    reply = engine.ask("95188一直占线，我好慌，借呗逾期七天了")
    assert reply.topic == "worry" and "12356" in reply.text

