"""bot.routing_told and truth2's audit (s14, ans17): a borrower talking about their own loan declined, 12356 or 95188 where
nothing called for them, details dropped. Each family is tested on both sides: the cases fixed and
look-alikes that must not change."""

import pytest

from bot.language_switch import language_request

DECLINE = ("I can't help with that one here", "这个问题我在这里帮不上忙")


def _topics(engine, question: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(engine.ask(question).topics)


def _declined(text: str) -> bool:
    return text.startswith(DECLINE)


# A. Details told alone are where the borrower stands: what happens now, never a decline.
@pytest.mark.parametrize("message", [
    "I'm 20 days late, 6000 yuan", "I'm 20 days overdue, 6000 yuan", "大概三十天，欠八千",
    "Im 3 months late, owing 9000", "逾期两个月，欠一万五",
])
def test_details_told_alone_get_what_happens_now(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(message)
    assert reply.topics[0] == "collection_process" and reply.rule == "bare_overdue"
    assert not _declined(reply.text)


@pytest.mark.parametrize("message", [
    "欠八千，怎么算利息", "I'm 20 days late, 6000 yuan, will they sue me?", "借了三个月，一共八千",
    "3 days, 6000 yuan, how much interest is that",
])
def test_details_beside_anything_else_are_not_bare(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(message).rule != "bare_overdue"


def test_details_added_in_a_conversation_update_it(engine) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()
    session.ask("I'm late on Jiebei")
    added = session.ask("about 20 days, 6000 yuan")
    assert not _declined(added.text) and "20 days" in added.text and "6,000" in added.text
    session.ask("will they sue me?")
    assert session.to_dict()["slots"]["days"]["value"] == 20
    assert session.to_dict()["slots"]["amount"]["value"] == 6000


def test_a_bare_duration_and_sum_alone_stay_unread(engine) -> None:  # type: ignore[no-untyped-def]
    # alone, "about 20 days, 6000 yuan" says nothing is late: only a conversation about a late loan reads it
    assert engine.ask("about 20 days, 6000 yuan").rule != "bare_overdue"


# A.1 Whether it will be okay, asked beside the loan: the worry reply (12356 in it), not a decline.
def test_reassurance_asked_beside_the_loan_gets_the_worry_reply(engine) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask("Please tell me honestly, is everything going to be okay? I'm 50 days late on 25000.")
    assert reply.topics == ("worry",) and "12356" in reply.text and not _declined(reply.text)
    assert engine.ask("借呗逾期两个月了，一切会好起来吗").topics == ("worry",)


@pytest.mark.parametrize("message", ["晚还一天没事吧", "will it be ok if I pay tomorrow, I'm 1 day late",
                                     "is everything going to be okay? will they sue me? I am 50 days late"])
def test_whether_a_lateness_matters_is_no_plea_for_reassurance(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert "worry" not in _topics(engine, message)


# A.3 Asking for the other language in any usual words.
@pytest.mark.parametrize("message, lang", [
    ("tell me in English", "en"), ("tell me in Chinese", "zh"), ("translate that into English", "en"),
    ("can you tell me in English?", "en"), ("say it in chinese", "zh"),
])
def test_language_asked_in_other_words(message: str, lang: str) -> None:
    assert language_request(message) == (lang, "")


@pytest.mark.parametrize("message", ["tell me about English lessons", "tell me more", "tell me"])
def test_tell_me_without_a_language_is_no_switch(message: str) -> None:
    assert language_request(message) is None


@pytest.mark.parametrize("turns, lang", [
    (["借呗逾期会起诉吗", "tell me in English"], "en"), (["Will they sue me?", "tell me in Chinese"], "zh"),
])
def test_a_language_switch_answers_the_last_question_again(engine, turns: list[str], lang: str) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()
    session.ask(turns[0])
    reply = session.ask(turns[1])
    assert reply.topics == ("lawsuit",) and reply.lang == lang


# A.4 A waiver of late charges, borrowing elsewhere to repay: the borrower's terms, not a decline.
@pytest.mark.parametrize("message", [
    "Can I get an interest waiver if I pay in full today?", "罚息能不能减免", "can they reduce the late fees?",
    "我能借别的网贷来还借呗吗", "可以借新还旧吗", "can I borrow from another app to pay jiebei?",
])
def test_terms_asked_are_negotiate(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert _topics(engine, message)[0] == "negotiate"


@pytest.mark.parametrize("message", [
    "多久免利息", "分期后提前还款利息有减免吗？", "有没有免利息优惠卷", "is there an interest-free period",
    "can I get a discount if I repay early?", "还款金额多了，利息会相应减少吧",
])
def test_promotions_and_early_repayment_stay_billing(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert _topics(engine, message) == ("out_of_scope",)


# A.5 The lender's number asked for: 95188 first, said as not from the article.
@pytest.mark.parametrize("message, first", [
    ("What number do I call for Jiebei?", "95188 is Alipay's official customer service line"),
    ("借呗电话是多少", "95188 是支付宝的官方客服电话"), ("how do I contact alipay customer service", "95188"),
    ("网商贷客服电话是多少", "95188 是支付宝的官方客服电话，这里只把它用在借呗、花呗上；网商贷的事"),
])
def test_the_number_asked_for_comes_first(engine, message: str, first: str) -> None:  # type: ignore[no-untyped-def]
    text = engine.ask(message).text
    assert text.startswith(first) and ("not from the article" in text.split("\n")[0] or "不是出自文章" in text.split("\n")[0])


@pytest.mark.parametrize("message", ["电话是多少", "你的电话是多少"])
def test_a_number_asked_of_no_lender_is_not_95188s(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert not engine.ask(message).text.startswith("95188")


# E. 12356 only where the message shows distress: a loan question alone does not.
@pytest.mark.parametrize("message", [
    "Will all of them sue me?", "Will my kids be unable to go to university because I'm overdue on Jiebei?",
    "Will they send a letter to my village committee and tell everyone?",
    "If they sue me will I get a criminal record and will my kids be affected?",
    "信用卡和借呗一起逾期了两个月，会坐牢吗，会不会连累家人", "I owe money to several lenders. Will they all sue me?",
    "I owe money to 5 different online lenders, about 50k total. Will all of them sue me?",
])
def test_a_loan_question_alone_gets_no_check_in(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(message)
    assert "12356" not in reply.text and "crisis" not in reply.topics


def test_stopping_them_as_a_follow_up_gets_no_check_in(engine) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()
    session.ask("Collectors keep calling me about my jiebei")
    assert "12356" not in session.ask("can I stop them?").text


@pytest.mark.parametrize("message", [
    "我连累了家人", "Will they sue me? I can't sleep at night", "I'm overdue and I feel hopeless, will they sue me?",
    "借呗逾期了，好想哭，会不会连累家人", "If they sue me I don't want to live anymore, will my kids be affected?",
])
def test_distress_beside_a_loan_question_keeps_12356(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert "12356" in engine.ask(message).text


@pytest.mark.parametrize("message", ["I wrote letters to my kids", "I wrote a letter for my mum, tonight is the night"])
def test_a_farewell_letter_is_still_read(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert "12356" in engine.ask(message).text


# F. The sum beside the days is kept.
@pytest.mark.parametrize("message, amount", [
    ("Will they sue me? I'm 25 days late on 12000", "12,000"), ("im 1 year overdue 60000", "60,000"),
    ("Will they sue me and freeze my account? 60 days late, 30000.", "30,000"),
    ("Im 3 months late on jiebei owing 9000", "9,000"),
])
def test_the_sum_beside_the_days_is_echoed(engine, message: str, amount: str) -> None:  # type: ignore[no-untyped-def]
    assert amount in engine.ask(message).text.split("\n", 1)[0]


@pytest.mark.parametrize("message", ["I am late by 300 days", "I was late in 2023, will it show?", "late on 3 payments"])
def test_no_sum_is_read_from_days_years_or_counts(message: str) -> None:
    from bot.slots import extract_slots
    assert "amount" not in extract_slots(message)


# D. 95188 is Alipay's: lenders told of with no Alipay product get their own service.
@pytest.mark.parametrize("message", [
    "I owe money to 5 different online lenders, about 50k total. Will all of them sue me?",
    "I borrowed from 3 apps and can't pay any, 15 days late. Will they call my family?",
    "I owe money to several lenders. Will they all sue me?",
])
def test_several_unnamed_lenders_get_their_own_service(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    text = engine.ask(message).text
    assert "95188" not in text and "official customer service" in text


@pytest.mark.parametrize("message", [
    "Will they sue me?", "I owe jiebei and several lenders, will jiebei sue me?",
    "My jiebei is late and I owe 3 lenders, will jiebei sue me",
])
def test_jiebei_named_or_nothing_named_keeps_95188(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert "95188" in engine.ask(message).text


@pytest.mark.parametrize("message", ["花呗借呗都逾期了，一共欠5万", "花呗和借呗一起逾期了，会起诉吗"])
def test_huabei_and_jiebei_both_late_names_both(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    text = engine.ask(message).text
    assert "你还提到花呗" in text and not text.startswith("你问的是花呗")


@pytest.mark.parametrize("message", ["花呗借呗都逾期了，花呗会上门吗", "花呗逾期了会起诉吗", "花呗逾期了，借呗还能用吗",
                                     "花呗逾期借呗也被冻结", "花呗逾期了，我想一起协商，花呗跟借呗是一个体系吗"])
def test_huabei_asked_stays_huabei(engine, message: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(message).text.startswith("你问的是花呗")


def test_another_lenders_figures_are_not_carried_to_huabei(engine) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()
    for turn in ("I am 60 days late on jiebei, owe 30000. Will they visit me?", "will they sue?", "what about Huabei?",
                 "will my credit be hurt?"):
        reply = session.ask(turn)
    assert "60 days" not in reply.text and "30,000" not in reply.text
    assert set(session.to_dict()["slots"]) == {"product"}


def test_figures_told_with_no_lender_named_stay_with_huabei(engine) -> None:  # type: ignore[no-untyped-def]
    session = engine.session()
    for turn in ("逾期两个月，欠三万，会上门吗", "花呗呢", "会起诉吗"):
        session.ask(turn)
    assert session.to_dict()["slots"]["days"]["value"] == 60


# What to do asked beside the details alone ("I'm 30 days late, what can I do": declined; ans19's note):
# what happens now, led by how to respond. Not another matter's lateness, nor "what can I do?" alone.
@pytest.mark.parametrize("question", ["I'm 30 days late, what can I do", "I'm 30 days late, what can I do?",
                                      "逾期30天，欠5000，怎么办？", "30 days late what now"])
def test_details_with_what_to_do_are_where_the_borrower_stands(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.ask(question)
    assert reply.topics == ("collection_process",) and not _declined(reply.text), reply.topics


@pytest.mark.parametrize("question", ["I'm 30 days late on rent, what can I do?", "what can I do?"])
def test_what_to_do_about_another_matter_or_alone_is_no_statement(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert engine.ask(question).rule != "bare_overdue"
