"""Round 32 mend (mend70, review80 items 1-5): each with the case fixed and the look-alike kept.

1. a cry for help beside a late loan moves to worry only when no loan matter is asked;
2. 救命/帮帮我 before a billing question keeps the decline with its 95188 pointer;
3. a loan must be named: a bare 逾期 or 催 (快递, 护照, 图书馆的书, 快递催收件) is no loan;
4. the scam line names the Alipay app and 95188 only for Alipay's products (or none named);
5. a text told WITHOUT a link ("没链接", "no link") gets no scam line; more link wordings are read.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_phishing import sms_link
from bot.routing_idioms import feeling_plainly

SCAM_ZH, SCAM_EN = "常见的诈骗手法", "common scam"


@pytest.mark.parametrize("question, topic", [
    ("救命 借呗逾期了 怎么还款", "collection_process"), ("帮帮我 借呗逾期了 会发生什么", "collection_process"),
    ("help me jiebei overdue what will happen next", "collection_process"),
    ("救命 借呗逾期了 征信多久能恢复", "after_repayment"),
])
def test_1_a_cry_beside_a_loan_question_keeps_the_question(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topics[0] == topic


@pytest.mark.parametrize("question", ["救命 借呗逾期了", "帮帮我 借呗逾期了 我该怎么办", "谁能帮帮我 借呗逾期三个月了",
                                      "help me, jiebei overdue", "救命 借呗逾期了 有没有人能帮帮我", "救命 借呗逾期了 能帮我吗"])
def test_1_a_cry_with_no_matter_asked_is_still_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topics[0] == "worry"


@pytest.mark.parametrize("question", ["救命 我借呗还款日是哪天", "救命 借呗还款日能改吗", "救命 借呗怎么提前还款", "帮帮我 借呗怎么提前还款", "救命 借呗怎么关闭"])
def test_2_a_cry_before_a_billing_question_keeps_the_decline_and_95188(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics == ("out_of_scope",) and "95188" in reply.text


@pytest.mark.parametrize("question", ["快递逾期了 急死了", "图书馆的书逾期了 急死了", "护照逾期 急死我了 怎么办", "签证逾期了 吓死我了",
                                      "驾照逾期没换 烦死了", "作业逾期交 急死了", "会员逾期没续费 烦死了", "快递催收件 烦死了"])
def test_3_a_bare_late_word_is_no_loan(engine: Engine, question: str) -> None:
    assert feeling_plainly(question) == question
    assert engine.ask(question).topics == ("out_of_scope",)


@pytest.mark.parametrize("question", ["借呗逾期了 急死了", "网贷逾期了 吓死我了", "催收天天打电话 烦死了 欠的网贷还不上", "信用卡逾期了 急死我了", "房贷晚还了一天 急死了"])
def test_3_a_named_loan_beside_the_idiom_is_still_read(engine: Engine, question: str) -> None:
    assert feeling_plainly(question) != question
    assert engine.ask(question).topics[0] != "out_of_scope"


def test_3_a_cry_beside_a_bare_late_word_is_not_the_loan_worry_reply(engine: Engine) -> None:
    assert engine.ask("护照逾期了 救命").topics[0] != "worry"  # (the classifier's own reading, as before ans56)


def test_3_a_crisis_beside_a_bare_late_word_is_still_crisis(engine: Engine) -> None:
    assert engine.ask("签证逾期了 吓死我了 不想活了").topics[0] == "crisis"


@pytest.mark.parametrize("question, lang", [
    ("收到一条短信说我京东白条逾期 点击链接处理", "zh"), ("收到短信说我微粒贷逾期了 让我点链接核实", "zh"),
    ("got a text saying my bank loan is overdue, click the link to verify", "en"),
])
def test_4_the_scam_line_for_another_lender_names_no_alipay(engine: Engine, question: str, lang: str) -> None:
    text = engine.ask(question).text
    assert (SCAM_ZH if lang == "zh" else SCAM_EN) in text
    line = next(part for part in text.split("\n") if SCAM_ZH in part or SCAM_EN in part)
    assert "95188" not in line and "支付宝" not in line and "Alipay" not in line
    assert ("官方 App" in line) if lang == "zh" else ("official app" in line)


@pytest.mark.parametrize("question, lang", [("收到一条短信说我借呗逾期 请点击链接处理", "zh"), ("收到短信说我花呗逾期了 让我点链接核实", "zh"),
                                            ("got a text saying my jiebei is overdue, click the link to settle", "en")])
def test_4_the_scam_line_for_alipay_products_keeps_95188(engine: Engine, question: str, lang: str) -> None:
    text = engine.ask(question).text
    line = next(part for part in text.split("\n") if SCAM_ZH in part or SCAM_EN in part)
    assert "95188" in line


@pytest.mark.parametrize("question", ["收到95188短信 说借呗还款日 请在支付宝App查看 没链接", "短信里没有网址 只说请登录支付宝查看借呗账单",
                                      "收到借呗的短信 让我查看账单 没附链接", "got a text from alipay, no link, asking me to check jiebei",
                                      "短信提示借呗逾期 让我登陆支付宝处理 没有链接 这个可信吗", "短信里没看到什么链接 就说借呗账单已出 请登录支付宝查看", "got a text without a link telling me to log in to alipay"])
def test_5_a_text_told_without_a_link_is_not_the_scam(question: str) -> None:
    assert not sms_link(question)


@pytest.mark.parametrize("question", ["收到短信 你的借呗已逾期 请点击 jb-alipay.top 处理", "收到短讯话借呗逾期 叫我撳条link处理",
                                      "收到一条微信消息 让我点击链接处理借呗逾期", "收到短信 没有链接 但后来又发了一条附链接让我点击",
                                      "短信说没还款就起诉 附了链接让我点击"])
def test_5_a_text_with_a_link_in_other_words_is_the_scam(question: str) -> None:
    assert sms_link(question)
