"""cls100 (round 38): habits and tools for paying on time (autopay's worth, remembering the due date, leaving
the borrow-one-to-repay-another cycle) read as prevention where the classifier declined; whether the calls stop,
asked after a repayment told, read as after_repayment's calls-after-repaying answer. Each both ways: the app's
own business (setting autopay up or off, why it failed, the reminder texts), a forgetting told once, lateness or
relief told keep their reading, and a crisis on the same words keeps the full crisis reply. Our own wordings;
cheap: a handful of asks per test on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.routing_habits import habits_asked
from bot.text import normalize


def test_a_habit_or_tool_for_paying_on_time_is_prevention(engine: Engine) -> None:
    for q in ["开自动扣款到底有没有用 能不能保证不晚还", "would autopay be a smart move so i never slip up",
              "有啥窍门能记牢每个月的还款日", "how do i stop forgetting my repayment every month",
              "老拿信用卡去还网贷 怎么才能摆脱"]:
        assert engine.ask(q).topics[0] == "prevention", q


def test_the_apps_own_business_and_a_forgetting_told_once_keep_their_reading(engine: Engine) -> None:
    for q in ["自动扣款在哪里开", "怎么把自动还款取消掉", "how do i turn off autopay on huabei", "开了自动扣款为什么没扣成功"]:
        assert engine.ask(q).topics[0] != "prevention", q
    assert habits_asked(["out_of_scope"], normalize("忘记还款了怎么办")) == ["out_of_scope"]  # late now: not a habit
    assert habits_asked(["out_of_scope"], normalize("逾期了 自动扣款还有用吗")) == ["out_of_scope"]  # lateness told
    assert habits_asked(["out_of_scope"], normalize("借这个还那个 能不能申请延期")) == ["out_of_scope"]  # relief asked
    assert habits_asked(["negotiate"], normalize("自动扣款有用吗")) == ["negotiate"]  # only a decline gives way


def test_a_crisis_on_the_same_words_keeps_the_crisis_reply(engine: Engine) -> None:
    for q in ["自动还款有没有用都无所谓了 我不想活了", "拿花呗还借呗 停不下来 我想去死",
              "how do i remember my due date when i won't be alive next month anyway"]:
        assert engine.ask(q).topics[0] == "crisis", q


def test_whether_the_calls_stop_after_repaying_is_the_calls_after_repaying_answer(engine: Engine) -> None:
    reply = engine.ask("钱都结清了 催收电话啥时候停")
    assert reply.topics[0] == "after_repayment"
    assert "12378" in reply.text  # the still-called branch: proof of repayment, where to complain
    for q in ["还了一部分 催收电话会停吗", "结清了 还款提醒短信怎么停掉"]:  # part paid; a notice, nobody calling
        assert engine.ask(q).topics[0] != "after_repayment", q


def test_a_product_still_closed_after_repaying_is_after_repayment(engine: Engine) -> None:
    for q in ["上个月就全部还清了 借呗依然不可用 还会开吗", "settled it all weeks ago and jiebei is still locked, will it open again"]:
        assert engine.ask(q).topics[0] == "after_repayment", q
    for q in ["都还清了 为什么还是显示未还", "paid it off but the bill still shows unpaid"]:  # billing: a payment not shown
        assert engine.ask(q).topics[0] != "after_repayment", q
    assert engine.ask("还清了借呗还是用不了 活着没意思 想结束了").topics[0] == "crisis"
