"""Leads that answered a neighbouring question (truth2's audit, ans18): each family fixed by its
mechanism, each case beside a twin that must not change.

- Matters the article never covers (the statute of limitations, being abroad, who collects, which of
  several lenders sues, a loan in someone else's name) are said first as not covered, with a lawyer
  or legal aid for the legal ones, before what the article does say (bot.figures' conditions).
- after_repayment's lead follows what was asked: calls that go on after repaying lead with the
  calls (12378, proof of repayment, the official service); using Alipay while still late says the
  article is silent on that, not on "what happens after you repay" (template variable repaid_ask).
- A bare statement of a debt and its lateness is what happens now; whether a practice is lawful is
  no lawsuit question; an abuse report that asks only about the abuse ("Is that allowed?", "打哪个
  电话") gets the abuse reply alone; skipping the interest is no "ignoring it" matter; a collector's
  "立案/强制执行" claim gets no generic list of uncovered fears under the abuse reply.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_asks import repaid_ask
from bot.figures import asked_figure
from bot.text import simplified

NOT_COVERED = {"zh": "文章没有谈到，我不替它下结论", "en": "so I won't guess either way"}
LAWYER = {"zh": "律师或法律援助", "en": "a lawyer or legal aid"}


@pytest.mark.parametrize("asked, kind, lang", [
    ("诉讼时效过了吗", "limitation", "zh"),
    ("逾期两年了，是不是过了诉讼时效就不用还了", "limitation", "zh"),
    ("My loan is 3 years overdue. Is it expired under the statute of limitations?", "limitation", "en"),
    ("I'm abroad now. Can they still sue me in China?", "abroad", "en"),
    ("我人在国外，借呗逾期了会起诉我吗", "abroad", "zh"),
    ("微粒贷和借呗都逾期了，哪个先起诉我？", "several", "zh"),
    ("Will all of them sue me?", "several", "en"),
])
def test_a_legal_matter_the_article_never_covers_is_said_first(engine: Engine, asked: str, kind: str, lang: str) -> None:
    assert asked_figure(simplified(asked)) == (kind, "")
    reply = engine.ask(asked)
    assert NOT_COVERED[lang] in reply.lead and LAWYER[lang] in reply.lead, reply.text


@pytest.mark.parametrize("asked, lang", [
    ("Is Jiebei collection handled by Alipay itself or outsourced agencies?", "en"),
    ("借呗的催收是支付宝自己催还是外包的", "zh"),
])
def test_who_collects_is_said_to_be_not_covered(engine: Engine, asked: str, lang: str) -> None:
    assert asked_figure(simplified(asked)) == ("outsourced", "")
    reply = engine.ask(asked)
    assert NOT_COVERED[lang] in reply.lead and "95188" in reply.lead, reply.text


@pytest.mark.parametrize("asked, lead", [
    ("我老公用我的名字借了借呗，逾期了，我要还吗", "用别人名义借的钱"),
    ("My husband took a loan in my name without telling me. Do I have to pay?", "in someone else's name"),
])
def test_a_loan_in_someone_elses_name_is_named_not_listed(engine: Engine, asked: str, lead: str) -> None:
    reply = engine.ask(asked)
    assert reply.topics == ("uncovered_consequences",), reply.topics  # no "ignoring it" section
    assert lead in reply.lead and "坐牢" not in reply.lead and "jail" not in reply.lead, reply.text


@pytest.mark.parametrize("twin", [
    "借呗逾期会被起诉吗",
    "借呗逾期会影响我出国吗",               # a travel fear, answered as one
    "用我的名字借的借呗逾期了，会上征信吗",   # a loan in my name told, who pays not asked
    "I owe Jiebei and Huabei. Which should I pay first?",  # which to repay first: priority as before
    "催收公司的人天天打电话",                # a statement about collectors, nothing asked of who they are
])
def test_twins_without_such_a_matter_get_no_such_line(engine: Engine, twin: str) -> None:
    figure = asked_figure(simplified(twin))
    assert figure is None or figure[0] not in ("limitation", "abroad", "outsourced", "several", "in_my_name"), figure
    assert LAWYER["zh"] not in engine.ask(twin).text.split("\n", 1)[0]


@pytest.mark.parametrize("asked, lang", [
    ("I already paid it off but they still call me. What now?", "en"),
    ("I paid it off but collectors keep calling", "en"),
    ("我已经还清了，为什么还有人打电话催", "zh"),
    ("我还清了还一直被催", "zh"),
])
def test_calls_after_repaying_lead_with_the_calls(engine: Engine, asked: str, lang: str) -> None:
    assert repaid_ask(asked) == "still_called"
    reply = engine.ask(asked)
    assert reply.topics == ("after_repayment",)
    assert "12378" in reply.lead and ("结清" if lang == "zh" else "settled") in reply.lead, reply.text
    assert "95188" in reply.lead and ("还清以后的事" not in reply.text and "what happens after you repay" not in reply.text)


@pytest.mark.parametrize("asked, lang", [
    ("逾期了还能继续用支付宝吗", "zh"),
    ("Can I still use Alipay while overdue?", "en"),
    ("我花呗逾期了还能用吗", "zh"),
])
def test_using_alipay_while_late_is_said_to_be_not_covered(engine: Engine, asked: str, lang: str) -> None:
    assert repaid_ask(asked) == "while_overdue"
    reply = engine.ask(asked)
    assert ("逾期期间还能不能继续用" if lang == "zh" else "while a loan is unpaid or overdue") in reply.lead, reply.text
    assert "还清以后的事" not in reply.lead and "after you repay" not in reply.lead


@pytest.mark.parametrize("twin, lead", [
    ("借呗逾期还清了多久能再借", "文章没有讲还清以后的事"),
    ("借呗逾期后还款后还能用吗", "文章没有讲还清以后的事"),     # repaid: life after repaying
    ("逾期过借呗还能用不", "文章没有讲还清以后的事"),           # a late loan of the past
    ("i paid off my overdue jiebei, can i borrow again", "The article says nothing about what happens after you repay"),
])
def test_twins_about_life_after_repaying_keep_that_lead(engine: Engine, twin: str, lead: str) -> None:
    assert repaid_ask(twin) is None
    assert engine.ask(twin).lead.startswith(lead)


@pytest.mark.parametrize("twin", [
    "我已经还了，但是账单还显示逾期",                      # a notice that still says due: billing
    "借呗额度我正常使用，没有逾期，为什么会封了我的额度",      # never late
    "逾期了啥时候能用",                                  # when access returns
])
def test_twins_that_ask_neither(twin: str) -> None:
    assert repaid_ask(twin) is None


def test_a_bare_debt_and_lateness_is_what_happens_now(engine: Engine) -> None:
    reply = engine.ask("我欠了借呗三万，逾期四个月")
    assert reply.topics == ("collection_process",) and "还清以后" not in reply.text, reply.text
    assert engine.ask("我欠了借呗三万，逾期四个月，会被起诉吗").topics == ("lawsuit",)  # a question asked: its answer


def test_whether_spreading_the_debt_is_lawful_is_no_lawsuit_question(engine: Engine) -> None:
    reply = engine.ask("Can the collector share my debt in my contacts list? Is that legal in China?")
    assert reply.topics == ("uncovered_consequences",) and "12378" in reply.text, reply.text
    assert "take it to court" not in reply.lead
    # a suit named: the lawsuit answer as before
    assert engine.ask("If I don't pay, can the lender sue me? Is that legal?").topics[0] == "lawsuit"


@pytest.mark.parametrize("asked", [
    "Collectors threatened to post my photo online. Can they do that and who do I report to?",
    "They call me 50 times a day. Is that allowed?",
    "催收打电话骂我还威胁我家人，我能投诉吗，打哪个电话",
])
def test_an_abuse_report_that_asks_about_the_abuse_gets_its_reply_alone(engine: Engine, asked: str) -> None:
    reply = engine.ask(asked)
    assert reply.topics == ("abusive_collection",) and "12378" in reply.lead, reply.text


def test_an_abuse_report_with_a_loan_question_keeps_it(engine: Engine) -> None:
    assert engine.ask("They call me 50 times a day. Is that allowed? Will they sue me?").topics == (
        "abusive_collection", "lawsuit")


def test_skipping_the_interest_is_no_ignoring_it_matter(engine: Engine) -> None:
    assert engine.ask("Can I just pay the principal and skip the interest?").topics == ("negotiate",)
    assert engine.ask("can i just not pay at all").topics[0] == "going_dark"  # not paying at all: as before


def test_a_case_filed_claim_gets_no_generic_list_under_the_abuse_reply(engine: Engine) -> None:
    reply = engine.ask("收到短信说已经立案，三天内不还就强制执行，是真的吗")
    # (the court's step claimed, 强制执行: the lawsuit section on checking court papers may follow since answer171; no generic list)
    assert reply.topics in (("abusive_collection",), ("abusive_collection", "lawsuit")) and "怎么核实这类说法，文章没有讲" in reply.text
    assert "坐牢、黑名单" not in reply.text, reply.text  # (fix164 wording)
    twin = engine.ask("催收说我要坐牢，是真的吗")  # a fear named: its answer follows, as before
    assert twin.topics == ("abusive_collection", "uncovered_consequences") and "坐牢" in twin.text
