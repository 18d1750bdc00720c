"""Round 12 (cls13) rules for what a borrower states (bot.routing_stated) and follow-ups only the
conversation settles (bot.followups_context), each beside the other side it must leave alone."""

import pytest

from bot import Engine, Session


@pytest.mark.parametrize("text, topic", [
    # a lawyer's letter sent home is about a lawsuit; a visit to the home stays a visit
    ("寄律师信到我家", "lawsuit"), ("律师函寄到我家了怎么办", "lawsuit"),
    ("催收会上门到我家吗", "home_visit"),
    # someone else's loan: whether the writer must pay; the writer's own credit keeps its topic
    ("孙子用我名字借的，我要负责吗", "uncovered_consequences"), ("前妻的借呗逾期了跟我有关系吗", "uncovered_consequences"),
    ("my son borrowed jiebei in my name, am I responsible?", "uncovered_consequences"),
    ("我老婆用我的身份证借了网贷，我要还吗", "uncovered_consequences"), ("我妈借呗逾期了会打电话给我家人吗", "contact_family"),
    ("我爸借呗逾期了，会影响我征信吗", "credit_report"),
    # calls after paying off: life after repaying; calls while still owing: collection
    ("还清以后催收还一直打电话", "after_repayment"), ("I paid off jiebei but collectors still call me", "after_repayment"),
    ("借呗没还完催收一直打电话", "collection_process"), ("借呗逾期了 催收一直打电话", "collection_process"),
    # paying only part asks for terms; how one repayment is split is billing
    ("只还本金不还利息", "negotiate"), ("借呗可以只先还一部分吗", "negotiate"), ("借呗可以先还一部分吗", "negotiate"),
    ("借呗先还本金还是先还利息", "out_of_scope"),
    # a bare statement of debts or of repaying says where the writer stands
    ("我欠了好几家网贷", "worry"), ("i owe money to several loan apps", "worry"),
    ("借呗已经还清了", "after_repayment"), ("I have paid off my jiebei", "after_repayment"),
    ("借呗逾期七天", "collection_process"),
    # closing the product with nothing owed is declined; a travel-ban fear and a stated fear keep theirs
    ("close jiebei account no debt", "out_of_scope"), ("借呗没有欠款怎么注销", "out_of_scope"),
    ("Can they stop me from leaving China", "uncovered_consequences"),
    ("very stress, cannot sleep because debt", "worry"),
])
def test_round12_statements(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


def test_a_bare_statement_of_debts_is_never_a_bare_decline(engine: Engine) -> None:
    reply = engine.ask("我欠了好几家网贷")
    assert reply.topic != "out_of_scope" and not reply.text.startswith("如果你最近心里很难受")


@pytest.mark.parametrize("first, then, topic", [
    # the writer is family of the borrower: "will they call me" asks about contacting the family
    ("我妈妈借呗逾期了", "会打电话给我吗", "contact_family"),
    ("my wife owes jiebei", "will they call me", "contact_family"),
    # ...the borrower asking about themselves after the family answer: collection
    ("借呗逾期了会联系我家人吗", "会打电话给我吗", "collection_process"),
    # after repaying, "will the calls still come" continues the after-repaying answer
    ("借呗已经还清了", "还会有催收电话吗", "after_repayment"),
    ("借呗逾期了", "还会有催收电话吗", "collection_trend"),
])
def test_follow_ups_the_conversation_settles(engine: Engine, first: str, then: str, topic: str) -> None:
    session = Session(engine)
    session.ask(first)
    assert session.ask(then).topics[0] == topic
