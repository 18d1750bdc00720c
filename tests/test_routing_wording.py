"""Round 11 (cls12) wording rules, each beside the other side it must leave alone (bot.routing_wording)."""

import pytest

from bot import Engine, Session
from bot.figures import asked_figure
from bot.text import simplified


@pytest.mark.parametrize("text, topic", [
    # being blacklisted is the uncovered fear; blocking the collectors is going dark
    ("会被拉黑吗", "uncovered_consequences"), ("逾期半年了，会被拉黑吗", "uncovered_consequences"),
    ("借呗会把我拉黑吗", "uncovered_consequences"),
    ("把催收的电话拉黑会怎样", "going_dark"), ("拉黑催收号码有用吗", "going_dark"),
    ("借呗逾期之后是不是被拉黑了再也借不了", "after_repayment"),
    # a fear for one's child; the borrower's own credit and calls to a child keep their topics
    ("我女儿三岁 借呗逾期会影响她吗", "uncovered_consequences"), ("我儿子才五岁 花呗逾期对他有影响吗", "uncovered_consequences"),
    ("my daughter is 3, will my overdue jiebei affect her?", "uncovered_consequences"),
    ("孩子在上学 借呗逾期会影响我征信吗", "credit_report"), ("孩子生病花了钱 借呗还不上 怎么办", "negotiate"),
    # which debt first: the can't-pay question; how one repayment is split is billing
    ("好几个平台都逾期了 先还哪个", "negotiate"), ("several lenders overdue, which should I repay first", "negotiate"),
    ("借呗和信用卡都逾期了 先还哪个好", "negotiate"), ("借呗先还本金还是先还利息", "out_of_scope"),
    # a bare statement of a late, unpaid loan asks what happens next
    ("花呗逾期没还", "collection_process"), ("花呗逾期一个月了还没还", "collection_process"),
    ("huabei overdue, not paid yet", "collection_process"), ("huabei not repaid", "collection_process"),
    ("my huabei is overdue and unpaid", "collection_process"),
    # too little to answer alone
    ("How long?", "out_of_scope"), ("多久", "out_of_scope"),
    # billing mechanics with nothing late; the same words when late keep the loan topic
    ("借呗提前还有违约金吗", "out_of_scope"), ("is there a fee for early repayment", "out_of_scope"),
    ("I was charged twice this month", "out_of_scope"), ("How do I increase my Jiebei credit limit?", "out_of_scope"),
    ("逾期了提前还款有罚息吗", "penalty_costs"), ("逾期后额度还能提高吗", "after_repayment"),
    # someone else's call is declined whatever the words lean to; a lender's call is not
    ("the doctor will call me tomorrow or not", "out_of_scope"), ("will jiebei call me", "collection_process"),
])
def test_round11_wording(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


@pytest.mark.parametrize("first, again", [("借呗逾期会上门吗", "How long?"), ("借呗逾期了还清多久能再借", "多久")])
def test_how_long_after_an_answer_still_continues_it(engine: Engine, first: str, again: str) -> None:
    session = Session(engine)
    topic = session.ask(first).topic
    assert session.ask(again).topic == topic != "out_of_scope"



@pytest.mark.parametrize("message, first", [
    ("I owe Jiebei, Huabei and a bank credit card. Which should I pay first?", "negotiate"),
    ("我借呗、花呗、信用卡都逾期了，先还哪个", "negotiate"),
    ("我借呗逾期了会上门吗？另外先还哪个", "negotiate"),
])
def test_which_first_leads_with_negotiate(engine: Engine, message: str, first: str) -> None:
    assert engine.ask(message).topics[0] == first


@pytest.mark.parametrize("message, also", [
    # a second question in the same sentence keeps its own answer (review28)
    ("先还信用卡还是借呗，哪个会起诉我", "lawsuit"),
    ("我借呗逾期了会上门吗？另外先还哪个", "home_visit"),
])
def test_which_first_keeps_a_second_question(engine: Engine, message: str, also: str) -> None:
    assert also in engine.ask(message).topics


@pytest.mark.parametrize("message", ["先还借呗还是先还信用卡？", "先还信用卡还是借呗，哪个会起诉我",
                                     "借呗还是信用卡先还呢？", "which first, jiebei or credit card?"])
def test_one_or_the_other_first_is_a_ranking_the_article_never_gives(message: str) -> None:
    assert asked_figure(simplified(message)) == ("priority", "")


@pytest.mark.parametrize("message", ["还是先问问客服吧", "我还是想先还借呗", "先还了借呗，还是很担心"])
def test_a_plain_还是_is_no_ranking(message: str) -> None:
    assert asked_figure(simplified(message)) != ("priority", "")


@pytest.mark.parametrize("message", [
    # review29: a payment made, or a plain 还是 ("still"), is no ranking
    "先还借呗,还是会被起诉吗", "我想先还借呗，还是会上门吗", "我还是想先还，会被起诉吗",
    "我先还了花呗，借呗还是逾期了，会上门吗", "我先还了信用卡，还是借呗逾期，会联系家人吗",
    "先还了一部分，还是会上征信吗", "which one first do they do, call family or sue?",
])
def test_no_ranking_where_none_is_asked(message: str) -> None:
    assert asked_figure(simplified(message)) != ("priority", "")


@pytest.mark.parametrize("message, topic", [
    ("先还了一点还是被起诉了吗", "lawsuit"), ("先还清借呗还是会被起诉吗", "lawsuit"),
    ("借呗还是信用卡先还？", "negotiate"), ("借唄還是信用卡先還？", "negotiate"),
    ("Should I repay jiebei or my credit card first?", "negotiate"),
    ("which first, jiebei or credit card?", "negotiate"),
])
def test_which_first_by_debts_on_both_sides(engine: Engine, message: str, topic: str) -> None:
    assert engine.ask(message).topics[0] == topic
