"""ans23 (s16): truthfulness defects left after ans20-22, each by its mechanism, both sides.

- Several sums in one message (borrowed, owed, a collector's claim): the answer never calls the wrong
  one the debt; the one told as owed is named, or none when no sum is told as owed.
- A collector's sum set against what the borrower borrowed ("我只借了两万") is a doubted claim: the
  official-channel line leads, as for "是真的吗".
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_claims import sum_claim_doubted
from bot.slots import extract_slots

SCAM = ("只通过平台的官方渠道还款", "Pay only through the lender's official channel")


def _amount(message: str) -> float | None:
    slot = extract_slots(message).get("amount")
    return None if slot is None else slot.value


@pytest.mark.parametrize("message", [
    "催收说我欠了三万，我只借了两万",
    "催收说我欠了三万，我只借了两万，会被起诉吗",
    "they say I owe 30k but I only borrowed 20k",
    "They say I owe 30000 yuan, I only borrowed 20000 yuan. Will they sue?",
    "本金两万，对方说我还欠三万五",
    "借了2w，现在催收说要还3w，合理吗",      # 说要还: a claim too
    "我借了两笔，一笔一万一笔两万，都逾期了十天，会上门吗",   # two sums, neither told as the debt (truth4: 一万一 read as 11000)
    "Collector says my 10k loan is now 25k with fees. Can they charge that much?",
    "我在借呗借了十万，分12期，已经还了6期，后面3期逾期了，会被起诉吗",   # the principal, part repaid
    "如果我先还一万呢",                          # a repayment proposed
])
def test_a_claim_beside_the_principal_names_no_debt(engine: Engine, message: str) -> None:
    assert _amount(message) is None
    text = engine.ask(message).text
    assert "你提到欠款" not in text and "owing" not in text, text


@pytest.mark.parametrize("message, owed", [
    ("借了五万，逾期三个月，还剩三万没还，会上门吗", 30000),     # the principal beside what is left: what is left
    ("我借了两万，现在要还两万五", 25000),
    ("I borrowed 20000 yuan and now owe 26000, will they sue?", 26000),
    ("我借了两万，催收说我欠三万，我其实还欠一万", 10000),       # a claim, the principal and the sum owed: the sum owed
    ("借呗本金3万，已经还了1万，还剩2万逾期两个月，会不会被告", 20000),   # truth4 #3
    ("借呗借了5000，利息加罚息现在要还6200，逾期两个月，会被起诉吗", 6200),
    ("每月要还2000，借呗欠了3万", 30000),        # an instalment is no debt (每月要还)
    ("欠3万，每月能还2000", 30000),
    ("借呗欠了5000，花呗欠了3000，会被起诉吗", 5000),   # two debts: the asked product's (mend47, review46 #5)
])
def test_of_several_sums_the_one_told_as_owed_is_the_debt(message: str, owed: int) -> None:
    assert _amount(message) == owed


@pytest.mark.parametrize("message, days", [
    ("今年三月开始还不上了，到现在已经逾期四个月，会被起诉吗", 120),   # 三月开始: a month of the year (truth4)
    ("借呗从六月开始逾期，到现在已经三个月了，会起诉吗", 90),
    ("借呗逾期三月了", 90),                                   # 逾期三月 is still three months
])
def test_a_month_of_the_year_is_no_time_overdue(message: str, days: int) -> None:
    slot = extract_slots(message).get("days")
    assert slot is not None and slot.value == days


def test_a_few_hundred_owed_is_said_once(engine: Engine) -> None:
    text = engine.ask("借呗逾期一周，欠几百块，会被起诉吗").text
    assert "欠款欠" not in text and "欠款几百元" in text, text


@pytest.mark.parametrize("message, first", [
    ("我借了2万，逾期三个月会被起诉吗", 20000),  # one sum alone is still named
    ("借了一万，利息五千", 10000),             # the interest is no sum owed (bot.slots)
    ("I'd say I owe 5000 yuan, will they sue?", 5000),   # the borrower's own "say"
    ("I owe 30k, they say it will double", 30000),
])
def test_sums_with_no_conflicting_roles_are_read_as_before(message: str, first: int) -> None:
    assert _amount(message) == first


def test_a_claim_set_against_what_was_borrowed_is_doubted(engine: Engine) -> None:
    message = "催收说我欠了三万，我只借了两万"
    assert sum_claim_doubted(message)
    reply = engine.ask(message)
    assert SCAM[0] in reply.lead and reply.topics[0] == "penalty_costs", reply.text
    # the borrower's own principal with no caller's claim: no claim line
    own = "我只借了两万，逾期三个月了会被起诉吗"
    assert not sum_claim_doubted(own)
    assert SCAM[0] not in engine.ask(own).text


@pytest.mark.parametrize("message", [
    "Collectors from an agency said they'd report me to my employer. Can they?",
    "They said they would call my parents, is that allowed?",
])
def test_a_threat_to_tell_the_workplace_is_whom_they_contact(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == "contact_family", reply.topics
    assert "hometown visits" not in reply.lead


@pytest.mark.parametrize("message", [
    "借呗逾期会上门吗",
    "Will they visit my employer?",                                       # no threat reported
    "The collector said they will come to my hometown and visit my parents. Will they?",  # a visit named
])
def test_a_visit_asked_or_threatened_keeps_the_visit_answer(engine: Engine, message: str) -> None:
    assert "home_visit" in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "催收说已经委托律师事务所了，下周上门，会来吗",
    "My debt was handed to a law firm, will they come to my house?",
])
def test_a_visit_asked_beside_a_law_firm_is_answered_first(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[:2] == ("home_visit", "lawsuit")


@pytest.mark.parametrize("message", [
    "催收说已经委托律师事务所了，会起诉我吗",     # no visit asked
    "说委托了律师，下周上门核实，是真的吗",         # a visit told, the threat doubted: the lawsuit reading stands
    "My debt was handed to a law firm, is it real?",
])
def test_a_law_firm_with_no_visit_asked_stays_the_lawsuit(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics == ("lawsuit",)


def test_the_while_late_answer_is_labelled_as_what_it_answers(engine: Engine) -> None:
    text = engine.ask("催收的人骂我，我逾期一个月，还能继续用借呗吗").text
    assert "【逾期期间还能用吗】" in text and "【还清以后】" not in text
    guessed = engine.ask("逾期十天了，支付宝还能正常转账收钱吗").text
    assert "我按“逾期期间还能继续用" in guessed and "我按“还清以后还能再借吗”" not in guessed


def test_life_after_repaying_keeps_its_own_label(engine: Engine) -> None:
    text = engine.ask("借呗逾期了，会上征信吗？还清以后还能再借吗？").text
    assert "【还清以后】" in text and "逾期期间还能用吗" not in text
    assert "【还清以后】" in engine.ask("还清之后催收还在给我家人打电话怎么办").text  # calls after repaying: after repaying indeed


@pytest.mark.parametrize("message", [
    "借呗逾期后有人打电话说是支付宝客服，说可以帮我延期，但要先交500手续费，是真的吗",   # a fee up front
    "催收让我把钱转到他给的银行卡，说这样就不上征信，可以吗",                            # the caller's card
    "我只借了两万，他们说我欠三万，这是怎么回事",                                       # a sum claimed of the borrower
])
def test_a_fee_a_callers_card_or_a_claimed_sum_leads_with_the_official_channel(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert SCAM[0] in reply.lead and "帮不上忙" not in reply.text, reply.text


@pytest.mark.parametrize("message", [
    "有人自称借呗客服，说交300块保证金就能帮我停息挂账，可信吗",
    "借呗逾期了，催收员让我下载一个APP还款，安全吗",
])
def test_a_scam_beside_the_abuse_reply_is_warned_under_its_first_line(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    first, second = reply.text.split("\n")[:2]
    assert "110" in first and SCAM[0] in second, reply.text


@pytest.mark.parametrize("message", [
    "借呗的手续费是多少",                         # a fee asked of the lender, no caller
    "他们说借呗利息高，是真的吗",                  # hearsay of a rate, no sum claimed of the borrower
    "借呗逾期了，我想下载支付宝app还款，怎么操作",   # the borrower's own app, nobody asks it
    "我在支付宝app里还款安全吗",
])
def test_no_official_channel_line_without_a_callers_demand(engine: Engine, message: str) -> None:
    assert SCAM[0] not in engine.ask(message).text


@pytest.mark.parametrize("message", [
    "借呗欠五万逾期三个月了，我爸妈会不会被起诉？我老婆会不会被起诉？",
    "我老婆会被起诉吗",
    "Will my wife be sued too?",
])
def test_the_family_as_the_one_sued_is_said_uncovered(engine: Engine, message: str) -> None:
    text = engine.ask(message).text
    assert "会不会起诉你的家人，文章没有谈到" in text or "Whether they would sue your family, the article does not say" in text


@pytest.mark.parametrize("message", [
    "借呗逾期会被起诉吗",
    "我爸妈借呗逾期了会被起诉吗",    # the parents' own loan: they are the borrowers
])
def test_the_borrowers_own_lawsuit_has_no_family_line(engine: Engine, message: str) -> None:
    assert "会不会起诉你的家人" not in engine.ask(message).text


def test_the_family_sued_asked_as_a_follow_up_is_said_uncovered(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗欠五万逾期三个月了会起诉吗")
    assert "会不会起诉你的家人，文章没有谈到" in session.ask("那我老婆会被起诉吗").text


def test_using_it_while_late_in_pinyin_is_the_while_late_question(engine: Engine) -> None:
    assert engine.ask("My jiebei is yuqi already, can still use huabei or not?").lead.startswith("Whether you can keep using")
    # after repaying stays after repaying
    assert "while a loan is unpaid or overdue" not in engine.ask("Can I use Huabei again after I repay?").text


def test_a_paid_record_deletion_offer_is_warned_and_keeps_its_topic(engine: Engine) -> None:
    reply = engine.ask("有人打电话说可以帮我消除借呗逾期记录，收费两千，靠谱吗")
    assert SCAM[0] in reply.lead and reply.topics == ("after_repayment",)


@pytest.mark.parametrize("message, owed", [
    ("催收说我欠5万，但其实我只欠3万，怎么回事", 30000),
])
def test_a_claim_against_what_the_borrower_owes_names_their_own_sum_and_the_check(engine: Engine, message: str, owed: int) -> None:
    assert _amount(message) == owed
    assert SCAM[0] in engine.ask(message).lead


def test_a_transfer_to_a_company_account_asked_by_a_collector_is_warned(engine: Engine) -> None:
    assert SCAM[0] in engine.ask("催收让我先转2000到支付宝对公账户，安全吗").text
    assert SCAM[0] not in engine.ask("借呗可以用对公账户还款吗").text   # nobody asks it


def test_money_taken_from_the_balance_is_the_frozen_account_fear(engine: Engine) -> None:
    reply = engine.ask("借呗逾期后，我的支付宝余额会被扣吗")
    assert reply.topics == ("uncovered_consequences",) and "帮不上忙" not in reply.text
    # a score docked is no account emptied; wages docked are the wages fear
    assert "银行卡、支付宝或微信账户被冻结" not in engine.ask("借呗逾期了账户会被扣分吗").text
    assert "工资被扣" in engine.ask("借呗逾期了工资会被扣吗").text
