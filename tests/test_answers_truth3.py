"""truth3's findings 5-9 (ans21), each by its mechanism and in both languages, each beside a twin
that must not change.

- After repaying: a call, a visit, a suit or a charge asked about once the loan is repaid gets the
  line that the article is silent on life after repaying (keep proof; check with the official
  service) above the topic's answer; a sum a caller claims is not the borrower's stated debt.
- While late vs after repaying: using or borrowing while late is after_repayment's "while overdue"
  question, not dropped beside another question; after paying off is life after repaying.
- The limitation period and being abroad are said to be uncovered in their plain wordings.
- Who collects: a law firm or company set against the lender, "is that legit/normal", "是支付宝委托的吗".
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_asks import repaid_ask
from bot.figures import asked_figure
from bot.slots import extract_slots
from bot.text import simplified

NOT_COVERED = ("文章没有谈到，我不替它下结论", "so I won't guess either way")


def _kind(text: str) -> str | None:
    figure = asked_figure(simplified(text))
    return figure[0] if figure else None


@pytest.mark.parametrize("asked, topic", [
    ("还完了还会被起诉吗", "lawsuit"),
    ("还清后还会上门吗", "home_visit"),
    ("借呗还清了，催收还说要上门，怎么办", "home_visit"),
    ("Will they keep calling me after I pay it off?", None),
    ("Once I've paid everything off, can they still take me to court?", "lawsuit"),
    ("I repaid but the collector still says I owe a late fee. What do I do?", None),
])
def test_a_step_of_collection_asked_after_repaying_is_said_uncovered(engine: Engine, asked: str, topic: str | None) -> None:
    assert _kind(asked) == "repaid"
    reply = engine.ask(asked)
    if topic:
        assert reply.topic == topic
    assert any(line in reply.text for line in NOT_COVERED), reply.text
    assert "还款凭证" in reply.text or "proof of repayment" in reply.text


@pytest.mark.parametrize("twin", [
    "借呗要还完才不会被起诉吗",  # a condition to meet, not a loan repaid
    "没还清会被起诉吗",
    "还了一部分，还会被起诉吗",  # a part paid: bot.conditions' own kind
    "还清后多久能恢复额度",  # access after repaying: after_repayment's own lead
    "I haven't repaid yet, will they sue me?",
])
def test_look_alikes_of_after_repaying_get_no_repaid_line(twin: str) -> None:
    assert _kind(twin) != "repaid"


def test_the_after_repayment_answer_does_not_repeat_the_line(engine: Engine) -> None:
    reply = engine.ask("还清以后催收还一直打电话怎么办")
    assert reply.topic == "after_repayment"
    assert not any(line in reply.text for line in NOT_COVERED), reply.text


@pytest.mark.parametrize("claimed", [
    "I settled the loan last week, a guy called saying I still owe 2000 and to transfer it to his account",
    "催收说我还欠2000元，是真的吗",
    "They claim I owe 5000, is that right?",
])
def test_a_sum_a_caller_claims_is_not_the_debt(claimed: str) -> None:
    assert "amount" not in extract_slots(claimed)


@pytest.mark.parametrize("told, amount", [
    ("I still owe 2000 on Jiebei, will they sue?", 2000),
    ("我还欠2000元，会被起诉吗", 2000),
])
def test_the_borrowers_own_sum_is_kept(told: str, amount: int) -> None:
    assert extract_slots(told)["amount"].value == amount


@pytest.mark.parametrize("asked, reading", [
    ("逾期十天了，支付宝还能正常转账收钱吗", "while_overdue"),
    ("我借呗逾期了还能再借一笔来还吗", "while_overdue"),
    ("Can I still borrow from Jiebei after paying off the overdue amount?", None),
    ("逾期还款后还能用吗", None),
])
def test_while_late_and_after_repaying_are_told_apart(asked: str, reading: str | None) -> None:
    assert repaid_ask(asked) == reading


def test_borrowing_while_late_is_answered(engine: Engine) -> None:
    reply = engine.ask("I'm 3 weeks late on Jiebei. Can I still borrow from it?")
    assert reply.topic == "after_repayment"
    assert "while a loan is unpaid or overdue" in reply.text


def test_a_second_question_on_borrowing_is_not_dropped(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了，家里人都不知道，我很怕，他们会告诉我爸妈吗？我还能借钱吗？")
    assert reply.topics[:2] == ("contact_family", "after_repayment")
    assert engine.ask("借呗逾期了，家里人都不知道，他们会告诉我爸妈吗？").topics == ("contact_family",)


def test_being_late_alone_keeps_its_answer(engine: Engine) -> None:
    assert engine.ask("借呗逾期了会怎样").topic == "collection_process"


@pytest.mark.parametrize("asked", [
    "借呗多少年不还就不用还了",
    "借呗欠款过几年就不用还了吗",
    "欠款会过期吗",
    "Is there a time limit on how long Jiebei can chase me?",
    "Can they still sue me after 5 years?",
    "After how many years does Jiebei debt expire?",
    "借呗欠了五年了，还能告我吗",
    "借呗拖了十年没还，还要还吗",
])
def test_the_limitation_period_in_plain_words(engine: Engine, asked: str) -> None:
    assert _kind(asked) == "limitation"
    reply = engine.ask(asked)
    assert reply.topic == "lawsuit"
    assert any(line in reply.text for line in NOT_COVERED), reply.text


@pytest.mark.parametrize("twin", [
    "逾期记录保留几年",
    "What's the time limit to pay it back?",
    "Does my Jiebei credit limit expire?",
    "借呗最长能借几年",
    "分期3年，还要还多少",  # a loan's term and its cost
])
def test_look_alikes_of_the_limitation_period(twin: str) -> None:
    assert _kind(twin) != "limitation"


@pytest.mark.parametrize("asked, kind", [
    ("我人在国外，借呗逾期会怎样", "abroad"),
    ("我在美国，借呗逾期了怎么办", "abroad"),
    ("借呗逾期了 I'm in Australia, will they sue me?", "abroad"),
    ("I'm moving to Canada, can Alipay still sue me there?", "moving"),
    ("我在国外工作，借呗逾期了，会不会影响我回国", "abroad_return"),
])
def test_being_abroad_asked_in_its_wordings(engine: Engine, asked: str, kind: str) -> None:
    assert _kind(asked) == kind
    assert any(line in engine.ask(asked).text for line in NOT_COVERED)


@pytest.mark.parametrize("twin", [
    "我在美国，借呗逾期会影响征信吗",  # a credit question: being abroad is context (review39)
    "我想去日本旅游，借呗逾期了怎么办",  # travel, not living there
    "I'm in a bad situation, what should I do?",
])
def test_being_abroad_only_mentioned(twin: str) -> None:
    assert _kind(twin) not in ("abroad", "abroad_return")


@pytest.mark.parametrize("asked", [
    "打电话催我的是一家什么律师事务所，不是支付宝，这正常吗",
    "A collection agency is calling me about Jiebei, not Alipay. Is that legit?",
    "借呗的催收都是第三方公司做的吗",
    "Who actually calls me when Jiebei is overdue, Alipay staff or an agency?",
    "Is it normal that a debt collection company, not Alipay, is chasing my Jiebei loan?",
    "催收公司打电话给我，是支付宝委托的吗",
])
def test_who_collects_asked(asked: str) -> None:
    assert _kind(asked) == "outsourced"


def test_who_collects_with_words_of_trust_is_no_question_about_the_assistant(engine: Engine) -> None:
    reply = engine.ask("催收公司不是支付寶的人，他們說的話能信嗎")
    assert reply.topic == "collection_process"
    assert "核實" in reply.text
    assert engine.ask("你说的话能信吗").topic == "capabilities"


@pytest.mark.parametrize("twin", [
    "催收公司天天打电话，这合法吗",  # the calls asked about, not who makes them
    "Collectors call me every day, is that normal?",
    "The collection agency calls every day, will they visit my home?",
])
def test_an_agency_only_named(twin: str) -> None:
    assert _kind(twin) != "outsourced"


def test_an_example_the_borrower_gives_keeps_its_sum() -> None:
    assert extract_slots("比方说我贷了1000元  逾期了十天怎么算罚金？")["amount"].value == 1000


@pytest.mark.parametrize("twin, topics", [
    ("借呗没还不能继续借吗", ("out_of_scope",)),  # not late: how the product works (billing)
    ("借呗逾期还能不能分期付款", ("negotiate",)),  # instalments while late: terms
])
def test_use_while_unpaid_or_terms_keep_their_reading(engine: Engine, twin: str, topics: tuple[str, ...]) -> None:
    assert engine.ask(twin).topics == topics


@pytest.mark.parametrize("asked, line", [
    ("我在国外打不了95188，怎么联系借呗", "支付宝 App 里找官方在线客服"),
    ("I'm overseas and can't call 95188. How do I reach Jiebei?", "official in-app customer service"),
])
def test_95188_unreachable_from_abroad_is_answered(engine: Engine, asked: str, line: str) -> None:
    reply = engine.ask(asked)
    assert reply.topic != "out_of_scope"
    assert line in reply.text


def test_95188_asked_for_keeps_its_line(engine: Engine) -> None:
    reply = engine.ask("借呗电话是多少")
    assert reply.text.startswith("95188 是支付宝的官方客服电话")


def test_the_score_asked_after_repaying_is_life_after_repaying(engine: Engine) -> None:
    assert engine.ask("我已经还清了，为什么芝麻分还没回来").topic == "after_repayment"


@pytest.mark.parametrize("twin", [
    "我从来没逾期过，还清以后为什么额度没了",  # never late: the billing question the decline keeps
    "我提前还完了借呗，为什么额度变少了",  # repaid early
])
def test_the_limit_after_repaying_a_loan_never_late_stays_declined(engine: Engine, twin: str) -> None:
    assert engine.ask(twin).topic == "out_of_scope"


def test_what_the_account_shows_after_repaying_stays_declined(engine: Engine) -> None:
    assert engine.ask("我都还清了，为什么还显示有逾期记录").topic == "out_of_scope"  # billing (eval README)
