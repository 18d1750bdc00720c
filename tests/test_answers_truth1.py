"""truth1's audit (s13): answers that claimed more than the message or the article said. Each fix
is tested on both sides: the case fixed and a look-alike that must not change."""

import pytest

from bot.concerns import find_concerns


def _lead(engine, question: str) -> str:  # type: ignore[no-untyped-def]
    return str(engine.ask(question).text.split("\n", 1)[0])


@pytest.mark.parametrize("message, absent", [
    ("will my kids be banned from school if I don't pay jiebei", "travel_ban"),
    ("借呗逾期了工资卡会被冻结吗", "wages_employer"),
    ("借呗逾期会影响子女上大学吗", "family_liability"),
])
def test_a_fear_never_stated_is_not_read(message: str, absent: str) -> None:  # truth1 #12
    assert absent not in [cid for cid, _ in find_concerns(message.lower())]


@pytest.mark.parametrize("message, concern", [
    ("will I be banned from flying", "travel_ban"), ("会扣我工资吗", "wages_employer"),
    ("工资会被冻结吗", "wages_employer"), ("会连累我家人吗", "family_liability"),
    ("逾期会不会被公司开除", "wages_employer"), ("借呗逾期了高铁票还能买吗", "travel_ban"),
    ("借呗逾期会影响我办签证出国吗", "travel_ban"),
])
def test_a_fear_stated_is_still_read(message: str, concern: str) -> None:
    assert concern in [cid for cid, _ in find_concerns(message.lower())]


@pytest.mark.parametrize("question, named, not_named", [
    ("借呗逾期了会不会被限制高消费", "限制高消费", "坐飞机"),
    ("借呗逾期会影响子女上大学吗", "子女上学", "政审"),
    ("会影响孩子考公吗", "政审或考公", "上学"),
    ("will my kids be banned from school if I don't pay jiebei", "children's schooling", "flying"),
])
def test_the_lead_names_the_part_of_a_fear_asked(engine, question: str, named: str, not_named: str) -> None:  # type: ignore[no-untyped-def]
    lead = _lead(engine, question)  # truth1 #12, #15
    assert named in lead and not_named not in lead


@pytest.mark.parametrize("question, named", [
    ("逾期了能坐飞机吗", "坐飞机、高铁、出国等出行受限"),
    ("会影响孩子上学和考公吗", "子女上学、政审或考公"),
])
def test_a_fear_said_broadly_keeps_its_whole_name(engine, question: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named in _lead(engine, question)


@pytest.mark.parametrize("question", ["借呗逾期几天算严重", "逾期多久算严重"])
def test_a_line_in_days_asked_of_a_late_loan_is_answered_not_declined(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # truth1 #2
    assert reply.topics == ("collection_process",) and reply.lead.startswith("文章没给这样的天数或金额界线")


def test_a_line_asked_with_no_late_loan_is_still_declined(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("感冒几天算严重").topics == ("out_of_scope",)


def test_what_happens_when_late_keeps_its_lead(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("借呗逾期了会怎样").lead.startswith("按文章的描述")


def test_money_taken_from_an_account_is_the_frozen_account_fear(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("他们可以直接从我余额宝扣钱吗")  # truth1 #2: was "帮不上忙"
    assert reply.topics == ("uncovered_consequences",) and "没有谈到" in reply.lead
    assert "frozen_account" not in [cid for cid, _ in find_concerns("我想从余额宝转钱去还借呗")]
    assert "frozen_account" not in [cid for cid, _ in find_concerns("花呗过期没还会自动从银行卡里扣钱吗")]


@pytest.mark.parametrize("turns, says, never", [
    (["我欠了网商贷两万", "打95188有用吗"], "网商贷的事，请问网商贷自己的官方客服", "可以问它"),
    (["打95188有用吗"], "借呗、花呗和你自己账户上的事", "只把它用在"),
])
def test_whether_95188_helps_says_whose_line_it_is(engine, turns: list[str], says: str, never: str) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()  # truth1 #2
    for turn in turns:
        reply = session.ask(turn)
    assert says in reply.lead and never not in reply.lead and "不是出自文章" in reply.lead


def test_95188_asked_for_huabei_is_alipays_line(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("Is 95188 the right number for Huabei?")
    assert reply.lead.startswith("95188 is Alipay's official customer service line: ask it about Jiebei, Huabei")


@pytest.mark.parametrize("question, lang", [
    ("借呗逾期 怎么办", "zh"), ("借呗逾期后我应该怎么做", "zh"), ("what should I do right now, im overdue", "en"),
])
def test_what_to_do_when_late_leads_with_the_articles_advice(engine, question: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # truth1 #4
    assert reply.lead.startswith("文章给借款人的建议" if lang == "zh" else "The article's advice to borrowers")
    assert any("应如何应对" in c or "How should borrowers respond" in c for c in reply.citations)
    assert "逾期以后会发生什么”来回答" not in reply.text


@pytest.mark.parametrize("question", ["借呗逾期了会怎样", "what happens when jiebei is overdue", "蚂蚁借呗逾期了会怎么办"])
def test_what_happens_next_is_still_answered_as_such(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    lead = engine.ask(question).lead
    assert lead.startswith(("按文章的描述", "As the article describes it"))


@pytest.mark.parametrize("question, ask", [
    ("借呗逾期被起诉了要出庭吗", "court"), ("借呗逾期了需要请律师吗", "court"), ("do I need a lawyer", "court"),
    ("催收说已经立案了，真的吗", "claim"), ("will they send a lawyer's letter", "claim"),
    ("催收说要给我户籍地派出所打电话", "claim"), ("我怎么投诉借呗催收", "complaint"), ("催收天天打电话", "complaint"),
    ("借呗逾期会被起诉吗", None), ("催收会打电话给我吗", None), ("what happens in court", None),
])
def test_what_a_legal_question_asks_beyond_its_topic(question: str, ask: str | None) -> None:  # truth1 #5, #7, #11
    from bot.answer_asks import legal_ask

    assert legal_ask(question) == ask


@pytest.mark.parametrize("question, starts", [
    ("借呗逾期被起诉了要出庭吗", "出庭、请律师、起诉对方这些事，文章都没有谈到"),
    ("the collector says they already filed a case, is it true", "Whether talk of suing, a case filed"),  # review35 #5 wording
    # cls18: "我怎么投诉借呗催收" is now the abuse topic's own question (tests/test_routing_cls18.py), whose
    # first line gives 12378; collection_process keeps the complaint lead for calls without end asked about.
    ("逾期后催收一直打电话 会怎样", "遇到辱骂、没完没了的来电骚扰"),
])
def test_a_court_step_a_claim_or_a_complaint_leads(engine, question: str, starts: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(question).lead.startswith(starts)


def test_a_lawsuit_asked_plainly_keeps_its_lead(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask("借呗逾期会被起诉吗").lead.startswith("文章说，如果逾期时间长、金额又大")


def test_a_collectors_claim_puts_how_to_check_first_under_the_abuse_lead(engine) -> None:  # type: ignore[no-untyped-def]
    claimed = engine.ask("催收说已经立案了，真的吗").text.split("\n")
    plain = engine.ask("催收骂我怎么办").text.split("\n")
    assert "110" in claimed[0] and "怎么核实这类说法，文章没有讲" in claimed[1]  # (fix164: the silence said precisely)
    assert "110" in plain[0] and "禁止暴力催收" in plain[1]


@pytest.mark.parametrize("question, named", [
    ("借呗逾期会影响信用卡吗，银行会不会降额", "信用卡额度或银行审批"), ("借呗逾期会影响我租房吗", "租房"),
    ("will this affect my job search", "your job search"), ("will this stop me from renting a flat", "renting a home"),
])
def test_a_credit_effect_the_article_never_names_is_said_to_be_silent(engine, question: str, named: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)  # truth1 #9
    assert named in reply.lead and ("没有谈到" in reply.lead or "does not cover" in reply.lead)


@pytest.mark.parametrize("question", ["借呗逾期会影响征信吗", "信用卡逾期了会怎样", "will my credit score drop"])
def test_a_credit_question_the_article_answers_has_no_such_line(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)
    assert "concern" not in reply.slots and "没有谈到，这里不下结论" not in reply.text


@pytest.mark.parametrize("question, figure", [
    ("how long does an overdue record stay on my credit report", "record_time"),
    ("how long until my sesame credit recovers", "record_time"), ("will my sesame score drop and how much", "score_drop"),
    ("how long until it shows on my credit report", "report_day"), ("will my sesame score drop", None),
])
def test_english_figures_read_as_their_chinese_twins(question: str, figure: str | None) -> None:  # truth1 #10
    from bot.figures import figure_asked

    found = figure_asked(question)
    assert (found[0] if found else None) == figure


def test_the_abuse_reply_cites_only_what_its_lines_use(engine) -> None:  # type: ignore[no-untyped-def]
    short = engine.ask("the collector threatened to hurt my family")  # truth1 #14
    assert "why home visits are rare" not in short.text and "Policy direction" in short.text
    more = engine.session()
    more.ask("the collector threatened to hurt my family")
    assert "why home visits are rare" in more.ask("tell me more").text  # its "more" line on privacy disputes still cites it


@pytest.mark.parametrize("question", [
    "芝麻分掉了以后还能租车住酒店吗", "will this stop me from renting a flat",
    "will this affect my kids' civil service exam", "我欠了网商贷两万",
])
def test_no_check_in_after_a_loan_question_with_no_distress(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert "12356" not in engine.ask(question).text  # truth1 #13


@pytest.mark.parametrize("question", [
    "我欠了网商贷两万，不想活了", "芝麻分掉了我活着还有什么意思", "借呗逾期了，我真的撑不住了，会影响孩子吗",
])
def test_distress_beside_the_same_questions_still_gets_12356(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert "12356" in engine.ask(question).text


def test_the_coping_lead_is_not_said_twice_beside_negotiation(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("我的花呗逾期了怎么办现在没有钱")
    assert "negotiate" in reply.topics and "文章给借款人的建议是" not in reply.text


def test_the_coping_lead_stays_beside_another_question(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("花呗逾期怎么办，会影响信用吗")
    assert "credit_report" in reply.topics and "文章给借款人的建议是" in reply.text
