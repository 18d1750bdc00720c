"""bot.patterns_guard (PERF_LOG part 37): a built pattern the engine tries at every position answers
"no match" without the engine when the text holds none of its needed characters, and otherwise
exactly as the real pattern; the patterns the engine scans fast by themselves are left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import patterns_guard
from bot.patterns_build import entry_for
from bot.patterns_guard import GuardedStandIn, worth_guarding
from bot.patterns_lazy import LazyPattern, PatternStandIn
from bot.patterns_needs import needed_characters

# Starts with an optional part and a choice: no literal prefix, no first-character set, and none that
# bot.patterns_first would name either (``\S``: nearly every character), so entry_for's code is re's.
_SLOW = r"\S?(?:我|本人)?(?:走了|不在了)以?后|(?<![不没])(?P<word>离开)(?:了)?"


def _code(pattern: str, flags: int = 0) -> list[int]:
    from re import _compiler  # type: ignore[attr-defined]

    return list(_compiler._code(_compiler._parser.parse(pattern, flags), flags))


def _lazy(pattern: str, home: dict[str, object] | None = None) -> LazyPattern:
    entry = entry_for(pattern, 0)
    return LazyPattern(pattern, entry[:5], home, need=entry[5])


@pytest.mark.parametrize("pattern, expected", [
    (_SLOW, True),
    (r"(?:那|那么)?要多久", True),            # an optional start: tried at every position
    (r"逾期(?:了)?\d+天", False),              # a literal prefix: the engine scans for it
    (r"[催讨]债", True),                      # a set of first characters: guarded too, so a sweep can give it back
    (r"^(?:我|本人)?走了", False),              # anchored: one position only
    (r"[^，。]+", False),                      # needs nothing nameable
])
def test_only_a_pattern_tried_at_every_position_with_known_needs_is_guarded(pattern: str, expected: bool) -> None:
    assert worth_guarding(_code(pattern), needed_characters(pattern, re.UNICODE)) is expected


def test_a_guarded_pattern_answers_as_the_real_one_with_and_without_its_needs() -> None:
    found, real = _lazy(_SLOW), re.compile(_SLOW)
    assert found.search("我走了以后") is not None and type(found) is GuardedStandIn
    texts = ["我走了以后你们别找我", "会上门吗", "", "不离开", "他离开了", "离开", "本人不在了后", "abc", "我走了以后" * 3]
    for text in texts:
        assert repr(found.search(text)) == repr(real.search(text))
        assert repr(found.search(text, 2)) == repr(real.search(text, 2))
        assert repr(found.search(text, 1, 4)) == repr(real.search(text, 1, 4))
        assert repr(found.match(text)) == repr(real.match(text))
        assert repr(found.fullmatch(text)) == repr(real.fullmatch(text))
        assert found.findall(text) == real.findall(text)
        assert [m.span() for m in found.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert found.sub("#", text) == real.sub("#", text) and found.subn("#", text, 1) == real.subn("#", text, 1)
        assert found.sub(lambda m: m.group(0) * 2, text) == real.sub(lambda m: m.group(0) * 2, text)
        assert found.split(text) == real.split(text) and found.split(text, maxsplit=1) == real.split(text, maxsplit=1)
    # No match: the very text back, as the engine gives it; a template is still checked by the engine.
    text = "会上门吗"
    assert found.sub("#", text) is text and found.sub(lambda m: "", text) is text
    with pytest.raises((re.error, IndexError)):
        found.sub(r"\g<nothing>", text)
    with pytest.raises((re.error, IndexError)):
        real.sub(r"\g<nothing>", text)
    assert found.search(text, endpos=2) is None and found.search(string=text) is None
    assert found == real and hash(found) == hash(real) and found.groupindex == real.groupindex


def test_a_guarded_pattern_stays_the_home_modules_name_and_equals_its_matches_pattern() -> None:
    home: dict[str, object] = {}
    found = _lazy(_SLOW, home)
    home["_CUE"] = found
    match = found.search("他离开了")
    assert match is not None and home["_CUE"] is found and type(found) is GuardedStandIn
    assert match.re == home["_CUE"] and not match.re != home["_CUE"]  # (bot.slots_days compares so)
    assert match.group("word") == "离开"


def test_a_text_without_the_needs_never_reaches_the_engine() -> None:
    found = _lazy(_SLOW)
    found.compiled()
    assert type(found) is GuardedStandIn

    class Engine:  # stands for the real pattern: any call fails the test
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"the engine was asked ({name})")

    found._built = Engine()  # type: ignore[assignment]
    for text in ("会上门吗", "我借呗逾期了三个月", "", "how long"):
        assert found.search(text) is None and found.match(text) is None and found.fullmatch(text) is None
        assert found.findall(text) == [] and list(found.finditer(text)) == [] and found.split(text) == [text]
        assert found.sub("", text) == text and found.subn("", text) == (text, 0)


def test_the_kept_characters_are_bounded_and_only_of_strings() -> None:
    found = _lazy(_SLOW)
    found.compiled()
    patterns_guard.forget_texts()
    for number in range(patterns_guard.TEXTS_KEPT * 2 + 5):
        assert found.search(f"第{number}条") is None
        assert len(patterns_guard._texts) <= patterns_guard.TEXTS_KEPT

    class Odd(str):  # a str subclass: never tested by its characters, always the engine's
        pass

    assert found.search(Odd("我走了以后")) is not None and Odd("我走了以后") not in patterns_guard._texts


def test_a_pattern_the_engine_scans_fast_keeps_the_real_pattern_in_its_home() -> None:
    home: dict[str, object] = {}
    pattern = r"逾期(?:了)?(?P<days>\d+)天"
    found = _lazy(pattern, home)
    home["_CUE"] = found
    assert found.search("逾期了15天") is not None
    assert type(found) is PatternStandIn and type(home["_CUE"]) is re.Pattern


def test_no_module_tells_a_pattern_by_identity() -> None:
    # A guarded pattern's matches name the real pattern, and its module keeps the stand-in: ``match.re is
    # NAME`` would be False where it was True. Compare with == (the stand-in equals its pattern).
    root = Path(__file__).resolve().parent.parent / "bot"
    found = [f"{path.name}:{number}" for path in sorted(root.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.re\s+is\b", line)]
    assert found == []


def test_marks_share_a_bit_whenever_their_texts_share_a_character() -> None:
    texts = ["我走了以后", "离开", "会上门吗", "abc", "", "逾期了3个月", "走", "😂离", chr(0x4E00), chr(0x4E00 + patterns_guard.MARK_BITS)]
    for one in texts:
        for other in texts:
            if set(one) & set(other):
                assert patterns_guard.mark(one) & patterns_guard.mark(other)
    # Two characters of the same bit: the mark cannot tell them apart, so the engine answers.
    same_bit = chr(ord("离") + patterns_guard.MARK_BITS)
    found = _lazy(_SLOW)
    found.compiled()
    assert patterns_guard.mark("离") == patterns_guard.mark(same_bit)
    assert found.search(same_bit * 3) is None and found.search("离开") is not None
