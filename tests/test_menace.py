"""Veiled threats read as what a collector said, sent, left or did about the writer's person (bot.safety.menace,
abuse224, docs/safety.md Round 117): sleep, safety and body, death's tokens, home town, reputation, and calls in the
small hours; lawful steps, relatives' and friends' words, the writer's own sleeplessness and a drama's scene stay quiet.
Sentences in our own words."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.clauses import fold_clause
from bot.safety.menace import veiled_menace
from bot.safety.rules import read_rules
from safety_figures import DATA, Seen, judge, read_rows

DEV = read_rows(DATA / "safety_dev_abuse224.tsv")


def _never(*_: object) -> bool:
    return False


def _read(message: str) -> list[str]:
    whole = fold_clause(message)
    return veiled_menace(whole, whole, whole, _never)


@pytest.mark.parametrize("message", [
    "催收在电话里说 你晚上睡觉可要睡踏实点",  # sleep
    "催收发短信说最近路滑 出门小心别摔断了腿",  # body
    "借呗逾期后有人在我家门口放了一个花圈",  # death's token left by someone unnamed
    "催收说他们在我们县里认识不少人",  # home town
    "催收说要让我在单位和老家都身败名裂",  # reputation
    "the collector said people who dont pay should sleep lightly",
    "after my loan went overdue someone left a wreath outside my flat",
    "the collection agent told me they know people in my hometown",
    "the collector said my reputation would be finished by the weekend if i dont pay",
    "they keep calling at 2am 4am every night about the loan",
])
def test_a_doers_act_about_the_writers_person_is_menace(message: str) -> None:
    assert _read(message) == ["menace"]


@pytest.mark.parametrize("message", [
    "催收说周五前还上就不算逾期",  # a lawful reminder
    "催收说逾期会报征信",  # the article says they may
    "我妈说晚上睡觉把门锁好 借呗的事别担心",  # a relative's care
    "借呗逾期了 我晚上睡不着",  # the writer's own sleeplessness
    "我外公去世了 灵堂里摆满了花圈 借呗晚几天还",  # a real funeral
    "催收问我老家在哪 说要核对地址 然后可以分期",  # a lawful purpose told
    "电视剧里的催收说要让他在老家混不下去 现实中借呗会这样吗",  # a drama's scene
    "the collector said i could sleep on it and call back about the loan",
    "my friend texted me sleep well and stop worrying about the loan",
    "the collector said they may take legal action through the court if the loan stays overdue",
    "i woke up at 3am worrying about my loan",  # one hour, no calls
])
def test_twins_on_the_same_surface_read_nothing(message: str) -> None:
    assert _read(message) == []


def test_a_question_about_what_collectors_may_do_is_no_menace() -> None:
    assert "menace" not in read_rules("催收会不会说让我在老家混不下去？")[3]


def test_swearing_an_oath_is_no_abuse_talk() -> None:
    from bot.safety.abuse import abuse_talk
    assert not abuse_talk("i swear im going to throw my phone out the window", "")
    assert abuse_talk("the collector was swearing at me on the phone", "")


def test_a_made_up_case_number_is_a_forgery_sign() -> None:
    assert "forged" in read_rules("收到一张法院传票 案号是乱写的 说明天来执行")[3]
    assert "forged" not in read_rules("收到一张法院传票 案号和法官电话我都核实过了 应诉要准备什么")[3]


# Development rows the change does not mend (docs/safety.md Round 117, "what did not work"): the collector's question
# about sleep read as the writer's own question, "i'd better not walk home" read as negated, a drama's collector read as
# shaming by another cue, "throw this phone in the river" read as a crisis by another reader.
KNOWN = {"那边打电话来问我最近睡得好不好，然后就挂了", "The collector said I'd better not walk home alone at night",
         "剧里的催收说要让男主在村里抬不起头，太夸张了，现实中借呗会这样吗",
         "I swear I'm going to throw this phone in the river, the app keeps crashing when I try to repay"}


def test_each_development_row_gets_its_reply(engine: Engine) -> None:
    wrong = []
    for row in DEV:
        if row.text in KNOWN:
            continue
        reply = engine.ask(row.text)
        crisis_ok, abuse_ok, alarm = judge(row, Seen(tuple(reply.topics), reply.text))
        if crisis_ok is False or abuse_ok is False or alarm:
            wrong.append((row.text, reply.topics))
    assert wrong == []


def test_development_rows_come_in_twins_both_ways() -> None:
    labels = [row.label for row in DEV]
    assert labels.count("benign") >= 15 and labels.count("abuse") >= 15 and KNOWN <= {row.text for row in DEV}
