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


# Round 8: homophone typos of the loan words, each beside the real word it must not spoil.
@pytest.mark.parametrize("typed, meant", [
    ("借呗会起速我吗", "起诉"), ("逾期会上真信吗", "征信"), ("会不会有人上们", "上门"), ("催手天天打电话", "催收"),
    ("罚习怎么算", "罚息"), ("能不能协伤", "协商"), ("借呗逾起了", "逾期"), ("会不会上黑明单", "黑名单"),
    ("会爆通迅录吗", "通讯录"), ("会联系紧及联系人吗", "紧急联系人"), ("欠钱会坐劳吗", "坐牢"),
])
def test_homophone_typos_read_as_the_loan_word(typed: str, meant: str) -> None:
    assert meant in normalize(typed)


@pytest.mark.parametrize("text", ["这车起速很快", "提起速度来", "我真信了他们的话", "结果符合预期吗", "收益低于预期"])
def test_the_real_words_the_typos_resemble_stay(text: str) -> None:
    assert "诉" not in normalize(text) and "征信" not in normalize(text) and "逾期" not in normalize(text)


def test_one_list_says_a_loan_is_late() -> None:
    # slots (days overdue) and routing (calls to a late borrower) once kept twin lists that drifted.
    from bot import routing_rules, slots
    from bot.cues import LATE_OR_COLLECTED, OVERDUE

    assert not hasattr(slots, "_OVERDUE_CUES") and not hasattr(routing_rules, "_LATE")
    for text in ("借呗拖了三天", "花呗过期了", "i am past due", "payment missed", "借呗没还"):
        assert OVERDUE.search(normalize(text)) and LATE_OR_COLLECTED.search(normalize(text)), text
    assert LATE_OR_COLLECTED.search("催收会打电话给我吗") and not OVERDUE.search("催收会打电话给我吗")
    assert not OVERDUE.search("i will pay later") and not OVERDUE.search("the latest news")


def test_a_meeting_is_not_will() -> None:
    from bot.routing_rules import CALLS_ME

    assert CALLS_ME.search(normalize("逾期了会不会打电话给我"))
    assert not CALLS_ME.search(normalize("我在开会的时候别打电话给我"))
