"""Regular expressions compiled when the package is built, not at every start.

CPython compiles a regular expression in pure Python. This package's ~70 (long lists of Chinese
phrases, CJK character ranges) took ~30 ms to compile, a quarter of a one-shot CLI answer, every
time a process started. ``regex(pattern, flags)`` returns exactly what ``re.compile`` returns:
for a pattern in PATTERN_FILE, written by the same Python version, the regex engine's code is
read from there and handed to the engine as ``re.compile`` itself would hand it
(``_sre.compile``, after ``re._parser.parse`` and ``re._compiler._code``); any other pattern, or
any other Python version, is compiled by ``re.compile`` as usual.

    python -m bot.patterns_build    # rewrite PATTERN_FILE after changing a regular expression

tests/test_patterns.py proves every stored entry equal to a fresh ``re.compile`` (Pattern objects
compare their engine code) and that the file holds every pattern the package compiles.
"""

from __future__ import annotations

import array
import binascii
import re
import sys
import threading
from pathlib import Path
from typing import Any

import rapidjson

import _sre  # type: ignore[import-not-found]  # the engine behind re; its compile() is what re.compile calls

PATTERN_FILE = Path(__file__).resolve().with_name("patterns.json")
# Engine code is only valid for the Python version (and regex engine) that produced it.
PYTHON_TAG = (f"{sys.implementation.cache_tag}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}"
              f"-{_sre.CODESIZE}-{sys.byteorder}")
# Code words are stored packed (base64 of this array type, native order): parsing them as JSON
# numbers took longer than compiling a few of the patterns.
CODE_TYPE = "I" if array.array("I").itemsize == _sre.CODESIZE else "L"

Key = tuple[str, int]
_lock = threading.Lock()
_stored: dict[Key, list[Any]] | None = None
_used: set[Key] = set()  # every pattern compiled through regex(): what bot.patterns_build stores


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, without compiling when PATTERN_FILE holds its code."""
    key = (pattern, int(flags))
    _used.add(key)
    entry = _table().get(key)
    if entry is None:
        return re.compile(pattern, flags)
    final_flags, packed, groups, groupindex, indexgroup = entry
    code = array.array(CODE_TYPE, binascii.a2b_base64(packed)).tolist()
    compiled: re.Pattern[str] = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
    return compiled


def _table() -> dict[Key, list[Any]]:
    global _stored
    if _stored is None:
        with _lock:
            if _stored is None:
                _stored = _read()
    return _stored


def _read() -> dict[Key, list[Any]]:
    """The stored entries, or none when the file is missing, unreadable or from another Python."""
    try:
        data = rapidjson.loads(PATTERN_FILE.read_bytes())
    except (OSError, ValueError):
        return {}
    usable = array.array(CODE_TYPE).itemsize == _sre.CODESIZE
    if not usable or not isinstance(data, dict) or data.get("python") != PYTHON_TAG:
        return {}
    return {(entry[0], entry[1]): entry[2:] for entry in data.get("patterns", ())}
