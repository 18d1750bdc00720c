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
def test_95188_for_another_lender_points_to_its_own_service(engine, question: str, lender: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # review35 #2; no claim of what 95188 cannot do (review37: MYbank, 芝麻, 余额宝)
    assert reply.lead.startswith(("95188 is Alipay's", "95188 是支付宝")) and lender in reply.lead
    assert ("only for Jiebei and Huabei" in reply.lead or "只把它用在借呗、花呗上" in reply.lead)
    assert "cannot help" not in reply.lead and "管不了" not in reply.lead


@pytest.mark.parametrize("question", ["花呗逾期打95188有用吗", "打95188有用吗", "should i call 95188 for huabei",
                                      "should i call 95188 for my loan", "is 95188 the right number for jiebei"])
def test_95188_for_alipays_own_loans_says_ask_it(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)
    assert reply.topics == ("capabilities",) and reply.lead.startswith("95188") and "No:" not in reply.lead


def test_a_second_question_beside_the_call_keeps_its_answer(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("借呗逾期会上门吗 打95188有用吗").topics == ("home_visit",)
    session = engine.session()
    session.ask("网商贷逾期了")
    lead = session.ask("95188是什么").lead  # what it is, for the loan the session is about
    assert lead.startswith("95188 是支付宝的官方客服电话") and "网商贷的官方客服" in lead


@pytest.mark.parametrize("question", ["逾期了平台怎么处理", "借呗逾期支付宝一般怎么处理", "逾期后他们怎么处理我",
                                      "逾期了平台将怎么办", "逾期以后平台一般如何处理"])
def test_what_the_lender_does_gets_no_coping_lead(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert not engine.ask(question).lead.startswith("文章给借款人的建议是")  # review35 #4


@pytest.mark.parametrize("question", ["借呗逾期了怎么办", "支付宝借呗逾期怎么办", "被催收了怎么办"])
def test_what_the_borrower_does_keeps_the_coping_lead(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(question).lead.startswith("文章给借款人的建议是")


@pytest.mark.parametrize("question", ["催收说要找律师起诉我", "他们说会请律师告我", "收到传票了"])
def test_a_collectors_lawyer_or_a_summons_is_no_court_step_nor_collectors_talk(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    lead = engine.ask(question).lead  # review35 #5
    assert "出庭、请律师、起诉对方" not in lead and "催收说" not in lead


def test_the_borrowers_own_lawyer_keeps_the_court_lead(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("要不要请律师").lead.startswith("出庭、请律师、起诉对方")


@pytest.mark.parametrize("question", ["支付宝借呗逾期，催收说要给我户籍地派出所打电话", "催收说已经立案了是真的吗",
                                      "催收说要报警抓我", "催收说要打电话给我单位", "要不要请律师"])
def test_the_court_is_the_one_the_papers_name(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    text = engine.ask(question).text  # review35 #6: "上面那家法院" named no court
    assert "上面那家法院" not in text and "上面法院" not in text and "文书上" in text


def test_a_visit_threat_names_only_what_was_said_and_keeps_the_visit_section(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("催收威胁说要上门")  # review35 #7
    assert reply.topics == ("abusive_collection", "home_visit") and "律师函" not in reply.text
    assert engine.ask("催收说要上门泼油漆").topics == ("abusive_collection",)  # harm threatened: the abuse reply alone


def test_normal_reminders_get_no_complaint_lead(engine) -> None:  # type: ignore[no-untyped-def]
    assert "12378" not in engine.ask("每天催收短信正常吗").lead  # review35 #8
    assert "12378" in engine.ask("天天打电话骚扰我").text


@pytest.mark.parametrize("question, days", [
    ("my credit report shows I have been overdue for 30 days", 30), ("my credit history says late for 45 days", 45),
    ("I paid after 3 days late, will it show", 3), ("征信上3天的逾期会怎样", 3), ("我逾期90天了，他说要起诉", 90),
])
def test_a_time_late_is_read_as_days_overdue(question: str, days: int) -> None:
    from bot.slots import extract_slots  # review35 #9: the record and "after" filters had dropped them
    found = extract_slots(question).get("days")
    assert found is not None and found.value == days


@pytest.mark.parametrize("question", ["坐了三年牢出来借呗逾期了", "他说逾期超过90天就起诉", "will the overdue go away after 5 years",
                                      "逾期记录5年后会消除吗", "会不会被拘留十五天", "will it stay on my report for 5 years"])
def test_other_lengths_are_not_days_overdue(question: str) -> None:
    from bot.slots import extract_slots
    assert extract_slots(question).get("days") is None


@pytest.mark.parametrize("question", ["一般会在申请后多久打电话", "具体什么时候打电话，我现在就可以接听"])
def test_a_call_asked_of_no_late_loan_is_not_when_collection_starts(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert not engine.ask(question).lead.startswith("不用等")  # pool: an application's call


@pytest.mark.parametrize("question", ["要不要请律师", "收到传票了"])
def test_the_court_leads_say_the_borrower_bears_it_as_the_article_does(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    lead = engine.ask(question).lead  # review35 minor: 本人 implied the borrower alone; the article says 借款人需承担
    assert "本人" not in lead and "借款人需承担" in lead
