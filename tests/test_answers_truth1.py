"""truth1's audit (s13): answers that claimed more than the message or the article said. Each fix
is tested on both sides: the case fixed and a look-alike that must not change."""

import pytest

from bot.concerns import find_concerns


def _lead(engine, question: str) -> str:  # type: ignore[no-untyped-def]
    return str(engine.ask(question).text.split("\n", 1)[0])


@pytest.mark.parametrize("message, absent", [
    ("will my kids be banned from school if I don't pay jiebei", "travel_ban"),
    ("借呗逾期了工资卡会被冻结吗", "wages_employer"),
    ("借呗逾期会影响子女上大学吗", "family_liability"),
])
def test_a_fear_never_stated_is_not_read(message: str, absent: str) -> None:  # truth1 #12
    assert absent not in [cid for cid, _ in find_concerns(message.lower())]


@pytest.mark.parametrize("message, concern", [
    ("will I be banned from flying", "travel_ban"), ("会扣我工资吗", "wages_employer"),
    ("工资会被冻结吗", "wages_employer"), ("会连累我家人吗", "family_liability"),
    ("逾期会不会被公司开除", "wages_employer"), ("借呗逾期了高铁票还能买吗", "travel_ban"),
    ("借呗逾期会影响我办签证出国吗", "travel_ban"),
])
def test_a_fear_stated_is_still_read(message: str, concern: str) -> None:
    assert concern in [cid for cid, _ in find_concerns(message.lower())]


@pytest.mark.parametrize("question, named, not_named", [
    ("借呗逾期了会不会被限制高消费", "限制高消费", "坐飞机"),
    ("借呗逾期会影响子女上大学吗", "子女上学", "政审"),
    ("会影响孩子考公吗", "政审或考公", "上学"),
    ("will my kids be banned from school if I don't pay jiebei", "children's schooling", "flying"),
])
def test_the_lead_names_the_part_of_a_fear_asked(engine, question: str, named: str, not_named: str) -> None:  # type: ignore[no-untyped-def]
    lead = _lead(engine, question)  # truth1 #12, #15
    assert named in lead and not_named not in lead


@pytest.mark.parametrize("question, named", [
    ("逾期了能坐飞机吗", "坐飞机、高铁、出国等出行受限"),
    ("会影响孩子上学和考公吗", "子女上学、政审或考公"),
])
def test_a_fear_said_broadly_keeps_its_whole_name(engine, question: str, named: str) -> None:  # type: ignore[no-untyped-def]
    assert named in _lead(engine, question)
