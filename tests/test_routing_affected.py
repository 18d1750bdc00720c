"""Consequences the article never covers, named by who is affected (bot.routing_affected, round 26,
cls21): a spouse's share of the debt or job, a child's exam or vetting, the airport, a frozen card are
uncovered_consequences; being called or found out stays contact_family, the writer's own credit beside
a relative's loan stays credit_report, and a job lost as the reason for being late is no fear."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.concerns import find_concern
from bot.text import simplified


@pytest.mark.parametrize("question", [
    "我老公欠的借呗，我作为妻子要还吗",
    "老婆借的网贷 离婚了我还要还吗",
    "我借的钱 我老公有没有义务还",
    "我逾期会不会影响我老公升职",
    "will my spouse have to cover my huabei",
    "my wife borrowed on jiebei, am i responsible for it",
    "could my debt get my husband fired",
    "my husband works for the government, could my late loan hurt his career",
    "my wife is a teacher, will my overdue loan affect her job",
    "will airport security stop me over unpaid jiebei",
    "can they stop me at the airport for an overdue loan",
    "why is my bank card frozen, is it jiebei",
])
def test_a_consequence_for_someone_named_is_uncovered(engine: Engine, question: str) -> None:
    reply = engine.ask(question)
    assert reply.topics[0] == "uncovered_consequences"
    assert "contact_family" not in reply.topics and "after_repayment" not in reply.topics


@pytest.mark.parametrize(("question", "topic"), [
    ("会不会打电话给我老婆", "contact_family"),
    ("我老公会不会知道我欠钱", "contact_family"),
    ("will they call my wife", "contact_family"),
    ("will my husband find out about my loan", "contact_family"),
    ("我老婆借呗逾期了 会影响我征信吗", "credit_report"),
    ("my wife is late on huabei, will it affect my credit", "credit_report"),
    ("my husband lost his job so i can't pay, what can i do", "negotiate"),
    ("逾期会影响我的征信吗", "credit_report"),
    ("我去机场接人", "out_of_scope"),
    ("how do i unfreeze my bank card", "out_of_scope"),
])
def test_look_alikes_keep_their_topic(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_the_fear_is_named_for_the_answer() -> None:
    assert find_concern(simplified("我老公欠的借呗，我作为妻子要还吗"))[0] == "family_liability"  # type: ignore[index]
    assert find_concern(simplified("could my debt get my husband fired"))[0] == "family_liability"  # type: ignore[index]
    assert find_concern(simplified("will airport security stop me over unpaid jiebei"))[0] == "travel_ban"  # type: ignore[index]
    assert find_concern(simplified("逾期了坐飞机在机场会被拦下吗"))[0] == "travel_ban"  # type: ignore[index]
    # a job lost as the reason, and a trip to the airport, are no fears
    assert find_concern(simplified("my husband lost his job so we are late")) is None
    assert find_concern(simplified("我去机场接人")) is None


def test_the_uncovered_answer_names_the_spouse(engine: Engine) -> None:
    reply = engine.ask("will my spouse have to cover my huabei")
    assert "family" in reply.text and "does not cover" in reply.text
