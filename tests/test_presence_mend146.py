"""mend146 (issue 12, docs/safety.md Round 92 addendum): presence.py must never cost a crisis, and its narrowed
readings (review140). An abuse read by presence.py alone neither closes the learned crisis reader's gate nor stops the
classifier's crisis reading in routing; a denied debt, a points link beside the writer's own question, a neighbour's
quarrel and someone else's loan are no abuse; 逾期, "i borrow" and "told" no longer hide one. Sentences in our own words."""

from __future__ import annotations

import pytest

from bot import Engine
import bot.safety.two_readers as two_readers
from bot.routing_rules import Route
from bot.safety import assess
from bot.safety.presence import READINGS


@pytest.mark.parametrize(("message", "reading"), [
    ("收到一条短信，里面有个链接，说我借呗欠款不还已被列入失信名单", "short_link"),
    ("短信说我的案子已经立案，点击链接查看，我借呗确实逾期了两个月", "short_link"),
    ("催收在电话里说要通知我房东，让房东把我赶出去", "outsiders"),
    ("打电话来的人说要告诉我房东，让房东把我从出租屋赶走", "outsiders"),  # no collector named: the writer is put out
    ("The collectors told my pastor at church that I owe them money and never pay", "outsiders"),
    ("我借了五千，逾期三个月，现在催收开口就要两万", "inflated"),
    ("i borrow 2000 last year, now the collector say i must pay 9000", "inflated"),
])
def test_narrowed_readings_still_read_the_act(message: str, reading: str) -> None:
    assert reading in assess(message).abuse


@pytest.mark.parametrize("message", [
    "I don't have any loans, but a text with a link says I'm on a blacklist now, is it a scam?",
    "我根本没借过钱，短信却发了个链接说我上了黑名单，是骗子吧",
    "短信让我点链接抽奖领红包，我借呗晚了几天会不会被拉进黑名单",
    "隔壁大妈跟我们吵了一架，说要找居委会把我们家楼道里的鞋柜搬走赶走，借呗逾期了怎么协商",
    "楼下邻居跟我吵起来，说要找物业把我们家的猫赶走，气死我了",
    "我表哥借了三千块买手机，他老板要他还八千，因为他把店里的货弄丢了",
    "My brother borrowed 2000 from his boss, and the boss now wants 6000 back from him for a broken van",
])
def test_their_everyday_twins_are_not(message: str) -> None:
    assert not assess(message).abuse


@pytest.mark.parametrize("message", [
    # the crisis carried by the classifier alone, beside an inflated sum (no rule reads the crisis)
    "借了四千块，现在催收要我还一万六。我不想再在这个世界待着了，好累",
    # the crisis carried by the learned reader, beside outsiders told (its gate stays open)
    "They phoned my gym coach and said I owe money. I've left a letter for my wife in the glovebox, she'll find it later",
])
def test_a_crisis_beside_a_presence_act_keeps_the_crisis_first(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == "crisis" and "12356" in reply.text
    assert "abusive_collection" in reply.topics  # and the abuse reply is not lost


def test_the_same_act_without_a_crisis_gets_the_abuse_reply_alone(engine: Engine) -> None:
    reply = engine.ask("借了四千块，现在催收要我还一万六，这合法吗")
    assert reply.topics[0] == "abusive_collection" and "crisis" not in reply.topics


def _closed_given(monkeypatch: pytest.MonkeyPatch, engine: Engine, message: str) -> list[object]:
    """The ``closed`` argument assess hands the learned crisis reader for ``message``."""
    seen: list[object] = []
    real = getattr(two_readers, "learned_crisis")

    def spy(*args: object) -> set[int]:
        seen.append(args[-1])
        return set(real(*args))
    monkeypatch.setattr(two_readers, "learned_crisis", spy)
    assess(message, engine._router._detectors)
    return seen


def test_a_presence_reading_leaves_the_learned_readers_gate_open(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    message = "催收跑到我常去的健身房找教练，说我欠钱不还。最近总是睡不着"
    assert assess(message).abuse == ("outsiders",)
    assert _closed_given(monkeypatch, engine, message) != [None]


def test_a_threat_still_closes_the_learned_readers_gate(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    message = "催收说再不还钱就打断我的腿。最近总是睡不着"
    assert assess(message).abuse and not set(assess(message).abuse) & READINGS
    assert _closed_given(monkeypatch, engine, message) == [None]


def _classifier_says_crisis(monkeypatch: pytest.MonkeyPatch, engine: Engine, message: str) -> None:
    """The classifier's route of the whole ``message`` made a crisis (its parts are routed as they are)."""
    router = engine._router
    real = router._loan_route
    crisis = Route(("crisis",), router._classifier.predict(message, top=6), "classifier")
    monkeypatch.setattr(router, "_loan_route", lambda question: crisis if question == message else real(question))


def test_the_classifiers_crisis_stands_beside_a_presence_reading(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    message = "我只借了三千，催收现在要我还一万四。心里空空的"
    _classifier_says_crisis(monkeypatch, engine, message)
    route = engine._router.route(message)
    assert route.topics[:2] == ("crisis", "abusive_collection")


def test_the_classifiers_crisis_does_not_reach_past_a_threat(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    message = "催收说再不还钱就打断我的腿，心里空空的"
    _classifier_says_crisis(monkeypatch, engine, message)  # (the rules' threat reading keeps the abuse reply's lead)
    route = engine._router.route(message)
    assert route.topics[0] == "abusive_collection" and "crisis" not in route.topics
