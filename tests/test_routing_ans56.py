"""Round 32 (ans56, issues 12/13): frightened in-scope messages declined, details misread, a phishing text.
Each mechanism with the case it reads and the look-alike it must leave alone:

- an idiom of feeling (吓死/烦死/气死/急死/愁死/慌死) beside a loan, a debt or being late is read as the plain
  feeling (bot.routing_idioms) and is never declined; the same idioms about anything else stay declined,
  and a crisis sentence beside them still gets the crisis reply;
- after_repayment with nothing repaid and nothing after asked gives way (bot.routing_after): worry for a
  feeling, a relative's distress or a cry for help; a repayment told with the score still low is
  after_repayment, never a decline;
- a text message with a link asking for a click gets the scam line (bot.answer_phishing, frame "before").
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_phishing import sms_link
from bot.routing_idioms import feeling_plainly

LOAN_TOPICS = {"worry", "collection_process", "credit_report", "negotiate", "home_visit", "lawsuit", "contact_family",
               "penalty_costs", "after_repayment", "going_dark", "uncovered_consequences"}


@pytest.mark.parametrize("question", [
    "借呗还款日都过了两天 吓死我了", "借呗逾期了 真是烦死了", "花呗逾期 气死我了我自己", "网贷晚还了三天 急得要死",
    "借呗没有按时还 慌死了", "欠了借呗的钱 愁死我了", "借唄逾期了 嚇死我了", "jiebei is overdue and i'm scared to death",
])
def test_a_feeling_idiom_beside_a_late_loan_is_never_declined(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] in LOAN_TOPICS


@pytest.mark.parametrize("question", [
    "吓死我了 刚才有只狗冲过来", "气死我了 今天又被领导骂", "烦死了 下雨天", "急死了 快递还没到", "笑死 这个视频",
    "借呗怎么提前还款 急死了",  # billing beside the idiom: still the decline pointing to 95188
])
def test_the_same_idioms_about_anything_else_stay_declined(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics == ("out_of_scope",)


def test_the_idiom_is_read_plainly_only_beside_a_loan() -> None:
    assert feeling_plainly("借呗逾期了 吓死我了") == "借呗逾期了 好害怕"
    assert feeling_plainly("气死我了 老公又打游戏") == "气死我了 老公又打游戏"
    assert feeling_plainly("借呗逾期 笑死") == "借呗逾期 笑死"  # a joke is no feeling about the debt


@pytest.mark.parametrize("question", ["借呗逾期了 烦死了 我不想活了", "吓死我了 借呗逾期 我想从楼上跳下去"])
def test_a_crisis_beside_the_idiom_still_gets_the_crisis_reply(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] == "crisis"


@pytest.mark.parametrize("question", [
    "借呗逾期了 不知道能找谁求助", "救命啊 借呗", "花呗逾期 救救我",
])
def test_distress_or_a_cry_for_help_beside_the_debt_is_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] == "worry"


@pytest.mark.parametrize("question, topic", [
    ("借呗还清以后逾期记录还在吗", "after_repayment"), ("借呗逾期了还能继续借吗", "after_repayment"),
    ("借呗逾期了会怎么样", "collection_process"), ("借呗逾期了 会打给我妈吗", "contact_family"),
])
def test_after_repayment_questions_and_plain_questions_keep_their_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topics[0] == topic


@pytest.mark.parametrize("question", ["借呗都结清了 可芝麻分一直还是很低", "paid it off already but my sesame credit score is still low"])
def test_repaid_with_the_score_still_low_is_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] in ("after_repayment", "credit_report")  # never a decline


def test_the_score_low_without_a_repayment_is_not_after_repayment(engine: Engine) -> None:
    assert engine.ask("我的芝麻分很低怎么办").topics[0] != "after_repayment"


@pytest.mark.parametrize("question", [
    "刚收到短信说我借呗欠款要被起诉 点链接处理", "短信給我一個連結 說要核實借唄逾期", "a text says my huabei is overdue, tap the link to verify",
])
def test_a_text_with_a_link_gets_the_scam_line(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert sms_link(question) and "110" in reply.text and reply.topics[0] != "out_of_scope"


@pytest.mark.parametrize("question", ["收到短信说我借呗逾期三天了", "借呗的官网网址是什么", "got a text saying my jiebei is overdue"])
def test_a_text_without_a_link_or_a_link_without_a_text_gets_no_scam_line(engine: Engine, question: str) -> None:
    assert not sms_link(question) and "110" not in engine.ask(question).text


@pytest.mark.parametrize("question, told", [
    ("【支付宝】您的借呗已严重逾期 请点击 http://xx.cn 处理", True),   # a pasted text: its sender's tag
    ("【借呗】您已逾期 请尽快还款", False),                           # a pasted text with no link
    ("去www.alipay.com查看", False),                                 # a link with no text told
])
def test_a_pasted_text_with_a_link(question: str, told: bool) -> None:
    assert sms_link(question) is told


@pytest.mark.parametrize("question, topic", [
    ("我妈借呗逾期了 她一直哭 会被起诉吗", "lawsuit"),   # a matter asked beside the distress keeps its topic
    ("借呗逾期 我老婆会知道吗", "contact_family"),
])
def test_a_relatives_distress_beside_a_matter_asked_keeps_the_matter(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topics[0] == topic


@pytest.mark.parametrize("question", ["【求助】借呗逾期二十天 后面会怎样", "What would help me avoid missing repayments next time?"])
def test_a_forum_tag_or_help_me_to_do_something_is_no_cry_for_help(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] != "worry"


def test_a_relatives_tears_alone_do_not_make_worry_lead_but_no_after_repayment(engine: Engine) -> None:
    assert engine.ask("借呗逾期了 我老公一直在掉眼泪").topics[0] not in ("worry", "after_repayment", "out_of_scope")


@pytest.mark.parametrize("question, topic", [
    ("临时额度还没还清 额度还是很低", "out_of_scope"), ("分期还没还完 芝麻分还是很低", "out_of_scope"),  # not repaid: no "repaid, still low"
    ("银行卡转账有限额 我担心还借呗会逾期影响信用", "credit_report"),  # lateness feared, no idiom: as on main, not worry
])
def test_not_yet_repaid_or_lateness_feared_keeps_its_reading(engine: Engine, question: str, topic: str) -> None:  # found by the pool
    assert engine.ask(question).topics == (topic,)
