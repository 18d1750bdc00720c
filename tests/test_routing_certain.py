"""Round 15 (cls17): a fear stated as a certainty or with a tag question ("他们一定会来吧", "是不是要上门了",
"they're going to show up, aren't they?") is the question it asks: the loan topic, never read as a
threat told (bot.routing_certain, bot.safety.clauses._TAG, bot.safety.asked._ASKS_*). Each beside a twin
that must not change."""

import pytest

from bot import Engine
from bot.routing_certain import plain_question
from bot.safety import assess


@pytest.mark.parametrize("text, topic", [
    ("借呗逾期，他们一定会来吧", "home_visit"),  # the brief's case: had been after_repayment
    ("花呗欠了两个月，他们迟早会来的吧", "home_visit"),
    ("借呗逾期 是不是要上门了", "home_visit"),  # had been collection_trend first
    ("是不是要派人到我单位来了", "home_visit"),  # had been the abuse reply
    ("they're going to show up at my flat, aren't they?", "home_visit"),  # had been the abuse reply
    ("欠了三个月 肯定要被起诉了吧", "lawsuit"),
    ("逾期了 他们肯定会打给我爸妈吧", "contact_family"),
])
def test_a_fear_stated_as_a_certainty_gets_its_topic(engine: Engine, text: str, topic: str) -> None:
    reply = engine.ask(text)
    assert reply.topics == (topic,), reply.topics


@pytest.mark.parametrize("text, topic", [
    ("借呗逾期，他们会来吗", "home_visit"),  # the plain question it is read as
    ("现在是不是都用AI打电话了", "collection_trend"),  # 是不是 without 要…了: a trend question
    ("这几年催收是不是比以前文明多了", "collection_trend"),
])
def test_twins_without_the_certainty_keep_their_reading(engine: Engine, text: str, topic: str) -> None:
    assert engine.ask(text).topic == topic


@pytest.mark.parametrize("text", [
    "催收说要派人来我家",  # told, with 说: a threat reported
    "他们派人来我家了",  # done
    "they said they will come to my house, right?",  # said: a tag does not undo what was told
    "they came to my house, didn't they?",  # done (no tag the rule reads: "didn't" asks of the past)
    "他们说会派人来我家，对吧",
])
def test_threats_told_stay_abuse_with_a_tag(text: str) -> None:
    assert assess(text).abuse


@pytest.mark.parametrize("text", [
    "是不是要派人到我单位来了", "they're going to show up at my flat, aren't they?",
    "they're going to come to my house, aren't they?", "会派人来我家，对吧？", "肯定会派人来我家吧",
])
def test_fears_asked_as_certainties_are_no_abuse(text: str) -> None:
    assert not assess(text).abuse


@pytest.mark.parametrize("text, plain", [
    ("借呗逾期，他们一定会来吧", "借呗逾期，他们会来吗"), ("是不是要上门了", "会不会上门"),
    ("会打给我爸妈，对吧？", "会打给我爸妈吗"),
    # unchanged: plans, guesses about the past, which to pay first, a trend
    ("我要还吧", "我要还吧"), ("要不还是先还了吧", "要不还是先还了吧"), ("借呗逾期了吧", "借呗逾期了吧"),
    ("是不是要先还利息", "是不是要先还利息"), ("不会有逾期吧", "不会有逾期吧"), ("现在是不是都用AI打电话了", "现在是不是都用AI打电话了"),
])
def test_plain_question(text: str, plain: str) -> None:
    assert plain_question(text) == plain
