"""12356 on every reply path where a crisis reader stirred (issue 12, checkin92, docs/safety.md Round 68): the topic
classifier at its own crisis floor is no low floor, a harassment report the abuse reply leads is no billing question, and a crisis
read but not answered as one keeps the line whatever demoted it."""

from __future__ import annotations

import pytest

from bot import Engine
from bot import routing, routing_safety
from bot.knowledge import default_path
from bot.routing_rules import Route
from bot.routing_vet import CRISIS_FLOOR as CLASSIFIER_CRISIS_FLOOR
from bot.safety import CRISIS, assess
from bot.safety.examples import read_safety
from bot.safety.net import AT_CRISIS, CLASSIFIER_AT_CRISIS, check_in_reason, explained

# words set aside as a film's, a novel's (doubt.py "frame"): explained, no line of their own
FRAMED = ["电视剧里那个人跳楼没死成，演得真假，借呗能分期吗",
          "In the film the hero jumps off a bridge at the end. Can jiebei sue me?"]
BILLING = "还款的时候一直要输验证码，最后一步是输哪个密码"  # the learned reader leans 0.2-0.3 on it: a low floor


def test_the_floor_is_the_classifiers_own_crisis_floor() -> None:
    assert CLASSIFIER_AT_CRISIS == CLASSIFIER_CRISIS_FLOOR


@pytest.mark.parametrize("text", FRAMED)
def test_explained_words_keep_the_line_only_where_a_reader_stands_at_its_crisis_floor(text: str) -> None:
    assert explained(text)
    assert check_in_reason(text, None, 0.3) is None  # a low floor beside a frame: no line (unchanged)
    assert check_in_reason(text, None, CLASSIFIER_AT_CRISIS) == AT_CRISIS


def test_paying_off_is_no_sign_even_at_the_crisis_floor() -> None:
    assert check_in_reason("今晚就把借呗全部还清，终于上岸了", None, 0.95) is None


def _reason(value: str):  # type: ignore[no-untyped-def]
    return lambda *args, **kwargs: value


@pytest.mark.parametrize("reason, lined", [("learned", False), ("classifier", False), (AT_CRISIS, True)])
def test_a_billing_question_keeps_its_low_floor_veto_but_not_a_reader_at_its_crisis_floor(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, reason: str, lined: bool) -> None:
    router = engine._router  # noqa: SLF001
    monkeypatch.setattr(routing_safety, "check_in_reason", _reason(reason))
    route = Route(("out_of_scope",), router._classifier.predict(BILLING), "classifier")  # noqa: SLF001
    assert router._checked_in(route, BILLING, 0.0).check_in is lined  # noqa: SLF001


@pytest.mark.parametrize("first, lined", [("abusive_collection", True), ("out_of_scope", False)])
def test_a_low_floor_beside_a_loan_matter_earns_the_line_when_the_abuse_reply_leads(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, first: str, lined: bool) -> None:
    router = engine._router  # noqa: SLF001
    monkeypatch.setattr(routing_safety, "check_in_reason", _reason("learned"))
    text = "催收天天打电话问我什么时候还款，最后一步要输哪个密码"
    route = Route((first,), router._classifier.predict(text), "safety")  # noqa: SLF001
    assert router._checked_in(route, text, 0.0).check_in is lined  # noqa: SLF001


@pytest.mark.parametrize("text, lined", [
    ("催收天天打电话骂我全家，我已经把药攒够了", True),  # a crisis read: demoted to the abuse reply alone, the line stays
    ("催收天天打电话骂我全家，说我是老赖", False),  # no crisis read: the abuse reply alone, no line
])
def test_a_crisis_read_and_demoted_keeps_12356_whatever_leads(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                                               text: str, lined: bool) -> None:
    router = engine._router  # noqa: SLF001
    # a doubt that demotes the crisis to the abuse reply alone with no line (fa85's lost a line so on blind18)
    monkeypatch.setattr(routing.Router, "_safety_route",
                        lambda self, signal, question, whole, doubted=None: Route(("abusive_collection",), whole, "safety"))
    monkeypatch.setattr(routing_safety, "check_in_reason", _reason(None))  # type: ignore[arg-type]
    assert bool(assess(text, router._detectors).crisis) is lined  # noqa: SLF001
    route = router.route(text)
    assert CRISIS not in route.topics and route.check_in is lined, route


def test_the_crisis_reply_is_unchanged_where_it_is_given(engine: Engine) -> None:
    line = read_safety(default_path()).check_in["zh"]
    reply = engine.ask("我不想活了，借呗还不上了")
    assert reply.topics[0] == "crisis" and "12356" in reply.text and line not in reply.text
