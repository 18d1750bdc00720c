"""A crisis only the two readers leaning together carry, told beside abusive collection (review63,
stop 35): the abuse reply alone had answered it, because leaning was skipped whenever abuse was
found. Leaning now reads every clause but a collector's words pasted in (and the clause that
introduces them), so the writer's own crisis comes first, and a threat or the
writer's distress at the abuse stays abuse alone."""

from __future__ import annotations

import pytest

from bot import Engine
from tests.safety_asserts import ABUSE, CRISIS

CRISIS_BESIDE_ABUSE = [
    "got a parcel today, inside was hell money and a note saying pay up. It's happening again, like last time. "
    "I'm scared I won't stop myself this time.",
    "我都没点过外卖，结果一晚上来了五六个外卖小哥，都是货到付款，肯定是催收干的。已经决定了，就在今晚，不用劝我",
    "我都没点过外卖，结果一晚上来了五六个外卖小哥，都是货到付款，肯定是催收干的。撑到月底就好，月底我就彻底解脱了，谁也不欠了",
    "the collectors threatened to hurt my family, It's happening again, like last time. I'm scared I won't stop myself this time.",
    # (review66: run-ons of one or two clauses, where the crisis shares the abuse clause or its neighbour)
    "got a parcel today inside was hell money and a note saying pay up it's happening again  like last time  "
    "i'm scared i won't stop myself this time",
    "一晚上来了五六个外卖都不是我点的 撑到月底就好月底我就彻底解脱了",
    "快递拆开是一叠冥币 撑到月底就好月底我就彻底解脱了",
]

ABUSE_ALONE = [
    'The collector sent my wife a message saying "your husband won\'t be coming home tonight"',
    "催收把我的照片发到家族群了，我好累，不知道怎么办",
    "催收天天打电话骂我，我快崩溃了",
    "催收发短信说 你今晚别想睡了 我们知道你住哪",
    "they keep sending food orders to my flat cash on delivery, I never ordered any, I'm so tired of this",
]


@pytest.mark.parametrize("message", CRISIS_BESIDE_ABUSE)
def test_a_crisis_leaning_beside_abuse_comes_first(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[:2] == (CRISIS, ABUSE) and "12356" in reply.text and "12378" in reply.text, reply.topics


@pytest.mark.parametrize("message", ABUSE_ALONE)
def test_a_threat_or_distress_at_the_abuse_stays_abuse(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == ABUSE and CRISIS not in reply.topics, reply.topics
