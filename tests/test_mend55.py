"""Round 28 mends, second pass (mend55, review56 #1-#5), each with the case fixed and the look-alike
that must not change:

1. the calm visit opening only for a visit threat plus the writer's own question about it: a condition
   on the debt with a consequence, a collector's question (问/asked, about family or being alone), a
   fear of harm keep "你不必忍受这样的对待"; a visit with a plain purpose keeps the calm opening;
2. a feeling counts when any clause tells it as the writer's own (no message-wide veto; hearsay only
   in the same part of the clause; 他们 as the cause; 其实 only plays down the feeling itself);
3. the principal/interest-only line on 每月/每期 requests, not on how instalments work;
4. a feeling only denied does not make worry lead.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_asks import visit_threat
from bot.answer_calm import stated_feeling
from bot.figures import figure_asked

OPENING = ("你不必忍受这样的对待", "You do not have to put up with this")


@pytest.mark.parametrize("question", [
    # review56's repros
    "催收说要来我家，还不上钱就把我女儿带走", "催收说要来我家，还不上就把我老婆带走", "催收说要来我家，欠款不还就让你儿子上不了学",
    "催收说要来我家，逾期不还就等着家破人亡吧", "催收说要来我家，欠债不还就去我女儿幼儿园门口等", "催收说要来我家，欠债不还就天天去我父母家守着",
    "催收说要去我老家，我欠钱的事全村都会知道",
    "Collectors said they will come to my house, and if the debt isn't paid my kids won't be safe",
    "Collectors said they will come to my house, people who don't pay their debts end up in hospital",
    "Collectors said they will come to my house, people who owe money like me should watch their backs",
    "催收说要来我家，知道我老婆一个人在家吗", "催收说要来我家，问我老婆几点下班？", "催收说要去我老家，问我爸妈住几楼？",
    "Collectors said they will come to my house and asked if I live alone?",
    "The collector said they will come to my home and asked if my wife is home alone during the day?",
    "Collectors said they will come to my house, and asked what time my kids get home?",
    "Collectors said they will come to my house and asked if my daughter still takes the bus alone?",
    "催收说要来我家，我好怕他们伤害我孩子",
    # new wordings of my own
    "催收说下周要去我老家，钱不还的话让我爸妈好好想想", "他们说要上门，问我儿子在哪个学校", "催收说要来我家，我怕他们对我妈动手",
    "They said they will visit my parents, and asked what floor they live on?", "催收说要来我家，欠钱的人就该被所有邻居知道",
])
def test_a_visit_threat_with_a_consequence_question_or_harm_is_not_plain(engine: Engine, question: str) -> None:
    assert not visit_threat(question)
    reply = engine.ask(question)
    if "abusive_collection" in reply.topics:
        assert any(words in reply.text.split("\n")[0] for words in OPENING)


@pytest.mark.parametrize("question", [
    # review56's repros: plain visits with a purpose
    "Collectors said they will come to my house next week to verify my address. Is that real?",
    "Collectors said they will come to my house on Friday to talk about a plan, should I let them in?",
    "Collectors said they will come to my house this weekend to talk to me, is that allowed?",
    "Collectors said they will come to my house to collect documents, should I be home?",
    "催收说要去我公司找我谈谈", "催收说要去我老家找我爸妈核实地址",
    # new wordings of my own, and the writer's own questions beside a visit
    "催收说要来我家找我面谈，我该怎么准备", "他们说会上门，借呗逾期三个月了，欠两万", "催收说要来我家，我好害怕，逾期两个月了",
    "Collectors said they will come to my house. I owe 20000 on jiebei, is this real?", "The collector said they'd send people to my hometown, will they really?",
    "催收说要去我老家，我爸妈年纪大了怎么办",
])
def test_a_visit_with_a_plain_purpose_or_the_writer_s_question_stays_plain(question: str) -> None:
    assert visit_threat(question)


@pytest.mark.parametrize("question", [
    # review56's repros
    "以前我不焦虑，现在我每天都很焦虑", "别人叫我别焦虑，可我真的很焦虑", "我焦虑也没用，但我真的好焦虑", "一开始没觉得丢人，后来越想越丢人",
    "大家都说不丢人，可我觉得特别丢人", "I wasn't anxious at first, but now I'm really anxious", "Everyone says don't be ashamed, but I am so ashamed",
    "老公说没事可我还是焦虑得睡不着", "老公说没关系但我还是觉得很丢人", "我妈知道我觉得很丢人", "My mom said it's ok but I'm still so ashamed",
    "被他们逼得好焦虑", "他们一打电话就心慌", "我好焦虑，其实没什么存款了", "I'm so anxious, actually I'm not sure how much I owe",
    "I'm not okay so anxious about the loan", "I haven't been this anxious ever", "我没法不焦虑", "没有一天不焦虑",
    # new wordings of my own
    "上个月还不慌，这个月我慌得不行，心慌", "同事说不用丢脸，但我还是觉得丢脸", "我压力好大，其实也不懂怎么协商", "我特别焦虑",
])
def test_a_feeling_told_in_any_clause_counts(question: str) -> None:
    assert stated_feeling(question)


@pytest.mark.parametrize("question", [
    # the look-alikes that must stay without a line
    "我不焦虑", "谈不上焦虑，就是问问", "我没有那么焦虑，其实还好", "她很焦虑", "老公说我压力太大", "我妈很焦虑，可她不说",
    "I'm not anxious, just asking", "My wife is so anxious", "焦虑也没用，逾期了怎么办", "我一点也不觉得特别丢人",
])
def test_a_feeling_denied_or_someone_else_s_still_gets_no_line(question: str) -> None:
    assert stated_feeling(question) == ""


@pytest.mark.parametrize("question, only", [
    ("我每月只还利息可以吗，借呗逾期了", True), ("可以每月只还本金吗", True), ("我想每期只还本金，可以跟借呗协商吗", True),
    ("逾期了，每期只还利息行不行", True),
    ("分期的话，每个月是只还利息吗", False), ("分期以后每期是只还本金吗", False),
])
def test_the_principal_only_line_on_monthly_requests(question: str, only: bool) -> None:
    found = figure_asked(question)
    assert (found is not None and found[0] == "principal_only") is only


@pytest.mark.parametrize("question, lead", [
    ("我不焦虑", False), ("我不害怕", False), ("焦虑有什么用，借呗逾期了怎么办", False),
    ("我好害怕", True), ("我不焦虑，但是很害怕", True), ("我怎么可能不焦虑，欠了借呗三万", True), ("我不是不焦虑，只是不知道怎么办，借呗逾期了", True),
    ("我爸在天上看着你们呢，别怕", True), ("我不焦虑，我只是睡不着", True), ("I'm scared", True),
])
def test_a_feeling_only_denied_does_not_make_worry_lead(engine: Engine, question: str, lead: bool) -> None:
    assert (engine.ask(question).topics[0] == "worry") is lead


def test_a_crisis_beside_a_denied_feeling_still_wins(engine: Engine) -> None:
    assert engine.ask("我不想活了，我不焦虑").topics[0] == "crisis"
    assert engine.ask("催收说要来我家，我不想活了").topics[0] == "crisis"
