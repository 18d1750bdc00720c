"""Round 34 (ans69, issue 13): fear told in the body or as dread of the ringing phone, ruin asked beside a
feeling, a fixed sum a month offered, unpaid wages, and the frozen Alipay account (bot.feeling_words,
bot.routing_feelings, bot.routing_hardship, bot.concern_clauses). Each with the case it reads and the
look-alike it must leave alone; a crisis beside the same words keeps the crisis reply.
Cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.concerns import find_concern
from bot.text import normalize


def _first(engine: Engine, questions: list[str]) -> list[str]:
    return [engine.ask(q).topics[0] for q in questions]


def test_sleeplessness_and_dread_of_the_ringing_beside_a_late_loan_is_worry(engine: Engine) -> None:
    assert set(_first(engine, ["借呗过期了 这几天整晚整晚睡不著", "来电铃声一响我就慌 借呗欠着没还",
                               "loan overdue, i flinch every time my phone buzzes",
                               "my huabei is overdue and i have been lying awake every night"])) == {"worry"}


def test_the_ringing_alone_or_a_fear_that_names_its_matter_keeps_the_loan_reading(engine: Engine) -> None:
    assert engine.ask("借呗逾期了 电话一直响 接下来会怎样").topics[0] == "collection_process"
    assert engine.ask("借呗逾期 睡不着 怕他们打电话给我爸妈").topics[0] == "contact_family"
    assert engine.ask("逾期了 失眠 怕他们上门").topics[0] == "home_visit"


def test_ruin_asked_beside_a_feeling_is_worry_but_not_asked_calmly(engine: Engine) -> None:
    assert set(_first(engine, ["借呗逾期了 我好怕 我是不是废了", "loan overdue and im terrified, am i finished?"])) == {"worry"}
    assert "worry" not in engine.ask("借呗逾期了是不是没救了").topics  # calm: mend51/mend71's rule
    topics = engine.ask("借呗逾期了 心里慌得不行 我是不是完了").topics
    assert topics[0] == "worry" and "after_repayment" not in topics  # nothing repaid: what comes after is no reading


def test_a_crisis_beside_the_same_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for question in ["借呗逾期了 每天都睡不著 手机一响就发抖 我不想活了", "老板没发工资 借呗还不上 我想死",
                     "每个月只能还500 他们不同意 我活不下去了"]:
        assert engine.ask(question).topics[0] == "crisis", question


def test_a_fixed_sum_a_month_offered_with_acceptance_asked_is_negotiate(engine: Engine) -> None:
    assert set(_first(engine, ["我手头只有这么多 一个月还六百 会接受吗", "would jiebei agree if i paid 2k each month",
                               "每个月给他们还个几百块 这样能行吗"])) == {"negotiate"}


def test_a_sum_a_month_in_billing_stays_declined(engine: Engine) -> None:
    assert set(_first(engine, ["借呗每个月还款1000 是先还利息还是本金", "借两万 每个月还2000 要还几个月",
                               "每月还款额怎么算", "一个月还两千 能不能提前还清"])) == {"out_of_scope"}


def test_unpaid_wages_beside_a_loan_not_repaid_is_negotiate(engine: Engine) -> None:
    assert set(_first(engine, ["包工头欠我工钱不给 花呗逾期了怎么办", "my wages are still not paid so i missed my huabei, what now",
                               "工资拖了三个月没发 贷款逾期了 怎么办"])) == {"negotiate"}


def test_unpaid_wages_with_a_consequence_asked_or_a_collector_named_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("公司拖欠工资 借呗逾期 会被起诉吗").topics[0] == "lawsuit"
    assert engine.ask("催收骂我 还威胁我 我老板也没发工资").topics[0] == "abusive_collection"


def test_the_alipay_account_told_frozen_with_unfreeze_asked_is_declined_not_a_fear() -> None:
    assert find_concern(normalize("支付宝账户被冻结了怎么解冻")) is None
    assert find_concern(normalize("my alipay was frozen yesterday, how can i get it back")) is None
    assert find_concern(normalize("借呗逾期 支付宝会不会被冻结")) is not None  # a feared consequence stays
    assert find_concern(normalize("will my alipay get frozen if i dont pay")) is not None


def test_frozen_account_routes(engine: Engine) -> None:
    assert _first(engine, ["我支付宝账号被封了 怎么申诉", "借呗逾期 支付宝会不会被冻结"]) == ["out_of_scope", "uncovered_consequences"]


def test_a_harshness_comparison_beside_a_consequence_answers_the_consequence(engine: Engine) -> None:
    assert _first(engine, ["借呗和银行哪个更狠 会起诉吗", "which is worse to miss, jiebei or credit card? will alipay take me to court?"]) \
        == ["lawsuit", "lawsuit"]


def test_a_price_comparison_or_a_harshness_comparison_alone_stays_declined(engine: Engine) -> None:
    assert engine.ask("借呗和微粒贷哪个更划算？借呗会上征信吗").topics == ("out_of_scope", "credit_report")  # mend71
    assert _first(engine, ["借呗和银行哪个更狠", "is jiebei cheaper than a bank loan, and will they sue?"]) == ["out_of_scope"] * 2
