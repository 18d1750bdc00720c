"""Round 30 (cls24, issue 13): which topic leads on wording never seen. Each mechanism with the
case it reads and the look-alike it must leave alone:

- account actions asked of the app (change the repayment card, cancel the automatic deduction, raise
  the limit, close the account, a statement or settlement certificate) are declined (bot.routing_account);
  with a late cue, a word of evading the debt or the credit record named they keep their reading;
- how long a record stays, the central bank named with lateness, and hotel or car-rental bookings the score
  touches are credit_report; a travel ban asked is uncovered; collection by machines or people still sent,
  asked in general, is collection_trend; the debtor gone dark (the writer or a relative) with what follows
  asked is going_dark (bot.routing_lasting); once repaid, a court's restriction, a personal timeline of calls
  and a family member asked after keep their topic;
- the heart, the night and the chest told in more words lead with worry; a chase told in passing before a
  question sure alone leaves that question its topic (bot.routing_questions._chase_only).
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.routing_account import account_business
from bot.routing_lasting import lasting_readings
from bot.text import normalize


@pytest.mark.parametrize("text", [
    "借呗还款绑定的银行卡能换成别的吗", "花呗自动还款功能怎么关闭", "怎么把花呗账号关掉", "借呗额度怎么才能提",
    "借呗的还款明细在哪里能看", "打印借呗结清证明", "can i switch the linked card for my huabei repayments",
    "how do i stop automatic repayment on huabei", "how to raise my huabei limit", "please deactivate my jiebei account",
])
def test_account_actions_are_declined(text: str) -> None:
    for reading in (["going_dark"], ["about_jiebei"], ["negotiate"], ["collection_process"]):
        assert account_business(reading, normalize(text)) == ["out_of_scope"]


@pytest.mark.parametrize("text", [
    "注销花呗能不能躲掉这笔债",            # evading the debt: going_dark's
    "逾期了借呗额度还能提高吗",            # a late cue
    "把借呗关了还会催我吗",                # the chase named
    "结清证明能证明我征信没问题吗",        # the credit record asked
    "信用卡改分期怎么弄",                  # no account action of the product
    "can i send my bank statement when i negotiate",
])
def test_account_look_alikes_keep_their_reading(text: str) -> None:
    assert account_business(["going_dark"], normalize(text)) == ["going_dark"]


@pytest.mark.parametrize(("text", "misread", "topic"), [
    ("逾期的记录会一直跟着我吗 几年能消", "after_repayment", "credit_report"),
    ("逾期记录几年才能消", "out_of_scope", "credit_report"),
    ("how many years does a late payment stay on file", "after_repayment", "credit_report"),
    ("人民银行能查到我花呗逾期吗", "out_of_scope", "credit_report"),
    ("欠借呗会不会影响我住酒店", "uncovered_consequences", "credit_report"),
    ("will my overdue huabei put me on a no-fly list", "after_repayment", "uncovered_consequences"),
    ("欠借呗出境的时候会被拦吗", "going_dark", "uncovered_consequences"),
    ("现在催债是不是都交给机器打电话了", "collection_process", "collection_trend"),
    ("do they still send people to your house these days or only phone", "home_visit", "collection_trend"),
    ("我姐夫欠网贷跑路了 联系不上 接下来会怎样", "collection_process", "going_dark"),
    ("my husband switched sims and stopped paying his huabei, what happens", "collection_process", "going_dark"),
])
def test_lasting_readings(text: str, misread: str, topic: str) -> None:
    assert lasting_readings([misread], normalize(text)) == [topic]


@pytest.mark.parametrize(("text", "reading"), [
    ("还完欠款以后 征信上的逾期要几年才没有", "after_repayment"),   # repaid: getting a clean record back
    ("法院会不会限制我高消费 住不了酒店", "uncovered_consequences"),  # a court's restriction, not the score
    ("逾期后一直是机器人给我打电话 接下来会怎样", "collection_process"),  # my own calls, not collection in general
    ("他们还会上门吗 我一个人在家", "home_visit"),                   # a visit to me, no contrast
    ("95188一直打不通 逾期了会怎样", "collection_process"),          # the helpline unreachable
    ("我哥失联了 催收会不会来找我", "contact_family"),               # the family asked after
    ("还清以后还能出国吗", "after_repayment"),                       # no lateness, nothing stopped
])
def test_lasting_look_alikes_keep_their_reading(text: str, reading: str) -> None:
    assert lasting_readings([reading], normalize(text)) == [reading]


@pytest.mark.parametrize("question", [
    "借呗拖了二十多天 这几天心脏砰砰跳 夜里醒好几回 我该咋办",
    "花呗逾期了 晚上老是惊醒 一身汗 这样正常吗",
    "为了还网贷的事 我整个人都在发抖 睡也睡不好 怎么才能静下来",
    "i've had a tight chest for days over my overdue loan, how do i manage",
    "i wake up at 4am every night worrying about the alipay debt, how do people handle this",
])
def test_more_body_signs_lead_with_worry(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic == "worry"


@pytest.mark.parametrize(("question", "topic"), [
    ("借呗逾期了 胸闷 他们会不会上门", "home_visit"),              # the sign beside a matter asked
    ("i wake up at 4am, will this hit my credit score", "credit_report"),
])
def test_body_sign_look_alikes_keep_their_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_managing_money_is_no_feeling(engine: Engine) -> None:
    # "manage" copes only at the end of the question: managing repayments is not the feeling asked
    assert engine.ask("i'm stressed, how do i manage my jiebei repayments better").topic != "worry"
    assert engine.ask("i'm so stressed about my jiebei debt i can barely sleep, how do i manage").topic == "worry"


def test_a_chase_told_in_passing_leaves_the_question_its_topic(engine: Engine) -> None:
    assert engine.ask("a collector called me once, how much is the late interest").topic == "penalty_costs"
    # ...and a question about the chase itself keeps collection_process
    assert engine.ask("a collector called me once, what happens next").topic == "collection_process"


def test_years_until_the_record_goes_once_repaid_is_after_repayment() -> None:
    from bot.routing_silent import record_after_repaying
    assert record_after_repaying(["credit_report"], normalize("欠款都还清了 征信上的逾期要过几年才能消"))[0] == "after_repayment"
    # ...not repaid: how long the record stays is credit_report's
    assert record_after_repaying(["credit_report"], normalize("征信上的逾期要过几年才能消")) == ["credit_report"]


def test_what_can_be_done_asked_beside_a_sign(engine: Engine) -> None:
    assert engine.ask("借呗逾期了 每晚都睡不着 心口发紧 有什么办法").topic == "worry"
    # ...money short is negotiate's, as with 怎么办
    assert engine.ask("借呗还不上了 有什么办法").topic != "worry"


def test_a_collector_saying_the_writer_is_unreachable_is_not_going_dark() -> None:
    text = normalize("催收说联系不上我 要转到下一个阶段 会怎样")
    assert lasting_readings(["collection_process"], text) == ["collection_process"]
    assert lasting_readings(["collection_process"], normalize("我联系不上催收了 也不想理了 会怎样")) == ["going_dark"]


def test_a_record_coming_back_clean_is_not_how_long_it_stays() -> None:
    assert lasting_readings(["after_repayment"], normalize("逾期了 征信多久能恢复")) == ["after_repayment"]
    assert lasting_readings(["after_repayment"], normalize("逾期了 征信记录会保留多久")) == ["credit_report"]


def test_an_after_repayment_reading_of_erasing_the_record_stays() -> None:
    # erasing is getting a clean record back (after_repayment's); how long it is kept is credit_report's
    assert lasting_readings(["after_repayment"], normalize("逾期记录多久能消除")) == ["after_repayment"]
    assert lasting_readings(["after_repayment"], normalize("逾期记录会保留几年")) == ["credit_report"]


def test_still_coming_after_repaying_is_no_trend() -> None:
    assert lasting_readings(["home_visit"], normalize("还清后还会上门吗")) == ["home_visit"]
    assert lasting_readings(["home_visit"], normalize("现在还会派人上门吗 还是只打电话")) == ["collection_trend"]


def test_being_abroad_told_is_no_travel_ban() -> None:
    told = normalize("人在国外 花呗逾期了 不能用了")
    assert lasting_readings(["out_of_scope"], told) == ["out_of_scope"]
    assert lasting_readings(["out_of_scope"], normalize("花呗逾期了 会不会不能出国")) == ["uncovered_consequences"]
