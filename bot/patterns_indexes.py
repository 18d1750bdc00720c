"""The indexes of the filters made at import (bot.patterns_filter.Prefilter), made when the package
is built, not at the first search of every process.

A Prefilter's index (which items and branches each character lets through) is a function of its
items' needs alone (``make_index``). Made at the first search, the indexes of the ~10 filters made at
import cost ~20 M instructions of a one-shot answer's first question (the crisis cues' alone ~7 M:
~1,200 branches), ~4% of `jiebei-bot ask` (PERF_LOG part 34). ``python -m bot.patterns_build`` writes
INDEX_FILE: each such filter's index under its needs (``index_key``: every need's characters and
packed branches, in item order), made by ``make_index`` in a fresh process that imported every module
(so with the needs the new PATTERN_FILE gives). A filter whose needs are found there takes that index
(read once, at the first search of any filter); any other (needs that changed since, a filter made
after import, another INDEX_VERSION) makes its own, as before: the same index either way.
tests/test_patterns_indexes.py proves each stored index what ``make_index`` makes of its key, and that
the file holds every filter the package makes at import.
"""

from __future__ import annotations

import marshal
import sys
import threading
from pathlib import Path
from typing import Any, Sequence

from .digest import blake2b

INDEX_FILE = Path(__file__).resolve().with_name("filters.marshal")
# Bump when make_index (or what Prefilter reads of an index) changes: a file of another version is not read.
INDEX_VERSION = 2

# (items no character is known for; every branch as (item, characters all needed, sets one of each
# needed); each character -> (the items it lets through, the branches it lets be tested))
Index = tuple[frozenset[int], list[tuple[int, str, tuple[str, ...]]], dict[str, tuple[tuple[int, ...], tuple[int, ...]]]]
_lock = threading.Lock()
_stored: dict[bytes, Index] | None = None


def index_key(needs: Sequence[frozenset[str] | None]) -> bytes:
    """What a filter's index is made of, as a digest: each item's need (its packed branches and its
    characters, sorted), in item order. (The needs themselves as the key, ~520 frozensets, made the
    file ~40% longer to read at every start: PERF_LOG part 34.)"""
    parts = []
    for needed in needs:
        if needed is None:
            parts.append("\x00")
            continue
        # (a Need read from PATTERN_FILE keeps its characters as the file's sorted string: not sorted again)
        # Each part led by its length: no two different lists of needs read the same, whatever characters
        # they hold. (The file's string lists each character once, as the set holds them: no other set reads so.)
        text = getattr(needed, "text", None)
        chars = text if type(text) is str and len(text) == len(needed) else "".join(sorted(needed))
        branches = getattr(needed, "branches", None) or ""
        parts.append(f"{len(branches)},{len(chars)}:{branches}{chars}")
    return blake2b("\x1d".join(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def make_index(needs: Sequence[frozenset[str] | None], split: dict[str, Any] | None = None) -> Index:
    """A filter's index made from its items' needs (bot.patterns_filter.Prefilter). ``split``:
    packed branches already split (bot.patterns_filter._split, from PATTERN_FILE), each taken once."""
    from .patterns_filter import split_branches

    always = frozenset(i for i, needed in enumerate(needs) if needed is None)
    by_char: dict[str, list[int]] = {}
    # Branches of the items that know them (Need.branches), each indexed by the characters of
    # its most selective need: (item, characters all needed, sets one of each needed).
    branches: list[tuple[int, str, tuple[str, ...]]] = []
    branch_by_char: dict[str, list[int]] = {}
    for i, needed in enumerate(needs):
        packed = getattr(needed, "branches", None)
        if packed is None:
            for char in needed or ():
                by_char.setdefault(char, []).append(i)
            continue
        # Split when PATTERN_FILE was built, if it was (taken once: a second filter of the same pattern
        # splits the string itself; patterns_build stores no splits now); the strings interned, one object each.
        stored = (split.pop(packed, None) if split is not None else None) or split_branches(packed)
        for first, singles, sets in zip(*stored):
            number = len(branches)
            branches.append((i, singles, sets))
            for char in first:
                branch_by_char.setdefault(char, []).append(number)
    # One lookup per character of a text: (items it lets through, branches it lets be tested).
    # (Keys interned: one object per character across filters and needs, as the needs' are.)
    return always, branches, {sys.intern(char): (tuple(by_char.get(char, ())), tuple(branch_by_char.get(char, ())))
                              for char in {*by_char, *branch_by_char}}


def shared(value: Any, held: dict[Any, Any]) -> Any:
    """``value`` (an index, or any part of one) with every equal immutable part (tuple, frozenset,
    str, int) one object, the first of its kind ``held`` (by type and value) has seen; lists and dicts
    stay their own. An equal value: marshal writes an object held twice once, with references to
    it, and ``marshal.loads`` makes it once. The ~10 stored indexes repeat their tuples of item and
    branch numbers, branch numbers past 256 and branches' characters: read as made, they held 0.96
    MiB of a server, shared 0.48 (PERF_LOG part 38). What reads an index never changes it."""
    if type(value) is list:
        return [shared(item, held) for item in value]
    if type(value) is dict:
        return {shared(key, held): shared(item, held) for key, item in value.items()}
    if type(value) is tuple:
        value = tuple(shared(item, held) for item in value)
    elif type(value) is frozenset:
        value = frozenset(shared(item, held) for item in value)
    try:
        return held.setdefault((type(value), value), value)
    except TypeError:  # a tuple holding a list (a whole index): its own
        return value


def stored_index(needs: Sequence[frozenset[str] | None]) -> Index | None:
    """The index INDEX_FILE holds for these needs, or None. Each is handed out once (the filter keeps
    it; a second filter of the same needs makes its own)."""
    table = _stored if _stored is not None else _table()
    if not table:
        return None
    with _lock:
        return table.pop(index_key(needs), None)


def _table() -> dict[bytes, Index]:
    global _stored
    with _lock:
        if _stored is None:
            _stored = read_indexes()
        return _stored


def read_indexes() -> dict[bytes, Index]:
    """Every index INDEX_FILE holds by its key; none when the file is missing, unreadable or of
    another INDEX_VERSION."""
    try:
        data = marshal.loads(INDEX_FILE.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 2 or data[0] != INDEX_VERSION or not isinstance(data[1], dict):
        return {}
    return data[1]


def write_indexes(filters: Sequence[Any]) -> int:
    """Write INDEX_FILE: the index of each filter (Prefilters not yet indexed) under its key; how many."""
    table: dict[bytes, Index] = {}
    held: dict[Any, Any] = {}
    for found in filters:
        always, branches, by_char = make_index(found._needs)
        # (the characters in order: the same bytes at every build, whatever the string hashes)
        table[index_key(found._needs)] = shared((always, branches, dict(sorted(by_char.items()))), held)
    written = INDEX_FILE.with_suffix(".marshal.new")
    written.write_bytes(marshal.dumps((INDEX_VERSION, table)))
    written.replace(INDEX_FILE)
    return len(table)


__all__ = ["INDEX_FILE", "INDEX_VERSION", "index_key", "make_index", "read_indexes", "shared", "stored_index",
           "write_indexes"]
