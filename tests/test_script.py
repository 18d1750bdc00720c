"""Traditional characters in, traditional characters out, for every front end."""

from __future__ import annotations

from bot import Engine
from bot.script import in_traditional, writes_traditional


def test_script_of_a_message() -> None:
    assert writes_traditional("借唄逾期會上門嗎") is True
    assert writes_traditional("借呗逾期会上门吗") is False
    assert writes_traditional("逾期") is None and writes_traditional("will they sue me") is None
    assert writes_traditional("\ud800借唄") is True  # lone surrogates do not stop it


def test_engine_answers_in_the_questions_script(engine: Engine) -> None:
    traditional = engine.ask("借唄逾期會不會走訪戶籍地")
    assert "戶籍" in traditional.text and "依據" in traditional.text and "户籍" not in traditional.text
    assert traditional.text.split("\n")[0] == traditional.lead or traditional.lead in traditional.text
    assert all("呗" not in s for s in traditional.suggestions)
    assert "户籍" in engine.ask("借呗逾期会不会走访户籍地").text


def test_english_replies_are_left_alone(engine: Engine) -> None:
    reply = engine.ask("will they visit my hometown?")
    assert in_traditional(reply) is reply


def test_a_session_keeps_the_script_until_the_borrower_changes_it(engine: Engine) -> None:
    session = engine.session()
    assert "法律意見" in session.ask("會起訴嗎").text
    assert "法律意見" in session.ask("詳細點").text
    assert "法律意见" in session.ask("会上门吗").text
