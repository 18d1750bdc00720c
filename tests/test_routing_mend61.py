"""mend61 (review70 of cls24): the new routing rules' wrong topics, each with its look-alike that keeps its reading.

1. an account action asked by a writer who cannot pay (this turn or an earlier one) is no account business;
2. collection_trend needs machines as words (not the letters "ai" in "paid") and a general question;
3. unreachable for an innocent reason (hospital, phone cut off for a bill, scammed) is not going dark;
4. a hotel as where one is is no booking the score touches;
5. 记录 alone (the loan's own history) is not the credit record.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.routing_account import account_business, account_in_context, hardship_told
from bot.routing_lasting import lasting_readings
from bot.routing_rules import Route
from bot.text import normalize

OOS, NEG = "out_of_scope", "negotiate"


@pytest.mark.parametrize("text, reading", [
    ("how do i close my jiebei account, i can't pay it anymore", NEG),
    ("lost my job, can I close my jiebei account", NEG),
    ("交不起房租了 怎么注销借呗", "going_dark"),
    ("手头紧 提额能不能帮我周转", NEG),
    ("wah lau I cannot pay liao, how to close my jiebei account", NEG),
])
def test_an_account_action_of_a_writer_who_cannot_pay_keeps_its_loan_reading(text: str, reading: str) -> None:
    assert account_business([reading], normalize(text)) == [reading]


@pytest.mark.parametrize("text", [
    "还不起了 怎么关掉借呗的自动扣款",
    "怎么关闭自动扣款 我没钱吃饭了",
    "能不能换个还款卡 这张卡的钱要给孩子交学费",
    "can't afford food, how do i turn off auto repayment",
    "逾期三个月 怎么取消自动扣款",
    "i'm 20 days overdue, how do i cancel the auto debit",
])
def test_a_declined_account_action_of_a_writer_who_cannot_pay_is_negotiate(text: str) -> None:
    assert account_business([OOS], normalize(text)) == [NEG]


@pytest.mark.parametrize("text", [
    "借呗还款的银行卡怎么换", "怎么提额", "how do i close my jiebei account", "借呗的自动扣款怎么取消",
    "能不能换个还款卡",
])
def test_the_same_account_actions_with_no_hardship_are_still_declined(text: str) -> None:
    assert account_business(["negotiate"], normalize(text)) == [OOS]


def test_hardship_never_turns_opening_an_account_or_an_evasion_into_negotiate() -> None:
    assert account_business([OOS], normalize("没钱了 怎么开通借呗")) == [OOS]  # opening: no negotiation
    assert account_business([OOS], normalize("没钱了 注销借呗能躲掉债吗")) == [OOS]  # evading: not this rule's
    assert account_business(["crisis"], normalize("还不起了 怎么注销借呗 不想活了")) == ["crisis"]


def test_an_earlier_turn_of_hardship_carries_to_the_account_action_in_a_session() -> None:
    route = Route((OOS,), None, "classifier")  # type: ignore[arg-type]
    assert account_in_context(route, "怎么注销借呗", True).topics == (NEG,)
    assert account_in_context(route, "怎么注销借呗", False).topics == (OOS,)
    assert account_in_context(route, "你是谁", True).topics == (OOS,)  # not an account action
    assert hardship_told("我失业了 借呗还不上") and hardship_told("I'm broke") and not hardship_told("你好")
    assert hardship_told("逾期三个月") and not hardship_told("逾期后会怎样") and not hardship_told("我从没逾期过")


def test_a_session_after_hardship_answers_the_account_action() -> None:
    engine = Engine.load()
    session = engine.session()
    session.ask("我失业了 借呗还不上")
    assert list(session.ask("怎么注销借呗").topics) != [OOS]
    fresh = engine.session()
    fresh.ask("你好")
    assert list(fresh.ask("怎么注销借呗").topics) == [OOS]


@pytest.mark.parametrize("text", [
    "I paid it all off but they're still chasing me",
    "Mail from a debt collector came today, is it real",
    "My daughter paid some but still gets collection calls, what now",
    "I paid last month, the calls still haven't stopped",
    "催收说我的资料已经全部交给智能系统处理了 会怎样",
    "我现在还是被催收 自动扣款扣了我工资 能停吗",
])
def test_the_writers_own_case_is_no_collection_trend(text: str) -> None:
    assert lasting_readings(["collection_process"], normalize(text)) == ["collection_process"]


@pytest.mark.parametrize("text", [
    "现在催债是不是都交给机器打电话了",
    "is collection all automated nowadays",
    "do they use ai to call debtors these days",
    "is it all robots calling now or real people",
])
def test_collection_by_machines_asked_in_general_is_still_the_trend(text: str) -> None:
    assert lasting_readings(["collection_process"], normalize(text)) == ["collection_trend"]


@pytest.mark.parametrize("text", [
    "he stopped answering because he's in hospital, what happens to his loan",
    "手机欠费停机了 没收到还款提醒 逾期一天会怎样",
    "借呗的钱被骗子骗跑了 会有什么后果",
])
def test_unreachable_for_an_innocent_reason_is_not_going_dark(text: str) -> None:
    assert lasting_readings(["collection_process"], normalize(text)) == ["collection_process"]


@pytest.mark.parametrize("text", [
    "我住院了 出院后我就换了号码 借呗会有什么后果",  # the reason in another clause: gone dark all the same
    "he was in hospital last year, now he switched sims and stopped paying, what happens",
    "我姐夫欠网贷跑路了 联系不上 接下来会怎样",
])
def test_gone_dark_beside_an_innocent_word_elsewhere_is_still_going_dark(text: str) -> None:
    assert lasting_readings(["collection_process"], normalize(text)) == ["going_dark"]


@pytest.mark.parametrize("text", [
    "逾期了 我现在住在宾馆 催收会找到我吗", "我在酒店上班 逾期了催收会打到酒店吗", "逾期了 我在酒店当服务员 会被开除吗",
])
def test_a_hotel_as_a_place_is_no_booking(text: str) -> None:
    assert lasting_readings(["collection_process"], normalize(text)) == ["collection_process"]


@pytest.mark.parametrize("text", [
    "欠借呗会不会影响我住酒店", "逾期了还能订酒店吗", "借呗逾期以后住酒店要押金吗", "借呗逾期了 入住宾馆要交押金吗", "overdue jiebei, can i still book a hotel",
])
def test_a_booking_with_lateness_is_still_the_credit_report(text: str) -> None:
    assert lasting_readings(["uncovered_consequences"], normalize(text)) == ["credit_report"]


def test_a_record_alone_is_not_the_credit_record_but_lateness_s_record_is() -> None:
    assert lasting_readings([OOS], normalize("借呗的借款记录会保留多久 我想删掉")) == [OOS]
    assert lasting_readings(["after_repayment"], normalize("我上次逾期 记录会留多久")) == ["credit_report"]
    assert lasting_readings(["after_repayment"], normalize("不良记录会保留几年")) == ["credit_report"]


def test_the_lender_out_of_reach_is_not_the_writer_gone_dark() -> None:
    assert lasting_readings(["collection_process"], normalize("手机被偷了 联系不上借呗 逾期了会怎样")) == ["collection_process"]
    assert lasting_readings(["collection_process"], normalize("我联系不上借呗了 我也换了号码 会怎样")) == ["going_dark"]


def test_a_voice_transcript_of_hardship_and_the_auto_debit_is_not_declined() -> None:
    text = "语音输入 我现在实在是还不起了想问一下借呗的那个自动扣款要怎么关掉"
    assert account_business([OOS], normalize(text)) == [NEG]
    assert account_business(["negotiate"], normalize("借呗的自动扣款要怎么关掉")) == [OOS]


def test_lateness_alone_in_the_message_keeps_the_reading_it_had() -> None:
    # (the pool: "花呗没还清可以提额吗", "钱还没还清，怎么关闭花呗" are account questions of a borrower not yet repaid)
    assert account_business([OOS], normalize("钱还没还清，怎么关闭花呗")) == [OOS]
    assert account_business(["after_repayment"], normalize("花呗没还清可以提额吗")) == ["after_repayment"]
    assert account_business([OOS], normalize("还不起了 钱还没还清 怎么关闭花呗")) == [NEG]
    assert account_business([OOS], normalize("蚂蚁借呗逾期后怎么取消自动还款")) == [OOS]  # asked of, not told
    assert account_business([OOS], normalize("花呗一直没有逾期，怎么也不给我提额")) == [OOS]
    assert account_business([OOS], normalize("我的花呗临时额度怎么提前还不了款")) == [OOS]  # early repayment, not hardship


def test_a_deposit_for_something_else_is_no_hotel_booking() -> None:
    assert lasting_readings([OOS], normalize("我是用花呗付小蓝单车的押金不还花呗")) == [OOS]


def test_hardship_denied_is_no_hardship() -> None:
    assert account_business([OOS], normalize("I'm not broke, just want to change my repayment card")) == [OOS]
    assert account_business([OOS], normalize("I'm broke, how do I change my repayment card")) == [NEG]
    assert account_business([OOS], normalize("我妹妹失业了 借呗的自动扣款怎么帮她关掉")) == [NEG]
