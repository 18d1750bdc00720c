"""fix71 (issue 12; user70 items 1, 2, 3, 6, 9): whose crisis reply a conversation keeps after the helper's reply, a
take-back after a collector's threat, Cantonese 死咗佢 as a filler, 洗胃 / 生存落去 / "my life is over", an English relative
in danger now, and a helper who took a relative's means away. Both sides of each; every exception beside a real crisis."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.cantonese import to_mandarin
from bot.helper_turns import reveals_self


def _helper(text: str) -> bool:
    """The crisis reply addressed to the helper (as tests/safety_figures.py reads it)."""
    return "他（她）的安全" in text or "worried for their safety" in text \
        or "能陪在他（她）身" in text or "stay with them and don't leave them alone" in text


def _last(engine: Engine, *turns: str):  # type: ignore[no-untyped-def]
    session = engine.session()
    reply = None
    for turn in turns:
        reply = session.ask(turn)
    return reply


HELPER_ZH, HELPER_EN = "我爸借呗逾期了 他说不想活了", "my mum owes jiebei and she says she wants to die"


@pytest.mark.parametrize("first, then", [(HELPER_ZH, "同感"), (HELPER_ZH, "说实话我比他更想"), (HELPER_ZH, "我跟他一样"),
                                         (HELPER_EN, "and honestly same"), (HELPER_EN, "if she goes i'm going with her")])
def test_agreeing_with_the_relative_gets_the_writers_reply(engine: Engine, first: str, then: str) -> None:
    """review90: fix71's default of the helper's reply for turns about the relative gave writers at risk who agree or
    compare the relative's reply (37 of 131); the lead removed it, so these get the writer's reply (mend66's default)."""
    reply = _last(engine, first, then)
    assert reply.topics[0] == "crisis" and not _helper(reply.text)


@pytest.mark.parametrize("first, then", [
    (HELPER_ZH, "其实是我"), (HELPER_ZH, "其實講緊我自己"), (HELPER_ZH, "不是我爸 是我"), (HELPER_EN, "actually it's me"),
    (HELPER_EN, "ok the truth is its me not my mum"), (HELPER_ZH, "我也不想活了"), (HELPER_ZH, "他睡了 但我今晚想吃药"),
    (HELPER_EN, "she's asleep. honestly i want to die too"), (HELPER_ZH, "我在天台"), (HELPER_ZH, "我好累"),
    (HELPER_ZH, "他没事 反正也没人在乎"), (HELPER_ZH, "他睡了 今晚想吃药"), (HELPER_EN, "she is fine. tonight is my last night")])
def test_the_writers_own_risk_after_a_helper_turn_gets_the_writers_reply(engine: Engine, first: str, then: str) -> None:
    reply = _last(engine, first, then)
    assert reply.topics[0] == "crisis" and "12356" in reply.text and not _helper(reply.text)


@pytest.mark.parametrize("then", ["我好担心他会自杀", "他又说要跳楼", "我妈也说想死"])
def test_a_relatives_new_crisis_words_after_a_helper_turn_keep_the_helpers_reply(engine: Engine, then: str) -> None:
    reply = _last(engine, HELPER_ZH, then)
    assert reply.topics[0] == "crisis" and _helper(reply.text)


def test_a_loan_question_about_the_relative_is_answered_as_itself(engine: Engine) -> None:
    reply = _last(engine, HELPER_ZH, "他的征信会怎么样")
    assert reply.topics[0] == "credit_report" and "12356" in reply.text  # with the check-in line


@pytest.mark.parametrize("text", ["其实是我", "其實係我自己", "那个朋友就是我", "不是我爸 是我", "actually its me", "it was me all along",
                                  "there is no friend", "i was talking about myself", "the friend is me", "im the one who wants to die",
                                  "说实话 这个舅舅就是我"])
def test_reveals_self_reads_it_was_me_all_along(text: str) -> None:
    assert reveals_self(text)


@pytest.mark.parametrize("text", ["其实是我爸", "是我借的", "是我的错", "its my dad", "its me again", "这就是我的借呗", "就是我借的"])
def test_reveals_self_leaves_a_relative_or_a_deed(text: str) -> None:
    assert not reveals_self(text)


@pytest.mark.parametrize("threat, back", [("催收说要弄死我", "开玩笑的"), ("催收说要弄死我", "逗你的"), ("催收说要找人砍我", "骗你的啦"),
                                          ("the collector said he will hurt my mum", "jk"), ("the collector said he will hurt my mum", "i was joking")])
def test_a_take_back_after_a_threat_keeps_the_abuse_line_short(engine: Engine, threat: str, back: str) -> None:
    reply = _last(engine, threat, back)
    assert reply.topics == ("abusive_collection",) and "110" in reply.text and "12378" in reply.text
    assert len(reply.text) < 600  # the short form, not the whole reply again
    assert "依据" not in reply.text and "Based on the article" not in reply.text  # it rests on no line of the article


def test_a_take_back_after_a_loan_question_or_a_crisis_is_not_the_abuse_reply(engine: Engine) -> None:
    assert "abusive_collection" not in _last(engine, "借呗逾期会上征信吗", "开玩笑的").topics
    crisis = _last(engine, "我不想活了", "开玩笑的")
    assert crisis.topics[0] == "crisis" and "12356" in crisis.text


def test_cantonese_filler_pronoun_after_die() -> None:
    assert "死了算了" in to_mandarin("借呗还唔到 不如死咗佢")
    assert "死了算了" in to_mandarin("死咗佢算数")
    assert to_mandarin("生存落去") == "生存下去" and to_mandarin("喺呢个世界") == "在这个世界"  # (no other marker beside them)
    for text in ("催收话要打死咗佢", "部机死咗佢", "阿爸死咗佢好伤心", "佢老豆死咗佢要还借呗吗"):
        assert "死了算了" not in to_mandarin(text), text


@pytest.mark.parametrize("text, helper", [("借唄還唔到 不如死咗佢", False), ("我還唔到錢 死咗佢算", False), ("佢話想死 借唄還唔到", True)])
def test_cantonese_die_whose(engine: Engine, text: str, helper: bool) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and _helper(reply.text) == helper


@pytest.mark.parametrize("text", ["借呗逾期了 我在医院洗胃", "借唄逾期 我剛洗完胃", "借呗还唔到 我唔想再生存落去", "借呗还唔到 我想搵个地方跳落去",
                                  "jiebei overdue, my life is over", "食物中毒洗了胃 借呗还不上 其实我不想活了",
                                  "my life is over lol, no seriously i want to kill myself tonight"])
def test_missed_crises_are_read(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and "12356" in reply.text


@pytest.mark.parametrize("text", ["上周食物中毒洗了胃 借呗逾期了怎么办", "医生说不用洗胃 只是肠胃炎 借呗能缓几天吗", "这个程序不想再存在了",
                                  "my phone fell in the toilet, my life is over lol, can i pay jiebei at the counter",
                                  "i locked my phone in the car lol, my life is over, can i pay jiebei tomorrow",
                                  "my whole life is over the moon since i paid off jiebei, how do i get my limit back"])
def test_their_everyday_readings_are_not(engine: Engine, text: str) -> None:
    assert "crisis" not in engine.ask(text).topics


def test_a_collectors_my_life_is_over_stays_abuse(engine: Engine) -> None:
    assert engine.ask("debt collector said my whole life is over, i was shaking all night").topics[0] == "abusive_collection"


@pytest.mark.parametrize("text", ["my sister owes jiebei and she locked herself in the bathroom with a knife",
                                  "my mum has jiebei debt and she just texted me goodbye",
                                  "my dad owes jiebei, he drove off saying we wont see him again",
                                  "my brother texted me goodbye before his flight, and he said he wants to kill himself",
                                  "my gf told me she wants to kill herself because of jiebei"])
def test_an_english_relative_in_danger_now_gets_the_helpers_reply(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and _helper(reply.text)


@pytest.mark.parametrize("text", ["my brother texted me goodbye before his flight to sydney, he asked me to pay his jiebei",
                                  "my wife locked herself in the bathroom to do her makeup, how do i pay jiebei late",
                                  "my dad drove off saying we wont see him until new year, he left me his jiebei to handle"])
def test_an_english_relatives_everyday_goodbye_is_no_crisis(engine: Engine, text: str) -> None:
    assert "crisis" not in engine.ask(text).topics


@pytest.mark.parametrize("text", ["我把我妈的安眠药藏起来了，她找不到。反正活着也没意思", "老公说想死 我把他的药拿走了 我自己吃了",
                                  "我妈说想死 我把她的药都拿走了 我也不想活了", "my wife said she wants to die, i took her pills away and kept them for myself",
                                  "my brother says he wants to die. i hid his pills. honestly i want to die too"])
def test_the_writers_own_risk_beside_removed_means_gets_the_writers_reply(engine: Engine, text: str) -> None:
    reply = engine.ask(text)
    assert reply.topics[0] == "crisis" and not _helper(reply.text)
