"""mend130 (round 40 addendum; review126 F1-F5): routing_aside never declines an escape told in any words, a record's
deletion or an investment asked beside a loan; routing_repaid reads no wished-for or other loan's repayment as done,
and a loan still late beside an old repaid one keeps the late loan's question; the 借备/花备/会期诉 typos keep real
words. Each both ways, our own wordings; cheap: functions on normalize()d text, a few asks on the shared engine.
"""

from __future__ import annotations

from bot import Engine
from bot.routing_aside import aside_asked
from bot.routing_repaid import repaid_then
from bot.text import normalize


def test_a_closing_told_as_an_escape_is_never_declined(engine: Engine) -> None:
    # an escape in words no list held before: kept even from a reading the decline may replace
    for q in ["支付宝销号以后 是不是催收就打不进来了 怎么销", "注销了支付宝 那些钱是不是就不用管了 步骤呢",
              "把支付宝注销了 他们就找不着我了吧 怎么注销", "how do I close my alipay account so the loan people can't reach me any more",
              "steps to deactivate my alipay account before the court letter comes"]:
        assert aside_asked(["about_jiebei"], normalize(q)) == ["about_jiebei"], q
    assert engine.ask("支付宝账户注销的流程是什么 注销以后是不是就联系不上我了").topics[0] == "going_dark"
    # a going_dark, credit or collection reading is never changed, even with no escape word
    for reading in ["going_dark", "credit_report", "collection_process", "lawsuit"]:
        assert aside_asked([reading], normalize("注销账号的流程是什么")) == [reading]
    # from another loan reading, a plain closing with a reason free of debt is still declined
    assert aside_asked(["about_jiebei"], normalize("有两个支付宝 想注销不用的那个 怎么操作")) == ["out_of_scope"]


def test_deleting_a_record_is_no_account_closed() -> None:
    assert aside_asked(["after_repayment"], normalize("逾期那条记录怎么删除 流程是什么")) == ["after_repayment"]
    assert aside_asked(["after_repayment"], normalize("想删除借呗账户 步骤是什么")) == ["out_of_scope"]


def test_an_investment_asked_beside_a_loan_is_no_tip_declined() -> None:
    assert aside_asked(["prevention"], normalize("推荐点理财知识吧 以后不想再靠花呗过月底")) == ["prevention"]
    assert aside_asked(["prevention"], normalize("the collector wants me to invest in stocks to pay the debt")) == ["prevention"]
    assert aside_asked(["prevention"], normalize("有什么稳一点的基金推荐 工资放着不动")) == ["out_of_scope"]


def test_a_repayment_wished_for_or_another_loans_is_not_done() -> None:
    assert repaid_then(["credit_report"], normalize("打算一口气还清 可是手头没钱 征信记录会留几年")) == ["credit_report"]
    assert repaid_then(["credit_report"], normalize("My sister paid off her loan but I'm still late on mine, how long does the record stay?")) == ["credit_report"]
    # done in full, the record asked: after_repayment as before
    assert repaid_then(["credit_report"], normalize("已经一次性结清了 征信记录多久能消"))[0] == "after_repayment"


def test_still_late_beside_an_old_repaid_loan_asks_of_the_late_one() -> None:
    assert repaid_then(["after_repayment"], normalize("去年那笔早结清了 今年这笔还逾期着 征信什么时候能恢复"))[0] == "credit_report"
    assert repaid_then(["after_repayment"], normalize("paid off huabei already but still overdue on jiebei, will they still call me"))[0] == "collection_process"
    # nothing still late: after_repayment stays
    assert repaid_then(["after_repayment"], normalize("两笔都还清了 征信什么时候能恢复")) == ["after_repayment"]


def test_the_loan_typos_keep_the_real_words() -> None:
    for real in ["先借备着过年用", "借备考的资料", "这款花备受好评", "会期诉求很多", "大会期诉讼材料要准备"]:
        assert normalize(real) == normalize(real).replace("呗", "备").replace("起诉", "期诉"), real
        assert "呗" not in normalize(real) and "起诉" not in normalize(real), real
    assert "借呗" in normalize("借备逾期了怎么办") and "花呗" in normalize("花备还不上")
    assert "被起诉" in normalize("会不会被期诉") and "会起诉" in normalize("他们会期诉我吗")
