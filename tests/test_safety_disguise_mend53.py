"""Round 33 mends (mend53): review54's items 4-7 on safe42's disguised wording, each on both sides. A failed
attempt typed by voice (spaced) or plainly is a crisis, not of someone else or a pest; a collector's insult is
theirs, not the writer's reply; a tag question belongs to what it asks; 吊灯 and a vitamin's 💊 are no means."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety.clauses import split_clauses
from bot.safety.disguise import disguised_abuse, read_raw

CRISIS = "crisis"
ABUSE = "abusive_collection"


@pytest.mark.parametrize("message", [
    # review54 #4 (voice-spaced)
    "昨晚 没 死 成 今天 借呗 又 要 还",
    "跳 了 没 死 成 借呗 还 在 逾期",
    "没 死 成 借呗 还 在 逾期",
    # plain, and new wordings
    "昨晚没死成，今天借呗又要还",
    "没死掉，醒过来借呗还是逾期",
    "上个月吃药没死成，现在催收天天打",
    "I took all my pills last week but survived, and jiebei is still overdue",
    "I tried in march but survived, now jiebei wants everything",
])
def test_a_failed_attempt_told_of_the_writer_is_a_crisis(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert reply.topics[0] == CRISIS and "12356" in reply.text


@pytest.mark.parametrize("message", [
    "游戏里boss没死成，借呗明天到期",
    "这个bug没死成，明天继续修，花呗怎么还",
    "I survived the layoffs but jiebei is overdue now",
    "I tried the new diet and survived, jiebei is late though",
])
def test_not_dying_of_something_else_is_no_crisis(engine: Engine, message: str) -> None:
    assert CRISIS not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "你 去 死 吧 催收 这么 说 的",  # review54 #4
    "你去死吧，催收原话就是这么说的",
    "催收骂我sb",
    "我回了他一句，催收就骂我sb",
])
def test_a_collectors_words_are_abuse(engine: Engine, message: str) -> None:
    reply = engine.ask(message)
    assert ABUSE in reply.topics and "12378" in reply.text


@pytest.mark.parametrize("message", [
    # review54 #5: the writer's own insult back
    "催收打电话我回了句sb，会被起诉吗",
    "短信里我写了nmsl，会被告吗",
    "微信上我骂他sb会怎样",
    "我跟他们说sb才还呢",
    "对方发消息我就回了个sb，有事吗",
    # new: the quote said by no collector
    "你去死吧，我妈这么说的，因为我借了借呗",
])
def test_the_writers_own_insult_is_no_collectors_abuse(engine: Engine, message: str) -> None:
    assert ABUSE not in engine.ask(message).topics


def test_the_writers_reply_does_not_hide_the_collectors_insult_in_the_same_window() -> None:
    assert disguised_abuse("催收骂我傻逼 我回了句傻逼")
    assert not disguised_abuse("催收打电话我回了句傻逼")
    assert disguised_abuse("催收说我再不还就是傻逼")  # 我 as whom they speak of, not the speaker


@pytest.mark.parametrize("message", [
    "催收 说 要 去 我 老家 走访 是 真的 吗",  # review54 #6
    "催收说要去我老家走访，是真的吗",
    "催收 说 下周 上门 拜访 会 吗",
])
def test_a_tag_question_belongs_to_what_it_asks(engine: Engine, message: str) -> None:
    assert ABUSE not in engine.ask(message).topics


def test_a_tag_question_is_kept_with_its_clause() -> None:
    assert len(split_clauses("催收 说 要 去 我 老家 走访 是 真的 吗")) == 1
    assert len(split_clauses("借呗逾期 我好怕 怎么办")) == 3  # spaces for commas elsewhere still split


def test_a_threat_told_beside_a_tag_question_is_still_abuse(engine: Engine) -> None:
    assert ABUSE in engine.ask("催收 昨天 骂我 全家 死光 是 真的 吗").topics


@pytest.mark.parametrize("message", [
    "上 吊 灯 坏 了 借呗 逾期 了",  # review54 #7
    "上吊灯坏了，借呗逾期了",
    "穿上吊带裙出门被催收拍了照",
])
def test_a_hanging_lamp_is_no_means(engine: Engine, message: str) -> None:
    assert CRISIS not in engine.ask(message).topics


@pytest.mark.parametrize("message", [
    "楼上吊灯坏了，借呗也还不上，我想上吊",
    "借呗还不上了 上 吊 算 了",
    "每天吃💊维生素，可我 不 想 活 了",
])
def test_a_light_surface_beside_a_real_crisis_keeps_it(engine: Engine, message: str) -> None:
    assert engine.ask(message).topics[0] == CRISIS


def test_a_pill_emoji_beside_an_everyday_medicine_adds_no_drug() -> None:
    assert read_raw("每天吃💊维生素可以吗") == "每天吃维生素可以吗"
    assert read_raw("感冒了吃💊有用吗") == "感冒了吃有用吗"
    assert read_raw("感冒好久了💊攒够了") == "感冒好久了药攒够了"  # gathered: read as 药
    assert read_raw("💊攒够了") == "药攒够了"


@pytest.mark.parametrize("message", ["每天吃💊维生素可以吗", "感冒了吃💊有用吗，借呗逾期两天"])
def test_a_vitamin_or_cold_question_gets_no_check_in(engine: Engine, message: str) -> None:
    assert "12356" not in engine.ask(message).text
