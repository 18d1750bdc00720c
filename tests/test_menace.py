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


# review230's six benign probes read as menace by abuse224 (mend231): a writer's question, hearsay of a general claim,
# a game's skull "unrelated to the loan", a credit score, a kind phrase. Each with a twin that is a threat.
@pytest.mark.parametrize("message", [
    "我担心催收会说我坏话，影响我在老家的名声，会吗",  # the writer asks whether it could happen
    "我在游戏里被人画了骷髅头，跟借呗没关系，但借呗逾期了怎么办",  # unrelated to the loan
    "被人说过借呗逾期会影响名声，是这样吗",  # hearsay of a general claim, asked
    "Someone said overdue borrowers end up losing sleep, is that normal? my loan is overdue",  # a claim about borrowers
    "They said be careful with your credit score if the loan stays overdue",  # careful with a thing; credit
    "The collector said take care and get some sleep, then reminded me the loan is overdue",  # kind words
    # our own look-alikes
    "我怕催收会去我老家 这种事会发生吗",
    "听说借呗逾期了催收会找到老家去 是真的吗",
    "有人说欠钱的人都会被催收搞得睡不着觉 我借呗逾期了",
    "my cousin said debtors end up with a bad reputation in their village, my loan is overdue",
    "will they tell people in my hometown about my overdue loan",
    "the collector said be careful with your payments and not miss another one on the loan",
    "the agent said take care and stay safe, the loan is due on friday",
    "催收说注意身体 别太焦虑 借呗可以申请分期",
    "催收说逾期会影响征信和信用 小心征信花了",
    "朋友在游戏里给我画了个骷髅 和借呗无关 借呗逾期三天了",
    "someone drew a skull on my desk at work, unrelated to the loan, but my jiebei is overdue",
    "they said the credit score drops and you may lose sleep over it if the loan stays overdue, is that true",
])
def test_fears_hearsay_kind_words_and_credit_are_no_menace(message: str) -> None:
    assert _read(message) == []


@pytest.mark.parametrize("message", [
    "催收说我坏话 还说要让我在老家的名声臭掉",
    "催收在门上画了骷髅头 就因为借呗逾期了",
    "催收说借呗不还就让我在老家抬不起头",
    "the collector said i will be losing sleep soon if i dont pay the loan",
    "they said be careful walking home alone at night if the loan stays overdue",
    "the collector said take care of your legs and get some sleep while you can, the loan is overdue",
    "催收说 注意身体 晚上一个人别走夜路 借呗该还了",
    "催收说你的名声就看你还不还钱了",
    "the collector told me he knows people in my village and asked when i will repay the loan",
    "催收发来一句 你睡得着吗 欠钱不还",  # the collector's own question, quoted
    "the collector said be careful with your legs, the loan is overdue",
    "催收说小心点 你老家那边我们有人 借呗还不还",
])
def test_the_twins_told_as_threats_stay_menace(message: str) -> None:
    assert _read(message) == ["menace"]
