"""mend129 (issue 12, docs/safety.md Round 84 addendum): an emoji is weak evidence. A skull, a candle, prayer hands,
a drop of blood, money or pills with good night are everyday; a strong sign reads beside a debt or despair said in
words, frames yield when the writer tells both, emoji alone are a crisis only for a strong sign beside money; a scene
at a height needs the look below; wanting to go down is not read at a ground floor, in snow or in joy. New sentences,
both ways, on the same surfaces."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess
from bot.safety.glyphs import emoji_only_crisis

READ = {"glyphs", "perched", "self_harm"}

EVERYDAY = [
    "test tomorrow morning 💀 wish me luck",
    "apologies for the slow answer 💀 I fell asleep, when is the jiebei bill date",
    "我的花呗额度清零了💀 拜拜了我的奶茶",
    "例假第二天🩸 肚子疼😩 借呗还款日能改吗",
    "今天单位组织献血🩸 有点头晕",
    "朋友圈求助力 砍一刀🔪 谢谢 💰",
    "black friday got me 🪦💸 spent it all on shoes",
    "刚吃了医生开的药💊💊 睡了🌙 借呗的事明天说",
    "rest in peace to everyone lost in the flood 🕯️🙏",
    "went for a swim in the lake, exhausted, the water below was cold, got an overdue text, will it hurt my credit",
    "我是小区保安，晚上在河边巡逻，一夜没睡，催收短信一直响，他们能半夜发吗",
    "我家住一楼，站在阳台上看到小狗在院子里，我想下去",
    "三晚没睡好，把窗户开着透气，借呗短信又来了，请问能协商延期吗",
]
CRISES = [
    "花呗借呗都逾期了 😂🪦 活着太累了",
    "jiebei took everything lol 🪦 im done",
    "没事了 我想好了 🪦 对不起爸妈 借呗的钱还不上",
    "took everything i have 🔪🩸 i cant go on with these loans",
    "药攒够了💊 欠的钱还不上 解脱了",
    "the collectors sent my boss a coffin picture ⚰️. i cant take this anymore, tonight",
]


@pytest.mark.parametrize("message", EVERYDAY)
def test_everyday_emoji_and_scenes_are_no_reading(message: str) -> None:
    assert not READ & set(assess(message).crisis)


@pytest.mark.parametrize("message", [
    "两夜没合眼了，窗户开着，催收电话还在打，脑子空空的",
    "sat on the rooftop ledge, havent slept, the collectors keep calling, looking down at the street",
])
def test_a_window_left_open_or_a_ledge_with_the_writers_state_and_the_debt_is_a_scene(message: str) -> None:
    assert {"perched"} & set(assess(message).crisis) or "self_harm" in assess(message).crisis


@pytest.mark.parametrize("message", CRISES)
def test_a_strong_sign_beside_debt_and_despair_in_words_is_read_through_a_frame(message: str) -> None:
    assert {"glyphs"} & set(assess(message).crisis)


@pytest.mark.parametrize("message", ["😂💀💀", "🕯🙏🙏", "💊😴", "🩸😖", "🏄‍♀️🌊👇", "🙏💀", "🔪🔪", "🪦🪦🪦"])
def test_emoji_alone_without_a_strong_sign_beside_money_is_no_crisis(message: str) -> None:
    assert not emoji_only_crisis(message)


@pytest.mark.parametrize("message", ["💳📉😩⚰️", "💸💸🔪🩸", "📉💸➡️🪦"])
def test_a_strong_sign_beside_money_alone_is_a_crisis(message: str) -> None:
    assert emoji_only_crisis(message)


def test_emoji_alone_ambiguous_keeps_the_worry_reply(engine: Engine) -> None:
    reply = engine.ask("😢😢 🪦")  # sad beside a grave: grief or a crisis; the frightened reply names 12356 (as before)
    assert reply.topics[0] != "crisis" and "12356" in reply.text
    assert engine.ask("💸😢⚰️").topics[0] == "crisis"


def test_a_collectors_coffin_is_abuse_first_not_the_writers_crisis() -> None:
    read = assess("a collector sent me a picture of a coffin ⚰️ and my ID card, pay by monday or else")
    assert "glyphs" not in read.crisis
