"""Whose reply beside someone else's act already done (mend180, docs/safety.md Round 99b, review178): the writer's
own danger told in another clause keeps the writer's reply; only a short ask of what to do now is the helper's.
Own sentences, both ways."""

from __future__ import annotations

import pytest

from bot.safety import assess, someone_at_risk
from bot.safety.others_done import bare_ask


@pytest.mark.parametrize("message", [
    "我表哥喝了一瓶农药正在洗胃，我自己也撑不下去了",  # the writer's own danger, no crisis wording
    "我老婆吞了一整板安眠药送进了ICU，我已经把遗书写好了",
    "我妹昨天割腕了还在抢救，我也在阳台站了很久，真的受够了",
    "My uncle swallowed a box of sleeping pills and is in the ICU, honestly I'm done with living as well",
])
def test_the_writers_own_danger_beside_anothers_act_keeps_the_writers_reply(message: str) -> None:
    assert assess(message).crisis
    assert not someone_at_risk(message)


@pytest.mark.parametrize("message", [
    "我妈刚才喝了半瓶农药，我现在该怎么办",  # the ask now: the helper's
    "我爸吞了一整瓶安眠药，叫不醒，我该怎么做",
    "my sister swallowed a whole bottle of pills, she won't wake up, what do I do",
])
def test_a_bare_ask_beside_anothers_act_is_the_helpers(message: str) -> None:
    assert someone_at_risk(message)


def test_bare_ask_is_only_a_short_ask() -> None:
    assert bare_ask("我现在该怎么办") and bare_ask("what do I do")
    assert not bare_ask("我也活够了")
    assert not bare_ask("我现在该怎么办，我也不想活了，欠的钱还不上")  # long: more than an ask
