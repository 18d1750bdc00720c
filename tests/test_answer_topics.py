"""bot.answer_topics: which topics a reply is made of and which it offers next (moved out of bot.engine, split90)."""

from bot.answer_topics import MAX_SUGGESTIONS, fear_in_scope, suggestions_after
from bot.engine import Engine
from bot.knowledge_types import UNCOVERED
from bot.slots import extract_slots


def test_after_a_safety_reply_alone_only_its_own_next_steps_are_offered(engine: Engine) -> None:
    crisis = engine.topic("crisis")
    offered = suggestions_after([crisis], set())
    assert set(offered) <= set(crisis.followups)
    assert "lawsuit" not in offered and "home_visit" not in offered


def test_alternatives_come_first_and_nothing_answered_or_chosen_is_offered(engine: Engine) -> None:
    lawsuit = engine.topic("lawsuit")
    offered = suggestions_after([lawsuit], {"negotiate"}, ("home_visit",))
    assert offered[0] == "home_visit"
    assert "negotiate" not in offered and "lawsuit" not in offered
    assert len(offered) == MAX_SUGGESTIONS


def test_a_fear_named_beside_a_loan_question_leads_it(engine: Engine) -> None:
    by_id = {topic.id: topic for topic in engine.topics}
    question = "借呗逾期还能不能坐飞机"
    slots = extract_slots(question)
    assert fear_in_scope(("lawsuit", UNCOVERED), slots, question, by_id) == (UNCOVERED, "lawsuit")
    assert fear_in_scope(("lawsuit", UNCOVERED), slots, question, by_id, in_order=True) == ("lawsuit", UNCOVERED)
    assert fear_in_scope(("abusive_collection", "lawsuit", UNCOVERED), slots, question, by_id) \
        == ("abusive_collection", UNCOVERED, "lawsuit")  # a safety answer stays first


def test_a_fear_named_where_the_classifier_declined_is_answered_as_the_fear(engine: Engine) -> None:
    by_id = {topic.id: topic for topic in engine.topics}
    question = "我爸妈要替我还吗"
    assert fear_in_scope(("out_of_scope",), extract_slots(question), question, by_id) == (UNCOVERED,)
