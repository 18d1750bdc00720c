"""bot.convert_match: the phrase index (packed or a dict, read back as bot.convert reads a table
file) and OpenCC's maximum forward matching over it."""

from __future__ import annotations

import json

import pytest

from bot.convert import _index
from bot.convert_match import KEY_MARK, OUTPUT_MARK, SEPARATOR, Index, longest_match, max_match, pack_index

K, O = KEY_MARK, OUTPUT_MARK
# Phrases starting with "a": "a" -> "A", "ab" unchanged, "abc" -> "XYZ" (longest suffix 2).
ENTRIES = {"a": "2" + K + O + "A" + K + "b" + O + K + "bc" + O + "XYZ"}


def test_the_longest_phrase_at_a_place_wins_and_an_unchanged_phrase_is_its_own_text() -> None:
    entries = ENTRIES["a"]
    assert longest_match(entries, "abcd", 0) == (3, "XYZ")
    assert longest_match(entries, "abd", 0) == (2, "ab")  # "abd" is no phrase: "ab", unchanged
    assert longest_match(entries, "ax", 0) == (1, "A")  # no phrase goes on with "x"
    assert longest_match(entries, "xa", 1) == (1, "A")  # at the end of the text
    assert longest_match("1" + K + "b" + O + "B", "ax", 0) is None  # no one-character phrase


def test_max_match_converts_phrases_and_sends_the_runs_between_them_through_run() -> None:
    index = Index(dict(ENTRIES))
    runs: list[str] = []

    def run(text: str) -> str:
        runs.append(text)
        return text.upper()

    assert max_match("xabcdab", index, run) == "XXYZDab"
    assert runs == ["x", "d"]
    assert max_match("", index, run) == "" and max_match("xyz", Index({}), str.upper) == "XYZ"


def test_a_packed_index_finds_what_the_dict_holds() -> None:
    # Entries as bot.convert_build writes them: a length mark, then KEY_MARK suffix OUTPUT_MARK output.
    entries = {chr(0x4E00 + n): "1" + KEY_MARK + chr(0x5000 + n) + OUTPUT_MARK for n in range(1100)}
    entries["𠀀"] = "0" + KEY_MARK + OUTPUT_MARK + "x"  # past the BMP: kept in a dict
    entries["丁"] = "1" + KEY_MARK + "𠀁" + OUTPUT_MARK  # holds a character past it
    packed = pack_index(entries)
    assert isinstance(packed, list) and SEPARATOR not in "".join(entries.values())
    index = _index(json.loads(json.dumps(packed)))
    assert dict(index.items()) == entries and len(index) == len(entries)
    for character in [*entries, "a", "\u4dff", chr(0x4E00 + 1100), "😀", "\uffff"]:
        assert index.get(character) == entries.get(character)
    with pytest.raises(ValueError):
        _index([packed[0] + "ꀀ", packed[1], packed[2]])  # more first characters than entries
    with pytest.raises(ValueError):
        _index([packed[0][:-3] + "一" + packed[0][-2:], packed[1], packed[2]])  # one twice
