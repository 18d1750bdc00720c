"""Regular expressions compiled when the package is built, not at every start.

CPython compiles a regular expression in pure Python. This package's ~160 (long lists of Chinese
phrases, CJK character ranges) would take ~100 ms to compile, most of a one-shot CLI answer,
every time a process starts. ``regex(pattern, flags)`` answers exactly as ``re.compile``'s
pattern would: for a pattern in PATTERN_FILE, written by the same Python version, the regex
engine's code is read from there and handed to the engine as ``re.compile`` itself would hand it
(``_sre.compile``, after ``re._parser.parse`` and ``re._compiler._code``), at the pattern's first
use (a ``LazyPattern`` stands for it until then: bot.patterns_lazy); any other pattern, or any
other Python version, is compiled by ``re.compile`` as usual.

PATTERN_FILE is in Python's own ``marshal`` format, like a .pyc file: it is bound to one Python
version anyway, and it loads in a fraction of a millisecond where JSON took several. The engine
code itself (~4.9 MiB for ~1,600 patterns) follows the marshalled table as raw bytes, read one
pattern at a time when it is built (bot.patterns_lazy.stored_code): a server that had built half
of them still held ~1.7 MiB of code for patterns it had not used (PERF_LOG part 27). The file:
the marshalled part's length (8 bytes, little-endian), that part, then the code.

    python -m bot.patterns_build    # rewrite PATTERN_FILE after changing a regular expression

tests/test_patterns.py proves every stored entry equal to a fresh ``re.compile`` (Pattern objects
compare their engine code) and that the file holds every pattern the package compiles. What every
match of a pattern needs, and the filters that read it (``needs``, ``Prefilter``, ``Guarded``), are
in bot.patterns_filter.
"""

from __future__ import annotations

import array
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, cast

import _sre  # type: ignore[import-not-found]  # the engine behind re; its compile() is what re.compile calls

from .patterns_filter import Branches, _split, record_need, release_needs
from .patterns_lazy import CODE_TYPE as CODE_TYPE  # (bot.patterns_build writes code of this type)
from .patterns_lazy import LazyPattern, hold_code, open_code

# Re-exported: callers import them from here (what a match needs, and the filters: bot.patterns_filter).
from .patterns_filter import Guarded as Guarded, Need as Need, Prefilter as Prefilter
from .patterns_filter import needs as needs, pack_branches as pack_branches, split_branches as split_branches
from .patterns_filter import stored_needs as stored_needs

PATTERN_FILE = Path(__file__).resolve().with_name("patterns.marshal")
# Engine code is only valid for the Python version (and regex engine) that produced it; the
# leading number is this file's own format (bump it when Entry changes).
PYTHON_TAG = (f"9-{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}"
              f"-{_sre.CODESIZE}-{sys.byteorder}")

Key = tuple[str, int]
# (flags the engine gets, code words as bytes (in PATTERN_FILE: where they are, bot.patterns_lazy.stored_code),
# groups - 1, group index, names by group number,
# characters one of which every match contains (joined in one string), what every match of each top-level choice
# contains packed in one string (bot.patterns_needs, pack_branches), and the same split, for a
# pattern whose needs a filter reads at import, else None)
Entry = tuple[int, bytes | int, int, dict[str, int], tuple[str | None, ...], str | None, str | None,
              Branches | None]
_lock = threading.Lock()
_stored: dict[Key, Entry] | None = None
_stored_splits: dict[Key, tuple[str, ...]] = {}  # from PATTERN_FILE (split_of)
splits: dict[Key, tuple[str, ...]] = {}  # every split made or read (bot.patterns_branches): what patterns_build stores
_used: set[Key] = set()  # every pattern compiled through regex(): what bot.patterns_build stores
_compiled: dict[Key, re.Pattern[str]] = {}  # patterns made from stored entries (LazyPattern; once built, the real one)
_NO_NAMES: dict[str, int] = {}  # the group index of every stored pattern without named groups (regex)
_INDEX_GROUPS: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}  # each names-by-number tuple once (regex)


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, without compiling when PATTERN_FILE holds its code: then a
    LazyPattern that builds it from that code at its first use (bot.patterns_lazy)."""
    key = (pattern, int(flags))
    _used.add(key)
    found = _compiled.get(key)
    if found is not None:
        return found
    entry = _table().pop(key, None)
    if entry is None:
        return re.compile(pattern, flags)
    final_flags, packed, groups, groupindex, indexgroup, needed, branches, split = entry
    # (the LazyPattern keeps the code until it is built: the engine copies it, then it goes)
    # (home: the caller's globals, where the pattern is most likely kept: see bot.patterns_lazy)
    # Until then it also keeps the group names: nearly all are none, read as ~1,800 empty dicts and
    # ~1,800 tuples of Nones (~0.27 MiB in every process, PERF_LOG part 32): one of each is shared
    # (read only: the engine keeps neither when no group has a name, and a Pattern shows its names
    # only as a read-only mapping).
    held = (final_flags, packed, groups, groupindex or _NO_NAMES, _INDEX_GROUPS.setdefault(indexgroup, indexgroup))
    compiled = cast("re.Pattern[str]", LazyPattern(pattern, held, sys._getframe(1).f_globals, _compiled, key, needed))
    if needed is not None:
        record_need((pattern, final_flags), needed, branches)
        if branches is not None and split is not None:
            _split[branches] = split
    _compiled[key] = compiled
    return compiled


def forget(patterns: list[str], flags: int = 0) -> None:
    """Not to be stored after all: patterns handed to ``regex`` that do not compile."""
    _used.difference_update((pattern, int(flags)) for pattern in patterns)


def build_all() -> int:
    """Build now every pattern ``regex`` has handed out unbuilt (each LazyPattern's first use would);
    returns how many. For a server that forks workers after loading (gunicorn, preloaded): built
    in the master, the patterns are shared by its workers, where each would build its own
    (bot.server.settle.warm)."""
    waiting = [found for found in list(_compiled.values()) if isinstance(found, LazyPattern)]
    for found in waiting:
        cast(LazyPattern, found).compiled()
    return len(waiting)


def release() -> None:
    """For a server once it has loaded (bot.server.settle): drop what only bot.patterns_build, the
    tests and the filters made at import read (the patterns handed out, the filtered ones, every
    recorded need: bot.patterns_filter.release_needs), and shrink the stored table to the few
    entries no module asked for (a dict keeps its size as entries are popped: ~1,900 slots for 3).
    Nothing answers otherwise: a pattern asked afterwards is built or compiled as before, and its
    needs are unknown (always searched). ~0.9 MiB of a stdio server (PERF_LOG part 33)."""
    global _stored
    with _lock:
        if _stored is not None:
            _stored = dict(_stored)
    _used.clear()
    release_needs()


def _table() -> dict[Key, Entry]:
    global _stored, _stored_splits
    if _stored is None:
        with _lock:
            if _stored is None:
                table, _stored_splits = _read(keep_code=True)
                _stored = table  # (last: read first by every caller)
    return _stored


def split_of(key: Key) -> tuple[str, ...] | None:
    """A pattern's top-level alternatives as bot.patterns_branches split it when PATTERN_FILE was written (``()``:
    not split); None when the file does not say. Each pattern's is taken once; every split asked is remembered in
    ``splits`` (what bot.patterns_build stores)."""
    _table()
    return _stored_splits.pop(key, None)


def read_table() -> dict[Key, Entry]:
    """The stored entries, or none when the file is missing, unreadable or from another Python."""
    return _read()[0]


def _read(keep_code: bool = False) -> tuple[dict[Key, Entry], dict[Key, tuple[str, ...]]]:
    """The stored entries and splits (each entry's code as where it is in the file). ``keep_code``:
    the file is kept open for bot.patterns_lazy.stored_code (so the code read later is this file's,
    even if another install replaces it meanwhile)."""
    try:
        with PATTERN_FILE.open("rb") as stream:
            whole = os.fstat(stream.fileno()).st_size
            size = int.from_bytes(stream.read(8), "little")
            if size > whole - 8:  # (not this format: an older file, or a damaged one)
                return {}, {}
            data: Any = marshal.loads(stream.read(size))
            usable = array.array(CODE_TYPE).itemsize == _sre.CODESIZE
            if not usable or not isinstance(data, tuple) or len(data) != 4 or data[0] != PYTHON_TAG \
                    or whole != 8 + size + data[3]:
                return {}, {}
            if keep_code and hasattr(os, "pread"):
                open_code(os.dup(stream.fileno()), 8 + size)
            elif keep_code:
                hold_code(stream.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    return dict(data[1]), dict(data[2])


# Every character an ASCII letter matches under re.IGNORECASE: both cases, and U+0130 İ, U+0131
# ı, U+017F ſ, U+212A K (tests/test_patterns_needs.py derives the set from re itself). A text
# with none of them cannot match a case-insensitive pattern whose every match needs a letter.
_LATIN = regex("[A-Za-z\u0130\u0131\u017f\u212a]")  # (from PATTERN_FILE: re.compile here cost ~0.2 ms a start)


def has_latin(text: str) -> bool:
    """Whether ``text`` holds a character that an ASCII letter matches case-insensitively."""
    return _LATIN.search(text) is not None

