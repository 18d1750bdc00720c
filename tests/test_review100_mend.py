"""review100's findings on abuse99 and signoff97, mended (mend83, docs/safety.md Rounds 75 and 73 addenda). Both ways,
sentences in our own words: a collector's death words beside the writer's own risk keep the crisis reply first, the
collector's words alone keep the abuse reply first; a fee, paint or comments with no collector are no abuse; an
accident named is no "if I were gone", a relative named as those left provided for is no everyday place."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.risk_memory import signals
from test_risk_memory import _last  # the last turn's topics of a session


def _topics(engine: Engine, message: str) -> tuple[str, ...]:
    return tuple(engine.ask(message).topics)


@pytest.mark.parametrize("message", [
    "催收天天骂我去死，有时候真的想去死算了，借呗欠了三万",  # the writer's own clause, no agent in it
    "催收把我的照片做成遗照发到家族群，借呗欠了五万，我都安排好了，永别了",  # a farewell outside their clause
    "催收说信不信弄死你，弄死就弄死吧，网贷欠太多了我也还不起，随便吧",  # the writer taking the words up
    "催收说要给我烧纸钱，网贷欠了十万，烧就烧吧，过几天就用得上了",
    "催收发短信说别怪我们，你这种人活着有什么用不如去死，说真的今晚就想从楼上跳下去，网贷欠了十万",  # their "你" clause, then mine
])
def test_writer_at_risk_beside_collectors_death_words_gets_crisis_first(engine: Engine, message: str) -> None:
    assert _topics(engine, message)[:2] == ("crisis", "abusive_collection")


@pytest.mark.parametrize("message", [
    "催收把我的照片P成遗照发到我家族群里，借呗欠了两万，这算违法吗",
    "催收在电话里说“信不信我找人弄死你”，我录了音，借呗欠的钱能报警吗",  # their words quoted after 说
])
def test_collectors_death_words_alone_lead_with_abuse(engine: Engine, message: str) -> None:
    assert _topics(engine, message)[0] == "abusive_collection"


@pytest.mark.parametrize("message", [
    "中介那边说租房要交两个月押金，我借呗还欠着一点，能先用借呗吗",
    "They said the hotel adds a processing fee for early checkout, can I use jiebei to pay?",
    "我是油漆工，昨天给店里的门刷了油漆，工钱拿来还借呗",
    "Folks comment under my travel videos that the hotel was a scam. Unrelated, but does my jiebei loan show that?",
])
def test_fees_paint_comments_without_a_collector_are_no_abuse(engine: Engine, message: str) -> None:
    topics = _topics(engine, message)
    assert "abusive_collection" not in topics and "crisis" not in topics


@pytest.mark.parametrize("message", [
    "催收非要我先交一千块手续费才肯停止爆通讯录，借呗欠了八千",
    "有人半夜在我家门上泼了红漆，写着欠债还钱，借呗逾期两个月了",
])
def test_collectors_fee_and_paint_stay_abuse(engine: Engine, message: str) -> None:
    assert _topics(engine, message)[0] == "abusive_collection"


def test_accident_named_is_no_if_gone() -> None:
    assert "if_gone" not in signals("if something happened to me, say a bad car crash, who pays my jiebei")
    assert "if_gone" in signals("if something happened to me, who pays my jiebei")


@pytest.mark.parametrize("turns, crisis", [
    ("I live alone || if something happened to me, say a bad car crash, who pays my jiebei || thanks, bye", False),
    ("i'm raising my daughter alone || if i die does she have to pay my huabei || she'd be better off with her aunt anyway, thanks", True),
    ("网贷欠了十万，真的没有办法了 || 如果我不在了，这些债谁还 || 反正月底他们来了也见不到我了", True),
])
def test_sessions_of_review100(engine: Engine, turns: str, crisis: bool) -> None:
    assert (_last(engine, turns)[0] == "crisis") is crisis
