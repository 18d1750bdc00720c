"""bot.t2s: a text it says OpenCC cannot change is one OpenCC returns unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest
import rapidjson

from bot import t2s
from bot.text import simplified
from knowledge_files import packaged_examples

STORED = rapidjson.loads(t2s.TRIGGER_FILE.read_bytes())
CONVERTER = opencc.OpenCC("t2s")
current = pytest.mark.skipif(STORED["opencc"] != t2s.dictionary_digest(),
                             reason="t2s.json was made for other OpenCC dictionaries: python -m bot.t2s_build")


@pytest.mark.corpus  # a proof over every Unicode character
@current
def test_every_character_t2s_converts_is_a_trigger() -> None:
    triggers = set(STORED["characters"])
    quiet = [chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF and chr(point) not in triggers]
    # Converted a few thousand at a time, one per line (no dictionary entry holds a line break, so none spans two
    # characters): ~270 calls, not 1.1 million (~10 s of the unit tests' CPU). A batch that does not come back
    # unchanged is checked character by character, as before.
    for start in range(0, len(quiet), 4096):
        batch = quiet[start:start + 4096]
        if CONVERTER.convert("\n".join(batch)) != "\n".join(batch):
            for char in batch:
                assert CONVERTER.convert(char) == char, hex(ord(char))
    assert CONVERTER.convert("\n") == "\n" and len(quiet) > 0x10000


@current
def test_phrases_changed_through_characters_that_stay_alone_are_caught() -> None:
    for phrase in ("深沈", "回覆", "找藉口", "英哩", "捏坏", "甦醒", "瞭解", "衹得"):
        assert CONVERTER.convert(phrase) != phrase and t2s.may_change(phrase)


@current
def test_texts_without_triggers_come_back_unchanged() -> None:
    texts = list(packaged_examples())
    texts += ["借呗逾期会上门吗", "will they sue me?", "逾期 3 个月，欠 8000 元", "😀 ¥ ％ ｱ", ""]
    quiet = [text for text in texts if not t2s.may_change(text)]
    assert len(quiet) > len(texts) // 2
    assert [CONVERTER.convert(text) for text in quiet] == quiet
    assert simplified("借唄逾期會上門嗎") == "借呗逾期会上门吗"  # traditional text is still converted


def test_other_dictionaries_send_every_text_to_opencc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(t2s, "dictionary_digest", lambda: "other")
    assert t2s._load() is None
    monkeypatch.setattr(t2s, "_read", False)
    assert t2s.may_change("借呗")


@pytest.mark.skipif(shutil.which("opencc_dict") is None, reason="needs opencc_dict (Debian's opencc)")
@current
def test_the_file_is_what_the_build_makes_from_the_dictionaries() -> None:
    from bot.t2s_build import triggers

    assert STORED["characters"] == triggers(Path(opencc.__file__).parent / "clib" / "share" / "opencc")


@current
def test_may_change_is_membership_in_the_stored_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(t2s, "_read", False)  # read again: another test may have left None
    triggers = set(STORED["characters"])
    top = max(map(ord, triggers))
    points = [*map(ord, triggers), 0, 1, 0x41, 0x4E00, top - 1, top + 1, 0x10FFFF, *range(0x8000, 0x8400)]
    for point in points:
        if not 0xD800 <= point <= 0xDFFF:
            assert t2s.may_change(f"a{chr(point)}b") == (chr(point) in triggers), hex(point)


@current
def test_the_table_marks_exactly_the_stored_characters() -> None:
    loaded = t2s._load()
    assert loaded is not None
    table, astral = loaded
    marked = {chr(point) for point, mark in enumerate(table) if mark}
    assert marked | set(astral) == set(STORED["characters"]) and set(table) == {0, 1}
    # The table covers the Basic Multilingual Plane only; the ~900 triggers past it are one string.
    assert len(table) == 0x10000 and astral and all(ord(character) > 0xFFFF for character in astral)
    assert len(astral) == len(set(astral)) == len(STORED["characters"]) - len(marked)


@current
def test_characters_past_the_plane_are_read_among_others(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(t2s, "_read", False)
    far = [c for c in STORED["characters"] if ord(c) > 0xFFFF]
    assert far and not t2s.may_change("😀借呗\U00020000逾期😭") and not t2s.may_change("😀")
    for character in far[:50] + far[-50:]:
        assert t2s.may_change(f"😀逾期{character}😭") and t2s.may_change(character + "a")
    assert t2s.may_change("😀 會") and t2s.may_change("會😀")
