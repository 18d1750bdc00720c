"""Answers that claim no more than the article (ans9's probe): each case beside a twin that must
not change.

The product asked about leads, even when another was named first; a condition the article never
weighs (paying part, moving away, which debt first) is said first, as a figure it never gives is;
fears it never covers are named by the words used (a pension, a school, a train, a blocked WeChat
Pay, a photo posted); "其他几家呢" asks about the other lenders, not 借呗 again.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.reply import Reply
from bot.concerns import find_concerns
from bot.figures import FIGURE_NAMES, asked_figure
from bot.text import simplified


@pytest.mark.parametrize("asked, name", [
    ("借呗和白条都逾期了，白条会上门吗", "白条"),
    ("我在京东白条和借呗都逾期了，现在还不上，白条会上门吗", "京东白条"),
    ("I owe 白条 and 借呗, will 白条 come to my home?", "JD Baitiao"),
    # mixed: answered in the language the question is asked in (s15; had been Chinese)
    ("借呗和白条都逾期了，白条 will come to my home?", "JD Baitiao"),
    ("借呗和白条都逾期了. Will the baitiao people come to my house?", "JD Baitiao"),
])
def test_the_product_asked_about_leads_though_another_was_named_first(engine: Engine, asked: str, name: str) -> None:
    reply = engine.ask(asked)
    assert reply.slots["product"].value == "jd_baitiao", asked
    assert name in reply.text.split("\n", 1)[0] and "95188" not in reply.text, reply.text


@pytest.mark.parametrize("twin", [
    "借呗和白条都逾期了，借呗会上门吗",   # 借呗 asked again: 借呗 it is
    "借呗和白条都逾期了，会上门吗",       # nothing named again: 借呗, the article's subject
    "I owe 白条 and 借呗, will they come to my home?",
    "借呗和白条都逾期了，will they come to my home?",
    "I owe jiebei and baitiao. Will the jiebei people come to my house?",
])
def test_twins_asking_about_jiebei_keep_it(engine: Engine, twin: str) -> None:
    reply = engine.ask(twin)
    assert reply.slots["product"].value == "jiebei" and "95188" in reply.text, reply.text


CONDITION = {"zh": "文章没有谈到，我不替它下结论", "en": "so I won't guess either way"}


@pytest.mark.parametrize("asked, kind, lang", [
    ("如果我先还一半，他们还会起诉吗", "partial", "zh"),
    ("已经还了一半了，剩下的会不会还被起诉", "partial", "zh"),
    ("If I pay half of my Jiebei now, will they still sue me?", "partial", "en"),
    ("I am moving abroad next month, what happens to my Jiebei debt?", "moving", "en"),
    ("我借呗、花呗、微粒贷都逾期了，先还哪个", "priority", "zh"),
    ("I owe Jiebei, Huabei and a bank credit card. Which should I pay first?", "priority", "en"),
])
def test_a_condition_the_article_never_weighs_is_said_first(engine: Engine, asked: str, kind: str, lang: str) -> None:
    assert asked_figure(simplified(asked)) == (kind, "")
    reply = engine.ask(asked)
    # (the lead: in a reply to one question its first line; in a reply of labelled sections, the
    # first section's, under the borrower's details and the other products named)
    assert CONDITION[lang] in reply.lead, reply.text


@pytest.mark.parametrize("twin", [
    "借呗逾期会被起诉吗",
    "工资只够还一部分",                 # a statement: nothing asked about it
    "借呗逾期会影响我出国吗",           # a travel fear, answered as one
    "What happens after Jiebei goes overdue?",
    "我打算下个月还清借呗",             # a plan to repay, not to move
])
def test_twins_without_such_a_condition_get_no_line(engine: Engine, twin: str) -> None:
    assert asked_figure(simplified(twin)) is None or asked_figure(simplified(twin))[0] not in ("partial", "moving", "priority")
    assert CONDITION["zh"] not in engine.ask(twin).text.split("\n", 1)[0]


@pytest.mark.parametrize("message, concerns", [
    ("借呗逾期能坐高铁吗", ["travel_ban"]),
    ("Can they stop me from leaving China if I owe Jiebei?", ["travel_ban"]),
    ("借呗逾期后，我的微信支付会被封吗", ["frozen_account"]),
    ("会不会把我的照片发到朋友圈", ["public_shaming"]),
    ("我是退休的，借呗逾期会不会扣我的退休金", ["pension"]),
    ("will it affect my pension?", ["pension"]),
    ("我是大学生，借呗逾期会通知学校吗", ["studies"]),
    ("i am student, jiebei late 2 month, they will tell my university?", ["studies"]),
    # twins: the same words as no fear
    ("我能坐高铁去还钱吗", []),
    ("北京到上海坐高铁", []),
    ("退休金到账了再还借呗可以吗", []),
    ("after I graduate I will repay", []),
    ("我交社保吗", []),
])
def test_fears_named_by_new_words(message: str, concerns: list[str]) -> None:
    assert [c for c, _ in find_concerns(simplified(message))] == concerns, message


def test_a_new_fear_leads_another_topics_answer(engine: Engine) -> None:
    reply = engine.ask("我是退休的，借呗逾期会不会扣我的退休金")
    assert "退休金、养老金、社保或医保" in reply.lead and "没有谈到" in reply.lead, reply.text


def test_the_other_lenders_asked_after_an_answer(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗会上门吗")
    reply = session.ask("其他几家呢")
    assert "95188" not in reply.text and "其他几家" in reply.lead, reply.text
    twin = engine.session()
    twin.ask("借呗会上门吗")
    assert "95188" in twin.ask("花呗呢").text


@pytest.mark.parametrize("message, concerns", [
    ("老婆瞒着我借了借呗，现在逾期了，我需要替她还吗", ["family_liability"]),
    ("离婚了，前妻的借呗逾期跟我有关系吗", ["family_liability"]),
    ("我要帮她还多少", []),  # how much, once decided: not whether one must
    ("我老婆不知道我借呗逾期了，我该怎么还", []),
])
def test_a_partner_asked_to_pay(message: str, concerns: list[str]) -> None:
    assert [c for c, _ in find_concerns(simplified(message))] == concerns, message


def test_a_blocked_account_stated_is_no_fear_and_another_platform_no_lender(engine: Engine) -> None:
    # twins of the new words, from the pool comparison: a fact stated, and 花呗 the one asked about
    assert find_concerns(simplified("支付宝被封了花呗没还怎么办")) == []
    assert find_concerns(simplified("微信支付会不会被封")) == [("frozen_account", "微信支付会不会被封")]
    reply = engine.ask("别的平台没还钱，花呗还不给用了")
    assert reply.slots.get("product") is None or reply.slots["product"].value != "online_loan"


def test_the_fear_comes_before_the_details_echoed(engine: Engine) -> None:
    # (a call to the workplace is the contact answer's, whose lead names it with no fear line since answer171: a visit)
    reply = engine.ask("逾期两个月了会不会上门到我公司")
    lines = reply.text.split("\n")
    assert lines[0].startswith("你担心的单位知道") and lines[1] == "你提到逾期两个月。", reply.text
    assert engine.ask("i am student, jiebei late 2 month, they will tell my university?").text.startswith(
        "About your school or university finding out")
    # twins: no fear named, or several topics each under its label (details above the labels)
    assert engine.ask("逾期两个月了会被起诉吗").text.startswith("你提到逾期两个月。")
    assert engine.ask("借呗逾期两个月会不会坐牢，会不会上门").text.startswith("你提到逾期两个月。")


@pytest.mark.parametrize("twin", ["以后出国会受影响吗", "我想出国留学，借呗逾期有影响吗", "如果我回老家了他们会上门吗", "先还哪天的"])
def test_travel_fears_and_hometowns_are_no_condition(twin: str) -> None:
    assert asked_figure(simplified(twin)) is None, twin


# ans10: what review26 found in the rules above, each case beside a twin that must not change.

@pytest.mark.parametrize("asked", [
    "其他几家都同意延期了，借呗能延期吗",
    "我问了其他几家客服，都说可以协商，借呗可以吗",
    "My other lenders are paid, only Jiebei is late, will they sue?",
    "I asked the other lenders, they said ok. Can Jiebei give me more time?",
    "其它几家都还清了，借呗逾期会被起诉吗",
])
def test_the_other_lenders_beside_jiebei_are_no_product(engine: Engine, asked: str) -> None:
    reply = engine.ask(asked)
    assert reply.slots["product"].value == "jiebei" and "95188" in reply.text, reply.text
    assert "其他几家" not in reply.lead and "online loan" not in reply.text and "网贷" not in reply.text, reply.text
    # twin: asked alone after an answer, they are still the product switched to (test above)


@pytest.mark.parametrize("asked", [
    "借呗逾期三个月了，欠两万，白条没逾期，白条会起诉吗",       # 白条 not late: the days are 借呗's
    "I owe Jiebei 3 months. My Baitiao is fine. Would Baitiao sue me too?",
    "我欠借呗和白条，白条已经还清了，白条还会上门吗",            # 白条 paid
    "I owe jiebei and baitiao, baitiao is paid off. Will baitiao sue me?",
    "借呗和白条都逾期了，借呗和白条会不会起诉",                  # both in the asking clause
    "我白条早就还完了，借呗还欠着，借呗和白条会上门吗",
    "借呗逾期会上门吗？我白条也逾期了，白条会打电话吗",          # 借呗 asked first
    "借呗会不会起诉我？白条和借呗都逾期了，白条会不会上门",
    "Will Jiebei come to my home? I also owe Baitiao; will Baitiao call my family?",
    "借呗和白条都逾期了，借呗会起诉吗？白条会打电话，这个我知道",  # the last clause asks nothing
])
def test_another_lender_named_again_does_not_take_over_jiebei(engine: Engine, asked: str) -> None:
    reply = engine.ask(asked)
    assert reply.slots["product"].value == "jiebei" and "问的是" not in reply.text and "asked about JD" not in reply.text, reply.text
    # (a reply to several topics, each under its label, gives 95188 in none: so before ans9 too)
    assert "95188" in reply.text or len(reply.topics) > 1, reply.text
    # twins (the last clause asks of 白条 alone, 白条 owed): test_the_product_asked_about_leads_…


def test_the_days_told_stay_with_jiebei(engine: Engine) -> None:
    reply = engine.ask("借呗逾期三个月了，欠两万，白条没逾期，白条会起诉吗")
    assert "你提到逾期三个月、欠款20000元" in reply.text and "你提到白条" not in reply.text, reply.text
    twin = engine.ask("借呗和白条都逾期了，白条会上门吗")
    assert twin.slots["product"].value == "jd_baitiao", twin.text


@pytest.mark.parametrize("asked", [
    "借呗逾期了，我准备计划搬家躲起来，他们找得到吗",   # hiding: the article advises against it
    "If I move abroad and stop answering, what happens?",
    "What if I move and change my number?",
    "如果我出国了不回来，借呗逾期会怎么样",
    "我准备搬家，他们会去老家找我吗",                 # home visits: the article's own answer
    "我要搬走了，会不会上门",
    "I am moving to another city, will they visit my old home?",
    "I am not going to move abroad, I just want to know if they will sue",  # negated
    "如果我出国，会不会被限制出境",                   # a travel fear, named as one
    "I plan to move abroad, can they stop me at the airport?",
    "如果我出国旅游，借呗到期了怎么还",               # tourism
    "能不能跟借呗协商先还一部分",                     # paying part by agreement: step 及时沟通
    "借呗还不上，能不能先还一部分再协商延期",
    "借呗逾期了我还了大部分，征信会怎样",             # a part paid told, another thing asked
    "借呗一部分还了一部分没还，会上门吗",
    "I paid part of my jiebei, why is it still overdue?",
])
def test_no_condition_line_where_the_article_speaks_or_none_is_asked(engine: Engine, asked: str) -> None:
    text = engine.ask(asked).text
    assert not any(FIGURE_NAMES[kind][lang] in text for kind in ("moving", "partial") for lang in ("zh", "en")), text


@pytest.mark.parametrize("asked, lang", [
    ("I am moving abroad next month, what happens to my Jiebei debt?", "en"),   # twins: the line stays
    ("如果我先还一半，他们还会起诉吗", "zh"),
    ("已经还了一半了，剩下的会不会还被起诉", "zh"),
    ("借呗还了一部分还会被起诉吗", "zh"),            # the clause that tells it asks
    ("I have repaid part of my Jiebei, what happens now?", "en"),   # a bare "what happens"
    ("I have repaid some of it. Will they still sue?", "en"),         # whether it changes things
    ("我已经还了一部分，那会怎么样呢", "zh"),
    ("借呗可以先还一部分吗", "zh"),                  # asked without 协商: the article is silent
    ("If I pay half of my Jiebei now, will they still sue me?", "en"),
])
def test_twins_where_the_condition_is_asked_keep_the_line(engine: Engine, asked: str, lang: str) -> None:
    assert CONDITION[lang] in engine.ask(asked).text.split("\n", 1)[0]


def test_moving_leads_with_the_home_visit_answer(engine: Engine) -> None:
    assert engine.ask("我准备搬家，他们会去老家找我吗").lead == engine.ask("他们会去老家找我吗").lead


def test_one_travel_line_not_two(engine: Engine) -> None:
    text = engine.ask("如果我出国，会不会被限制出境").text
    assert text.count("没有谈到") == 1 and "出行受限" in text.split("\n", 1)[0], text


@pytest.mark.parametrize("message, concerns", [
    ("借呗逾期了，我去学校接孩子会被堵吗", []),                      # the child's school, no studies
    ("借呗逾期了，催收会去学校找我孩子吗", ["school_or_vetting"]),   # a fear for the child
    ("我是老师，借呗逾期会被学校知道吗", ["wages_employer"]),        # the school employs them
    ("I work at a school, will Jiebei call my school?", ["wages_employer"]),
    ("My grandma's pension, can they take it for my Jiebei?", ["pension"]),
    ("I plan to leave China for good, will jiebei stop me?", ["travel_ban"]),
    ("I plan to move abroad, can they stop me at the airport?", ["travel_ban"]),
    # twins
    ("我是大学生，借呗逾期会通知学校吗", ["studies"]),
    ("I am a student, will Jiebei call my school?", ["studies"]),
    ("I am leaving China next week, how do I repay Jiebei?", []),
    ("借呗逾期会影响我孩子上学吗", ["school_or_vetting"]),
])
def test_schools_pensions_and_leaving_read_right(message: str, concerns: list[str]) -> None:
    assert [c for c, _ in find_concerns(simplified(message))] == concerns, message


# ans11: the lenders a conversation was told of (ConversationState.products), and which number to
# call; each case beside a twin that must not change.
def _conversation(engine: Engine, *messages: str) -> Reply:
    session = engine.session()
    for message in messages[:-1]:
        session.ask(message)
    return session.ask(messages[-1])


@pytest.mark.parametrize("told, others, name", [
    ("借呗和花呗都逾期了", "其他几家呢", "花呗"),
    ("借呗和花呗都逾期了", "what about the others?", "Huabei"),
    ("借呗和花呗都逾期了，会上门吗", "那其他平台呢", "花呗"),
    ("I owe jiebei and huabei, will they sue me?", "what about the other lenders?", "Huabei"),
])
def test_the_other_lender_told_is_the_one_answered_with_95188(engine: Engine, told: str, others: str, name: str) -> None:
    reply = _conversation(engine, told, others)
    assert reply.slots["product"].value == "huabei" and name in reply.lead, reply.text
    assert "95188" in reply.text and ("非文章内容" in reply.text or "not from the article" in reply.text), reply.text


def test_another_lender_told_gets_its_own_service_and_no_number(engine: Engine) -> None:
    reply = _conversation(engine, "借呗和白条都逾期了", "其他几家呢")
    assert "京东白条" in reply.lead and "95188" not in reply.text and "官方客服" in reply.text, reply.text


@pytest.mark.parametrize("asked, others, words", [
    ("借呗逾期了会上门吗", "其他几家呢", ("没有说过还欠别的哪几家", "借呗")),
    ("借呗会上门吗", "其他几家呢", ("没有说过还欠别的哪几家", "借呗")),
    ("will jiebei visit my home?", "what about the others?", ("haven't told me", "Jiebei")),
    ("白条逾期会上门吗", "其他几家呢", ("没有说过还欠别的哪几家", "借呗")),  # the one told is the one answered
])
def test_no_answer_for_lenders_never_named(engine: Engine, asked: str, others: str, words: tuple[str, ...]) -> None:
    reply = _conversation(engine, asked, others)
    assert words[0] in reply.lead and words[1] in reply.text and "95188" not in reply.text, reply.text
    for invented in ("花呗", "网贷", "微粒贷", "Huabei", "online loan"):
        assert invented not in reply.text, reply.text


@pytest.mark.parametrize("messages, topic, product", [
    (("借呗会上门吗", "花呗呢"), "home_visit", "huabei"),             # a lender named: as before
    (("其他几家都同意延期了，借呗能延期吗",), "negotiate", "jiebei"),   # beside 借呗: no product (ans10)
    (("借呗和花呗都逾期了", "详细点"), "collection_process", "jiebei"),  # told, not asked about
])
def test_twins_where_no_other_lenders_are_asked_about(engine: Engine, messages: tuple[str, ...], topic: str,
                                                      product: str) -> None:
    reply = _conversation(engine, *messages)
    assert reply.topic == topic and reply.slots["product"].value == product and "95188" in reply.text, reply.text


@pytest.mark.parametrize("messages", [
    ("我该打哪个电话",), ("which number should i call",),
    ("借呗逾期了会上门吗", "我该打哪个电话"), ("花呗逾期了会上门吗", "which number should i call"),
    ("借呗和花呗都逾期了", "其他几家呢", "我该打哪个电话"),
])
def test_which_number_for_jiebei_or_huabei_is_95188_marked(engine: Engine, messages: tuple[str, ...]) -> None:
    reply = _conversation(engine, *messages)
    line = next(line for line in reply.text.split("\n") if "95188" in line)
    assert "非文章内容" in line or "not from the article" in line, reply.text


@pytest.mark.parametrize("messages, service", [
    (("微粒贷逾期了会上门吗", "我该打哪个电话"), "微粒贷的官方客服"),
    (("微粒贷逾期会起诉吗", "which number should i call"), "Weilidai's official customer service"),
    (("借呗和白条都逾期了", "其他几家呢", "我该打哪个电话"), "京东白条的官方客服"),
])
def test_which_number_after_another_lender_is_its_own_service(engine: Engine, messages: tuple[str, ...], service: str) -> None:
    reply = _conversation(engine, *messages)
    assert service in reply.text and "95188" not in reply.text, reply.text
    assert not any(ch.isdigit() for line in reply.text.split("\n") if service in line for ch in line), reply.text


# ans12 (review28 items 7, 8): several other lenders are answered one line each, as named, with
# whom to ask (花呗 95188 marked, any other its own service and no number, 借呗 never "not
# covered"); that reply does not stick; a lender said to be paid is neither owed nor asked about.
def _lines(reply: Reply, name: str) -> list[str]:
    return [line for line in reply.text.split("\n") if name in line]


@pytest.mark.parametrize("messages, named", [
    (("花呗逾期会上门吗", "借呗和信用卡也逾期了，会起诉吗", "其他几家呢"), ("花呗", "信用卡")),
    (("借呗、花呗和白条都逾期了，会上门吗", "其他几家呢"), ("花呗", "京东白条")),
    (("我有花呗、美团、信用卡，都逾期了，信用卡会上征信吗", "其他几家呢"), ("花呗", "美团")),
    (("Huabei is late, will they visit my home?", "Jiebei and my credit card are late too. will they sue?",
      "what about the others?"), ("Huabei", "credit card")),
])
def test_several_other_lenders_each_get_whom_to_ask(engine: Engine, messages: tuple[str, ...], named: tuple[str, ...]) -> None:
    reply = _conversation(engine, *messages)
    for name in named:
        line = next(line for line in reply.text.split("\n") if line.startswith("- ") and name.lower() in line.lower())
        if name in ("花呗", "Huabei"):
            assert "95188" in line and ("非文章内容" in line or "not from the article" in line), reply.text
        else:
            assert not any(ch.isdigit() for ch in line) and ("官方客服" in line or "official" in line), reply.text
    for never_named in ("美团月付", "网贷", "online loan", "放款平台"):
        assert never_named not in reply.text, reply.text


def test_jiebei_is_never_among_the_others_the_article_does_not_cover(engine: Engine) -> None:
    reply = _conversation(engine, "我在花呗、信用卡、京东白条都有欠款，借呗逾期会联系家人吗", "其他几家呢")
    assert all("没有单独讲" not in line and "没有讲" not in line for line in _lines(reply, "借呗")), reply.text
    assert _lines(reply, "- 信用卡") and _lines(reply, "- 京东白条"), reply.text


@pytest.mark.parametrize("messages, product", [
    (("花呗逾期会上门吗", "借呗和信用卡也逾期了，会起诉吗", "其他几家呢", "会上门吗"), "jiebei"),
    (("借呗、花呗和白条都逾期了，会上门吗", "what about the others?", "will they sue?"), "jiebei"),
    (("借呗和花呗都逾期了", "其他几家呢", "会上门吗"), "huabei"),  # twin: one other is "花呗呢" (ans11), as before
])
def test_the_others_reply_does_not_stick(engine: Engine, messages: tuple[str, ...], product: str) -> None:
    reply = _conversation(engine, *messages)
    assert reply.slots["product"].value == product and "、" not in reply.lead and "95188" in reply.text, reply.text


@pytest.mark.parametrize("asked", [
    "花呗已经还清了，借呗逾期了会上征信吗",
    "I paid off my credit card last week, but Jiebei is 30 days late. will they sue?",
])
def test_a_lender_said_paid_is_not_the_one_asked_about(engine: Engine, asked: str) -> None:
    reply = engine.ask(asked)
    assert reply.slots["product"].value == "jiebei" and "95188" in reply.text, reply.text
    assert not any(word in reply.lead for word in ("花呗", "credit card", "card issuer")), reply.text


@pytest.mark.parametrize("asked, product", [
    ("花呗逾期了，会上门吗", "huabei"),                  # twin: nothing paid
    ("借呗还清了还能借吗", "jiebei"),                     # twin: the only one named is paid
    ("my credit card is overdue, will they sue?", "credit_card"),
])
def test_twins_where_no_other_lender_is_paid(engine: Engine, asked: str, product: str) -> None:
    assert engine.ask(asked).slots["product"].value == product


@pytest.mark.parametrize("message, product", [
    # another lender named first, 借呗 alone in the clause that asks: the answer is on 借呗
    ("我在花呗、信用卡、京东白条都有欠款，借呗逾期会联系家人吗", "jiebei"),
    ("花呗和借呗都逾期了，借呗会起诉吗", "jiebei"),
    # twins: the asking clause names no 借呗, or 花呗 is what is late
    ("借呗没逾期，是花呗逾期了三天，会上征信吗", "huabei"),
    ("花呗逾期了，借呗还能用吗", "huabei"),
    # (both late, neither asked alone: 借呗, naming 花呗 as also owed; truth2 F found 借呗 dropped when 花呗 led)
    ("花呗和借呗都逾期了，会起诉吗", "jiebei"),
])
def test_jiebei_alone_in_the_asking_clause_is_the_product(engine: Engine, message: str, product: str) -> None:
    slot = engine.ask(message).slots.get("product")
    assert slot is not None and slot.value == product


# safe20 (review29): a crisis or abuse reply opens with its help (110, 12356), whatever product or details the
# message names; the note on the product or the details follows it, not above it.
@pytest.mark.parametrize("message, number, note", [
    ("我欠了好几家网贷，催收威胁要杀我全家", "110", "文章讲的是借呗"),
    ("花呗逾期了，催收骂我，还说要打断我的腿", "110", "文章讲的是借呗"),
    ("网贷逾期30天，催收威胁要杀我全家，会上门吗", "110", "逾期30天"),
    ("my online loan is 30 days late and the collector threatened to kill me", "110", "The article is about Jiebei"),
    ("我欠了好几家网贷，不想活了", "12356", ""),
    ("网贷逾期了会上门吗，我不想活了", "12356", "文章讲的是借呗"),
])
def test_a_safety_reply_opens_with_its_help_above_the_product_note(engine: Engine, message: str, number: str,
                                                                   note: str) -> None:
    first, _, rest = engine.ask(message).text.partition("\n")
    assert number in first and note in rest, (first, rest)
