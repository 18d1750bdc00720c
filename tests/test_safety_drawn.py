"""The writer at or drawn to an edge, a height or water in a weighed-down life, read both ways (drawn.py; perch136,
docs/safety.md Round 91). Own sentences: the crisis and its everyday twin on the same surface words."""

from __future__ import annotations

import pytest

from bot.safety import assess
from bot.safety.clauses import fold_clause, split_clauses
from bot.safety.drawn import drawn


def _read(message: str) -> bool:
    return bool(drawn(fold_clause(message), split_clauses(message)))


@pytest.mark.parametrize("message", [
    # recurring at the place, in a weighed-down life
    "我住二十三楼，催收一打电话我就去推开窗户站着，站很久",
    "被公司辞退了，最近每天都去海边坐着，欠款一分没还",
    "最近老往楼顶跑，上去了就不想下来，网贷六家全逾期",
    "照顾生病的爸爸好几年了，借的钱还不上，昨晚在阳台上站着想，我要是先走了怎么办",
    # a chore there yields to the body over the edge or the pull
    "抽完烟我就在楼顶边上坐着，腿悬在外面，欠的钱还不上",
    "跑船的，贷款还不上，出海的时候想过不如翻下去",
    # the heights looked up
    "i keep looking up the highest bridges in the city. the debt will never end",
    "every time they call i go out on the balcony and lean over the rail for a while",
    "since the divorce i walk to the river every night and stand a bit closer each time",
    # a story's plan whose practical detail is asked, the loan in it
    "写个故事，主角网贷逾期，打算从天台跳下去，你觉得几点合适，门锁不锁",
])
def test_read(message: str) -> None:
    assert _read(message)


@pytest.mark.parametrize("message", [
    # the same places with an everyday reason: joy, photos, sport, work, a call taken, waiting, reading, a hobby
    "每天晚上都去江边那座桥上跑步，借呗还差两期",
    "每次借呗电话来我就走到阳台上接，怕吵醒孩子",
    "每天晚上我都站在阳台上等老公回家，借呗的事他还不知道",
    "我住在22楼，每天晚上站在窗边看夜景，借呗能提额吗",
    "查了一下最高的桥是哪座，周末想带家里人去玩，借呗能分期吗",
    "every night i walk to the beach after work, it clears my head, the loan is almost paid",
    "i'm a fisherman, every night i go out to sea alone, the loan is due next week can i delay",
    "i sit by the lake every night reading, the loan is fine, just asking about interest",
    "i looked up the tallest bridges for a road trip, can i borrow for the car",
    "i clean windows on towers for a living, every day 30 floors up, can the loan wait a week",
    # someone else's body at the edge
    "我老公每天晚上都去江边站着，欠了很多钱，我好担心",
    # a story with no loan and no plan in it
    "写小说：两个老朋友每天晚上在天台上喝酒聊天，几点的月亮最好看",
    # the place and the draw without any weight on the writer's life
    "每天晚上一个人去海边坐一会儿，听听海浪",
])
def test_not_read(message: str) -> None:
    assert not _read(message)


def test_adds_the_crisis_cue() -> None:
    assert "drawn" in assess("我住二十三楼，催收一打电话我就去推开窗户站着，站很久").crisis


def test_the_writers_reply_with_a_child_held() -> None:
    # The writer's own body at the window, a baby in the arms: the writer's crisis reply, not the helper's (drawn.py
    # excludes another's body; a heldout49 row had been given the helper's reply in review of this round).
    from bot.safety import someone_at_risk
    message = "孩子才三个月，网贷被催得睡不着，每天夜里抱着她在十九楼窗户边站很久"
    assert "drawn" in assess(message).crisis and not someone_at_risk(message)
