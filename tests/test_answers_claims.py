"""truth3's findings 1, 2, 4, 10 and 11 (ans20), each by its mechanism and in both languages, each
beside a look-alike that must not change (bot.answer_claims).

- A payment asked into a personal account, a reduction "today only", or a caller's claim of a rate
  or a sum doubted: the answer opens with "pay only through the official channel, check the caller on
  the official number"; never a decline, and no abuse reply for it alone.
- Whether a rate or charge is lawful, or where to complain about it: never a decline; the article
  covers the costs, not what is lawful; 12378 for complaints.
- Several lenders: 95188 is for 借呗/花呗 only, each other lender's own service said plainly, first
  when whom to call is asked; "who will sue first" gets the several-lenders line and drops no lender.
- A contact already made (their parents called) asked lawful: answered as told, not as whether they
  will; a blacklist threat doubted beside abuse gets the blacklist answer too.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_claims import (
    family_contacted,
    other_lenders,
    rate_legal_asked,
    scam_told,
)
from bot.text import simplified

DECLINE = ("帮不上忙", "can't help with that")
SCAM = ("不要转账到任何个人账户", "never into a personal account")
RATE = ("催收说的费用是否合法", "the article does not say, and it gives no rate")
ONLY_ALIPAY = ("95188 只处理借呗、花呗", "95188 handles only Jiebei and Huabei")
SEVERAL = ("欠了几家时哪一家会先采取行动", "which of several lenders would act first")


def _has(text: str, pair: tuple[str, str]) -> bool:
    return any(words in text for words in pair)


@pytest.mark.parametrize("message", [
    "催收说借呗可以减免一半，只要今天转账到他卡上",
    "Collectors say the interest rate is 36% and I must pay today. Is this legit?",
    "催收让我把钱打到他的微信上，说可以少还一点，靠谱吗",
    "A caller said I owe 3000 on Jiebei and to transfer it to his account today, is this real?",
    "催收说我欠了8000，今天必须还，是真的吗",
])
def test_a_scam_like_demand_opens_with_the_official_channel(engine: Engine, message: str) -> None:
    assert scam_told(message)
    reply = engine.ask(message)
    assert _has(reply.lead, SCAM), reply.text
    assert "95188" in reply.lead and not _has(reply.text, DECLINE), reply.text
    assert "abusive_collection" not in reply.topics and "crisis" not in reply.topics, reply.topics


@pytest.mark.parametrize("message", [
    "借呗逾期了，怎么还款",              # repaying asked, nothing claimed
    "催收说下周上门，是真的吗",            # a threat doubted: the abuse reply's (no sum, no rate, no account)
    "我今天把借呗还清了",
    "I paid Jiebei today through the app, will my score recover?",
    "借呗利息怎么算",
    "有人说借呗利息很高，是真的吗",  # hearsay, no caller
    "They say Jiebei's interest rate is high, is that true?",
    "现在不是花呗还不还的问题，关键是现在钱还没到对方卡上",  # a transfer of one's own not yet arrived
])
def test_no_scam_line_without_a_demand_or_claim(engine: Engine, message: str) -> None:
    assert not scam_told(message)
    assert not _has(engine.ask(message).text, SCAM)


def test_a_threat_told_with_a_personal_account_keeps_the_abuse_reply(engine: Engine) -> None:
    # threats told still get the abuse reply, 110 and 12378 first (it has its own personal-account point)
    reply = engine.ask("催收威胁说不转钱到他个人账户就弄死我全家")
    assert reply.topics[0] == "abusive_collection" and "110" in reply.lead, reply.text
    assert not _has(reply.lead, SCAM)


@pytest.mark.parametrize("message, topic", [
    ("借呗逾期了，利息太高了，我想投诉利率，打哪个电话", "penalty_costs"),  # (nobody late: the decline, review42)
    ("催收的人说利息翻倍了，这合法吗", "penalty_costs"),
    ("催收在电话里说我的利息每天都在翻，合法吗", "penalty_costs"),
    ("借呗罚息太高了，能投诉吗", "penalty_costs"),
    ("借唄罰息太高了，能投訴嗎", "penalty_costs"),
    ("The penalty interest on Jiebei is crazy high, is that even legal?", "penalty_costs"),
    ("I'm overdue. Can I complain about Jiebei's interest rate?", "penalty_costs"),
])
def test_a_rate_asked_lawful_or_complained_of_is_answered(engine: Engine, message: str, topic: str) -> None:
    assert rate_legal_asked(message)
    reply = engine.ask(message)
    assert reply.topics[0] == topic and not _has(reply.text, DECLINE), reply.text
    assert _has(simplified(reply.text), RATE) and "12378" in reply.text, reply.text


@pytest.mark.parametrize("message", [
    "借呗罚息怎么算",
    "How is Jiebei's penalty interest calculated?",
    "催收能投诉吗",               # a complaint about collectors, no rate: the abuse topic's own question
    "借一万分6期，利息一共多少",   # billing, declined as before
    "如果超过规定时间没还贷款会增加利息吗",  # a due date (规定时间), not a legal limit
])
def test_a_rate_not_asked_lawful_gets_no_legality_line(engine: Engine, message: str) -> None:
    assert not rate_legal_asked(message)
    assert not _has(engine.ask(message).text, RATE)


@pytest.mark.parametrize("message, lead_words", [
    ("借呗逾期，微粒贷也逾期，我打95188说微粒贷的事可以吗", "微粒贷"),
    ("Jiebei and Weilidai are both overdue, who do I call to negotiate?", "Weilidai"),
    ("借呗、微粒贷、信用卡都逾期了，我该打哪个电话协商", "信用卡"),
    ("借呗和微粒贷都逾期了，95188能一起处理吗", "微粒贷"),
    ("I'm late on Weilidai and a credit card, what number do I call?", "credit card"),
])
def test_whom_to_call_with_several_lenders_leads_with_each_own_service(engine: Engine, message: str, lead_words: str) -> None:
    reply = engine.ask(message)
    assert _has(reply.lead, ONLY_ALIPAY) and lead_words in reply.lead, reply.text
    assert not _has(reply.text, DECLINE), reply.text


def test_whom_to_call_for_jiebei_and_huabei_leads_with_95188(engine: Engine) -> None:
    reply = engine.ask("I'm late on Jiebei and Huabei, what number do I call?")
    assert "95188" in reply.lead and not _has(reply.text, ONLY_ALIPAY), reply.text


@pytest.mark.parametrize("message", [
    "我同时欠了借呗、花呗、微粒贷、美团月付，还不上了怎么办",
    "Jiebei, Huabei and my credit card are all overdue. Will the bank call my parents?",
])
def test_95188_beside_another_lender_is_said_to_be_alipays_only(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert _has(reply.text, ONLY_ALIPAY) and not _has(reply.lead, ONLY_ALIPAY), reply.text


@pytest.mark.parametrize("message", [
    "借呗逾期了打95188有用吗",
    "微粒贷逾期了打95188可以吗",   # one lender: bot.number_call's own answer, not this line
    "借呗逾期了会影响我办信用卡吗",  # a card applied for is no lender owed
    "借呗逾期三个月会被起诉吗",
    "信用卡逾期影响借呗吗",       # one lender owed, Jiebei named as what it may affect
])
def test_one_lender_gets_no_several_lenders_line(engine: Engine, message: str) -> None:
    assert not _has(engine.ask(message).text, ONLY_ALIPAY)


def test_a_name_listed_between_two_owed_is_owed() -> None:
    assert other_lenders("I owe Jiebei, Weilidai and two credit cards. Who will sue me first?") == ["weilidai", "credit_card"]


@pytest.mark.parametrize("message", [
    "I owe Jiebei, Weilidai and two credit cards. Who will sue me first?",
    "借呗和花呗一起逾期，会被起诉两次吗",
    "同时欠借呗、花呗和微粒贷，哪个会先上门",
])
def test_who_acts_first_among_several_lenders_is_not_covered(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert _has(reply.text, SEVERAL), reply.text


@pytest.mark.parametrize("message", ["借呗逾期会被起诉吗", "Will Jiebei sue me?", "我被起诉过两次了，这次还会吗"])
def test_one_suit_asked_gets_no_several_lenders_line(engine: Engine, message: str) -> None:
    assert not _has(engine.ask(message).text, SEVERAL)


@pytest.mark.parametrize("message, who", [
    ("催收打电话给我爸妈，这样合法吗", "爸妈"),
    ("催收打電話給我爸媽，這樣合法嗎", "爸妈"),
    ("They called my parents about my Jiebei loan, is that legal?", "parents"),
    ("催收联系了我老婆，这样合法吗", "老婆"),
])
def test_a_contact_told_is_answered_as_done(engine: Engine, message: str, who: str) -> None:
    assert family_contacted(message) == who
    reply = engine.ask(message)
    assert ("已经联系了你的" in reply.lead or "已經聯繫了你的" in reply.lead
            or "have already contacted your" in reply.lead), reply.text
    assert "12378" in reply.lead, reply.text


@pytest.mark.parametrize("message", [
    "催收会打电话给我爸妈吗",
    "借呗逾期会联系我家人吗，这合法吗",
    "Will they call my parents?",
    "催收打电话给我爸妈了",  # told, nothing asked of it
])
def test_a_contact_asked_about_is_not_told(engine: Engine, message: str) -> None:
    assert family_contacted(message) is None
    assert "已经联系了你的" not in engine.ask(message).text


def test_a_blacklist_threat_doubted_is_answered_beside_the_abuse_reply(engine: Engine) -> None:
    reply = engine.ask("催收员说我是老赖要被上黑名单，是真的吗")
    assert reply.topics[:2] == ("abusive_collection", "uncovered_consequences"), reply.topics
    assert "黑名单" in reply.text.split("【文章没谈到的后果】", 1)[-1]


def test_a_blacklist_insult_alone_keeps_the_abuse_reply_alone(engine: Engine) -> None:
    reply = engine.ask("催收天天骂我是老赖")
    assert reply.topics == ("abusive_collection",), reply.topics


SUED = ("会不会起诉你的家人，文章没有谈到", "Whether they would sue your family, the article does not say")


@pytest.mark.parametrize("message", [
    "借呗逾期了，会起诉我爸妈吗",
    "Will they sue my parents for my Jiebei debt?",
    "I can't pay Jiebei anymore and I want to end it all. Will they sue my parents?",  # the crisis reply first
])
def test_the_family_sued_is_said_to_be_uncovered(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "lawsuit" in reply.topics and _has(reply.text, SUED), reply.text


@pytest.mark.parametrize("message", [
    "借呗逾期了会被起诉吗",
    "会被起诉吗，我爸妈会知道吗",
    "我爸的借呗逾期了，会起诉我爸吗",  # the parent's own loan: the parent is the borrower
    "Will they sue me?",
])
def test_no_family_sued_line_when_the_family_is_not_the_one_sued(engine: Engine, message: str) -> None:
    assert not _has(engine.ask(message).text, SUED)


def test_a_lender_listed_between_owed_ones_is_named_as_also_owed(engine: Engine) -> None:
    reply = engine.ask("I owe Jiebei, Weilidai and two credit cards. Will they sue?")
    also = next(line for line in reply.text.split("\n") if line.startswith("You also mentioned"))
    assert "Weilidai" in also and "credit card" in also, reply.text


@pytest.mark.parametrize("message", ["借呗逾期了，会影响我办信用卡吗", "Will being late on Jiebei stop me getting a credit card?"])
def test_a_card_only_applied_for_is_not_also_owed(engine: Engine, message: str) -> None:
    text = engine.ask(message).text
    assert "你还提到" not in text and "You also mentioned" not in text, text
