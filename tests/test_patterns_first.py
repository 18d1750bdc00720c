"""bot.patterns_first (PERF_LOG part 44): the characters a match can start with, named soundly from
the parsed pattern and written into the engine code's INFO block; a pattern so built finds in every
text exactly what re.compile's finds, by every method."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot import patterns
from bot.patterns_first import first_characters, with_first_characters
from run_kind import spread

_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
STORED = patterns.read_table()


def _parsed(pattern: str, flags: int = 0) -> Any:
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, flags)


def _named(pattern: str, flags: int = 0) -> set[str] | None:
    # The characters first_characters names, expanded (its ranges are narrow).
    from re import _constants as c  # type: ignore[attr-defined]

    items = first_characters(_parsed(pattern, flags))
    if items is None:
        return None
    chars: set[str] = set()
    for op, av in items:
        chars.update(chr(av) if op is c.LITERAL else map(chr, range(av[0], av[1] + 1)))
    return chars


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:我|本人)?(?:走了|不在了)以?后", set("我本走不")),   # an optional start: it and what follows
    (r"(?<![不没])离开|\bleave\b", set("离l")),              # look-behind and \b match no character
    (r"搬(家|去)|(去|到).{0,6}上班|[6-8]0岁", set("搬去到678")),
    (r"(?:在|到)?x+y", set("在到x")),
    (r"(?=借)借呗|(?!花)网贷", set("借网")),                 # a look-ahead: the match starts after it
    (r"(?>催|讨)债", set("催讨")),
])
def test_the_named_characters_are_those_a_match_can_start_with(pattern: str, expected: set[str]) -> None:
    assert _named(pattern) == expected


@pytest.mark.parametrize("pattern, flags", [
    (r"(?:我)?", 0),                 # can match the empty string
    (r"a*|借呗", 0),
    (r".{0,6}上班", 0),              # may start with any character
    (r"[^，。]+吗", 0),
    (r"\S{0,2}还钱", 0),             # a category: nearly every character
    (r"[\u4e00-\u9fff]{2}贷款", 0),  # a range as wide as CJK
    (r"借呗|loan", re.IGNORECASE),   # case: not named
    (r"(?i:loan)|借呗", 0),
])
def test_nothing_is_named_where_a_match_may_start_anywhere(pattern: str, flags: int) -> None:
    assert first_characters(_parsed(pattern, flags)) is None


def _code(pattern: str, flags: int = 0) -> list[int]:
    from re import _compiler  # type: ignore[attr-defined]

    return list(_compiler._code(_parsed(pattern, flags), flags))


def test_only_code_without_a_prefix_or_first_characters_is_changed() -> None:
    for pattern in (r"逾期(?:了)?\d+天", r"[催讨]债", r"借呗|花呗", r"^(?:我|本人)?走了", r"a*"):
        code = _code(pattern)
        assert with_first_characters(code, _parsed(pattern), 0) == code
    slow = r"(?:我|本人)?(?:走了|不在了)以?后"
    assert with_first_characters(_code(slow), _parsed(slow), 0) != _code(slow)


def _texts() -> list[str]:
    # The topics' own example questions, a few cut at every third character, and some plain strings.
    examples: list[str] = []
    for path in sorted((_KNOWLEDGE / "topics").glob("*.json")):
        for written in json.loads(path.read_text(encoding="utf-8")).get("examples", {}).values():
            examples += written[:2]
    cut = [text[i:] for text in examples[:20] for i in range(1, len(text), 3)]
    return [*examples, *cut, "", "a", "走", "我走了以后", "I'm 60 days late on my loan\n还不上了"]


def _built(pattern: str, flags: int, code: list[int]) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    parsed = _parsed(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,  # type: ignore[no-any-return]
                        groupindex, tuple(indexgroup))


def _same(one: re.Pattern[str], other: re.Pattern[str], text: str) -> bool:
    def seen(found: Any) -> Any:
        return found and (found.span(), found.groups(), found.pos, found.endpos, found.lastindex)

    return (seen(one.search(text)) == seen(other.search(text))
            and seen(one.search(text, 2, 9)) == seen(other.search(text, 2, 9))
            and seen(one.match(text)) == seen(other.match(text))
            and seen(one.fullmatch(text)) == seen(other.fullmatch(text))
            and [seen(m) for m in one.finditer(text)] == [seen(m) for m in other.finditer(text)]
            and one.findall(text) == other.findall(text)
            and one.subn("#", text) == other.subn("#", text) and one.split(text) == other.split(text))


@pytest.mark.skipif(not STORED, reason="patterns.marshal is missing or for another Python")
def test_every_stored_pattern_with_named_characters_finds_what_re_compile_finds() -> None:
    # (every sixth stored pattern; tests/test_patterns_file.py checks that the file holds entry_for's code;
    # each against its own words and the example texts: all ~230 in the full command, an even share of
    # them in the unit run, run_kind.spread: ~2.7 s of CPU there, the costliest unit test after the two
    # training-staleness tests, PERF_LOG part 49)
    texts = spread(_texts())
    changed = 0
    for pattern, flags in list(STORED)[::6]:
        code = _code(pattern, flags)
        named = with_first_characters(code, _parsed(pattern, flags), flags)
        if named == code:
            continue
        changed += 1
        built, real = _built(pattern, flags, named), re.compile(pattern, flags)
        literal = re.sub(r"\\.|[()|?*+{}\[\]^$.,\d]", "", pattern)  # the pattern's own words, run together
        for text in [*texts, literal, literal[::-1], literal[len(literal) // 2:]]:
            assert _same(built, real, text), (pattern, text)
    assert changed > 200  # (most of the package's patterns start with a choice the compiler does not name)

