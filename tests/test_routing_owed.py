"""Round 14 (cls16) rules for plain statements of a debt and plain questions about being late
(bot.routing_owed), each beside a twin that must not change."""

import pytest

from bot import Engine
from bot.routing_owed import COUNTS_AS_LATE, OWED_STATED, overdue_with_amount
from bot.text import normalize


@pytest.mark.parametrize("text", ["逾期", "逾期？", "overdue"])
def test_a_bare_overdue_word_is_the_late_borrowers_and_still_asks_which(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topic == "collection_process" and reply.needs_clarification
    choices = engine.route(text).choices
    assert choices[0] == "collection_process" and "after_repayment" not in choices and len(choices) >= 2
    assert "还清以后" not in reply.text.split("\n", 1)[0]


def test_a_bare_overdue_word_in_a_conversation_offers_what_happens_now_first(engine: Engine) -> None:
    session = engine.session()
    session.ask("借呗逾期会上门吗")  # a first message is answered, not clarified (front5)
    asked = session.ask("逾期")
    assert asked.rule == "clarify" and asked.suggestion_topics[0] == "collection_process"
    assert session.ask("1").topic == "collection_process"


@pytest.mark.parametrize("text, topic", [
    ("逾期了", "collection_process"), ("罚息", "penalty_costs"),  # twins: a stated lateness, a keyword one topic owns
])
def test_twins_of_the_bare_word_keep_their_reading(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


@pytest.mark.parametrize("text, topic", [
    # a statement of what is owed: the first steps, never a bare decline
    ("我欠借呗3万", "collection_process"), ("借呗欠5万", "collection_process"), ("我欠了白条和借呗", "collection_process"),
    # ...twins: a question beside it keeps its topic
    ("我欠借呗3万会上门吗", "home_visit"),
    # an amount beside a bare overdue statement changes nothing
    ("借呗欠5万逾期3个月", "collection_process"), ("借呗欠两万逾期四个月", "collection_process"),
    ("借唄逾期兩個月", "collection_process"),
    ("借呗欠5万逾期3个月会起诉吗", "lawsuit"),  # twin: the question asked decides
    # whether a lateness counts, what follows the grace period: how collection starts
    ("借呗逾期一天算逾期吗", "collection_process"), ("晚还两天算不算逾期", "collection_process"),
    ("宽限期过了会不会立刻催收", "collection_process"),
    ("最后一天几点前还款算逾期", "out_of_scope"), ("还款日晚上还算逾期吗", "out_of_scope"),  # twins: the due day's time is billing
    ("借呗最晚什么时候还不算逾期", "out_of_scope"), ("借呗晚还款算逾期", "out_of_scope"), ("花呗晚俩天还算逾期吗", "collection_process"), ("晚了十分钟算逾期吗", "out_of_scope"),
    # asking to pay only the principal asks for terms; how one repayment is split is billing
    ("借呗利息太高了，能不能只还本金", "negotiate"), ("先还本金还是先还利息", "out_of_scope"),
])
def test_plain_borrower_statements_and_questions(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


def test_the_rules_read_only_their_wording() -> None:
    assert OWED_STATED.fullmatch(normalize("借呗欠5万")) and not OWED_STATED.fullmatch(normalize("我欠朋友3万"))
    assert overdue_with_amount(normalize("借呗欠5万逾期3个月")) and not overdue_with_amount(normalize("借呗逾期3个月"))
    assert not overdue_with_amount(normalize("借呗欠5万逾期3个月会起诉吗"))
    assert COUNTS_AS_LATE.search("借呗逾期一天算逾期吗") and not COUNTS_AS_LATE.search("最后一天几点前还款算逾期")


@pytest.mark.parametrize("text, topics", [
    # a fear beside an abuse report is answered after it, as the same words alone are
    ("他们天天打电话给我同事，我要被开除了吗", ("abusive_collection", "uncovered_consequences")),
    ("催收天天打电话给我同事，会起诉我吗", ("abusive_collection", "lawsuit")),  # twin: already so
    # a threat the collectors say they will carry out is put to us, as a doubted one is
    ("Help!! they say they will come to my work tomorrow and tell my boss", ("abusive_collection", "home_visit")),
    ("催收说下周派人上门，真的吗", ("abusive_collection", "home_visit")),  # twin: already so
    # twins: what happened (not a threat) gets the abuse reply alone
    ("they came to my door and shouted at me", ("abusive_collection",)), ("催收骂我全家", ("abusive_collection",)),
])
def test_an_abuse_report_keeps_the_borrowers_question(engine: Engine, text: str, topics: tuple[str, ...]) -> None:
    assert engine.ask(text).topics == topics


# review33: a collector's threat of harm the rules did not read got "visits are rare" and 95188.
@pytest.mark.parametrize("message", ["催收说要拿刀来我家", "催收說要拿刀來我家", "催收说要来我家把我打残", "催收说要带刀上门"])
def test_a_collectors_threat_of_harm_gets_the_abuse_reply_alone(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics == ("abusive_collection",) and "110" in reply.text


@pytest.mark.parametrize("message, topic", [("催收说要来我家", "home_visit"), ("他们说要拿刀切蛋糕", "out_of_scope")])
def test_a_visit_or_a_knife_with_no_collectors_threat_is_no_abuse(engine: Engine, message: str, topic: str) -> None:
    assert engine.ask(message).topics == (topic,)


@pytest.mark.parametrize("message", ["they said they will come to my house and it hurts so much"])
def test_hurt_as_a_feeling_keeps_the_visit_topic(engine: Engine, message: str) -> None:
    assert "home_visit" in engine.ask(message).topics


def test_a_balance_stated_is_answered_not_a_menu_of_one(engine: Engine) -> None:
    reply = engine.ask("我欠借呗3万")
    assert reply.topics == ("collection_process",) and "不构成法律意见" in reply.text and "回复编号" not in reply.text


def test_a_weapon_the_collectors_said_they_would_bring_is_theirs(engine: Engine) -> None:
    # review33: "collectors said they will come with a knife" got the crisis reply (the knife read as
    # the writer's preparation); a rope the writer bought stays the writer's crisis
    assert engine.ask("collectors said they will come with a knife").topics == ("abusive_collection",)
    assert engine.ask("催收说要打死我 我已经买好了绳子").topics[0] == "crisis"
    assert engine.ask("collectors said they will come with a knife. I cant go on").topics[0] == "crisis"
