"""A set-aside governs its own sentence, not the whole message (bot/safety/governs.py, win77, issue 12)."""

from __future__ import annotations

from bot.safety import crisis_wording
from bot.safety.clauses import split_clauses
from bot.safety.governs import governed, sentence_texts, sentences
from bot.safety.idioms import masked_whole


def _governed(message: str) -> list[int]:
    return sorted(governed(message, split_clauses(message), masked_whole(message)))


def test_sentences_break_at_full_stops_not_commas() -> None:
    message = "我把存折和密码都放在抽屉里了，月底那天就是最后一天。前天跟朋友说我不会自杀，他们信了"
    assert sentences(message, split_clauses(message)) == [0, 0, 1, 1]


def test_a_negation_in_another_sentence_governs_only_its_own() -> None:
    # the crisis told first is still read; the negation's own sentence is set aside
    assert _governed("我把存折和密码都放在抽屉里了，月底那天就是最后一天。前天跟朋友说我不会自杀，他们信了") == [2, 3]
    assert _governed("i wrote letters to everyone, tonight is the night. i told my friend i am not going to kill myself") == [3]


def test_a_set_aside_governs_its_whole_sentence() -> None:
    # "not suicidal, just tired": the comma's neighbour is the same sentence, the loan question is not governed
    assert _governed("I'm not suicidal, just tired of the calls. can jiebei give me an extension") == [0, 1]
    assert _governed("我不是想自杀，就是太累了。借呗能延期吗") == [0, 1]
    assert _governed("我不会自杀的，放心") == [0, 1]


def test_no_set_aside_governs_nothing() -> None:
    assert _governed("借呗逾期三天会上征信吗。能不能协商分期") == []


def test_the_wording_check_reads_past_a_set_aside_elsewhere() -> None:
    assert not crisis_wording("I'm not suicidal, just tired of the calls. can jiebei give me an extension")
    assert crisis_wording("我不会再借网贷了，这是我答应自己的。我真的不想活了")


def test_help_found_is_read_in_its_own_sentence() -> None:
    message = "前年看了心理医生，现在好多了。今年我又不想活了"
    near = sentence_texts(message, split_clauses(message))
    assert "心理医生" in near[0] and "心理医生" not in near[-1]
