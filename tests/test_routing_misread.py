"""The tester's misreadings mended (bot.routing_misread, fig72; user70 #7, #8, #9), each beside its look-alike."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("message, topic, twin", [
    ("someone is banging on my door saying they are from jiebei", "abusive_collection", "will someone from jiebei come to my door?"),
    ("催收让我去卖身还钱", "abusive_collection", "我想去卖血还借呗"),
    ("催收说不还就把你女儿卖了", "abusive_collection", "我把车卖了还借呗"),
    ("the collector said i should work as a prostitute to pay", "abusive_collection", "the collector said i should pay in instalments"),
    ("催收说我涉嫌恶意透支 要判三年", "uncovered_consequences", "催收说要起诉我"),
    ("借呗逾期 要不要去自首", "uncovered_consequences", "催收让我去自首"),
    ("this jiebei interest is killing me, can i negotiate", "negotiate", "what's the weather like, can i go out"),
    ("借呗逾期了想跑路", "going_dark", "借呗还清了还能借吗"),
    ("借呗逾期 我是个废物", "worry", "借呗逾期 我是个程序员"),
    ("someone knocking on my door saying from alipay collection, im scared", "abusive_collection", "will collectors knock on my door?"),
    ("有人一直在拍我家的门 说是借呗的", "abusive_collection", "借呗逾期 会有人上门敲门吗"),
    ("i'm such a loser, jiebei overdue again", "worry", "i'm such a fan of alipay, is jiebei overdue bad?"),
])
def test_mended_and_its_look_alike(engine: Engine, message: str, topic: str, twin: str) -> None:
    assert engine.ask(message).topics[0] == topic
    assert engine.ask(twin).topics[0] != topic


def test_never_used_is_no_self_scorn(engine: Engine) -> None:
    assert engine.ask("借呗逾期了，我好没用。").topics[0] == "worry"
    assert engine.ask("我没用过花呗，为什么会有逾期").topics[0] != "worry"  # 没用过: never used (pool)
