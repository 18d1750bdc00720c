"""mend56 (review64 of cls23): each mechanism with the case fixed and the look-alike that must not change.

- a 会收到…短信吗 question reads as asked in its own clause only: a receipt told in another clause of
  the message keeps the abuse reply; the plain question stays contact_family;
- a visit needs a collector (they, someone, the people sent) as the one who comes: the writer's own
  trips to the office, school or hospital are no visit, nor a call to the workplace;
- a mortgage wanted later means a loan wanted in the future, not 逾期以后 nor a plan to repay;
- a request or a wh-question about the loan (讲讲, explain, walk me through, what happens) is asked:
  a body sign beside it keeps the loan topic first.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess


@pytest.mark.parametrize("message", [
    "我的联系人会收到说我诈骗的短信吗 昨天已经有人收到了",
    "我家人会收到说我要坐牢的短信吗 我姐今天收到了一条",
    "我朋友会不会收到骂我的短信 我闺蜜说她收到了",
    "我爸妈会收到说我是老赖的短信吗 我妈刚才给我看了",
    "通讯录的人会收到说我犯法的短信吗 已经好多人问我了",
    "昨天我同事收到了 我其他联系人也会收到说我诈骗的短信吗",   # the receipt told first
    "我的聯繫人會收到說我詐騙的短信嗎 昨天已經有人收到了",
])
def test_a_receipt_told_in_another_clause_keeps_the_abuse(engine: Engine, message: str) -> None:
    assert "abusive_collection" in assess(message).topics
    assert engine.ask(message).topic == "abusive_collection"


@pytest.mark.parametrize("message", [
    "我的联系人会收到说我诈骗的短信吗",
    "我的联系人会收到说我诈骗的短信吗 我好害怕",
    "我朋友会不会收到骂我的短信 我还没收到过",                   # no receipt: told as not come
    "我家人会收到骂我的短信吗 我已经还了一部分",                 # 已经 of repaying is no receipt
    "我通讯录里的人会收到短信吗",
])
def test_the_plain_question_stays_asked(engine: Engine, message: str) -> None:
    assert "abusive_collection" not in assess(message).topics
    assert engine.ask(message).topic == "contact_family"


@pytest.mark.parametrize("question", [
    "我还要去医院看病 借呗逾期了怎么办",
    "我每天要去公司 借呗逾期了 催收打电话怎么办",
    "我会去公司跟领导借钱还借呗 逾期了有什么后果",
    "下班后我得去厂里 借呗逾期了怎么办",
    "i'm going to the hospital for surgery, my loan is overdue, what happens",
    "i go to the office every day, my jiebei is late, what happens now",
    "借呗逾期两个月 我明天要去公司 催收会打电话到公司吗",        # a call to the workplace
    "催收会打到我公司吗",
])
def test_the_writers_own_trip_or_a_call_is_no_visit(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] != "home_visit"


@pytest.mark.parametrize("question", [
    "催收会去我公司吗",
    "借呗逾期会不会去我公司",                                     # no one named, the writer's place asked
    "我在工地干活 催收会不会来工地",
    "逾期了他们真的会跑到我女儿幼儿园去吗",
    "借呗逾期了 催收会不会上门到我单位",
    "will collectors come to my office",
    "might they go to my daughter's kindergarten",
    "will they send someone to my office",
])
def test_a_collector_coming_to_a_place_is_a_visit(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] == "home_visit"


@pytest.mark.parametrize("question", [
    "借呗和房贷都逾期了 以后催收会怎么催",                       # 以后 of what comes next
    "房贷逾期以后 催收流程是怎样的",                             # 逾期以后: after lateness
    "车贷也逾期了 我打算先还借呗 怎么办",                         # a plan to repay
    "逾期以后 催收会怎么联系我 房贷还在还",
    "我准备先还一部分 以后车贷的钱也要还 逾期了怎么办",
])
def test_after_lateness_or_a_plan_to_repay_is_no_loan_wanted_later(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] == "collection_process"


@pytest.mark.parametrize("question", [
    "以后还能申请车贷吗 现在借呗逾期了",
    "借呗逾期了 我们想年底申请房贷 会不会被拒",
    "借呗逾期 将来办房贷会有问题吗",
    "planning to buy a flat next year, will the overdue jiebei block my mortgage",
    "i'm overdue on jiebei, hoping to take out a home loan someday, is that ruined",
])
def test_a_loan_wanted_in_the_future_is_the_credit_record(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] == "credit_report"


@pytest.mark.parametrize("question", [
    "借呗逾期 头晕 跟我说说催收流程",
    "胃一直疼 借呗逾期了 讲讲逾期后的流程",
    "借呗逾期 心慌胃疼 介绍一下逾期后会有什么后果",
    "dizzy all the time, overdue on jiebei, walk me through the collection process",
    "palpitations since my loan went overdue, what happens after 90 days",
    "my hair is falling out, jiebei overdue, explain the steps",
    "cold sweat every time the phone rings, jiebei overdue, what are my options",
])
def test_a_request_about_the_loan_beside_a_body_sign_keeps_the_loan_first(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] != "worry"


@pytest.mark.parametrize("question", [
    "头晕眼花 催收电话不停 怎么熬过去",                           # how to bear it: the feeling's question
    "逾期了 掉头发 失眠 怎么才能好一点",
    "借呗逾期了 催收天天打电话 我什么都吃不下 怎么才能好一点",       # 什么都: anything at all, no request
    "逾期后每天早上醒来心都在狂跳 催收电话一个接一个 我该怎么办",
    "i feel sick every morning since my loan went overdue, how do i get through this",
    "panic attacks since jiebei went overdue, am i depressed?",
])
def test_the_feelings_own_question_still_leads_with_worry(engine: Engine, question: str) -> None:
    assert engine.route(question).topics[0] == "worry"
