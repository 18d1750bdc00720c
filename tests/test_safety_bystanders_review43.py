"""review43's findings on bot.safety.bystanders (Round 24): the weak cues need a collector in sight or the
writer as their object; the same words from a collector stay abuse."""

from __future__ import annotations

import pytest

from bot import Engine

ABUSE = "abusive_collection"


@pytest.mark.parametrize("message", [
    "客服说他们有的是办法帮我协商还款，我该怎么做",
    "我姐有的是办法省钱，借呗逾期了怎么办",
    "客服说下次就不是免息了，借呗还能用吗",
    "我不能保证资金安全，所以想提前把借呗还了",
    "我爸妈他们打电话给房东说房租晚几天交",
    "学校那边通知了辅导员我的助学金到了",
    "他们联系了教练，孩子下学期的课先停了",
    "They called my college to confirm my enrolment for the student grant",
    "She called my university to ask about a refund of my fees",
    "The bank says my husband is a co-borrower on our mortgage",
    "My lawyer says my brother is jointly liable for the business loan",
])
def test_the_same_words_from_anyone_else_are_no_abuse(engine: Engine, message: str) -> None:
    assert ABUSE not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "催收说我们有的是办法让你还钱",
    "催收说下次就不是打电话这么简单了",
    "催收说你家里人的安全我们可不敢保证",
    "催收打电话给我房东，说我是老赖",
    "催收联系了我弟弟的学校",
    "他们打电话给我未婚妻的父母说我欠钱不还",
    "The collector called my university and told them I am a deadbeat",
    "The collector told my cousin he is my guarantor",
])
def test_from_a_collector_they_are_abuse(engine: Engine, message: str) -> None:
    assert ABUSE in engine.ask(message).topics
