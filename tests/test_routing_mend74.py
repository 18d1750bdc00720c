"""mend74 (review87 of ans69): ans69's hardship and ruin readings narrowed to what they meant. Each with the
case it must now leave to its old reading and the case it must still read; a crisis beside the same words
keeps the crisis reply. Cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.concern_clauses import account_frozen_told
from bot.routing_feelings import _SELF_FATE
from bot.text import normalize


def _first(engine: Engine, questions: list[str]) -> list[str]:
    return [engine.ask(q).topics[0] for q in questions]


def test_a_yes_no_word_about_an_account_matter_beside_a_sum_a_month_is_not_negotiate(engine: Engine) -> None:
    assert "negotiate" not in _first(engine, ["每个月还500 能不能改成自动扣款", "每个月还三千 能不能提高额度",
                                              "每月还600 可以吗 我还想再借点", "每个月还500 一年下来一共要还多少 可以吗",
                                              "if i pay 1000 a month, is that allowed to be paid by credit card?"])


def test_the_lenders_taking_the_sum_asked_is_still_negotiate(engine: Engine) -> None:
    assert set(_first(engine, ["每个月还500 可以吗", "能不能每个月只还300", "如果我每个月固定还500 他们会同意吗",
                               "我一个月最多还1000 他们能不能接受", "would jiebei agree if i paid 2k each month",
                               "if i send 500 every month is that ok?"])) == {"negotiate"}


def test_unpaid_wages_beside_a_loan_merely_named_keep_their_reading(engine: Engine) -> None:
    assert "negotiate" not in _first(engine, ["工资没到账 借呗额度怎么突然没了", "欠薪三个月 劳动仲裁怎么申请 借呗正常还着",
                                              "公司三个月没发工资 信用卡怎么办理停息挂账",
                                              "my company hasn't paid me, how do i apply for jiebei?"])


def test_unpaid_wages_beside_a_loan_told_unrepaid_is_still_negotiate(engine: Engine) -> None:
    assert set(_first(engine, ["公司不发工资 借呗已经逾期一周了", "老板两个月没发工资了 借呗还不上",
                               "salary not paid yet, my jiebei is overdue already, what can i do"])) == {"negotiate"}


def test_a_freeze_tied_to_lateness_is_the_uncovered_consequence(engine: Engine) -> None:
    assert set(_first(engine, ["支付宝被冻结了 是因为借呗逾期吗 怎么解冻",
                               "my alipay got frozen after i missed jiebei payments, what do i do?"])) == {"uncovered_consequences"}
    assert not account_frozen_told(normalize("我的支付宝账号被封了 怎么申诉 是不是借呗逾期导致的"))


def test_a_freeze_not_tied_to_lateness_is_still_the_accounts_business(engine: Engine) -> None:
    assert set(_first(engine, ["支付宝账户被冻结了怎么解冻", "my alipay balance is frozen, how do i get it back"])) == {"out_of_scope"}
    assert account_frozen_told(normalize("支付宝账号被封了 怎么解封"))


def test_ruin_asked_needs_the_writer_or_no_one_as_subject() -> None:
    for said in ["他是不是完了", "我的信用是不是完了", "他这辈子是不是毁了", "她人生是不是毁了"]:
        assert _SELF_FATE.search(normalize(said)) is None, said
    for said in ["逾期了 心里好慌 我是不是完了", "逾期了好慌啊 这辈子是不是毁了", "好害怕 我的人生是不是完了", "逾期了 心里好慌 是不是没救了"]:
        assert _SELF_FATE.search(normalize(said)) is not None, said


def test_a_relatives_ruin_is_not_read_as_the_writers_worry(engine: Engine) -> None:
    assert "worry" not in engine.ask("我爸借呗逾期了 他很慌 他是不是完了").topics
    assert engine.ask("借呗逾期三天了 心里慌得不行 我是不是完了").topics[0] == "worry"


def test_a_crisis_beside_the_narrowed_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for question in ["每个月还500 能不能改成自动扣款 反正我也不想活了", "工资没到账 借呗额度没了 我想死",
                     "支付宝被冻结了 是因为借呗逾期吗 我真的活不下去了", "心里好慌 我的信用是不是完了 不如死了算了"]:
        assert engine.ask(question).topics[0] == "crisis", question


def _helper(engine: Engine, question: str) -> bool:
    reply = engine.ask(question)
    return reply.topics[0] == "crisis" and ("担心他（她）的安全" in reply.text or "worried for their safety" in reply.text)


def test_a_relative_possibly_at_risk_gets_the_helpers_crisis_reply(engine: Engine) -> None:
    for question in ["我儿子借呗逾期了 他整天睡不着 会不会想不开", "哥哥逾期了 整晚睡不着 他说不如死了 会不会想不开",
                     "我老婆失眠一个月了 借呗逾期 她昨天站在阳台边上很久",
                     "my sister jumps every time her phone rings because of her jiebei debt, she says she doesn't want to wake up anymore"]:
        assert _helper(engine, question), question


def test_the_same_words_not_of_a_relative_at_risk_keep_their_reading(engine: Engine) -> None:
    # the writer acting between the relative and the question: not the helper's reply
    assert not _helper(engine, "借呗逾期 我老公不理我 我会不会想不开")
    # a finding-out, a sunny balcony, a child's school morning, a joke: no crisis
    for question in ["借呗逾期了 我妈知道了 会不会想不开", "我妈坐在阳台边上很久 在晒太阳",
                     "my son says he doesn't want to wake up early for school", "我哥说累得不如死了 开玩笑的"]:
        assert engine.ask(question).topics[0] != "crisis", question


def test_a_foolish_deed_told_right_after_is_no_relative_at_risk_but_a_method_beside_it_is(engine: Engine) -> None:
    assert engine.ask("我爸借呗逾期 他脾气倔 会不会做傻事 比如去找催收吵架").topics[0] != "crisis"
    assert engine.ask("我弟花呗逾期 他老是打游戏 会不会走极端 把额度刷爆").topics[0] != "crisis"
    assert _helper(engine, "我爸借呗逾期 他脾气倔 会不会做傻事 他说要去跳河")


def test_words_of_the_same_repayment_may_sit_between_the_sum_and_the_question_but_an_account_action_may_not() -> None:
    from bot.routing_hardship import _sum_asked

    assert _sum_asked(normalize("我一个月最多拿得出800 这样还借呗可以吗")) and _sum_asked(normalize("每月还300 慢慢还行不行"))
    assert not _sum_asked(normalize("每个月还500 改成自动扣款可以吗")) and not _sum_asked(normalize("每月还1000 提额可以吗"))
