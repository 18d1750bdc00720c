"""Round 15 (cls17): billing mechanics that had read as loan topics are declined again, each beside
a twin that must not change. A repayment that did not go through ("借呗还钱怎么没还上": the lexicon's
payment_failed concept; 没还上 alone is a late borrower's word), and whether a bill can still be split
("到了还款日还能在按分期吗": bot.routing_wording.billing_not_late; late or short of money, it is negotiation)."""

import pytest

from bot import Engine


@pytest.mark.parametrize("text", [
    "借呗还钱怎么没还上", "到了还款日还能在按分期吗",  # the brief's two cases
    "can i still convert this month's huabei bill to instalments?",
])
def test_billing_mechanics_are_declined(engine: Engine, text: str) -> None:
    assert engine.ask(text).topic == "out_of_scope"


@pytest.mark.parametrize("text, topic", [
    ("借呗到期了还没还上 怎么办", "collection_process"),  # 没还上: not paid, the loan late
    ("借呗这个月没还上 会怎样", "collection_process"),
    ("扣款没成功，会影响征信吗", "credit_report"),  # a failed payment with a loan question: the question decides
    ("花呗过了还款日 还给不给分期的机会", "negotiate"),  # late: a repayment plan
    ("还款日到了 钱不够 还能分期吗", "negotiate"),  # short of money
    ("借呗还不上了 还能分期吗", "negotiate"),
    ("逾期了还能分期吗", "negotiate"),
    ("借呗分期还不了还可以再分期吗", "negotiate"),  # 还不了: cannot pay (pool, cls17's first version declined it)
    ("i can't afford it, can i still pay in instalments?", "negotiate"),
    ("到了还款日还不上怎么办", "negotiate"),
])
def test_twins_late_or_short_keep_their_topic(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic
