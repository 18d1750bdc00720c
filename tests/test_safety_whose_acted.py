"""Whose reply beside someone else's act already done (mend180, docs/safety.md Round 99b, review178): the writer's
own danger told in another clause keeps the writer's reply; only a short ask of what to do now is the helper's.
Own sentences, both ways."""

from __future__ import annotations

import pytest

from bot.safety import assess, someone_at_risk
from bot.safety.clauses import split_clauses
from bot.safety.others_done import acted_at, bare_ask


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


@pytest.mark.parametrize("message", [
    "我舅舅几年前喝过一次农药，后来救回来了，现在借呗欠了两万",  # F2: long past, survived
    "我姑姑去年吞了半瓶安眠药，救过来了，这笔借呗是那时借的",
    "My cousin took a whole bottle of pills three years ago and pulled through, can I pay her loan",
    "小孩吞了一颗纽扣，医生说没事会排出来，借呗今天能晚点还吗",  # F3: a bare counter is no pill
    "我老公刚吃了晚餐就去上夜班了，借呗怎么提额",  # F3: a meal
    "我妈已经吃了，她在医院上班，对不起打扰一下，借呗怎么还",  # F3: a nurse on shift, an apology
    "我爸吃了药以后有点吐，医生说是正常反应，借呗账单在哪看",  # F3: a side effect
    "My nephew jumped off the jetty for a swim, then asked me about my loan",  # F3: a swim
    "催收打电话跟我说你妹都喝农药了你还不还，还骂我全家",  # F4: a collector's taunt
])
def test_past_survived_everyday_or_taunt_is_no_act_done(message: str) -> None:
    assert not acted_at(message, split_clauses(message))


@pytest.mark.parametrize("message", [
    "我哥去年也进过医院，今天下午喝了农药，在抢救",  # a past word, the act now
    "我姑姑刚吃了一瓶安眠药，叫不醒",  # the quantity without a counter word needed
    "我老公已经吃了，叫了半天没反应",  # a bare act beside a narrow grave state
    "My brother jumped off the roof of his building, the ambulance is here",
    "催收骂了我一晚上，我哥昨晚喝了农药在抢救",  # a collector's abuse, the act the brother's own
])
def test_an_act_now_is_still_read(message: str) -> None:
    assert acted_at(message, split_clauses(message))


def test_pills_counted_in_words_are_a_quantity() -> None:
    message = "舍友刚刚吃了四十多片安眠药，嘴唇发白，我已经打了120，还能做什么"  # 四十多片: the quantity, not the bare 片
    assert acted_at(message, split_clauses(message))


def test_a_new_act_after_one_survived_is_now() -> None:
    message = "我舅妈之前喝农药救过来了，今天又喝了一整瓶农药"  # survived once, done again today
    assert acted_at(message, split_clauses(message))
