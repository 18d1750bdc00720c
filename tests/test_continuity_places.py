"""bot.continuity_places: a place of danger or a means named in a short turn, read in the light of the conversation
(moved out of bot.continuity, split90). The same words with an everyday reason, and the same words with an end told,
side by side."""

import pytest

from bot.continuity_places import at_danger_after_loan, danger_setting_after_crisis
from bot.text import simplified


@pytest.mark.parametrize("turn", ["我在桥上", "绳子准备好了", "the rope is ready", "我在楼顶晾衣服，想跳下去"])
def test_after_a_crisis_reply_a_place_or_a_means_is_danger(turn: str) -> None:
    assert danger_setting_after_crisis(simplified(turn), ["crisis"])
    assert not danger_setting_after_crisis(simplified(turn), ["lawsuit"])  # no crisis reply before: its own reading


@pytest.mark.parametrize("turn", ["我在楼顶晾衣服", "I'm on the roof fixing the antenna", "我在桥上，借呗逾期会上门吗"])
def test_an_everyday_reason_or_a_loan_matter_keeps_its_own_reading(turn: str) -> None:
    assert not danger_setting_after_crisis(simplified(turn), ["crisis"])


def test_after_a_loan_answer_being_at_a_height_now_is_danger_and_an_outing_is_not() -> None:
    assert at_danger_after_loan(simplified("I'm at the top level of the carpark now"), ["lawsuit"])
    assert not at_danger_after_loan(simplified("I'm at the top level of the carpark now looking for my car"), ["lawsuit"])
    assert not at_danger_after_loan(simplified("I'm at the top level of the carpark now"), ["greeting"])
