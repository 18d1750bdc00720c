"""Regular expressions read from bot/patterns.marshal are exactly what re.compile makes, and the
file holds every pattern the package compiles (else: python -m bot.patterns_build)."""

from __future__ import annotations

import re

import pytest

from bot import patterns, patterns_filter
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
        # Pattern equality compares the pattern, the flags and the engine code itself.
        assert stored == fresh and stored.groupindex == fresh.groupindex and stored.groups == fresh.groups


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
def test_the_stored_split_branches_are_the_packed_ones() -> None:
    split = [(entry[6], entry[7]) for entry in STORED.values() if entry[7] is not None]
    assert split, "the filters' patterns are stored split too (bot.patterns_build)"
    for packed, stored in split:
        assert packed is not None and stored == patterns.split_branches(packed)
    # What a filter reads at import is stored split (else every start splits it again).
    assert all(STORED[key][7] is not None for key in STORED if key[0] in patterns_filter._filtered and STORED[key][6])
