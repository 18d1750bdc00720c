"""The despair scale (bot/safety/scale.py) and the left-overs of round 7, each from both sides:
the crisis and a benign twin that shares its words."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess
from bot.safety.idioms import masked
from bot.safety.clauses import fold_clause
from bot.safety.scale import axes, despairing


def _axes(text: str) -> frozenset[str]:
    return axes(masked(fold_clause(text)))


@pytest.mark.parametrize("text, expected", [
    ("炭已经买好了，今晚", {"means", "time"}),
    ("对不起，以后爸妈就靠你了", {"farewell"}),
    ("i gave my dog to my sister, i wont need him after tonight", {"farewell", "time"}),
    ("我不会消失的", set()),  # negated
])
def test_axes_are_read_per_kind(text: str, expected: set[str]) -> None:
    assert expected <= _axes(text), _axes(text)
    if not expected:
        assert not _axes(text)


def test_two_axes_need_an_anchor() -> None:
    assert despairing(frozenset({"gone", "time"}))
    assert not despairing(frozenset({"hopeless", "time"}))  # "今晚好累"
    assert not despairing(frozenset({"end", "hopeless"}))   # "最后一次问你，没希望了吗"
    assert not despairing(frozenset({"means"}))


@pytest.mark.parametrize("text", [
    "明天以后就没人找得到我了",
    "今晚过后一切都结束了",
    "我不行了",
    "活着好累",
    "我不行了，太累了，不想活了",
])
def test_round_7_crises_get_the_crisis_reply(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and "12356" in reply.text, reply.topics


@pytest.mark.parametrize("text", [
    # the twins: the same words, with where to, a work day, a burden, a decision to pay
    "明天以后就没人找得到我了，我要去山里支教一年",
    "今晚过后一切都结束了，考完最后一门就放假",
    "今晚过后一切都结束了，终于还清了",
    "我不行了 太累了 加班",
    "我不行了，太累了，今天又加班到凌晨",
    "要被借呗压死了",
    "每天加班到十二点，老板还骂人，活着好累，借呗这个月能晚几天吗",
    "There's no point anymore waiting, I'll pay now",
    "周五以后你就找不到我了，我去出差",
])
def test_round_7_look_alikes_get_no_safety_reply(engine: Engine, text: str) -> None:
    topics = engine.ask(text).topics
    assert "crisis" not in topics and "abusive_collection" not in topics, topics


def test_the_scale_reads_a_clause_beside_its_story() -> None:
    assert "scale" in assess("借呗还不上了，明天以后就没人找得到我了").crisis
    assert "scale" not in assess("明天以后就没人找得到我了，我要去山里支教一年").crisis


@pytest.mark.parametrize("text", [
    # a review: a sign-off or an everyday means beside a time read as a crisis (14 of 32 look-alikes)
    "谢谢，今晚就去还，再见", "今晚就把借呗还了，再见", "thanks, goodbye! I will pay tonight",
    "I forgot my password, can I still pay jiebei tonight?", "My car is in the garage tonight, can I pay jiebei late?",
    "今晚吃药睡觉了，明天再还借呗",
])
def test_a_farewell_or_a_means_beside_a_time_alone_is_everyday(engine: Engine, text: str) -> None:
    assert "crisis" not in engine.ask(text).topics


@pytest.mark.parametrize("text, loan", [("借呗会起诉我吗，明天以后就没人找得到我了", "lawsuit"),
                                        ("can they sue me? after tonight nobody will find me", "lawsuit")])
def test_the_scale_leaves_the_loan_question_beside_it(engine: Engine, text: str, loan: str) -> None:
    assert engine.ask(text).topics == ("crisis", loan)
