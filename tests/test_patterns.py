"""Regular expressions read from bot/patterns.marshal are exactly what re.compile makes, and the
file holds every pattern the package compiles (else: python -m bot.patterns_build)."""

from __future__ import annotations

import re

import pytest

from bot import patterns
from bot.patterns_build import used_patterns

STORED = patterns.read_table()
same_python = pytest.mark.skipif(not STORED, reason="patterns.marshal is missing or for another Python")


@same_python
def test_every_stored_pattern_is_what_re_compile_makes() -> None:
    for pattern, flags in STORED:
        stored, fresh = patterns.regex(pattern, flags), re.compile(pattern, flags)
        assert stored is not fresh  # really built from the file, not taken from re's cache
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
