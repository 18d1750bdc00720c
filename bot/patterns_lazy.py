"""A compiled regular expression built the first time it is used (bot.patterns.regex).

Building a pattern from PATTERN_FILE's engine code (code words -> list, ``_sre.compile``, which
validates every word) cost ~45 M instructions per start for ~650 patterns, ~10% of
``Engine.load()``; a one-shot answer searches with a fraction of them (most searches are skipped
by the safety filters, which read a pattern's needs, not its engine code). ``LazyPattern`` stands
for the ``re.Pattern`` and builds it at its first ``search``/``sub``/...: exactly what
``_sre.compile`` made before, only later.

Most searches name a module's global (``_CUE.search(text)``, 89% of a warm ask's): at the build,
the module that made the pattern (``home``: the caller of bot.patterns.regex) has every global
that is this LazyPattern rebound to the real pattern, so those calls cost what they cost before
(through a stand-in, a call costs ~320 instructions more: a warm ask ~157 searches), and so is
bot.patterns.regex's registry (``made``): a stand-in nothing else holds then goes. Other
holders (tuples of cues, class attributes) keep the stand-in: after the build, its search methods
are the real pattern's own bound methods, kept in slots, and its class one without
``__getattr__`` (~140 instructions more a search than on the real pattern, not ~320).

Thread safety: servers share one Engine across threads. The build runs under one lock and fills
``_built`` last; a thread that finds a method slot still empty falls to ``__getattr__``, which
takes the lock, so no thread ever sees a half-made pattern, and each pattern is built once. A
global rebound meanwhile is one dict store: a reader gets the stand-in or the real pattern, and
either answers the same.

Fork: a process forked while another of its threads builds would inherit the lock held, and the
child's first build would wait forever. None of our servers forks so: gunicorn's master answers
nothing and runs no thread of ours, and (app preloaded) builds every pattern before its first
fork (bot.server.settle.warm, from bot.server.gunicorn_conf); stdio and waitress never fork. An
embedding app that forks from a threaded process should call bot.patterns.build_all() first.
"""

from __future__ import annotations

import array
import os
import re
import threading
from typing import Any

import _sre  # type: ignore[import-not-found]  # the engine behind re (bot.patterns)

# Code words are stored as the bytes of this array type, in native order (bot.patterns).
CODE_TYPE = "I" if array.array("I").itemsize == _sre.CODESIZE else "L"
# The re.Pattern methods a built stand-in keeps in slots, as the real pattern's bound methods (the
# others: through compiled()). Only those searches call through a stand-in (a server after 1,500
# pool questions: search 51,342, fullmatch 11,981, finditer 4,794, findall 3,386, sub 14,
# split 7, match 0): each slot is a bound method (80 bytes) per built stand-in.
_METHODS = ("search", "fullmatch", "findall", "finditer")
_lock = threading.Lock()
patterns_lock = _lock  # (bot.patterns_evict rebuilds under it)
# PATTERN_FILE, kept open once read (a descriptor), and where its code starts (bot.patterns._read);
# or, where os.pread is missing (Windows), the code itself: a descriptor held open there would
# keep patterns_build, git and pip from replacing the file while any process runs.
_code_file: tuple[int, int] | bytes | None = None
# Every guarded stand-in built from an offset in PATTERN_FILE, its entry kept: what a server's sweep
# may give back (bot.patterns_evict, imported by servers only).
evictable: list["PatternStandIn"] = []


def open_code(descriptor: int, start: int) -> None:
    """Where ``stored_code`` reads: the open PATTERN_FILE, its code from ``start`` on."""
    global _code_file
    previous, _code_file = _code_file, (descriptor, start)
    if isinstance(previous, tuple):
        os.close(previous[0])


def hold_code(code: bytes) -> None:
    """``stored_code`` reads from ``code`` (all of PATTERN_FILE's code, read at load)."""
    global _code_file
    previous, _code_file = _code_file, code
    if isinstance(previous, tuple):
        os.close(previous[0])


def stored_code(where: int) -> bytes:
    """The code words of one pattern in PATTERN_FILE (``where``: ``offset << 32 | size``, as
    bot.patterns_build writes it). Read when the pattern is built, not held from the start."""
    if _code_file is None:
        raise OSError("patterns.marshal is not open")
    offset, size = where >> 32, where & 0xFFFFFFFF
    if isinstance(_code_file, bytes):
        code = _code_file[offset:offset + size]
    else:
        descriptor, start = _code_file
        code = os.pread(descriptor, size, start + offset)
    if len(code) != size:
        raise OSError("patterns.marshal is shorter than its table says")
    return code


class PatternStandIn:
    """Stands for the ``re.Pattern`` that ``_sre.compile(pattern, flags, code, ...)`` makes from
    ``entry`` (bot.patterns.Entry's first five fields), built on first use. ``pattern`` and
    ``flags`` are the real pattern's, readable without building it (bot.patterns.needs reads
    them at import). Made as a LazyPattern; once built, a PatternStandIn (no ``__getattr__``:
    a class with one takes the generic attribute look-up on every read, ~180 instructions more
    a search) with every method of _METHODS in its slot."""

    __slots__ = ("pattern", "flags", "_entry", "_home", "_made", "_key", "_built", "_need", "_mark", "_reached",
                 *_METHODS)
    _built: re.Pattern[str]  # set once, by compiled()

    def __init__(self, pattern: str, entry: tuple[Any, ...], home: dict[str, Any] | None = None,
                 made: dict[Any, Any] | None = None, key: Any = None, need: str | None = None) -> None:
        self.pattern = pattern
        # The characters one of which every match holds (bot.patterns_needs; None: unknown), read
        # by LazyPattern's searches before the build; a set from the first of them.
        self._need: str | frozenset[str] | None = need
        self.flags: int = entry[0]
        self._entry: tuple[Any, ...] | None = entry
        self._home = home  # the globals of the module that made it (rebound at the build)
        # Where bot.patterns.regex keeps it under ``key`` (given the real pattern at the build).
        self._made, self._key = made, key

    def compiled(self) -> re.Pattern[str]:
        """The real pattern (built now if it was not yet)."""
        try:
            found = self._built
        except AttributeError:
            pass
        else:
            # (not a Pattern: a Rebuild, the pattern given back by a server's sweep, bot.patterns_evict)
            return found if type(found) is re.Pattern else getattr(found, "real")()
        with _lock:
            try:
                return self._built
            except AttributeError:
                pass
            assert self._entry is not None
            flags, packed, groups, groupindex, indexgroup = self._entry[:5]
            built: re.Pattern[str]
            guard = False
            try:
                # (an int: where PATTERN_FILE holds the code, read now; bytes: the code itself)
                code = array.array(CODE_TYPE, stored_code(packed) if isinstance(packed, int) else packed).tolist()
                built = _sre.compile(self.pattern, flags, code, groups, groupindex, indexgroup)
                # A pattern the engine tries at every position, with known needs, keeps this stand-in as
                # its one face, answering through bot.patterns_guard (PERF_LOG part 37).
                guard = patterns_guard.worth_guarding(code, self._need)
            except Exception:  # stored code the engine refuses (a damaged file): compile the source, never fail a reply (review36)
                built = re.compile(self.pattern, flags)
            if guard:
                return self._guard(built)
            # The home module's names first, the search methods after: a thread that gets a match through
            # a method must find the module's name already the real pattern (slots_days.py compares match.re with NAME;
            # review36 found the other order racing).
            home, self._home = self._home, None
            if home is not None:
                try:
                    names = [name for name, value in home.items() if value is self]
                except RuntimeError:  # another thread importing into that module meanwhile: a copy
                    names = [name for name, value in list(home.items()) if value is self]
                for name in names:
                    home[name] = built
            # regex()'s registry keeps the real pattern from now on: a stand-in nothing else holds
            # (~half of those built in a server) then goes, with its seven bound methods (~0.6 kB).
            made, self._made = self._made, None
            if made is not None and made.get(self._key) is self:
                made[self._key] = built
            self._key = None
            for name in _METHODS:  # (through the slot: LazyPattern's own search and fullmatch hide it)
                _SLOTS[name].__set__(self, getattr(built, name))
            self._built = built
            self.__class__ = PatternStandIn  # (same slots: no __getattr__ from now on)
            self._entry = self._need = None  # the engine copied the code: the stored bytes can go
            return built

    def _guard(self, built: re.Pattern[str]) -> re.Pattern[str]:
        # (under _lock) The stand-in becomes a GuardedStandIn: its methods test the text's characters
        # first. The home module's names and the registry keep the stand-in (the real pattern there
        # would answer without the test), so ``match.re`` is the real pattern, not the name.
        # (its own slot, not _need: a thread in LazyPattern's search meanwhile may still read _need)
        need = self._need
        self._mark = patterns_guard.mark(need if isinstance(need, str) else "".join(need or ""))
        self._home = self._made = self._key = None
        self._built = built
        self._reached = True
        self.__class__ = patterns_guard.GuardedStandIn
        self._need = None
        if self._entry is not None and isinstance(self._entry[1], int):
            # Its code stays in PATTERN_FILE, read again if a server's sweep gives the pattern back
            # (bot.patterns_evict): the entry (an offset, shared group names) is kept for that.
            evictable.append(self)
        else:
            self._entry = None  # the engine copied the code: the stored bytes can go
        return built

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), "scanner")(*args, **kwargs)  # (not in typeshed's re.Pattern)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PatternStandIn):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __copy__(self) -> "PatternStandIn":
        return self  # as re.Pattern: immutable, a copy is itself

    def __deepcopy__(self, memo: dict[int, object]) -> "PatternStandIn":
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return re.compile, (self.pattern, self.flags)


_SLOTS = {name: PatternStandIn.__dict__[name] for name in _METHODS}  # each method's slot (compiled())
# Searches that LazyPatterns answer None unbuilt (no needed character in the text), in all, in a
# process: a one-shot ask makes ~150; a server then builds at first use, as before, since a built
# pattern's search (C) is cheaper than the test, which hashes every character of the text (with no
# such budget a settled server's ask cost ~0.6% more, PERF_LOG part 35).
SKIPS_PER_PROCESS = 2048
_skips_left = SKIPS_PER_PROCESS


def _cannot_match(self: PatternStandIn, string: object) -> bool:
    # (a function, not a method: a bound search taken before the build is called after it too,
    # when the class is PatternStandIn and the need gone)
    global _skips_left
    need = self._need
    if need is None or _skips_left <= 0 or type(string) is not str:
        return False
    if isinstance(need, str):
        need = self._need = frozenset(need)
    if not need.isdisjoint(string):
        return False
    _skips_left -= 1  # (two threads may both count: a skip more or less, the same answers)
    return True


class LazyPattern(PatternStandIn):
    """A PatternStandIn not built yet: its first search (any method of _METHODS) builds it, except
    a ``search``, ``match`` or ``fullmatch`` of a text that holds none of the characters one of
    which every match holds (the pattern's needs, bot.patterns_needs, sound: tests/test_patterns_needs.py):
    no match can be there, so the answer is None without the build (~100,000 instructions a
    pattern: a one-shot ask built ~200 and needed ~50; PERF_LOG part 35), while the process has
    skipped fewer than SKIPS_PER_PROCESS searches so."""

    __slots__ = ()

    def search(self, string: Any, *args: Any, **kwargs: Any) -> Any:
        if _cannot_match(self, string):
            return None
        return self.compiled().search(string, *args, **kwargs)

    def fullmatch(self, string: Any, *args: Any, **kwargs: Any) -> Any:
        if _cannot_match(self, string):
            return None
        return self.compiled().fullmatch(string, *args, **kwargs)

    def match(self, string: Any, *args: Any, **kwargs: Any) -> Any:
        if _cannot_match(self, string):
            return None
        return self.compiled().match(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Reached only while a method's slot is empty, i.e. before the build (which fills them
        # all and makes this a PatternStandIn).
        if name not in _METHODS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(self.compiled(), name)


from . import patterns_guard  # noqa: E402  (it subclasses PatternStandIn: imported once that exists)

__all__ = ["LazyPattern", "PatternStandIn", "CODE_TYPE", "open_code", "stored_code"]
