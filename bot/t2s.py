"""Which texts OpenCC's traditional-to-simplified conversion (t2s) can change at all, known without
loading OpenCC: importing it and loading its dictionaries takes ~10 ms, and fewer than 1 in 400
real messages holds a character it would change.

TRIGGER_FILE lists every character that can make t2s change a text: each character it converts
on its own (5,119 in OpenCC 1.4), and the characters through which it converts phrases none of
whose characters converts alone (深沈 -> 深沉, 回覆 -> 回复: 沈 and 覆 stay as they are on their
own). t2s only ever replaces a dictionary entry found in the text, so a text without any of them
comes back unchanged, and is returned as it is. bot.t2s_build derives the list from the
dictionaries of the installed OpenCC and records their digest; with any other dictionaries
(another OpenCC version) every text goes through OpenCC, as before.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from . import convert

TRIGGER_FILE = Path(__file__).resolve().with_name("t2s.json")
# The configuration and dictionaries t2s uses (opencc/clib/share/opencc/t2s.json names them).
DICTIONARY_FILES = convert.DICTIONARY_FILES["t2s"]
_lock = threading.Lock()
_triggers: frozenset[str] | None = None
_read = False


def may_change(text: str) -> bool:
    """False only when t2s is known to return ``text`` unchanged."""
    triggers = _trigger_set()
    return triggers is None or not triggers.isdisjoint(text)


def _trigger_set() -> frozenset[str] | None:
    global _triggers, _read
    if not _read:
        with _lock:
            if not _read:
                _triggers, _read = _load(), True
    return _triggers


def _load() -> frozenset[str] | None:
    """The trigger characters, or None when the file is missing or made for other dictionaries."""
    try:
        data = json.loads(TRIGGER_FILE.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("opencc") != dictionary_digest():
        return None
    return frozenset(data.get("characters", ""))


def dictionary_digest() -> str | None:
    """sha256 of the installed OpenCC's t2s configuration and dictionaries (found, not imported);
    None when they cannot be read."""
    return convert.dictionary_digest("t2s")


__all__ = ["DICTIONARY_FILES", "TRIGGER_FILE", "dictionary_digest", "may_change"]
