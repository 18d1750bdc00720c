"""Built patterns a long-running server has not searched with for a while, given back until their
next search (PERF_LOG part 39).

A stdio server's largest holding is its built patterns (~4.4 MiB after 6,000 requests of the
pool's mix, 1,176 patterns, ~3.7 kB of engine code each), and most of it is a long tail: after
4,000 requests, 307 built patterns (1.15 MiB) were not searched at all in the next 2,000, 494
(1.86 MiB) five times or fewer. Nearly all of those are guarded (bot.patterns_guard): the home
module's names and regex()'s registry hold the stand-in, never the real pattern, so the stand-in
alone decides what answers. ``sweep`` (a server's, every so many requests: bot.server.stdio)
gives back the real pattern of every guarded stand-in whose engine was not reached since the
sweep before; its ``_built`` becomes a ``Rebuild``, which builds the same pattern again from
PATTERN_FILE's code (what the first build did: ``_sre.compile`` of the same code, flags and
groups) at the next search whose text passes the guard's test, and hands it the real pattern
from then on. Answers do not change: the rebuilt pattern is the one built before.

Threads: a thread searching while a sweep runs reads ``_built`` once, and gets either the real
pattern or a Rebuild; both answer the same. Rebuilds run under bot.patterns_lazy's lock and build
once. Only patterns whose code is read from the open PATTERN_FILE (an offset, not bytes held) are
kept for a rebuild: keeping the rest would keep their code.
"""

from __future__ import annotations

import array
import re
from typing import Any

import _sre  # type: ignore[import-not-found]  # the engine behind re (bot.patterns)

from .patterns_lazy import CODE_TYPE, PatternStandIn, patterns_lock, stored_code
from .patterns_lazy import evictable as _guarded  # (filled by patterns_lazy's builds)


class Rebuild:
    """In an evicted stand-in's ``_built``: any method read builds the real pattern again."""

    __slots__ = ("_owner",)

    def __init__(self, owner: PatternStandIn) -> None:
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)

    def real(self) -> re.Pattern[str]:
        """The owner's real pattern, built again if it is still given back."""
        owner = self._owner
        with patterns_lock:
            built: Any = getattr(owner, "_built")
            if type(built) is Rebuild:
                entry = getattr(owner, "_entry")
                flags, packed, groups, groupindex, indexgroup = entry
                code = array.array(CODE_TYPE, stored_code(packed)).tolist()
                built = _sre.compile(owner.pattern, flags, code, groups, groupindex, indexgroup)
                setattr(owner, "_built", built)
            return built  # type: ignore[no-any-return]


def sweep() -> int:
    """Give back the real pattern of every guarded stand-in not searched with (its engine not
    reached) since the last sweep; returns how many were given back."""
    given = 0
    for stand in _guarded:
        if type(getattr(stand, "_built")) is Rebuild:
            continue
        if getattr(stand, "_reached", False):
            setattr(stand, "_reached", False)
        else:
            setattr(stand, "_built", Rebuild(stand))
            given += 1
    return given


def held() -> tuple[int, int]:
    """(guarded stand-ins kept for a rebuild, how many of them are given back now): for tests."""
    return len(_guarded), sum(type(getattr(stand, "_built")) is Rebuild for stand in _guarded)


__all__ = ["Rebuild", "held", "sweep"]
