"""Answers mended after probe13 (docs/answers_probe13.md): each case beside a twin that must not change.

Another lender's name gets that lender's own service, never 95188; a stated debt is weighed in the
home-visit answer; a grace period, a score's floor and the day a loan reaches the credit report
are answered first by what the article does and does not say.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.figures import asked_figure, shows_figure
from bot.products import ALIPAY_PRODUCTS, PRODUCT_NAMES, PRODUCTS
from bot.text import simplified


@pytest.mark.parametrize("message, lender", [
    ("拍拍贷逾期会被拘留吗", "拍拍贷"),
    ("安逸花逾期还能分期吗", "安逸花"),
    ("捷信逾期会上门吗", "捷信"),
    ("my yirendai loan is late, can they sue me?", "Yirendai"),
    ("捷信逾期会起诉吗", "捷信"),
])
def test_another_lenders_name_gets_its_own_service_not_95188(engine: Engine, message: str, lender: str) -> None:
    reply = engine.ask(message)
    assert "95188" not in reply.text, reply.text
    assert f"{lender}的官方客服" in reply.text or f"{lender}'s official customer service" in reply.text


@pytest.mark.parametrize("twin", ["花呗逾期还能分期吗", "借呗逾期会被拘留吗"])
def test_alipays_own_products_still_get_95188(engine: Engine, twin: str) -> None:
    assert "95188" in engine.ask(twin).text


def test_new_lender_names_are_not_words_of_a_sentence(engine: Engine) -> None:
    # Names left out on purpose (还呗, 省呗, 拿去花 are words too): "先还呗" names no lender.
    assert "product" not in engine.ask("没钱就先还呗，逾期会上门吗").slots
    assert engine.ask("我本来分期了花呗，逾期会上征信吗").slots["product"].value == "huabei"  # 本来 + 分期
    assert engine.ask("来分期逾期会上征信吗").slots["product"].value == "laifenqi"
    assert "product" not in engine.ask("Will they come to my home? Credit score drop too?").slots
    assert all(product in PRODUCT_NAMES for product, _ in PRODUCTS)
    assert ALIPAY_PRODUCTS == {"jiebei", "huabei"}


@pytest.mark.parametrize("message, told", [
    ("借呗欠了二十万，逾期半年，会不会派人去我户籍地", "判断不了逾期半年、欠款200000元的情况"),
    ("借呗才欠800块，会上门吗", "判断不了欠款800元的情况"),
    ("Jiebei overdue 6 months, 50000 yuan, will they send someone to my hometown?",
     "can't place 6 months overdue and owing 50,000 yuan"),
])
def test_a_stated_debt_is_weighed_in_the_home_visit_answer(engine: Engine, message: str, told: str) -> None:
    reply = engine.ask(message)
    assert told in reply.text, reply.text
    assert "“金额特别巨大”" in reply.text or "what counts as a very large debt" in reply.text


@pytest.mark.parametrize("twin, kept", [
    # (the workplace is said only when it was asked: answer171)
    ("借呗逾期两个月会上门吗", "判断不了逾期两个月的情况。"),
    ("借呗逾期会上门吗", "文章没说逾期多久、欠多少会有人上门。"),
    ("will jiebei visit my home", "It sets no point in days or money for a visit."),
])
def test_home_visit_answers_without_a_debt_stated_are_unchanged(engine: Engine, twin: str, kept: str) -> None:
    reply = engine.ask(twin)
    assert kept in reply.text and "金额特别巨大”，" not in reply.text and "very large debt," not in reply.text


@pytest.mark.parametrize("asked, lead", [
    ("借呗有宽限期吗", "你问的宽限期，文章没有提到"),
    ("Does Jiebei have a grace period?", "The article names no grace period"),
])
def test_a_grace_period_asked_is_answered_first(engine: Engine, asked: str, lead: str) -> None:
    reply = engine.ask(asked)
    assert reply.lead.startswith(lead), reply.text
    assert "立即" in reply.lead or "at once" in reply.lead
    # said once: the advice that follows no longer says it again
    assert reply.text.count("宽限期") + reply.text.count("grace period") == 1, reply.text


@pytest.mark.parametrize("twin", ["借呗能分期吗", "Can I ask Jiebei for an extension?", "能不能给我宽限几天"])
def test_negotiation_without_a_grace_period_asked_keeps_its_lead(engine: Engine, twin: str) -> None:
    lead = engine.ask(twin).lead
    assert lead.startswith(("文章的建议是", "The article's advice")), lead


def test_a_grace_period_gets_no_line_where_the_lead_says_at_once() -> None:
    # collection_process and credit_report lead with "at once": a line would only repeat them
    assert asked_figure(simplified("借呗有没有宽限期")) == ("grace", "")
    assert asked_figure(simplified("能不能给我宽限几天")) is None  # asking for time, not whether one exists
    # a grace period as the time a question is set in, not what it asks
    assert asked_figure(simplified("宽限期过了会不会起诉")) is None
    assert asked_figure(simplified("what happens after the grace period ends, will they sue?")) is None
    assert asked_figure(simplified("借呗逾期宽限期有没有三天")) == ("grace", "")
    assert not shows_figure("grace", "collection_process") and not shows_figure("grace", "credit_report")
    assert shows_figure("grace", "negotiate")


def test_a_scores_floor_asked_is_a_figure_the_article_never_gives(engine: Engine) -> None:
    assert engine.ask("借呗逾期了芝麻分会降到多少").lead.startswith("你问的分数会降多少，文章没有给出具体数字")
    assert "你问的分数" not in engine.ask("借呗逾期了芝麻分会降吗").text


@pytest.mark.parametrize("asked, lead", [
    ("借呗逾期几天上征信", "你问的逾期几天会上征信，文章没有给出天数"),
    ("How many days before it goes on my credit report?", "The article gives no day on which a late loan reaches"),
])
def test_the_day_a_loan_reaches_the_credit_report_is_answered_first(engine: Engine, asked: str, lead: str) -> None:
    reply = engine.ask(asked)
    assert reply.lead.startswith(lead), reply.text
    assert "芝麻信用" in reply.text or "Sesame Credit" in reply.text  # what the article does say follows


@pytest.mark.parametrize("twin", ["逾期几天会扣芝麻分", "借呗逾期会上征信吗", "Will it go on my credit report?"])
def test_sesame_and_whether_questions_keep_the_credit_lead(engine: Engine, twin: str) -> None:
    lead = engine.ask(twin).lead
    assert lead.startswith(("按文章的说法", "The article says Jiebei reports")), lead


@pytest.mark.parametrize("asked, lead", [
    ("借呗逾期了一定会被起诉吗", "你问的是不是一定会：文章没有这么说"),
    ("借呗逾期肯定会上门吗", "你问的是不是一定会：文章没有这么说"),
    ("Will they definitely sue me?", "Is it certain? The article never says so"),
])
def test_whether_a_lawsuit_or_visit_is_certain_is_answered_first(engine: Engine, asked: str, lead: str) -> None:
    assert engine.ask(asked).lead.startswith(lead)


@pytest.mark.parametrize("twin", ["借呗逾期会被起诉吗", "我一定会还的，会被起诉吗", "I will definitely pay, will they sue?",
                                  "他们说一定会去我老家", "逾期了一定会上征信吗"])
def test_no_certainty_line_where_none_is_asked_or_the_article_is_certain(engine: Engine, twin: str) -> None:
    text = engine.ask(twin).text
    assert "你问的是不是一定会" not in text and "Is it certain?" not in text, text


def test_a_certainty_asked_after_a_lawsuit_answer_is_answered_first(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期会起诉吗")
    assert session.ask("一定会吗").lead.startswith("你问的是不是一定会")


def test_how_long_until_a_hearing_is_a_figure_the_article_never_gives(engine: Engine) -> None:
    assert engine.ask("借呗逾期被起诉后多久开庭").lead.startswith("你问的天数、金额或时长的界线，文章没有给出具体数字")
    assert "文章没有给出具体数字" not in engine.ask("借呗逾期被起诉后会开庭吗").text


# review31: everyday words read as lenders (the reply then sent the borrower to that lender, not 95188).
@pytest.mark.parametrize("message", ["看来分期是唯一的办法了，借呗能分期吗", "我想来分期还借呗，可以吗", "你们能不能让我来分期还款",
                                     "再来分期一次借呗行不行", "我来分期还吧，逾期三天会上征信吗", "以前日子太安逸花钱没数，借呗逾期了",
                                     "一时任性付款买了手机，借呗逾期了"])
def test_words_that_run_into_a_lenders_name_name_no_lender(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.slots.get("product") is None or reply.slots["product"].value == "jiebei"
    assert "95188" in reply.text


@pytest.mark.parametrize("message, lender", [("借呗和来分期都逾期了", "laifenqi"), ("欠了来分期三千，会起诉吗", "laifenqi"),
                                             ("任性付逾期会怎样", "suning"), ("安逸花逾期还能分期吗", "anyihua"),
                                             # review32: the guards above dropped these real lenders
                                             ("我在来分期借了3000逾期了，会上门吗", "laifenqi"), ("我的来分期逾期了", "laifenqi"),
                                             ("欠了安逸花钱会上门吗", "anyihua"), ("安逸花了三千逾期了", "anyihua"),
                                             ("我欠任性付钱", "suning")])
def test_the_lenders_named_as_lenders_still_count(engine: Engine, message: str, lender: str) -> None:
    from bot.products import products_named
    from bot.text import normalize

    assert lender in products_named(normalize(message))


# review31: a certainty or a grace period nobody asked about led the answer.
@pytest.mark.parametrize("message", ["我肯定来不及还了，会被起诉吗", "我一定要告诉家里人吗，借呗逾期会不会上门",
                                     "Can I pay a certain amount to avoid being sued over jiebei?",
                                     "is there a certain day jiebei sues after?",
                                     "will jiebei definitely report me to sesame credit, and can they sue?",
                                     "客服说有3天宽限期，过了会不会被起诉"])
def test_no_certainty_or_grace_line_where_none_was_asked(engine: Engine, message: str) -> None:
    text = engine.ask(message).text
    assert "不是一定会" not in text and "Is it certain" not in text and "宽限期，文章没有提到" not in text


@pytest.mark.parametrize("message", ["一定会被起诉吗", "肯定会上门吗", "will they definitely sue", "will they sue me for sure",
                                     # review32: lost by the narrowing above
                                     "一定会来我老家吗", "are they certain to sue me?", "is a lawsuit certain?",
                                     "will they definitely take legal action?"])
def test_certainty_asked_still_gets_its_line(engine: Engine, message: str) -> None:
    text = engine.ask(message).text
    assert "不是一定会" in text or "Is it certain" in text


@pytest.mark.parametrize("message", ["借呗有几天宽限期，过了会被起诉吗", "有宽限期的吧？", "借呗有宽限期吗"])
def test_a_grace_period_asked_still_gets_its_line(engine: Engine, message: str) -> None:
    assert asked_figure(simplified(message)) is not None and asked_figure(simplified(message))[0] == "grace"


def test_a_certainty_asked_of_them_coming_is_read(engine: Engine) -> None:
    # (alone it names no topic; after a home-visit answer it is the follow-up "肯定会来吧")
    assert asked_figure(simplified("他们肯定会来吧"))[0] == "certain"


# review33: the guards above read real lenders as words, and 任性付 before 了 as the lender.
@pytest.mark.parametrize("message, lender", [("欠了好多安逸花的钱还不上", "anyihua"), ("我欠了很多安逸花，会上门吗", "anyihua")])
def test_owing_much_to_a_lender_keeps_the_lender(engine: Engine, message: str, lender: str) -> None:
    assert engine.ask(message).slots["product"].value == lender


@pytest.mark.parametrize("message", ["任性付了房租，网贷还不上会起诉吗", "一时任性付钱买了手机，现在还不上了会怎样", "太任性付了钱，现在信用卡还不上会上门吗"])
def test_wilful_paying_is_no_lender(engine: Engine, message: str) -> None:
    product = engine.ask(message).slots.get("product")
    assert product is None or product.value != "suning"
