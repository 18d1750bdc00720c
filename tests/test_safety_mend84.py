"""mend84 (issue 12, review101): the light key is an allow-list of joke shapes (a degree, a game, a thrill enjoyed);
a laugh or an emoji beside an act, a method or height asked, a time, means bought or a plan keeps the crisis reply.
Own sentences, not review101's probes nor held-out 57's."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize("message", [
    "哈哈 我把我的狗交给邻居养了，反正以后也用不上了",  # giving a pet away, laughing
    "lmao how many stories does a building need so you don't survive the fall, asking for me",  # a height asked
    "🙃 got some charcoal and tape today, doing it this weekend",  # means bought, a time, an emoji only
    "哈哈哈 药已经买好了，今晚就试试",  # means bought, tonight
])
def test_a_laugh_beside_an_act_keeps_the_crisis_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == "crisis" and "12356" in reply.text


@pytest.mark.parametrize("message", [
    "开会开了五个小时 kill me now lol，借呗额度在哪看",  # an everyday annoyance
    "加班到凌晨，尴尬到想原地去世🤣 客户名字叫错了",  # a degree
    "the budget meeting ran three hours, kill me now lol. anyway can I pay this month's jiebei late",
])
def test_a_joke_shape_is_no_crisis_reply(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics
