"""review39's findings on ans18's not-covered lines and abuse replies (ans19), each by its mechanism,
each case beside a twin that must not change.

- Who collects and being abroad get the "article does not cover" line only when the message asks
  about them ("是支付宝自己催还是外包", "can they sue me abroad"), not when an agency is named as the
  one calling or threatening, or being abroad is told beside a question on credit or family.
- Beside an abuse report, "what can I do"/"我该怎么还" about the loan keeps a loan section.
- Whether the statute of limitations has run is the lawsuit question, however it is worded.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.figures import asked_figure
from bot.text import simplified

NOT_COVERED = ("文章没有谈到，我不替它下结论", "so I won't guess either way")


@pytest.mark.parametrize("mentioned", [
    "催收公司天天打电话，会上门吗",
    "第三方催收说要来我老家，真的会来吗",
    "外包催收说我不还就起诉，会吗",
    "The collection agency calls every day, will they visit my home?",
    "第三方催款的人天天打电话，会上门吗",
    "我已经出国了，借呗逾期会影响征信吗",
    "我在国外工作，借呗逾期会联系我父母吗",
    "I'm abroad now, will jiebei overdue affect my credit?",
    "I'm working abroad, will jiebei contact my parents?",
])
def test_a_matter_only_mentioned_gets_no_not_covered_line(engine: Engine, mentioned: str) -> None:
    assert asked_figure(simplified(mentioned)) is None
    reply = engine.ask(mentioned)
    assert not any(line in reply.text for line in NOT_COVERED), reply.text


def test_the_abuse_reply_leads_when_an_agency_only_threatens(engine: Engine) -> None:
    reply = engine.ask("第三方催收说要来我老家，真的会来吗")
    assert reply.topics[0] == "abusive_collection" and "】你不必忍受" in reply.lead.split("。")[0], reply.text


@pytest.mark.parametrize("asked, kind", [
    ("是不是外包催收", "outsourced"),
    ("现在打电话的是第三方催收吗", "outsourced"),
    ("借呗逾期了会不会交给催收公司", "outsourced"),
    ("我的借呗逾期，蚂蚁借呗会找第三方催款吗", "outsourced"),  # 第三方催款 read as 第三方催收 is
    ("Is collection outsourced?", "outsourced"),
    ("Will they sell my debt to a collection agency?", "outsourced"),
    ("Is this a debt collection agency?", "outsourced"),
    ("我在国外，回国会被抓吗", "abroad_return"),  # (going back named: truth3 #8)
    ("我已经移民了，借呗还用还吗", "abroad"),
    ("I live abroad, does it matter?", "abroad"),
])
def test_a_matter_asked_about_keeps_its_line(asked: str, kind: str) -> None:
    assert asked_figure(simplified(asked)) == (kind, "")


@pytest.mark.parametrize("asked, loan", [
    ("the collector said they'd list my flatmate as a joint debtor, I'm 30 days late, what can I do", "collection_process"),
    ("催收说要把我表哥列为共同还款人，这合法吗，我该怎么还", "negotiate"),
    ("催收骂我全家，我逾期两个月了，怎么办", "collection_process"),
])
def test_a_loan_question_beside_an_abuse_report_keeps_its_section(engine: Engine, asked: str, loan: str) -> None:
    reply = engine.ask(asked)
    assert reply.topics == ("abusive_collection", loan), reply.topics
    assert "12378" in reply.lead


def test_the_days_told_stay_in_the_collection_section(engine: Engine) -> None:
    reply = engine.ask("the collector said they'd list my flatmate as a joint debtor, I'm 30 days late, what can I do")
    assert "30 days" in reply.text, reply.text


@pytest.mark.parametrize("twin", [
    "催收骂我，我该怎么办",                       # what to do about the abuse: its reply answers that
    "Collectors threatened to post my photo online. What can I do?",
    "催收打电话骂我还威胁我家人，我能投诉吗，打哪个电话",
    "They call me 50 times a day. Is that allowed?",
])
def test_an_abuse_report_asking_about_the_abuse_stays_alone(engine: Engine, twin: str) -> None:
    assert engine.ask(twin).topics == ("abusive_collection",)


@pytest.mark.parametrize("asked", ["逾期三年了，过了时效了吗", "逾期两年了，过了诉讼时效了吗", "借呗的诉讼时效是几年"])
def test_the_statute_of_limitations_is_the_lawsuit_question(engine: Engine, asked: str) -> None:
    reply = engine.ask(asked)
    assert reply.topics == ("lawsuit",) and reply.lead.startswith("你问的诉讼时效"), reply.text


@pytest.mark.parametrize("twin, topic", [
    ("朋友欠我的钱过了时效了吗", "out_of_scope"),    # a debt owed to the writer: declined as before
    ("逾期三年了，还能用吗", "after_repayment"),      # using the account while late: as before
])
def test_look_alikes_of_the_limitation_question_keep_their_reading(engine: Engine, twin: str, topic: str) -> None:
    assert engine.ask(twin).topics == (topic,)
