"""review35's findings in ans15's answers (s13, ans16). Each fix is tested on both sides: the case
fixed and a look-alike that must not change."""

import pytest


@pytest.mark.parametrize("question, lead", [
    ("逾期多久会开始催收", "不用等"), ("借呗逾期多久会被催收", "不用等"), ("逾期多久开始打电话", "不用等"),
    ("借呗逾期多久才会发休息来催债", "不用等"), ("how long before collection starts", "No wait"),
])
def test_when_collection_starts_is_answered_by_the_article(engine, question: str, lead: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # review35 #3: the article says 一旦逾期会立即启动线上催收
    assert reply.topics == ("collection_process",) and reply.lead.startswith(lead)
    assert "没给这样的天数或金额界线" not in reply.text and "gives no such line" not in reply.text


@pytest.mark.parametrize("question", ["逾期多久会转人工", "逾期几个月会转人工", "借呗逾期几天算严重"])
def test_where_the_article_is_silent_it_still_says_so(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(question).lead.startswith("文章没给这样的天数或金额界线")


@pytest.mark.parametrize("question, lender", [
    ("should i call 95188 for my jd loan", "JD"), ("should i call 95188 for my wechat loan", "Wechat"),
    ("should i call 95188 for pinduoduo", "Pinduoduo"), ("my JD Baitiao loan is overdue, should I call 95188", "JD Baitiao"),
    ("网商贷逾期打95188有用吗", "网商贷"), ("京东白条打95188有用吗", "京东白条"), ("微粒贷打95188有用吗", "微粒贷"),
    ("我欠了网商贷两万 打95188有用吗", "网商贷"), ("京东白条逾期打95188有用吗", "京东白条"),
])
def test_95188_for_another_lender_is_a_no(engine, question: str, lender: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # review35 #2
    assert reply.lead.startswith(("No: 95188 is Alipay's", "不用打：95188 是支付宝")) and lender in reply.lead


@pytest.mark.parametrize("question", ["花呗逾期打95188有用吗", "打95188有用吗", "should i call 95188 for huabei",
                                      "should i call 95188 for my loan", "is 95188 the right number for jiebei"])
def test_95188_for_alipays_own_loans_says_ask_it(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)
    assert reply.topics == ("capabilities",) and reply.lead.startswith("95188") and "No:" not in reply.lead


def test_a_second_question_beside_the_call_keeps_its_answer(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("借呗逾期会上门吗 打95188有用吗").topics == ("home_visit",)
    session = engine.session()
    session.ask("网商贷逾期了")
    assert not session.ask("95188是什么").lead.startswith("不用打")  # what it is, not whether to call
