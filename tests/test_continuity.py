"""bot.continuity: what a turn after a crisis or an abuse reply gets (whole conversations are in
test_session.py)."""

from __future__ import annotations

from bot import Engine
from bot.continuity import after_safety, had_crisis


def _after(engine: Engine, text: str, last: list[str], answered: list[str]) -> tuple[tuple[str, ...], bool]:
    route = after_safety(text, engine.route(text), last, answered, lambda topic: engine.topic(topic).kind)
    return route.topics, route.check_in


def test_a_turn_naming_nothing_stays_with_the_crisis(engine: Engine) -> None:
    assert _after(engine, "那我该怎么办", ["crisis"], ["crisis"])[0] == ("crisis",)
    topics, check_in = _after(engine, "会起诉我吗", ["thanks"], ["crisis", "thanks"])
    assert topics == ("lawsuit",) and check_in  # a new question is answered, with 12356 in view


def test_after_abuse_only_a_follow_up_stays(engine: Engine) -> None:
    assert _after(engine, "这能投诉吗", ["abusive_collection"], ["abusive_collection"])[0] == ("abusive_collection",)
    assert _after(engine, "今天天气怎么样", ["abusive_collection"], ["abusive_collection"]) == (("out_of_scope",), False)


def test_without_a_safety_reply_nothing_changes(engine: Engine) -> None:
    route = engine.route("那我该怎么办")
    assert after_safety("那我该怎么办", route, ["home_visit"], ["home_visit"], lambda t: engine.topic(t).kind) == route
    assert not had_crisis(["home_visit", "thanks"])
