"""Round 24 (cls20, issue 13): routing faults on unseen questions, each fixed by mechanism beside a
look-alike that must not change: a limit compared with someone else's, the score or new credit asked
back once repaid, a follow-up asking how long the process takes, a mortgage asked about in itself."""

import pytest

from bot import Engine
from bot.concerns import find_concern
from bot.figures import asks_only_how_long
from bot.routing_product import product_asked
from bot.routing_silent import recovery_after_repaying
from bot.text import normalize, simplified

OOS, ABOUT, AFTER, CREDIT = "out_of_scope", "about_jiebei", "after_repayment", "credit_report"


# 1. A limit compared with someone else's asks how limits are set (bot.routing_product).
@pytest.mark.parametrize("question", [
    "为什么我朋友额度那么高 我的这么低",
    "我老婆的借呗额度比我高",  # 借呗 named: a comparison still
    "my coworker has a higher Jiebei limit, how is it set?",
    "My colleague's Jiebei limit is 50k and mine is 5k, why?",
    "我朋友在借呗能借二十万 我才两万 凭什么",
    "表哥说他借呗额度五万 我怎么才八千",
])
def test_a_limit_compared_with_someone_elses_is_about_jiebei(question: str) -> None:
    assert product_asked([OOS], normalize(question)) == [ABOUT]


@pytest.mark.parametrize("question", [
    "同事额度比我高 我怎么提额",  # raising one's own limit: billing
    "my friend has a higher limit than me, how do I increase mine?",
    "我朋友花呗额度比我高",  # another product's limit
    "My friends have a higher limit on their credit card",
    "我朋友借我的钱还没还",  # no limit at all
    "朋友能借我钱 我就不用借呗了",  # a friend lending, no limit compared
])
def test_raising_a_limit_or_another_products_stays_declined(question: str) -> None:
    assert product_asked([OOS], normalize(question)) == [OOS]


def test_a_compared_limit_routes_to_about_jiebei(engine: Engine) -> None:
    assert engine.ask("my coworker has a higher Jiebei limit, how is it set?").topic == ABOUT
    assert engine.ask("同事额度比我高 我怎么提额").topic == OOS


# 2. The score or new credit asked back once repaid is life after repaying (bot.routing_silent).
@pytest.mark.parametrize("question", [
    "after repaying how long for my credit score to recover?",
    "结清后芝麻分会恢复吗",
    "还清了 征信会好吗",
    "还清了以后能申请房贷吗",
])
def test_recovery_asked_once_repaid_is_after_repayment(question: str) -> None:
    assert recovery_after_repaying([CREDIT], normalize(question)) == [AFTER]


@pytest.mark.parametrize("question", [
    "还清后征信上的逾期记录会保留多久",  # the record's lifetime: credit_report's own
    "I paid it off, will it stay on my credit report?",
    "还清了还会影响征信吗",  # nothing asked back
    "我提前还款了 芝麻分会涨吗",  # repaid early, never late
    "借呗逾期会影响房贷吗",  # not repaid
    "还没还清 会影响房贷吗",
    "逾期了几天，今天已经还上了，会不会影响我们贷款审批",  # the record's effect on a mortgage
])
def test_the_record_or_an_unpaid_loan_stays_credit_report(question: str) -> None:
    assert recovery_after_repaying([CREDIT], normalize(question)) == [CREDIT]


def test_recovery_routes_end_to_end(engine: Engine) -> None:
    assert engine.ask("after repaying how long for my credit score to recover?").topic == AFTER
    assert engine.ask("借呗逾期会影响房贷吗").topic == CREDIT


# 3. How long the process takes, as a follow-up, stays on the last topic (bot.figures, bot.followups).
@pytest.mark.parametrize("text", ["一般走完流程要多久", "整个过程需要多长时间", "how long does the whole process usually take",
                                  "how many months does it take?", "要多久"])
def test_how_long_the_process_takes_is_a_bare_how_long(text: str) -> None:
    assert asks_only_how_long(text)


@pytest.mark.parametrize("text", ["逾期记录要保留多久", "how long does it take to get my limit back", "走完流程要多少钱"])
def test_how_long_something_named_is_not_bare(text: str) -> None:
    assert not asks_only_how_long(text)


@pytest.mark.parametrize("first, follow_up", [
    ("借呗会起诉我吗", "一般走完流程要多久"),
    ("will Jiebei sue me?", "how long does the whole process usually take"),
    ("will Jiebei sue me?", "how many months does it take?"),
])
def test_a_how_long_follow_up_after_a_lawsuit_stays_lawsuit(engine: Engine, first: str, follow_up: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask(follow_up).topic == "lawsuit"


def test_a_how_long_message_alone_is_still_declined(engine: Engine) -> None:
    assert engine.ask("一般走完流程要多久").topic == OOS


# 4. A mortgage asked about in itself names no fear (bot.concerns): declined, not uncovered_consequences.
@pytest.mark.parametrize("question", ["公积金贷款怎么申请", "公积金房贷利率多少", "车贷可以提前结清吗",
                                      "My mortgage rate is going up, what should I do?"])
def test_a_mortgage_asked_in_itself_is_declined(engine: Engine, question: str) -> None:
    assert find_concern(simplified(question).lower()) is None
    assert engine.ask(question).topic == OOS


@pytest.mark.parametrize("question", ["借呗逾期会影响房贷吗", "以后还能办房贷吗", "will this affect my mortgage?",
                                      "公积金贷款会受影响吗", "我还能买房吗"])
def test_a_mortgage_feared_for_is_still_a_concern(engine: Engine, question: str) -> None:
    found = find_concern(simplified(question).lower())
    assert found is not None and found[0] == "mortgage"
    assert engine.ask(question).topic != OOS


# 5. What to do about collectors' threats, asked calmly in general words (bot.routing_vet.coping_asked).
@pytest.mark.parametrize("question", [
    "Is there anything I can do about collectors making threats?",  # was negotiate
    "What should I do when a collector makes threats?",  # bot.safety's already
    "催收威胁我怎么办",
])
def test_what_to_do_about_collectors_threats_gets_the_abuse_reply(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topic == "abusive_collection" and "110" in reply.text


@pytest.mark.parametrize("question", [
    "Hypothetically, if a collector threatened me, could I report them to the police?",  # supposed: no safety reply
    "如果催收威胁我 我该怎么办",
    "催收打电话来 我该怎么应对",  # no threat named
    "what do I do, my boss threatens to fire me",  # no collector
])
def test_a_supposed_threat_or_no_collector_gets_no_abuse_reply(engine: Engine, question: str) -> None:
    assert engine.ask(question).topic != "abusive_collection"


def test_coping_asked_reads_the_words() -> None:
    from bot.routing_coping import threats_coping_asked
    assert threats_coping_asked(["negotiate"], "Is there anything I can do about collectors making threats?") == ["abusive_collection"]
    assert threats_coping_asked(["negotiate"], "Is there anything I can do about the interest?") == ["negotiate"]
    assert threats_coping_asked(["lawsuit"], "collectors threaten to sue, what can I do?") == ["lawsuit"]  # a matter named


# 6. Readings of wordings found unseen (bot.routing_unseen), each beside a look-alike.
@pytest.mark.parametrize("question, misread, topic", [
    ("When do real people start calling?", OOS, "collection_process"),
    ("现在是机器人打电话 以后会变成人工吗", "collection_trend", "collection_process"),
    ("at what point will an actual person contact me?", "contact_family", "collection_process"),
    ("someone came to our family shop asking for me", "contact_family", "home_visit"),
    ("有人到我家店里打听我", OOS, "home_visit"),
    ("如果打官司 本金利息罚息都要还吗", "penalty_costs", "lawsuit"),
    ("what would the court make me pay?", "penalty_costs", "lawsuit"),
    ("an agency said they'd report me to my employer", "home_visit", "contact_family"),
    ("委外催收的人能看到我的通讯录吗", "abusive_collection", "contact_family"),
    ("公积金贷款买房流程", CREDIT, OOS),
])
def test_an_unseen_wording_gets_its_topic(question: str, misread: str, topic: str) -> None:
    from bot.routing_unseen import unseen_readings
    assert unseen_readings([misread], normalize(question)) == [topic]


@pytest.mark.parametrize("question, topic", [
    ("一般多久打电话", OOS),  # no person set against a machine: a verification call's timing
    ("什么时候有人工客服", OOS),  # the service asked for
    ("人工电话", OOS),
    ("什么时候到账 人工电话多少", OOS),  # the service's number asked
    ("我想打听一下借呗的利率", OOS),  # the writer asking, nobody around the home
    ("逾期罚息怎么算", "penalty_costs"),  # no suit named
    ("会去我单位找我吗", "home_visit"),  # a visit to the workplace
    ("催收会联系我家人吗", "contact_family"),
    ("I paid it all back, can I get a mortgage?", AFTER),  # repaid: a sign of the debt
    ("还清了以后能申请房贷吗", AFTER),
    ("借呗逾期会影响房贷吗", CREDIT),
    ("will the bank see this when i apply for a mortgage", CREDIT),  # the record seen, not the mortgage's business
])
def test_look_alikes_keep_their_reading(question: str, topic: str) -> None:
    from bot.routing_unseen import unseen_readings
    assert unseen_readings([topic], normalize(question)) == [topic]


def test_a_told_abuse_beside_the_contacts_keeps_the_abuse_reply(engine: Engine) -> None:
    # the contacts question beside a real insult: bot.safety's abuse reply still leads
    reply = engine.ask("催收骂我 还说能看到我的通讯录")
    assert reply.topics[0] == "abusive_collection"


@pytest.mark.parametrize("question, topic", [
    ("When do real people start calling?", "collection_process"),
    ("someone came to our family shop asking for me", "home_visit"),
    ("如果打官司 本金利息罚息都要还吗", "lawsuit"),
    ("an agency said they'd report me to my employer", "contact_family"),
    ("委外催收的人能看到我的通讯录吗", "contact_family"),
    ("公积金贷款买房流程", OOS),
])
def test_unseen_wordings_route_end_to_end(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic
