"""Regular expressions read from bot/patterns.marshal are exactly what re.compile makes (with the characters a
match starts with named in the code where re's compiler names none: bot.patterns_first), and the file holds every
pattern the package compiles (else: python -m bot.patterns_build)."""

from __future__ import annotations

import re

import pytest

from bot import patterns
from bot.patterns_build import used_patterns
from bot.patterns_lazy import PatternStandIn

STORED = patterns.read_table()
same_python = pytest.mark.skipif(not STORED, reason="patterns.marshal is missing or for another Python")


@pytest.mark.corpus  # a proof over the whole pattern table (each of ~1,700 compiled afresh)
@same_python
def test_every_stored_pattern_is_what_re_compile_makes() -> None:
    for pattern, flags in STORED:
        lazy, fresh = patterns.regex(pattern, flags), re.compile(pattern, flags)
        assert lazy.pattern == fresh.pattern and lazy.flags == fresh.flags
        # the real re.Pattern, built from the file's code (regex() gives it itself once built in this process)
        stored = lazy.compiled() if isinstance(lazy, PatternStandIn) else lazy
        assert type(stored) is re.Pattern and stored is not fresh  # not taken from re's cache
        # Pattern equality compares the pattern, the flags and the engine code itself: re's code, its INFO block
        # given the first characters where bot.patterns_first names them (tests/test_patterns_first.py: same matches).
        assert stored == _named(pattern, flags) and stored.groupindex == fresh.groupindex and stored.groups == fresh.groups


def _named(pattern: str, flags: int) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from bot.patterns_first import with_first_characters

    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    code = with_first_characters(_compiler._code(parsed, flags), parsed, flags)
    return _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,  # type: ignore[no-any-return]
                        groupindex, tuple(indexgroup))


@same_python
def test_the_file_holds_every_pattern_the_package_compiles() -> None:
    assert sorted(STORED) == used_patterns(), "a regular expression changed: run `python -m bot.patterns_build`"


def test_other_patterns_and_other_pythons_compile_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    assert patterns.regex(r"a+b", re.IGNORECASE).fullmatch("AAb")
    with pytest.raises(re.error):
        patterns.regex("(unclosed")
    monkeypatch.setattr(patterns, "PYTHON_TAG", "another-python")
    assert patterns.read_table() == {}


@same_python
def test_no_entry_is_stored_split_the_filters_indexes_are_stored_instead() -> None:
    # The filters made at import read their whole index from bot/filters.marshal (bot.patterns_indexes,
    # tests/test_patterns_indexes.py), not split branches from here (PERF_LOG part 34); a pattern's packed
    # branches split as a filter without a stored index splits them are what split_branches makes.
    assert all(entry[7] is None for entry in STORED.values())
    packed = [entry[6] for entry in STORED.values() if entry[6] is not None]
    assert packed
    for text in packed:  # split, then joined again: the packed string itself (nothing lost or added)
        firsts, singles, sets = patterns.split_branches(text)
        assert "\x1e".join("\x1f".join([first, alone, *rest]) for first, alone, rest in zip(firsts, singles, sets)) == text
