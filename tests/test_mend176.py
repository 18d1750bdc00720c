"""mend176 (round 45b): review174's findings on answer171, narrowed. Each fix is tested both ways: the look-alike
the review found and the reading answer171 meant to keep. Wordings written for this round."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.routing_collateral import collateral_asked
from bot.routing_court import court_stage_asked
from bot.routing_story import story_fears
from bot.text import normalize


# --- F1/F2: a secured loan's collateral turns only an ordinary loan reading into the decline ------------------

def test_collateral_keeps_safety_readings(engine: Engine) -> None:
    by_id = engine._router._by_id
    folded = "按揭断供了 房子要被银行拍卖"
    assert collateral_asked(["crisis"], folded, by_id) == ["crisis"]
    assert collateral_asked(["abusive_collection", "home_visit"], folded, by_id) == ["abusive_collection", "home_visit"]
    assert collateral_asked(["worry"], folded, by_id) == ["worry"]
    assert collateral_asked(["credit_report"], folded, by_id) == ["out_of_scope"]  # the ordinary reading: declined


def test_collateral_beside_collectors_calls_keeps_the_reading(engine: Engine) -> None:
    by_id = engine._router._by_id
    assert collateral_asked(["collection_process"], "催债的天天打电话 车贷逾期 车会被拖走吗", by_id) == ["collection_process"]
    assert collateral_asked(["collection_process"], "车贷逾期 车会被拖走吗", by_id) == ["out_of_scope"]


def test_classifier_crisis_with_collateral_words_stays_crisis(engine: Engine) -> None:
    assert engine._router._loan_route("按揭断供房子要被拍卖了，真的不想活了").topics[:1] == ("crisis",)
    assert engine._router._loan_route("按揭断供三个月，银行会把房子拍卖吗").topics == ("out_of_scope",)


# --- F3: the elided speaker must be the collector's side ------------------------------------------------------

@pytest.mark.parametrize("question, topics", [
    ("我姐打电话过来 说要来我家住一阵 借呗逾期会上征信吗", ["credit_report"]),  # a sister's stay: no threat
    ("我老婆 说要起诉离婚 借呗逾期罚息怎么算", ["penalty_costs"]),  # a divorce is not the lender's suit
    ("我同学 说要去我们村里玩 借呗逾期了怎么办", ["negotiate"]),
])
def test_relatives_words_after_a_space_add_nothing(engine: Engine, question: str, topics: list[str]) -> None:
    assert story_fears(topics, question, normalize(question), engine._router._by_id) == topics


def test_collectors_elided_threats_still_read(engine: Engine) -> None:
    question = "借呗拖了四个月 那边电话天天打来 说要去我老家 又说要起诉我 额度还能恢复吗"
    added = story_fears(["after_repayment"], question, normalize(question), engine._router._by_id)
    assert added[0] == "after_repayment" and {"home_visit", "lawsuit"} <= set(added)


# --- F4: no threat's section added inside a safety reply; the abuse route's own sections kept -----------------

def test_no_story_sections_beside_a_crisis(engine: Engine) -> None:
    reply = engine.ask("催收说下周上门，还说要告我，遗书我都写好了，我该怎么办")
    assert reply.topics[0] == "crisis"
    assert "negotiate" not in reply.topics and "lawsuit" not in reply.topics


def test_safety_rest_is_read_without_the_story_step(engine: Engine) -> None:
    rest = "借呗逾期半年了 电话打来 说要上门 还说要起诉 我该怎么办"
    assert "negotiate" in engine._router._loan_route(rest).topics  # a plain story: as answer171 built it
    assert "negotiate" not in engine._router._loan_route(rest, story=False).topics  # the rest of a safety message


# --- F5: someone else's court case; negotiate asked after a judgment leads ------------------------------------

@pytest.mark.parametrize("folded", ["她被判了两年 借呗还能用吗", "我爸被法院强制执行了 会影响我借呗吗"])
def test_someone_elses_court_case_is_not_read(folded: str) -> None:
    assert court_stage_asked(["after_repayment"], folded) == ["after_repayment"]


def test_own_judgment_still_reads_lawsuit() -> None:
    assert court_stage_asked(["after_repayment"], "判了以后 借呗还能用吗") == ["lawsuit", "after_repayment"]


def test_negotiate_asked_after_judgment_leads() -> None:
    assert court_stage_asked(["negotiate"], "法院判了 还能分期吗") == ["negotiate", "lawsuit"]
    assert court_stage_asked(["negotiate"], "法院判了 拿不出钱怎么办") == ["lawsuit", "negotiate"]  # not asked in words
    assert court_stage_asked(["collection_process"], "法院判了 然后呢") == ["lawsuit", "collection_process"]


# --- F7: the uncovered reply cites every section its line draws on --------------------------------------------

def test_school_fear_cites_the_sections_its_line_names(engine: Engine) -> None:
    text = engine.ask("jiebei overdue: will my school know?").text
    assert "Legal means" in text and "Effect on credit scores" in text and "Online collection" in text
    assert "法律手段" in engine.ask("借呗逾期了，学校那边会不会知道").text  # no fear named: the same general line
    assert "Legal means" not in engine.ask("Can jiebei call my boss if I am late?").text  # another fear: its own
