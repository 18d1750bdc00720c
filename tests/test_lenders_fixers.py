"""eng64 (user61 #7, #8): a lender we do not know by name, or a kind of loan (房贷, 车贷, 高利贷), is not
Alipay's: no 95188 for it; a paid "fixer" gets the warning line and its fee is not the debt."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_fixers import paid_fixer

OTHER = [  # (message, product id)
    ("小米贷款逾期会上门吗", "other_lender"),
    ("我的农行贷款还不上了怎么办", "other_lender"),
    ("my xiaomi loan is overdue, will they call my parents", "other_lender"),
    ("房贷逾期了会上门吗", "mortgage"),
    ("my car loan is overdue will they sue me", "car_loan"),
    ("高利贷逾期会上门吗", "loan_shark"),
    ("分付逾期会怎样", "wechat_fenfu"),
    ("will klarna sue me", "bnpl_abroad"),
]
ALIPAY = ["借呗逾期会上门吗", "会不会影响贷款", "以后办房贷 借呗逾期会影响吗", "借呗逾期会影响房贷吗",
          "I want to apply for a mortgage, will overdue jiebei affect it", "朋友借的钱还不上会坐牢吗",
          "支付宝贷款逾期了会怎样", "蚂蚁借钱逾期了", "小额贷款逾期会坐牢吗", "my sesame loan is late"]


@pytest.mark.parametrize(("text", "product"), OTHER)
def test_another_lender_is_answered_without_95188(engine: Engine, text: str, product: str) -> None:
    reply = engine.ask(text)
    assert reply.slots["product"].value == product and "95188" not in reply.text.replace("95188 管不了", "").replace(
        "95188 cannot help", "")


@pytest.mark.parametrize("text", ALIPAY)
def test_no_lender_named_stays_alipays(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert "product" not in reply.slots or reply.slots["product"].value == "jiebei"


def test_a_lender_named_by_name_wins_over_a_kind_or_a_loan_word(engine: Engine) -> None:
    assert engine.ask("房贷逾期已经还上了 多久花呗能开通").slots["product"].value == "huabei"
    assert engine.ask("我没有微商贷款逾期，怎么说我有贷款逾期不能使用花呗呀").slots["product"].value == "huabei"
    assert "product" not in engine.ask("上次借的钱没还，还能再借吗？额度还有").slots  # money, not a lender


def test_a_mortgage_owed_is_not_a_mortgage_wanted_later(engine: Engine) -> None:
    assert "以后办房贷" not in engine.ask("房贷逾期了会上门吗").text
    assert "以后办房贷" in engine.ask("借呗逾期会影响房贷吗").text


FIXERS = ["someone on wechat says they can delete my jiebei overdue record for 500 yuan",
          "有人说可以帮我借呗停息挂账 收费2000 可信吗", "收到短信说加QQ可以办理停息挂账 先交定金500 靠谱吗",
          "a debt relief agency wants a 3000 fee to negotiate my jiebei, legit?"]
NOT_FIXERS = ["停息挂账要收费吗", "借呗逾期了 欠了2万 能协商分期吗", "逾期过的账户还能洗白吗",
              "I owe 5000 on jiebei, can I negotiate a payment plan?"]


@pytest.mark.parametrize("text", FIXERS)
def test_a_paid_fixer_is_warned_of(text: str) -> None:
    assert paid_fixer(text)


@pytest.mark.parametrize("text", NOT_FIXERS)
def test_no_fixer_without_someone_a_service_and_a_fee(text: str) -> None:
    assert not paid_fixer(text)


def test_the_fee_is_not_the_debt_and_the_line_is_marked(engine: Engine) -> None:
    reply = engine.ask(FIXERS[0])
    assert "amount" not in reply.slots and "You mentioned" not in reply.text
    assert "no such paid service" in reply.text and "(not from the article)" in reply.text.split("\n")[0]
    zh = engine.ask("有人说可以帮我借呗停息挂账 收费2000 可信吗")
    assert "收费服务" in zh.text and "2000" not in zh.text
    debt = engine.ask("借呗逾期了 欠了2万 能协商分期吗")  # no fixer: the sum is the debt, no warning
    assert debt.slots["amount"].value == 20000 and "收费服务" not in debt.text


def test_weloan_is_weilidai_not_alipay(engine: Engine) -> None:
    # user61's note95 probe: WeLoan (微粒贷's English name) was told to call Alipay's 95188.
    reply = engine.ask("will WeLoan sue me")
    assert "95188" not in reply.text and "Weilidai" in reply.text
    assert "95188" in engine.ask("will jiebei sue me").text


LOAN_SHARK = ["高利贷逾期了会被起诉吗", "我欠了高利贷 他们说要上门 怎么办", "I borrowed from a loan shark, will they sue me"]


@pytest.mark.parametrize("text", LOAN_SHARK)
def test_a_loan_shark_is_not_sent_to_its_own_official_terms(engine: Engine, text: str) -> None:
    """A loan shark has no official terms that decide anything: its rates and rules may not be lawful,
    so the reply sends the borrower to a lawyer or legal aid before paying more (lead, s22 read-through)."""
    reply = engine.ask(text)
    assert reply.slots["product"].value == "loan_shark"
    assert "官方说明为准" not in reply.text and "official terms decide" not in reply.text
    assert ("法律援助" in reply.text) if reply.lang == "zh" else ("legal aid" in reply.text)


def test_another_lender_still_defers_to_its_official_terms(engine: Engine) -> None:
    """The other side: a named lawful lender keeps "its own official terms decide"."""
    assert "官方说明为准" in engine.ask("网贷逾期了 会被起诉吗").text
