"""PATTERN_FILE's format 8 (bot.patterns, bot.patterns_build.pack): the marshalled table, then the
engine code of every pattern, read one pattern at a time when it is built (PERF_LOG part 27)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import patterns, patterns_lazy
from bot.patterns_build import entry_for, pack
from bot.patterns_lazy import LazyPattern

STORED = patterns.read_table()
same_python = pytest.mark.skipif(not STORED, reason="patterns.marshal is missing or for another Python")
_SAMPLE = [(r"(?P<months>\d+)个月|逾期(\d+)天", 0), ("借呗|花呗|loan", int(re.IGNORECASE)), ("[一-龥]{2,}", 0)]


@same_python
def test_the_file_holds_where_the_code_is_not_the_code() -> None:
    # Each entry's code is an int (offset << 32 | size) and the file's code there is the engine's code.
    assert all(isinstance(entry[1], int) for entry in STORED.values())
    patterns._table()  # (opens the file for stored_code, as a process's first regex() does)
    for key in list(STORED)[:200:7]:
        assert patterns_lazy.stored_code(STORED[key][1]) == entry_for(*key)[1]


def _write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(data)
    monkeypatch.setattr(patterns, "PATTERN_FILE", path)


def test_a_packed_table_reads_back_and_builds_what_re_compile_makes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    table = {key: entry_for(*key) for key in _SAMPLE}
    _write(tmp_path, monkeypatch, pack(table, {}))
    monkeypatch.setattr(patterns_lazy, "_code_file", None)
    read, _splits = patterns._read(keep_code=True)
    assert list(read) == _SAMPLE
    for key, entry in read.items():
        assert entry[:1] + entry[2:] == table[key][:1] + table[key][2:]  # all but the code: as stored
        built = LazyPattern(key[0], entry[:5]).compiled()
        assert built == re.compile(*key) and built is not re.compile(*key)


@pytest.mark.parametrize("damage", ["old format", "cut code", "longer", "empty", "huge head"])
def test_a_file_of_another_format_or_damaged_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         damage: str) -> None:
    import marshal

    good = pack({key: entry_for(*key) for key in _SAMPLE}, {})
    data = {"old format": marshal.dumps(("7-old", {}, {})), "cut code": good[:-3], "longer": good + b"\0",
            "empty": b"", "huge head": (1 << 60).to_bytes(8, "little") + good[8:]}[damage]
    _write(tmp_path, monkeypatch, data)
    assert patterns.read_table() == {}  # every pattern then compiled by re.compile, as usual


def test_code_that_cannot_be_read_compiles_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # A file gone or cut after the start: the pattern is still the right one (re.compile), never an error.
    pattern, flags = _SAMPLE[0]
    entry = entry_for(pattern, flags)
    monkeypatch.setattr(patterns_lazy, "_code_file", None)
    found = LazyPattern(pattern, (entry[0], 12345 << 32 | len(entry[1]), *entry[2:5]))
    assert found.search("逾期了3个月").group("months") == "3" and found.compiled() == re.compile(pattern, flags)


def test_without_pread_the_code_is_held_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows has no os.pread: a descriptor held open there would keep the file from being replaced.
    table = {key: entry_for(*key) for key in _SAMPLE}
    _write(tmp_path, monkeypatch, pack(table, {}))
    monkeypatch.delattr(patterns.os, "pread")
    monkeypatch.setattr(patterns_lazy, "_code_file", None)
    read, _splits = patterns._read(keep_code=True)
    assert isinstance(patterns_lazy._code_file, bytes)
    for key, entry in read.items():
        assert LazyPattern(key[0], entry[:5]).compiled() == re.compile(*key)


def test_the_shipped_file_is_current_for_this_python() -> None:
    # An old-format or stale file is ignored at run time (every pattern compiled from source), which
    # makes the same-Python tests above skip instead of fail: this one never skips for this Python.
    import marshal

    data = patterns.PATTERN_FILE.read_bytes()
    size = int.from_bytes(data[:8], "little")
    try:
        tag = marshal.loads(data[8:8 + size])[0] if size <= len(data) - 8 else marshal.loads(data)[0]
    except (ValueError, EOFError, TypeError, IndexError):
        tag = marshal.loads(data)[0]
    if tag.split("-", 1)[1] != patterns.PYTHON_TAG.split("-", 1)[1]:
        pytest.skip(f"patterns.marshal is for another Python ({tag})")
    assert tag == patterns.PYTHON_TAG, "stale patterns.marshal: run python -m bot.patterns_build"
    assert patterns.read_table(), "patterns.marshal unreadable: run python -m bot.patterns_build"
