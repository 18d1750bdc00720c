"""review19's findings on probe16's answers, each case beside a twin that must not change: no
"no figure" line where the article says at once; the borrower's own days and sums kept when
said as a line (我/才/只); the line in the section it answers, once; rates continue into
penalties; other products named only when owed; English rumours; fears named by the words used.
"""

from __future__ import annotations


import pytest

from bot import Engine
from bot.concerns import find_concerns
from bot.text import simplified

# The line's words, as bot.text.simplified leaves them (simplified characters, lower case).
LINE = ("文章没有给出具体数字", "这类界线", "the article gives no figure", "the article sets no line")


def _has_line(text: str) -> bool:
    return any(marker in simplified(text) for marker in LINE)


def _ask(engine: Engine, message: str) -> tuple[str, dict[str, object]]:
    """The reply's text in simplified characters (traditional in, traditional out) and its slots."""
    reply = engine.ask(message)
    return simplified(reply.text), {name: slot.value for name, slot in reply.slots.items()}


@pytest.mark.parametrize("message, line", [
    # the article says collection starts and Sesame Credit is told at once: no "no figure" line
    ("逾期一天就會被催收嗎", False), ("逾期一天就会被起诉吗", True),
    ("逾期一天就會上芝麻信用嗎", False), ("逾期多久會開始催收", False), ("逾期多久会被起诉", True),
    ("逾期幾天會打電話催我", False),
    ("How long after going overdue will they start sending reminders?", False),
    ("How long after going overdue will they sue?", True),
])
def test_no_line_where_the_article_says_at_once(engine: Engine, message: str, line: bool) -> None:
    assert _has_line(engine.ask(message).text) is line, message


@pytest.mark.parametrize("own, rumour, slot, value, said", [
    ("我逾期三個月就會被起訴嗎", "逾期三個月就會被起訴嗎", "days", 90, "你提到逾期三个月"),
    ("我逾期５天就要被起訴了嗎", "逾期５天就要被起訴了嗎", "days", 5, "你提到逾期5天"),
    ("我才欠３０００塊就會被起訴嗎", "欠３０００塊就會被起訴嗎", "amount", 3000, "你提到欠款3000"),
    ("我欠了２萬就會上門嗎", "欠了２萬就會上門嗎", "amount", 20000, "你提到欠款"),
    ("I'm 90 days overdue, will they sue?", "After 90 days overdue, will they always sue?", "days", 90,
     "you mentioned: 90 days"),
    ("I owe 5000 yuan, will they sue?", "I heard if you owe over 5000 yuan they will sue, is that true?",
     "amount", 5000, "you mentioned: owing"),
])
def test_the_borrowers_own_case_is_not_a_rumoured_line(engine: Engine, own: str, rumour: str, slot: str,
                                                        value: int, said: str) -> None:
    text, slots = _ask(engine, own)
    assert slots[slot] == value and said in text and not _has_line(text), own
    text, slots = _ask(engine, rumour)
    assert slot not in slots and said not in text and _has_line(text.split("\n", 1)[0]), rumour
    assert "place your case" not in text and "判断不了你的情况" not in text


def test_a_monthly_payment_is_not_the_debt(engine: Engine) -> None:
    assert "amount" not in engine.ask("我每個月從工資裡拿一千還借唄，現在逾期了怎麼辦").slots
    assert engine.ask("欠一千还不上怎么办").slots["amount"].value == 1000


@pytest.mark.parametrize("message, concerns", [
    ("我爸住院了所以逾期，會影響我征信嗎", []),
    ("我爸借呗逾期了，会影响我征信吗", ["family_liability"]),
    ("My dad was late picking me up so I missed the payment, will it hurt my credit?", []),
    ("my husband is late on jiebei, will it hurt MY credit?", ["family_liability"]),
    ("借唄逾期被強制執行工資怎麼辦", ["wages_employer"]),
    ("會被強制執行嗎", ["blacklist"]),
    ("我在執行車貸計劃", ["mortgage"]),
    ("法院会执行我的车吗", ["property"]),
])
def test_fears_are_named_by_the_words_used(message: str, concerns: list[str]) -> None:
    assert [c for c, _ in find_concerns(simplified(message))] == concerns, message


@pytest.mark.parametrize("message, label, twin", [
    ("借唄逾期會上門嗎？芝麻分會掉多少", "【征信和芝麻分】你问的分数会降多少", "借唄逾期會上門嗎？芝麻分會掉嗎"),
    ("Will Jiebei visit my home? How much will my Sesame score drop?",
     "[credit record] the article gives no figure for how far the score drops",
     "Will Jiebei visit my home? Will my Sesame score drop?"),
])
def test_the_line_goes_in_the_section_it_answers(engine: Engine, message: str, label: str, twin: str) -> None:
    text, _ = _ask(engine, message)
    assert label in text and _has_line(text.split("\n\n")[1]) and not _has_line(text.split("\n", 1)[0])
    assert not _has_line(engine.ask(twin).text)


def test_a_rate_asked_beside_a_penalty_question_is_said_once_by_its_lead(engine: Engine) -> None:
    reply = engine.ask("借唄逾期會被起訴嗎？罰息是多少")
    assert reply.topics == ("lawsuit", "penalty_costs") and not _has_line(reply.text)
    text, _ = _ask(engine, "借唄逾期多久會被起訴")
    assert _has_line(text.split("\n", 1)[0]) and "天数或金额界线" not in text  # the line, not the point again
    assert "天数或金额界线" in _ask(engine, "借唄逾期會被起訴嗎")[0]


@pytest.mark.parametrize("first", ["借唄逾期會上門嗎", "罚息怎么算"])
def test_a_rate_asked_after_any_answer_is_about_penalties(engine: Engine, first: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask("利率是多少").topics == ("penalty_costs",)
    session = engine.session()
    session.ask("Will Jiebei visit my home?")
    assert session.ask("What is the interest rate exactly?").topics == ("penalty_costs",)


@pytest.mark.parametrize("message, named", [
    ("借唄逾期會影響我辦信用卡嗎", None), ("借呗逾期会影响我申请银行的贷款吗", None),
    ("Will being late on Jiebei stop me getting a credit card?", None),
    ("借唄算不算網貸", None), ("借唄是不是小貸公司的", None),
    ("我借呗和网贷都逾期了，会被起诉吗", "你还提到网贷"),
    ("I'm late on jiebei and also owe a credit card, will they sue?", "you also mentioned a credit card"),
])
def test_other_products_are_named_only_when_owed(engine: Engine, message: str, named: str | None) -> None:
    text = _ask(engine, message)[0]
    assert (named in text) if named else ("你还提到" not in text and "You also mentioned" not in text), message


@pytest.mark.parametrize("message, product", [
    ("我在美團送外賣，借唄逾期了怎麼辦", "jiebei"), ("美团月付逾期了怎么办", "meituan"),
    ("我用信用卡還借唄，逾期了", "jiebei"), ("信用卡逾期了会怎样", "credit_card"),
    ("payday is friday, my jiebei is late", "jiebei"), ("I took a payday loan and I'm late", "online_loan"),
])
def test_the_product_is_the_loan_not_a_workplace_or_a_payment(engine: Engine, message: str, product: str) -> None:
    assert engine.ask(message).slots["product"].value == product, message


@pytest.mark.parametrize("follow_up, line", [("多久？", True), ("那要多久？", True),
                                             ("那真的会起诉吗", False)])
def test_a_bare_how_long_after_an_answer_asks_its_figure(engine: Engine, follow_up: str, line: bool) -> None:
    session = engine.session()
    session.ask("借唄逾期會被起訴嗎")
    assert _has_line(session.ask(follow_up).text) is line, follow_up
