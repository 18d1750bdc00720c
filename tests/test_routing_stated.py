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
    # (when whether the writer must pay was asked: cls14, review29 #3)
    ("我妈妈借呗逾期了，要我还吗", "会打电话给我吗", "contact_family"),
    ("我老公借呗逾期了，会不会让我还", "会打电话给我吗", "contact_family"),
    ("我妈妈借呗逾期了", "会打电话给我吗", "contact_family"),  # (stated alone: the session remembers it, cls15)
    # ...the borrower asking about themselves after the family answer: collection
    ("借呗逾期了会联系我家人吗", "会打电话给我吗", "collection_process"),
    # after repaying, "will the calls still come" continues the after-repaying answer
    ("借呗已经还清了", "还会有催收电话吗", "after_repayment"),
    ("借呗逾期了", "还会有催收电话吗", "collection_trend"),
    ("借呗已经还清了", "还会打电话吗", "after_repayment"), ("I paid off jiebei", "will they still call", "after_repayment"),
    # ...unless the follow-up names a topic of its own; 还有 is "there is also" (cls14, review29 #4)
    ("借呗已经还清了", "还有花呗没还，会被起诉吗", "lawsuit"), ("借呗已经还清了", "还有别的网贷逾期，会上门吗", "home_visit"),
    ("借呗已经还清了", "还会找我家人吗", "contact_family"), ("借呗已经还清了", "还要交违约金吗", "penalty_costs"),
    ("借呗已经还清了", "还会来我家闹吗", "home_visit"), ("借呗已经还清了", "还会影响孩子考公吗", "uncovered_consequences"),
    ("I paid off jiebei", "will they still threaten my family", "contact_family"),
])
def test_follow_ups_the_conversation_settles(engine: Engine, first: str, then: str, topic: str) -> None:
    session = Session(engine)
    session.ask(first)
    assert session.ask(then).topics[0] == topic


@pytest.mark.parametrize("text, topics", [
    # a lawyer's letter at home with a visit asked: the visit, then the lawsuit (review29 #9)
    ("律师函寄到我家了，他们会上门吗", ["home_visit", "lawsuit"]),
    ("they sent a lawyer's letter to my home, will they visit me", ["home_visit", "lawsuit"]),
    ("律师函寄到我家了，会被起诉吗", ["lawsuit"]),
    # a relative repaying for the writer is repaying (review29 #10); part of it is not all
    ("我妈帮我还了借呗，还会打电话给我吗", ["after_repayment"]),
    ("我妈帮我还了一部分借呗，还会打电话给我吗", ["out_of_scope"]),
    # the writer's loan in a relative's name: whether the relative must pay (review29 #10)
    ("我用我妈的身份证借的，逾期了我妈要负责吗", ["uncovered_consequences"]),
    ("我用我妈的身份证借的，逾期了会怎样", ["collection_process"]),
    # part or all of it is still one ask; a split two ways is billing (review29 #10)
    ("借呗可以只还一部分吗，还是要全还", ["negotiate"]), ("先还本金还是先还利息", ["out_of_scope"]),
])
def test_review29_mends(engine: Engine, text: str, topics: list[str]) -> None:  # cls14
    assert list(engine.ask(text).topics[:len(topics)]) == topics


@pytest.mark.parametrize("text, lead", [
    # a relative's loan told beside another question keeps that topic's own lead (review29 #3, #8)
    ("我老婆逾期了，会不会打电话给我", "文章没有谈到会不会联系你的家人"),
    ("我妈借呗逾期了", "按文章的描述"),
    ("我借呗逾期了，是因为我妈欠了医药费", "按文章的描述"),
])
def test_a_relatives_loan_keeps_the_topics_own_lead(engine: Engine, text: str, lead: str) -> None:
    text_out = engine.ask(text).text
    assert text_out.startswith(lead) and "要不要替借款人还" not in text_out.split("\n")[0]


def test_the_liability_lead_when_liability_is_asked(engine: Engine) -> None:  # the twin
    assert "要不要替借款人还" in engine.ask("我老婆借呗逾期了，我要负责吗").text.split("\n")[0]


@pytest.mark.parametrize("message, topic", [
    # paid, yet a text or notice still says due or overdue, no one calling: billing, declined
    ("借呗都还清了，怎么还一直收到短信说我逾期", "out_of_scope"),
    ("我已经结清了，为什么还老是通知我还款", "out_of_scope"),
    # ...calls after paying ask about life after repaying
    ("借呗都还清了，催收还一直打电话", "after_repayment"),
    ("I paid it off but collectors still call me", "after_repayment"),
])
def test_a_notice_after_paying_is_billing_a_call_is_not(engine: Engine, message: str, topic: str) -> None:
    assert engine.ask(message).topics[0] == topic


def test_an_english_notice_after_paying_is_not_read_as_calls() -> None:
    from bot.routing_stated import calls_after_paying
    folded = "i paid it off but i still get texts saying i'm overdue"
    assert calls_after_paying(["collection_process"], folded) == ["collection_process"]
    assert calls_after_paying(["collection_process"], "i paid it off but collectors still call me")[0] == "after_repayment"
