"""Regular expressions read from bot/patterns.marshal are exactly what re.compile makes, and the
file holds every pattern the package compiles (else: python -m bot.patterns_build)."""

from __future__ import annotations

import re
import threading

import pytest

from bot import patterns
from bot.patterns_build import used_patterns
from bot.patterns_lazy import PatternStandIn

STORED = patterns.read_table()
same_python = pytest.mark.skipif(not STORED, reason="patterns.marshal is missing or for another Python")


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
    assert all(STORED[key][7] is not None for key in STORED if key[0] in patterns._filtered and STORED[key][6])


def test_a_filter_is_the_same_from_split_or_packed_branches() -> None:
    packed = "借\x1f呗\x1f逾期\x1e上门\x1f\x1f走访"
    need = patterns.Need(frozenset("借上门"), packed)
    built_by_itself = patterns.Prefilter([("a", need), ("b", None)])
    patterns._split[packed] = patterns.split_branches(packed)
    from_split = patterns.Prefilter([("a", need), ("b", None)])
    assert packed in patterns._split  # the index is made at the first search, not before
    from_split.possible(""), built_by_itself.possible("")
    assert from_split._branches == built_by_itself._branches and from_split._by_char == built_by_itself._by_char
    assert packed not in patterns._split  # taken once
    for text in ("借呗逾期了", "借钱", "上门走访", "门", ""):
        assert from_split.possible(text) == built_by_itself.possible(text)


def test_a_filter_indexes_once_at_first_search_also_from_many_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    need = patterns.Need(frozenset("借上门"), "借\x1f呗\x1f逾期\x1e上门\x1f\x1f走访")
    made, original = [], patterns.Prefilter._index

    def counting(self: patterns.Prefilter[str]) -> None:
        made.append(1)
        original(self)

    monkeypatch.setattr(patterns.Prefilter, "_index", counting)
    prefilter = patterns.Prefilter([("a", need), ("b", None), ("c", frozenset("天"))])
    assert not made  # not at import
    start, found = threading.Barrier(6), []

    def search() -> None:
        start.wait()
        found.append((prefilter.possible("借呗逾期了15天"), prefilter.any_possible("门")))

    threads = [threading.Thread(target=search) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1 and found == [(["a", "b", "c"], True)] * 6
    assert prefilter.possible("上门走访") == ["a", "b"] and prefilter.possible("上门") == ["b"]
    with pytest.raises(AttributeError):
        prefilter.no_such_attribute  # noqa: B018
