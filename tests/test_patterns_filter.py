"""bot.patterns_filter: a Prefilter made from split or packed branches, indexed once."""

from __future__ import annotations

import re
import threading

import pytest

from bot import patterns_filter


def test_a_filter_is_the_same_from_split_or_packed_branches() -> None:
    packed = "借\x1f呗\x1f逾期\x1e上门\x1f\x1f走访"
    need = patterns_filter.Need(frozenset("借上门"), packed)
    built_by_itself = patterns_filter.Prefilter([("a", need), ("b", None)])
    patterns_filter._split[packed] = patterns_filter.split_branches(packed)
    from_split = patterns_filter.Prefilter([("a", need), ("b", None)])
    assert packed in patterns_filter._split  # the index is made at the first search, not before
    from_split.possible(""), built_by_itself.possible("")
    assert from_split._branches == built_by_itself._branches and from_split._by_char == built_by_itself._by_char
    assert packed not in patterns_filter._split  # taken once
    for text in ("借呗逾期了", "借钱", "上门走访", "门", ""):
        assert from_split.possible(text) == built_by_itself.possible(text)


def test_a_filter_indexes_once_at_first_search_also_from_many_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    need = patterns_filter.Need(frozenset("借上门"), "借\x1f呗\x1f逾期\x1e上门\x1f\x1f走访")
    made, original = [], patterns_filter.Prefilter._index

    def counting(self: patterns_filter.Prefilter[str]) -> None:
        made.append(1)
        original(self)

    monkeypatch.setattr(patterns_filter.Prefilter, "_index", counting)
    prefilter = patterns_filter.Prefilter([("a", need), ("b", None), ("c", frozenset("天"))])
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


def test_needs_are_held_as_strings_and_made_into_a_need_when_asked() -> None:
    from bot import patterns
    from bot.safety.crisis import _CUES  # (imports the crisis cues: their needs are recorded)

    held = patterns_filter._needs
    assert held and all(type(chars) is str and (branches is None or type(branches) is str)
                        for chars, branches in held.values())
    # Asked, a need is the set of the characters recorded, with its branches, and a fresh one each time
    # (a filter drops its needs once indexed: nothing else keeps them).
    cue = _CUES.items[0].pattern
    chars, branches = held[cue.pattern, cue.flags]
    first, second = patterns.stored_needs(cue), patterns.needs(cue)
    assert first is not None and first == second == frozenset(chars) and first is not second
    assert first.branches == branches  # type: ignore[attr-defined]
    # The other side: a pattern nobody recorded has no needs, as before.
    assert patterns.stored_needs(re.compile("借呗逾期(?#unrecorded)")) is None
