"""cls117 (round 40): what is still to come after a repayment asked in another topic's words, a safe sum to borrow and
autopay's purpose, the product's facts or the product described without its name, worry told by counting the debt or
beside "anything I can do", a repayment only hoped for, and an app or money matter asked in loan words. Each both ways
(still owing, a part paid, the account's own business, an escape or lateness told keep their readings) and a crisis
on the same words keeps the crisis reply. Our own wordings; cheap: a handful of asks on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.feeling_told import told_only
from bot.routing_aside import aside_asked
from bot.routing_habits import habits_asked
from bot.routing_product_facts import product_facts
from bot.routing_repaid import repaid_hoped, repaid_then
from bot.text import normalize


def test_what_is_still_to_come_after_repaying_is_after_repayment(engine: Engine) -> None:
    for q in ["已经结清了 之前的逾期记录还在吗", "Once I've paid it all off, will my credit score go back to normal?"]:
        assert engine.ask(q).topics[0] == "after_repayment", q
    assert repaid_then(["out_of_scope"], normalize("全部结清以后 还会不会有人打电话催"))[0] == "after_repayment"
    # a suit asked after repaying keeps lawsuit with its own "repaid" lead (truth3, mend47): not moved
    reply = engine.ask("钱都还完了 他们还会去法院告我吗")
    assert reply.topics[0] == "lawsuit" and "你问的还清以后的事" in reply.text


def test_a_part_paid_still_owed_or_the_account_asked_keep_their_reading(engine: Engine) -> None:
    assert engine.ask("还了一部分 还会被起诉吗").topics[0] == "lawsuit"
    assert engine.ask("I paid part of it, can they still sue me?").topics[0] == "lawsuit"
    assert repaid_then(["credit_report"], normalize("还差两千没还完 征信会不会有记录")) == ["credit_report"]
    # why a message came, what the account shows, a settlement certificate: the account's business, declined
    assert repaid_then(["out_of_scope"], normalize("明明还完了 为什么还发短信说我逾期")) == ["out_of_scope"]
    assert engine.ask("还清了 想开个结清证明 去哪里开").topics[0] == "out_of_scope"


def test_a_crisis_beside_a_repayment_keeps_the_crisis_reply(engine: Engine) -> None:
    reply = engine.ask("还清了 我也不想活了 征信还会恢复吗")
    assert reply.topics[0] == "crisis" and "12356" in reply.text


def test_a_safe_sum_or_autopay_for_its_purpose_is_prevention(engine: Engine) -> None:
    assert engine.ask("开个自动扣款 以免到时候忘了还").topics[0] == "prevention"
    assert habits_asked(["out_of_scope"], normalize("月薪八千 借多少才不会有压力")) == ["prevention"]
    assert habits_asked(["out_of_scope"], normalize("how much of my income can I safely put toward loans")) == ["prevention"]
    # the setting itself, the account's sums, lateness: as before
    for q in ["自动还款怎么关闭 怕扣错", "借呗额度是多少", "怎么取消自动还款"]:
        assert engine.ask(q).topics[0] == "out_of_scope", q
    assert habits_asked(["out_of_scope"], normalize("逾期了 借多少才合适")) == ["out_of_scope"]


def test_the_product_described_or_its_facts_are_about_jiebei(engine: Engine) -> None:
    assert engine.ask("支付宝上面那个能借钱的叫什么名字").topics[0] == "about_jiebei"
    assert product_facts(["out_of_scope"], normalize("借呗最长可以借多久")) == ["about_jiebei"]
    assert product_facts(["out_of_scope"], normalize("the loan inside alipay, how does it work")) == ["about_jiebei"]
    # the writer's own account, lateness: as before
    for q in ["我的借呗额度为什么降了", "借呗借的钱多久到账", "借呗显示无法使用是什么情况"]:
        assert engine.ask(q).topics[0] == "out_of_scope", q
    assert product_facts(["out_of_scope"], normalize("借呗逾期最长能拖多久")) == ["out_of_scope"]


def test_worry_told_by_counting_the_debt_or_beside_anything_i_can_do(engine: Engine) -> None:
    assert "多少" not in told_only("晚上一直算还有多少钱没还 越算越睡不着")
    assert "多少" in told_only("帮我算算还有多少钱要还")
    assert engine.ask("每晚躺下就开始算还有多少钱没还 越算越睡不着").topics[0] == "worry"
    assert engine.ask("I keep doing the maths on how much I owe and can't sleep").topics[0] == "worry"
    assert engine.ask("I'm panicking so much I can't breathe over this loan, is there anything I can do right now?").topics[0] == "worry"
    # a matter asked beside the counting, or a hardship asked, keeps its answer
    assert engine.ask("我一直在算还有多少钱没还 会被起诉吗").topics[0] == "lawsuit"
    assert engine.ask("I can't pay my jiebei this month, is there anything I can do?").topics[0] == "negotiate"
    reply = engine.ask("每天都在算还差多少 睡不着 我不想活了")
    assert reply.topics[0] == "crisis" and "12356" in reply.text


def test_a_repayment_only_hoped_for_is_worry_not_after_repayment() -> None:
    assert repaid_hoped(["after_repayment"], normalize("压力好大 借呗还欠着两万 不知道哪年才能还清"))[0] == "worry"
    assert repaid_hoped(["after_repayment"], normalize("借呗还欠着两万 什么时候还清了额度能恢复吗")) == ["after_repayment"]


def test_an_app_or_money_matter_in_loan_words_is_declined(engine: Engine) -> None:
    # (mend130: a going_dark reading is never declined, so a bare closing read as going_dark keeps going_dark's reply;
    # from another loan reading it is declined)
    assert aside_asked(["about_jiebei"], normalize("支付宝账户注销的流程是什么")) == ["out_of_scope"]
    assert aside_asked(["prevention"], normalize("有什么好的基金推荐吗")) == ["out_of_scope"]
    assert aside_asked(["after_repayment"], normalize("can I use my jiebei loan for a car down payment")) == ["out_of_scope"]
    # an escape, lateness or a consequence told keeps the loan reading
    for q in ["注销支付宝能不能躲过催收", "If I delete my alipay account can they still find me for the debt?"]:
        assert engine.ask(q).topics[0] == "going_dark", q
    assert aside_asked(["credit_report"], normalize("用借呗付首付会影响房贷审批吗")) == ["credit_report"]
    assert aside_asked(["uncovered_consequences"], normalize("借呗的钱拿去炒股亏了 还不上怎么办")) == ["uncovered_consequences"]
