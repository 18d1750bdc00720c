"""Follow-ups that point back at the last answer's matter with a pronoun and ask only what it would
bring (bot.followups.refers_back, round 26, cls21): they stay on the last topic; a follow-up that
names a matter of its own still moves on, and the same words alone are read alone."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.followups import refers_back


@pytest.mark.parametrize(("first", "follow_up", "topic"), [
    ("can they sue me?", "how much would that cost me?", "lawsuit"),
    ("will jiebei take me to court", "and if they do, how much will it cost?", "lawsuit"),
    ("借呗逾期会被起诉吗", "那要花多少钱", "lawsuit"),
    ("what if i just stop paying", "what are the consequences of that?", "going_dark"),
    ("can i ignore the collection calls", "what happens if i do that?", "going_dark"),
    ("我不想还了 会怎样", "这样做后果严重吗", "going_dark"),
    ("一直不接催收电话会怎样", "那后果是什么", "going_dark"),
    ("i missed my due date yesterday", "what are the next steps?", "collection_process"),
    # a matter named is a question of its own
    ("can they sue me?", "how much is the late fee?", "penalty_costs"),
    ("can they sue me?", "what if i just ignore them?", "going_dark"),
    ("逾期会上门吗", "那会起诉吗", "lawsuit"),
    ("借呗逾期会被起诉吗", "今天天气怎么样", "out_of_scope"),
])
def test_a_follow_up_pointing_back_stays_on_the_last_matter(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask(follow_up).topic == topic


def test_what_points_back() -> None:
    for text in ("how much would that cost me?", "what are the consequences of that?", "那样会有什么后果", "then what?"):
        assert refers_back(text), text
    for text in ("how much is the late fee?", "what if i just ignore them?", "what does that mean?", "is that true?",
                 "那会起诉吗", "how much does jiebei charge", "我该怎么办"):
        assert not refers_back(text), text


def test_alone_the_same_words_are_read_alone(engine: Engine) -> None:
    # with no conversation there is nothing to point back at: the classifier's reading stands
    assert engine.ask("what are the consequences of that?").topic != "going_dark"
    assert engine.ask("how much would that cost me?").topic != "lawsuit"
