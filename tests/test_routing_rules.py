import pytest

from bot.routing_rules import BARE_DOUBT, DOUBTS, PULLING_AWAY
from bot.text import normalize


@pytest.mark.parametrize("text", ["别管我了", "leave me alone", "你帮不了我的", "让我静一静", "you can't help me", "哈哈骗你的"])
def test_pulling_away_said_alone_matches_whole(text: str) -> None:
    assert PULLING_AWAY.fullmatch(normalize(text))


@pytest.mark.parametrize("text", ["别管我了，反正我也活不了几天了", "leave me alone, tonight it ends", "你帮不了我 借呗能延期吗"])
def test_pulling_away_with_anything_more_does_not(text: str) -> None:
    assert not PULLING_AWAY.fullmatch(normalize(text))


@pytest.mark.parametrize("text, bare", [("是真的假的", True), ("is it true?", True), ("真的会上门吗", False), ("我该怎么办", False)])
def test_a_bare_doubt_names_nothing_of_its_own(text: str, bare: bool) -> None:
    assert bool(BARE_DOUBT.fullmatch(normalize(text))) == bare


@pytest.mark.parametrize("text, doubts", [("真的吗", True), ("can they do that", True), ("我该怎么办", False), ("what should i do", False)])
def test_doubt_is_asking_whether_a_threat_is_real(text: str, doubts: bool) -> None:
    assert bool(DOUBTS.search(normalize(text))) == doubts
