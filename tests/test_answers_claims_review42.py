"""review42's findings on ans20/ans21 (issue 13), each by its mechanism and beside a look-alike that
must not change (bot.answer_claims, bot.routing_claims, bot.routing_silent, bot.answer).

- The rate-legality line says of charges only what the article says: a borrower who is sued bears
  liability (principal, interest, 违约金); the article never names 罚息 nor a cost of being late.
- The scam line needs a caller or a collector who asks for the payment or makes the claim: the
  borrower's own personal account or own due date is no demand. "saying" names a caller, a
  Chinese numeral a sum; a caller's sum is not the borrower's debt.
- A rate's legality asked with nobody late is billing: the decline, which points to the lender (or
  the card issuer) and 12378. A complaint about the collector leads with the abuse reply.
- After repaying, the limit asked about by someone never said to be late is billing (declined).
- The who-collects line never opens the abuse reply.
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.answer_claims import claim_lines, rate_legal_asked, scam_told, sum_claim_doubted
from bot.routing_claims import late_told
from bot.slots import extract_slots

DECLINE = ("帮不上忙", "can't help with that")
SCAM = ("不要转账到任何个人账户", "never into a personal account")
RATE = ("催收说的费用是否合法", "the article does not say, and it gives no rate")
COMPLAIN = ("12378（国家金融监督管理总局的投诉热线）", "12378, the financial regulator's complaints line")
WHO_COLLECTS = ("交给外包或第三方机构", "outside agency")


def _has(text: str, pair: tuple[str, str]) -> bool:
    return any(words in text for words in pair)


# --- 1. The rate line claims no more than the article ---

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_rate_line_names_only_the_lawsuit_liability(lang: str) -> None:
    line = claim_lines("借呗逾期了，罚息太高了，能投诉吗" if lang == "zh" else "Jiebei's penalty interest is too high, can I complain?",
                       lang, "95188")[0]
    said = line.split("文章没有谈到", 1)[-1] if lang == "zh" else line.split("does not say", 1)[-1]
    # the article names 违约金 only as a sued borrower's liability, and never 罚息 or a cost of being late
    assert "罚息" not in said and "逾期可能带来" not in said and "penalty interest" not in said, line
    assert ("被起诉" in said and "违约金" in said) if lang == "zh" else ("sued" in said and "liquidated damages" in said), line
    assert "12378" in line


def test_a_rate_reply_no_longer_says_the_article_covers_penalty_interest(engine: Engine) -> None:
    for message in ("借呗逾期了，罚息太高了，能投诉吗", "I'm overdue and Jiebei's penalty interest is crazy, is that even legal?"):
        reply = engine.ask(message)
        assert _has(reply.lead, RATE) and "罚息、违约金等成本" not in reply.text and "(penalty interest, damages)" not in reply.text, reply.text


# --- 2. The scam line needs someone asking ---

@pytest.mark.parametrize("message", [
    "我用个人账户还款，逾期三天会上征信吗",              # the borrower's own account
    "借呗的钱会打到我个人账户吗，逾期了还能提现吗",
    "Can my wife pay my overdue Jiebei from her personal account?",
    "I have to pay today or I'll be 1 day late, will it affect my credit?",  # the borrower's own due date
    "我今天必须还，不然就逾期了，会上征信吗",
    "他说的对，我今天必须还，不然逾期了",                 # someone speaks, but asks nothing of the borrower
])
def test_the_borrowers_own_account_or_due_date_is_no_scam(engine: Engine, message: str) -> None:
    assert not scam_told(message)
    assert not _has(engine.ask(message).text, SCAM)


@pytest.mark.parametrize("message", [
    "Someone called saying they're from Alipay and I owe 5000 in penalty fees. Is that real?",
    "催收说我欠了三万，我只借了两万，是真的吗",
    "有人打电话说我欠了两万块，靠谱吗",
    "催收说利息是百分之三十六，是真的吗",
    "他说今天之内还清就免掉违约金，是真的吗",                       # 他说: someone told the borrower
    "The agent said I must pay by tonight or they'll sue. Is that real?",  # a deadline from the agent
])
def test_a_caller_asking_or_claiming_opens_with_the_official_channel(engine: Engine, message: str) -> None:
    assert scam_told(message)
    reply = engine.ask(message)
    assert _has(reply.lead, SCAM) and not _has(reply.text, DECLINE), reply.text


@pytest.mark.parametrize("message", [
    # (bot.safety reads these as abuse: its reply, which names personal accounts too, leads)
    "The collector told me to transfer it to his personal account today",
    "催收让我今天就把钱转到他个人账户，说可以减免一半",
    "有人自称借呗客服，让我把钱转到个人账户，能信吗",
])
def test_a_payment_asked_into_someones_account_is_a_demand(message: str) -> None:
    assert scam_told(message)


def test_a_callers_sum_is_not_the_borrowers_debt(engine: Engine) -> None:
    claimed = "Someone called saying they're from Alipay and I owe 5000 in penalty fees. Is that real?"
    assert "amount" not in extract_slots(claimed)
    assert "You mentioned: owing" not in engine.ask(claimed).text
    # the borrower's own sum beside a caller is still theirs
    assert extract_slots("They said it was fine and I owe 5000 on Jiebei, will they sue?")["amount"].value == 5000
    assert extract_slots("I owe 5000 on Jiebei and they said they will sue, what now?")["amount"].value == 5000


def test_a_callers_sum_doubted_asks_what_is_owed_not_a_visit(engine: Engine) -> None:
    assert sum_claim_doubted("催收说我欠了三万，我只借了两万，是真的吗")
    assert engine.ask("催收说我欠了三万，我只借了两万，是真的吗").topics == ("penalty_costs",)
    # a visit named beside the sum is asked too: the classifier's reading stands
    assert "penalty_costs" not in engine.ask("催收说我欠了三万，要上门，是真的吗").topics
    assert not sum_claim_doubted("催收说可以减免一半，是真的吗")  # a reduction offered, not a sum owed


# --- 3. A rate's legality with nobody late is billing; a complaint about the collector leads ---

@pytest.mark.parametrize("message, issuer", [
    ("借呗年化利率是多少？合法吗", "95188"),
    ("借呗提前还款有违约金吗，合法吗", "95188"),   # an early repayment's fee
    ("花呗的分期利率合法吗？", "95188"),
    ("借呗的利息太高了，我想投诉，但是我没有逾期", "95188"),
    ("我想投诉我的信用卡利息太高", "发卡银行"),
    ("My bank credit card's interest is too high, can I complain?", "card issuer"),
    ("Can I complain about Jiebei's interest rate?", "95188"),
])
def test_a_rate_asked_lawful_with_nobody_late_is_declined_with_where_to_complain(engine: Engine, message: str, issuer: str) -> None:
    assert rate_legal_asked(message) and not late_told(message)
    reply = engine.ask(message)
    assert reply.topics == ("out_of_scope",), reply.topics
    assert _has(reply.text, COMPLAIN) and issuer in reply.text and not _has(reply.text, RATE), reply.text


@pytest.mark.parametrize("message", [
    "借呗逾期了，罚息太高，合法吗",
    "借呗逾期三个月了，利息太高了，我想投诉，打哪个电话",
    "I'm late on Jiebei and the interest is too high, can I complain?",
    "催收的人说利息翻倍了，这合法吗",
])
def test_a_rate_asked_lawful_while_late_is_answered(engine: Engine, message: str) -> None:
    assert late_told(message)
    reply = engine.ask(message)
    assert reply.topics[0] == "penalty_costs" and _has(reply.text, RATE) and not _has(reply.text, DECLINE), reply.text


def test_lateness_denied_is_not_lateness() -> None:
    assert not late_told("借呗的利息太高了，但是我从来没有逾期过")
    assert not late_told("I've never been late, but the rate is too high")
    assert late_told("借呗逾期了，利息太高")


def test_a_complaint_about_the_collector_leads_with_the_abuse_reply(engine: Engine) -> None:
    message = "借呗逾期了，利息太高了，我想投诉催收态度"
    assert not rate_legal_asked(message)  # the complaint's object is the collector, not the rate
    reply = engine.ask(message)
    assert reply.topics[0] == "abusive_collection" and "penalty_costs" in reply.topics, reply.topics
    assert "12378" in reply.lead and not _has(reply.text, RATE), reply.text


def test_a_complaint_about_the_rate_beside_a_collector_keeps_the_rate_line(engine: Engine) -> None:
    message = "借呗逾期了，催收天天打电话，利息太高了，我想投诉利息"
    assert rate_legal_asked(message)
    reply = engine.ask(message)
    assert "abusive_collection" != reply.topics[0] or "12378" in reply.lead, reply.text


def test_a_supposed_complaint_about_the_collector_gets_no_abuse_lead(engine: Engine) -> None:
    reply = engine.ask("借呗逾期了利息太高，如果以后催收态度不好，我能投诉催收吗")
    assert reply.topics[0] != "abusive_collection", reply.topics


# --- 4. After repaying: the limit with no sign of lateness is billing ---

@pytest.mark.parametrize("message, topic", [
    ("我已经把花呗的钱还完了，为什么额度是四千 我却只能用三千 难道是还没还完吗", "out_of_scope"),
    ("我已经还清了，为什么芝麻分还没回来", "after_repayment"),         # the score: lateness implied
    ("借呗逾期还清了，为什么额度还是用不了", "after_repayment"),
    ("已经还清了，为什么额度没了", "after_repayment"),                   # a limit lost, asked back
    ("借呗还清了，为什么额度变成0了", "after_repayment"),
    ("I paid it all off, when will my limit come back?", "after_repayment"),
])
def test_a_limit_asked_after_repaying_needs_a_sign_of_lateness(engine: Engine, message: str, topic: str) -> None:
    assert engine.ask(message).topics[0] == topic


# --- 5. The who-collects line never opens the abuse reply ---

def test_the_who_collects_line_follows_the_abuse_reply(engine: Engine) -> None:
    reply = engine.ask("是支付宝委托的催收公司吗？他们说话太难听了")
    assert reply.topics[0] == "abusive_collection" and "110" in reply.lead and not _has(reply.lead, WHO_COLLECTS), reply.text
    first, _, rest = reply.text.partition("\n\n")
    assert not _has(first, WHO_COLLECTS) and _has(rest, WHO_COLLECTS), reply.text


def test_the_who_collects_line_still_leads_without_abuse(engine: Engine) -> None:
    reply = engine.ask("是支付宝委托的催收公司吗")
    assert _has(reply.lead, WHO_COLLECTS), reply.text
