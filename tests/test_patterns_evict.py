"""bot.patterns_evict (PERF_LOG part 39): a server's sweep gives back the built code of guarded
patterns not searched with since the sweep before; the next search past the guard builds the same
pattern again, and every answer stays the real pattern's."""

from __future__ import annotations

import array
import io
import re

import pytest

from bot import patterns, patterns_evict
from bot.engine import Engine
from bot.patterns_guard import GuardedStandIn
from bot.patterns_lazy import CODE_TYPE, LazyPattern, PatternStandIn, stored_code
from bot.server import stdio


def _guarded_stored() -> GuardedStandIn:
    # A stored pattern of the loaded modules that builds guarded, its code read from PATTERN_FILE.
    for found in list(patterns._compiled.values()):
        if isinstance(found, PatternStandIn):
            found.compiled()
            if type(found) is GuardedStandIn and getattr(found, "_entry") is not None:
                return found
    raise AssertionError("no stored pattern builds guarded")


def test_a_given_back_pattern_answers_as_before_and_is_rebuilt_only_past_the_guard(engine: Engine) -> None:
    stand = _guarded_stored()
    real, fresh = stand.compiled(), re.compile(stand.pattern, stand.flags)
    stand.search(stand.pattern)  # (its own text holds its literal characters: past the guard)
    patterns_evict.sweep()  # reached since the last sweep: kept
    assert getattr(stand, "_built") is real
    patterns_evict.sweep()  # not reached since: given back
    assert type(getattr(stand, "_built")) is patterns_evict.Rebuild
    assert patterns_evict.held()[1] >= 1
    assert stand.search("") is None and stand.findall("") == []  # no needed character: no rebuild
    assert type(getattr(stand, "_built")) is patterns_evict.Rebuild
    texts = [stand.pattern, stand.pattern[::-1], "逾期了会上门吗", "我走了以后"]
    assert [repr(stand.search(text)) for text in texts] == [repr(fresh.search(text)) for text in texts]
    rebuilt = getattr(stand, "_built")
    assert type(rebuilt) is re.Pattern and rebuilt is not real and rebuilt == real == fresh
    patterns_evict.sweep()
    patterns_evict.sweep()
    assert stand.compiled() == fresh and type(stand.compiled()) is re.Pattern  # compiled() rebuilds too
    assert stand == fresh and hash(stand) == hash(fresh) and stand.groupindex == fresh.groupindex


def test_the_stdio_server_sweeps_before_its_heap_trim(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    swept: list[int] = []
    monkeypatch.setattr(stdio, "TRIM_EVERY", 2)
    monkeypatch.setattr(patterns_evict, "sweep", lambda: swept.append(1) or 0)
    out = io.BytesIO()
    lines = b"".join(b'{"id": %d, "question": "hi"}\n' % number for number in range(5))
    assert stdio.serve_stdio(engine, io.BytesIO(lines), out) == 0
    assert len(swept) == 2 and out.getvalue().count(b"\n") == 5


def test_a_pattern_with_named_first_characters_is_guarded_and_given_back(engine: Engine) -> None:
    # bot.patterns_first names the characters a match starts with in most stored patterns' INFO block (the engine then
    # skips other positions); such a pattern is still guarded, so a sweep gives it back: unguarded, it stayed built for
    # the life of a server (+2.3 MiB after 3,000 stdio requests, PERF_LOG part 46).
    found = []
    for (pattern, _flags), entry in patterns.read_table().items():  # (fresh stand-ins: other tests build the module's)
        if entry[5] and isinstance(entry[1], int):
            code = array.array(CODE_TYPE, stored_code(entry[1])).tolist()
            if code[0] == 14 and code[2] & 4 and not code[2] & 1:  # INFO with a first-character set, no prefix
                found.append(LazyPattern(pattern, entry[:5], need=entry[5]))
    assert len(found) > 100
    for stand in found[:20]:
        real, fresh = stand.compiled(), re.compile(stand.pattern, stand.flags)
        assert type(stand) is GuardedStandIn
        stand.search(stand.pattern)
        patterns_evict.sweep()
        patterns_evict.sweep()
        assert type(getattr(stand, "_built")) is patterns_evict.Rebuild
        texts = [stand.pattern, stand.pattern[::-1], "逾期了会上门吗", "我走了以后", "借呗还不上了怎么办"]
        assert [repr(stand.search(text)) for text in texts] == [repr(fresh.search(text)) for text in texts]
        assert stand.compiled() == real  # rebuilt from the same stored code
