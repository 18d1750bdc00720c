"""eng64 (user61 #11, #12): Session.ask's ``lang``, Engine.load's argument check, and session states
that an older release (which rejects fields it does not know) can still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine, Session
from bot.errors import UsageError
from bot.session_state import OPTIONAL_FIELDS

# The fields a state had before relatives_loan, asked_act, hardship_told and crisis_helper were added.
_OLD_FIELDS = {"version", "slots", "last_topics", "lang", "lang_choice", "offered", "pending_choice", "answered",
               "traditional", "last_mode", "products"}


def test_session_ask_takes_lang_and_keeps_it(engine: Engine) -> None:
    session = engine.session()
    assert session.ask("借呗逾期会上门吗", lang="en").lang == "en"
    assert session.language == "en" and session.ask("会起诉吗").lang == "en"  # kept, as set_language


def test_session_ask_without_lang_follows_the_question(engine: Engine) -> None:
    session = engine.session()
    assert session.ask("借呗逾期会上门吗").lang == "zh" and session.language is None


def test_session_ask_rejects_a_bad_lang_before_anything_changes(engine: Engine) -> None:
    session = engine.session()
    with pytest.raises(UsageError, match="lang: expected"):
        session.ask("会起诉吗", lang="fr")
    with pytest.raises(TypeError):
        session.ask(None, lang="en")  # type: ignore[arg-type]
    assert session.language is None and session.to_dict() == engine.session().to_dict()


def test_engine_load_names_a_wrong_path_type() -> None:
    with pytest.raises(TypeError) as caught:
        Engine.load(123)  # type: ignore[arg-type]
    assert str(caught.value) == "path: expected str, os.PathLike or None, found int"


def test_engine_load_still_takes_a_path_object(tmp_path: Path) -> None:
    from bot.errors import KnowledgeError
    with pytest.raises(KnowledgeError):  # a Path is accepted, then the (empty) folder is checked
        Engine.load(tmp_path)


def test_a_fresh_state_has_only_the_old_fields(engine: Engine) -> None:
    session = engine.session()
    session.ask("你好")
    assert set(session.to_dict()) <= _OLD_FIELDS  # nothing new to remember: an older release reads it


def test_a_new_field_is_written_when_it_holds_something(engine: Engine) -> None:
    session = engine.session()
    session.ask("我妈妈借呗逾期了 会打电话给我吗")
    state = session.to_dict()
    assert state["relatives_loan"] is True
    restored = Session.from_dict(engine, state).to_dict()
    assert restored == state


def test_every_optional_field_round_trips_from_its_absence(engine: Engine) -> None:
    session = engine.session()
    session.ask("你好")
    restored = Session.from_dict(engine, session.to_dict())
    for name, default in OPTIONAL_FIELDS.items():
        assert getattr(restored._state, name) == default
