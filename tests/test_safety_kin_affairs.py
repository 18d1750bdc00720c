"""Someone else's affairs put in order, and the writer's understanding of someone's suicide over debt
(bot/safety/kin_affairs.py, bot/safety/followed.py, docs/safety.md Round 79). A third person's acts of disposal or
handing over, then silence or a finality, told by a worried writer, get the helper's crisis reply; the same acts with an
everyday frame (a trip, surgery, a move, retiring, a gift) get none from this reader; the writer's own acts keep the
writer's reply. Sentences in own words, apart from held-out 61 and the development examples."""

from __future__ import annotations

import pytest

from bot.safety import assess, someone_at_risk
from bot.safety.clauses import split_clauses
from bot.safety.followed import followed
from bot.safety.kin_affairs import kin_affairs, writer_too

# Someone else's acts, then silence or a finality: the crisis, the helper's reply.
OTHERS = [
    "我姑姑把她的金镯子和存折都交给我表姐了，说以后就靠你了，现在电话也打不通，她欠了很多网贷，我们该怎么办",
    "My cousin handed his dog to his neighbour, thanked everyone in the family for everything, and hasn't answered since. He owes a lot on loans.",
    "我同学把他的显示器和键盘都送给我们了，说谢谢这几年照顾，然后人就联系不上了",
]

# The same acts with an everyday frame: no cue from this reader.
EVERYDAY = [
    "我姑姑把她的金镯子交给我表姐当嫁妆，说以后就靠你了，下个月结婚",
    "My cousin handed his dog to his neighbour for a week while he's on a work trip, and his phone is off on the flight.",
    "我同学毕业了，把显示器和键盘都送给我们了，说谢谢这几年照顾",
]

# The writer's own acts beside a relative named: the writer's reply (affairs.py's), never the helper's.
WRITERS = [
    "我把猫送给我姐了，以后就拜托她了，我不接任何人的电话了",
    "I gave my brother my car and my savings and told him to look after mum for me. I won't be needing any of it.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_someone_elses_acts_get_the_helpers_reply(text: str) -> None:
    signal = assess(text)
    assert "kin_affairs" in signal.crisis
    assert someone_at_risk(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_frame_gives_no_cue(text: str) -> None:
    assert "kin_affairs" not in assess(text).crisis


@pytest.mark.parametrize("text", WRITERS)
def test_the_writers_own_acts_keep_the_writers_reply(text: str) -> None:
    signal = assess(text)
    assert signal.crisis and "kin_affairs" not in signal.crisis
    assert not someone_at_risk(text)


# The writer taking up someone's suicide over debt: the writer's crisis; an illness, or a lesson, is not.
FOLLOWED = [
    "我堂哥前几年因为网贷跳了河，那时候我不懂，现在我也欠了一屁股债，终于理解他了",
    "My aunt took her own life over the loans when I was young. Now that the debt is mine, I understand her.",
]
NOT_FOLLOWED = [
    "我堂哥前几年因为肺癌走了，现在我也有了孩子，终于理解他了",
    "My aunt took her own life when I was young, and now I understand why I should never borrow from loan apps.",
]


@pytest.mark.parametrize("text", FOLLOWED)
def test_understanding_a_suicide_over_debt_is_the_writers_crisis(text: str) -> None:
    assert followed(text, split_clauses(text))
    assert assess(text).crisis  # (another reader may have read the clause first)
    assert not someone_at_risk(text)


@pytest.mark.parametrize("text", NOT_FOLLOWED)
def test_an_illness_or_a_lesson_is_no_identification(text: str) -> None:
    assert not followed(text, split_clauses(text))


# mend127 (review120 F4/F2): writer_too needs the SAME dangerous act after 也 / before "too", not any verb of the helper;
# the English "too" may come up to 60 characters after the I.
_THEIRS_FIRST = "我表哥把钥匙都交给我，说要出远门，之后手机一直关机。"
WRITER_SAME = [
    _THEIRS_FIRST + "我今晚也想走了",
    _THEIRS_FIRST + "我其实也偷偷囤了一些药",
    "My cousin handed me his keys, said he's going far away, and his phone is off. Honestly I locked myself in the back bedroom too",
]
HELPER_SAME_WORDS = [
    _THEIRS_FIRST + "我今天也请了假在他家楼下等",
    _THEIRS_FIRST + "我也去他公司问过了",
    "My cousin handed me his keys, said he's going far away, and his phone is off. I went round to his flat this morning too",
]


@pytest.mark.parametrize("text", WRITER_SAME)
def test_the_writer_doing_the_same_act_is_the_writers_reply(text: str) -> None:
    from bot.safety.clauses import split_clauses
    from bot.safety.others import who_acts
    theirs = kin_affairs(text, split_clauses(text), who_acts)
    assert theirs and writer_too(text, split_clauses(text), theirs)


@pytest.mark.parametrize("text", HELPER_SAME_WORDS)
def test_the_helpers_own_errands_are_no_writer_too(text: str) -> None:
    from bot.safety.clauses import split_clauses
    from bot.safety.others import who_acts
    theirs = kin_affairs(text, split_clauses(text), who_acts)
    assert theirs and not writer_too(text, split_clauses(text), theirs)
