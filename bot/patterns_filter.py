"""What every match of a pattern needs, and the filters that read it: ``needs`` (the characters
one of which every match of a pattern from bot.patterns.regex contains), ``Prefilter`` (of many
items, the few a text may hold, found through the text's own characters) and ``Guarded`` (a
pattern searched only when a text may hold a match). bot.patterns.regex records each stored
pattern's needs here; bot.patterns re-exports every public name (callers import them from there).
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any, Generic, Iterable, Sequence, TypeVar

from .patterns_indexes import make_index, stored_index

# A pattern's top-level choices ("branches"), three parallel tuples: for each branch, the
# characters of its most selective need (one of them is in every match), the characters every
# match holds, and further needs (one character of each). See pack_branches.
Branches = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]
_BRANCH, _FIELD = "\x1e", "\x1f"  # separators in a packed string (no regex here holds them)
_index_lock = threading.Lock()  # Prefilter._index
# By pattern and the flags the engine got: (its needed characters joined, its packed branches). A Need is
# made when asked (``_need``), not held here: most are read once, by a filter at import, whose index then
# replaces them, and ~1,500 frozensets kept for good cost a server ~0.9 MiB (PERF_LOG part 29).
_needs: dict[tuple[str, int], tuple[str, str | None]] = {}
# Patterns whose needs a filter may read (asked for by ``needs`` or wrapped by Guarded): the
# ones PATTERN_FILE stores with their branches split too (pack_branches).
_filtered: set[str] = set()
# Split branches from PATTERN_FILE by their packed string, until a Prefilter takes them (then
# only the filter keeps what it needs of them, as when it split the string itself).
_split: dict[str, Branches] = {}


class Need(frozenset[str]):
    """Characters one of which every match of a pattern contains (a frozenset of them), and
    ``branches``: for each of its top-level choices, what every match of that choice contains
    (bot.patterns_needs.needed_branches, as ``pack_branches`` stores them; None when unknown).
    ``Prefilter`` tests both."""

    __slots__ = ("branches", "text")
    branches: str | None
    text: str | None  # the characters as the string they were made from (PATTERN_FILE's: sorted), if one

    def __new__(cls, chars: Iterable[str], branches: str | None = None) -> "Need":
        need = super().__new__(cls, chars)
        need.branches = branches
        need.text = chars if isinstance(chars, str) else None
        return need


def record_need(key: tuple[str, int], chars: Iterable[str], branches: str | None) -> None:
    """Remember what every match of a pattern needs (``key``: the pattern and the flags the engine got),
    compactly: ``needs`` and the filters get a Need of it when they ask."""
    _needs[key] = (chars if isinstance(chars, str) else "".join(chars), branches)


def release_needs() -> None:
    """Drop every recorded need and the list of filtered patterns (bot.patterns.release: a settled
    server). Read by the filters made at import (each keeps its own Needs until it indexes them) and
    by bot.patterns_build; nothing a server does after its load reads them (~1,700 needs, ~0.7 MiB,
    PERF_LOG part 33). A pattern's needs asked afterwards are None: unknown, so it is always searched
    (the same answer, only without the shortcut)."""
    _needs.clear()
    _filtered.clear()


def _need(key: tuple[str, int]) -> Need | None:
    """A Need of the characters and branches recorded for ``key`` (a new one at every call), or None."""
    found = _needs.get(key)
    return None if found is None else Need(found[0], found[1])


def pack_branches(branches: Sequence[tuple[frozenset[str], str, Sequence[frozenset[str]]]] | None) -> str | None:
    """Branches as one string (PATTERN_FILE loads a string far faster than nested frozensets);
    None when there are none or a character would clash with the separators."""
    if not branches:
        return None
    packed = _BRANCH.join(_FIELD.join(["".join(sorted(first)), singles, *("".join(sorted(need)) for need in sets)])
                          for first, singles, sets in branches)
    clash = sum(1 for first, singles, sets in branches for need in (first, singles, *sets) for char in need
                if char in (_BRANCH, _FIELD))
    return None if clash else packed


def split_branches(packed: str) -> Branches:
    """A packed string of ``pack_branches`` split: three parallel tuples (the characters of each
    branch's first need, the characters it needs all of, its other needs), every string
    interned. bot.patterns_build stores this beside the packed string for the patterns filters
    read at import: the file then holds each distinct string once (marshal refers back to it)
    and loads it ready for ``Prefilter``, where splitting and interning at every start cost
    ~8 M instructions (PERF_LOG part 15)."""
    parts = [part.split(_FIELD) for part in packed.split(_BRANCH)]
    return (tuple(sys.intern(part[0]) for part in parts), tuple(sys.intern(part[1]) for part in parts),
            tuple(tuple(map(sys.intern, part[2:])) for part in parts))


def needs(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """Characters one of which every match of a pattern from ``regex`` contains (see
    bot.patterns_needs); None when not known. A text with none of them cannot match."""
    _filtered.add(compiled.pattern)  # (a few hundred calls, at import)
    return _need((compiled.pattern, compiled.flags))


def stored_needs(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """``needs(compiled)`` without asking PATTERN_FILE to store its branches split (for a filter built at its
    first search, not at import)."""
    return _need((compiled.pattern, compiled.flags))

T = TypeVar("T")
# Every Prefilter made from when bot.patterns_build sets a list here (then imports every module); None: not kept.
made: list["Prefilter[Any]"] | None = None


class Prefilter(Generic[T]):
    """Items (cues, concept groups) each with the characters one of which its every match contains
    (``needs``; None: unknown, always searched). ``possible(text)`` gives, in their order, the items
    a text may hold: found through the text's own characters, not by testing every item (a window
    is checked against ~170 crisis cues; most share no character with it). An item whose need
    also knows its branches (``Need.branches``) is kept only when the text holds everything one
    of its branches needs: "我" lets a farewell cue through, "我的最后一晚" needs 最, 后 and 晚 too."""

    def __init__(self, items: Sequence[tuple[T, frozenset[str] | None]]) -> None:
        self.items = [item for item, _ in items]
        # The index (_always, _branches, _by_char, _chars) is made at the first search (_indexed):
        # the filters are made at import, and a process that only loads (or checks) the engine
        # never searches (~2,000 branches indexed: PERF_LOG part 16).
        self._needs = [needed for _, needed in items]
        if made is not None:  # (bot.patterns_build: the filters made at import, whose indexes it stores)
            made.append(self)

    def _indexed(self) -> frozenset[int]:
        # The index, made once under a lock (servers share one Engine across threads; _always is
        # set last, and every search reads it first). A search reads _always in a ``try``
        # (free when it is there), not through __getattr__: a class with __getattr__ takes the
        # generic attribute look-up on every read, ~150 instructions more each.
        with _index_lock:
            if "_always" not in self.__dict__:
                self._index()
        always: frozenset[int] = self._always
        return always

    def _index(self) -> None:
        # Made when the package was built, for a filter made at import (bot.patterns_indexes), else now.
        needs = self._needs
        found = stored_index(needs)
        if found is None:
            found = make_index(needs, _split)
        else:  # what PATTERN_FILE split for these needs is not needed: dropped, as taking it would
            for needed in needs:
                _split.pop(getattr(needed, "branches", None), None)  # type: ignore[arg-type]
        always, self._branches, self._by_char = found
        self._chars = frozenset(self._by_char)
        del self._needs  # (what a filter keeps is its index, as before)
        self._always = always  # last: see _indexed

    def possible(self, text: str) -> list[T]:
        """The items ``text`` may hold; the others cannot match it."""
        try:
            hits = set(self._always)
        except AttributeError:  # the first search: the index is made now
            hits = set(self._indexed())
        by_char = self._by_char
        chars = set(text)
        candidates: list[int] = []
        for char in self._chars.intersection(chars):  # the text's characters that let anything through
            found = by_char[char]
            hits.update(found[0])
            candidates += found[1]
        branches = self._branches
        for number in candidates:
            item, singles, sets = branches[number]
            if item in hits or (singles and not chars.issuperset(singles)):
                continue
            for need in sets:
                if chars.isdisjoint(need):
                    break
            else:
                hits.add(item)
        items = self.items
        return [items[i] for i in sorted(hits)]

    def any_possible(self, text: str) -> bool:
        """Whether ``possible(text)`` holds any item, stopping at the first one found (Guarded:
        one item, asked once per search)."""
        try:
            always = self._always
        except AttributeError:  # the first search: the index is made now
            always = self._indexed()
        if always:
            return True
        by_char, branches = self._by_char, self._branches
        chars = set(text)
        for char in self._chars.intersection(chars):
            found = by_char[char]
            if found[0]:
                return True
            for number in found[1]:
                _item, singles, sets = branches[number]
                if singles and not chars.issuperset(singles):
                    continue
                for need in sets:
                    if chars.isdisjoint(need):
                        break
                else:
                    return True
        return False


class Guarded:
    """A pattern whose ``search`` first asks a Prefilter over its own branches (``needs``)
    whether the text can match at all: a search of a long list of alternatives costs ~15 us on a
    message even when nothing is there, the test ~3 us. The same answer as ``pattern.search``
    (the needs are sound: tests/test_patterns_needs.py); a pattern with no known needs is always
    searched. The filter is built on first use (~0.1-0.3 ms), not at import.

    ``branches=False`` tests only the characters one of which every match holds (one
    ``isdisjoint``, ~0.4 us): cheaper where that set alone is selective (English patterns on
    Chinese text). ``may_match`` is the test alone (before a ``sub``, which changes nothing
    where no match is possible)."""

    def __init__(self, pattern: re.Pattern[str], branches: bool = True) -> None:
        self.pattern = pattern
        self._filter: Prefilter[bool] | None = None
        self._branches = branches
        # The characters one of which every match holds (regex made them known already): read
        # once here, not from the pattern's attributes at every search.
        self._need = _need((pattern.pattern, pattern.flags))
        if branches:
            _filtered.add(pattern.pattern)

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be in ``text``."""
        if not self._branches:
            need = self._need
            return need is None or not need.isdisjoint(text)
        found = self._filter
        if found is None:  # two threads may both build it: equal results, harmless
            # (its own Need, read at __init__: the same as needs(self.pattern), and still there in a
            # server that has dropped the recorded needs, release_needs)
            found = self._filter = Prefilter([(True, self._need)])
        return found.any_possible(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None
