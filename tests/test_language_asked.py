"""eng64 (user61 #9): a request for the answer language written after the question is honoured, in
either language; a mere mention of a language, or a question about one, is not a request."""

from __future__ import annotations

import pytest

from bot import Engine
from bot.language_switch import language_request

ASKED = [
    ("借呗逾期会上门吗，请用英文回答", "en", "借呗逾期会上门吗"),
    ("借呗逾期会上门吗请用英文回答", "en", "借呗逾期会上门吗"),
    ("借呗逾期會上門嗎 請用英文回答", "en", "借呗逾期会上门吗"),
    ("借呗逾期了会怎样 麻烦英文回复一下 谢谢", "en", "借呗逾期了会怎样"),
    ("借呗逾期会上门吗 answer in english pls", "en", "借呗逾期会上门吗"),
    ("will jiebei sue me? 请用中文回答", "zh", "will jiebei sue me"),
    ("will jiebei sue me (reply in chinese pls)", "zh", "will jiebei sue me"),
    ("will they come to my house, explain in chinese please", "zh", "will they come to my house"),
]
NOT_ASKED = ["what is jiebei called in chinese", "can collectors speak english", "借呗客服能说英文吗",
             "我想用英文写投诉信 可以吗", "会上门吗 我只会英文", "does the collector answer in english?"]


@pytest.mark.parametrize(("text", "lang", "rest"), ASKED)
def test_a_request_after_the_question_is_read(text: str, lang: str, rest: str) -> None:
    assert language_request(text) == (lang, rest)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_mention_of_a_language_is_not_a_request(text: str) -> None:
    assert language_request(text) is None


def test_engine_and_session_answer_in_the_language_asked(engine: Engine) -> None:
    reply = engine.ask("借呗逾期会上门吗，请用英文回答")
    assert (reply.lang, reply.topic) == ("en", "home_visit")
    session = engine.session()
    assert session.ask("will jiebei sue me? 请用中文回答").lang == "zh" and session.language == "zh"


def test_a_question_about_a_language_keeps_the_question_language(engine: Engine) -> None:
    assert engine.ask("借呗客服能说英文吗").lang == "zh"


def test_a_crisis_with_a_request_is_still_the_crisis_reply(engine: Engine) -> None:
    reply = engine.ask("借呗还不上 我不想活了 会坐牢吗 用英文回答")
    assert reply.topics[0] == "crisis" and "12356" in reply.text
