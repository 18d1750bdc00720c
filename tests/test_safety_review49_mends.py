"""review49's findings on the last mends, both sides of each: a method named on oneself in English; a relative
unaware of ANOTHER relative's danger (the helper reply); 撑不住啦 only when the writer says it of themselves; asking
around the village with menace, a photo or a message to pay is abuse, a bare account of it the home-visit question."""

from __future__ import annotations

import pytest

from bot import Engine

HELPER = ("我很担心他（她）的安全", "I'm worried for their safety")


@pytest.mark.parametrize("message", [
    "I'm going to hang myself", "I might just hang myself in the garage", "i want to drown myself, the debt is too much",
    "thinking of throwing myself in front of a train",
])
def test_a_method_named_on_oneself_is_a_crisis(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "crisis" in reply.topics and "12356" in reply.text


@pytest.mark.parametrize("message", [
    "I'm not going to hang myself, just venting about the loan", "I starve myself until dinner on work days",
    "my character hanged himself in the game",
])
def test_a_method_negated_or_everyday_is_not(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "我爸不知道我妈想跳楼", "我老公不知道我儿子想自杀，我该怎么办", "我爸不知道，我妈昨晚吞了安眠药",
    "My mom doesn't know my dad took pills last night",
])
def test_a_relative_unaware_of_another_relatives_danger_gets_the_helper_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "crisis" in reply.topics and any(line in reply.text for line in HELPER)


@pytest.mark.parametrize("message", ["我老公不知道我吃了一整瓶药，现在心跳很快", "儿子不知道我准备吃药走了"])
def test_a_relative_unaware_of_the_writers_danger_keeps_the_writer_first_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "crisis" in reply.topics and not any(line in reply.text for line in HELPER)


@pytest.mark.parametrize("message", ["我頂唔順啦，借唄還唔到", "我真系顶唔住啦", "我撑不住了，借呗还不上"])
def test_the_writer_who_cannot_hold_on_is_a_crisis(engine: Engine, message: str) -> None:
    assert "crisis" in engine.ask(message).topics


# ("撑不住啦，能不能协商延期还款" is a crisis, as "撑不住了，…" was before: the writer's own words with no everyday reason.)
@pytest.mark.parametrize("message", ["我的手机电量撑不住啦", "天气热得我撑不住啦，开空调吧", "熬不住啦，先睡了"])
def test_holding_on_said_of_a_phone_the_heat_or_sleep_is_not(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "有人在我们村到处打听我，把我的照片给邻居看", "有人在我们村到处打听我，说我跑不掉的",
    "有人在村里到处打听我，给邻居留了电话让他们转告我还钱",
    "Strangers were asking around my village about me, said they'd be back",
])
def test_asking_around_with_menace_a_photo_or_a_message_to_pay_is_abuse(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == "abusive_collection"


@pytest.mark.parametrize("message", ["有人在我们村到处打听我", "有人在我们村到处打听我，是上门催收吗"])
def test_asking_around_told_alone_is_the_home_visit_question(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics == ("home_visit",)


def test_anyone_there_is_still_a_greeting(engine: Engine) -> None:
    assert engine.ask("有人在吗").topics == ("greeting",)


# review50: the exceptions read their own clause only, and name phrases, not single characters.
@pytest.mark.parametrize("message", [
    "I gas myself up every morning. Tonight I'm going to gas myself in the garage",
    "I'm going to hang myself tonight. I starve myself until lunch anyway",
    "I want to hang myself lol I'm serious",
    "撑不住啦，晚上睡不着觉，天天被催收", "撑不住啦，困在这笔债里出不来", "撑不住啦，笑不出来了",
])
def test_a_crisis_beside_an_everyday_phrase_is_still_a_crisis(engine: Engine, message: str) -> None:
    assert "crisis" in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "I drown myself in work and coffee", "I threw myself into my work", "throwing myself under the bus at work",
    "I'll shoot myself a reminder", "I was gassing myself up in the mirror", "stabbing myself with the sewing needle, clumsy",
])
def test_everyday_idioms_of_oneself_are_not(engine: Engine, message: str) -> None:
    assert "crisis" not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "老公不知道，吃了一整瓶安眠药了", "他不知道，遗书已经写好了", "my wife has no idea, took all my pills",
])
def test_unaware_with_no_one_else_named_keeps_the_writer_first_reply(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert "crisis" in reply.topics and not any(line in reply.text for line in HELPER)
