"""mend64 (review73's leftovers): a goodbye to an app that hid a goodbye to this life in the next clause (pastimes.py),
a decision "with no regrets left" read as an errand (errands.py), a plain "I don't want to stay in this world" said
beside the loan that no rule read, and 拜拜了人间. Each fix has both sides: the benign twin stays as it was, and beside
it a real crisis in the same message still wins. No sentence here is from /tmp/review73's probe files."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.safety import assess
from bot.safety.errands import decided_on_errand
from bot.safety.idioms import masked
from safety_asserts import crisis_replied as _crisis


# --- 1. pastimes.py: the guard sees past a space or a comma, on both branches -----------------------------------

@pytest.mark.parametrize("message", [
    "永别了微博，这辈子也就这样了",
    "永别了抖音 这辈子到头了",
    "和小红书告别了。这辈子谁也不欠了",
    "再见了王者荣耀，也再见了这个世界",
])
def test_pastime_goodbye_beside_this_life_is_not_blanked(message: str) -> None:
    assert "这辈子" in masked(message) or "世界" in masked(message)
    assert assess(message).crisis, message


@pytest.mark.parametrize("message", [
    "永别了外卖，今天开始自己做饭",
    "和熬夜告别了，明天六点起床",
    "永别了奶茶 这辈子都不喝了",
    "永别了花呗 以后不超前消费了",
])
def test_pastime_goodbye_alone_stays_blanked(message: str) -> None:
    assert not assess(message).crisis, message


# --- 2. errands.py: no regrets left is an end word, not an errand's ----------------------------------------------

@pytest.mark.parametrize("window", [
    "已经决定了 后天去举报 举报完就了无牵挂了",
    "决定了明天去投诉，这样就没有遗憾了",
    "made up my mind, filing the complaint tomorrow and then no regrets",
])
def test_decision_with_no_regrets_is_not_an_errand(window: str) -> None:
    assert not decided_on_errand(window)


@pytest.mark.parametrize("window", [
    "已经决定了 后天去举报",
    "决定了明天去投诉，这次一定要讨个说法",
    "made up my mind, filing the complaint tomorrow",
])
def test_decision_on_an_errand_stays_an_errand(window: str) -> None:
    assert decided_on_errand(window)


# --- 3. not wanting to stay in this world, with the loan named beside it ------------------------------------------

@pytest.mark.parametrize("message", [
    "花呗逾期两个月了，这个世界我真的不想呆了",
    "这世上我早就待够了 借呗也还不上",
    "借呗还不起，不想再留在这个世界了",
    "jiebei is overdue and i dont want to be in this world anymore",
    "late on my huabei again, honestly im done with this world",
])
def test_not_wanting_to_stay_in_this_world_is_a_crisis_beside_the_loan(engine: Engine, message: str) -> None:
    assert "farewell" in assess(message).crisis, message
    assert _crisis(engine, message), message


@pytest.mark.parametrize("message", [
    "我不想待在这个世界级的大公司了，想回老家",
    "这个城市我不想待了，想换个地方还借呗",
    "i dont want to be in this world cup group chat anymore",
    "这家公司我待够了，借呗还完就辞职",
])
def test_places_and_jobs_left_are_not_this_world(message: str) -> None:
    assert "farewell" not in assess(message).crisis, message


# --- 4. a goodbye to 人间, the world or this life ----------------------------------------------------------------

@pytest.mark.parametrize("message", ["拜拜了这人间", "再见了 这个世界", "拜拜啦这个没意思的人生"])
def test_goodbye_to_the_world_is_a_crisis(message: str) -> None:
    assert assess(message).crisis, message


@pytest.mark.parametrize("message", ["拜拜", "好的 拜拜 明天再问", "拜拜了外卖", "再见了旧世界 明天入职新公司"])
def test_goodbye_alone_is_not_a_crisis(message: str) -> None:
    assert not assess(message).crisis, message


def test_goodbye_beside_a_crisis_keeps_the_crisis() -> None:
    assert assess("好的拜拜，这个世界我也不想待了").crisis


def test_no_regrets_in_the_next_clause_keeps_the_crisis(engine: Engine) -> None:
    assert _crisis(engine, "我已经想好了 后天就去举报 举报完了这辈子也就了无牵挂了")
    assert decided_on_errand("已经决定了 后天去举报", "已经决定了 后天去举报 举报完心里就踏实了")
    assert not _crisis(engine, "我已经想好了 后天就去举报 举报完心里就踏实了")


def test_more_wordings_of_this_world_and_their_twins() -> None:
    assert "farewell" in assess("【求助】花呗逾期 这世界我是一秒都不想呆了").crisis
    assert "farewell" in assess("huabei overdue lah, this world i dont want to stay already").crisis
    assert not assess("这个世界上我最不想待的地方就是催收公司").crisis
    assert not assess("拜拜了这个世界上最贵的奶茶").crisis
    assert assess("拜拜了这个世界上最贵的奶茶，拜拜了人间").crisis  # the goodbye to 人间 beside it still wins
