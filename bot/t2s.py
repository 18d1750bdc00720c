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

import array
import importlib.util
import json
import sys
import threading
from functools import lru_cache
from pathlib import Path

from .digest import blake2b

TRIGGER_FILE = Path(__file__).resolve().with_name("t2s.json")
# Each configuration this package runs (bot.convert) and the dictionaries it reads
# (opencc/clib/share/opencc/<name>.json names them).
CONFIGURATIONS = {
    "t2s": ("t2s.json", "CJK_Compatibility_Ideographs.ocd2", "TSPhrases.ocd2", "TSCharactersExt.ocd2",
            "TSCharacters.ocd2"),
    "s2tw": ("s2tw.json", "CJK_Compatibility_Ideographs.ocd2", "STPhrases.ocd2",
             "STPhrases_GeneratedFromRegionalPhrases.ocd2", "STCharacters.ocd2", "TWVariantsPhrases.ocd2",
             "TWVariants.ocd2"),
}
DICTIONARY_FILES = CONFIGURATIONS["t2s"]
_lock = threading.Lock()
_triggers: tuple[bytearray, str] | None = None
_read = False
_PLANE = 0x10000  # the Basic Multilingual Plane: the translate table's length (_load)
_TRIGGER = "\x01"  # what ``text.translate(_triggers)`` makes of a trigger character
# Code points as 4-byte words in this machine's order (_load), read as an array of that width.
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_WORD = "I" if array.array("I").itemsize == 4 else "L"


def may_change(text: str) -> bool:
    """False only when t2s is known to return ``text`` unchanged."""
    triggers = _trigger_set()
    if triggers is None:
        return True
    # Every character of the Basic Multilingual Plane becomes \x01 (a trigger) or \x00; one past
    # it is kept as it is (IndexError is a LookupError to str.translate) and cannot be \x01.
    marks, astral = triggers
    read = text.translate(marks)
    if _TRIGGER in read:
        return True
    if read.count("\x00") == len(read):  # nearly every text: no character past the plane
        return False
    return any(character in astral for character in read.replace("\x00", ""))


def _trigger_set() -> tuple[bytearray, str] | None:
    global _triggers, _read
    if not _read:
        with _lock:
            if not _read:
                _triggers, _read = _load(), True
    return _triggers


def _load() -> tuple[bytearray, str] | None:
    """The trigger characters, or None when the file is missing or made for other dictionaries:
    a table for ``str.translate`` of the Basic Multilingual Plane (65,536 bytes: byte 1 at each
    trigger's code point, 0 elsewhere), and the triggers past it as one string (~900 of CJK
    extension B-G, found in a text only by a scan of its few characters past the plane). A
    frozenset of the ~5,100 characters held ~0.9 MiB in a long-running server (PERF_LOG part 14);
    one table up to the highest trigger (U+30EDE) ~0.2 MB; this ~0.07 MB (part 48)."""
    try:
        data = json.loads(TRIGGER_FILE.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("opencc") != dictionary_digest():
        return None
    characters = data.get("characters", "")
    if not isinstance(characters, str):
        return None
    # The code points as a C array at once (UTF-32 in native order, as array "I" holds them), not one
    # 1-character string and one ord() per character: ~8.4 M instructions a start -> ~3 M (PERF_LOG part 43).
    # The table stays the bytearray (str.translate reads it as it read the bytes copy: not copied).
    points = array.array(_WORD, characters.encode(_UTF32, "surrogatepass"))
    marks, astral = bytearray(_PLANE), []
    for point in points:
        if point < _PLANE:
            marks[point] = 1
        else:
            astral.append(point)
    return marks, array.array(_WORD, astral).tobytes().decode(_UTF32, "surrogatepass")


@lru_cache(maxsize=None)  # bot.convert checks its tables against the same digests
def dictionary_digest(name: str = "t2s") -> str | None:
    """BLAKE2b (32 bytes, hex, after ``blake2b:``) of the installed OpenCC's configuration ``name``
    and its dictionaries (found, not imported); None when they cannot be read. Every process reads
    t2s's (~95 kB) at its first message, and at import; the built-in SHA-256 took ~4.5 M instructions
    for them, BLAKE2b ~1 M (PERF_LOG part 34)."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "clib" / "share" / "opencc"
    digest = blake2b(digest_size=32)
    try:
        for file in CONFIGURATIONS[name]:
            digest.update((folder / file).read_bytes())
    except OSError:
        return None
    return "blake2b:" + digest.hexdigest()


__all__ = ["CONFIGURATIONS", "DICTIONARY_FILES", "TRIGGER_FILE", "dictionary_digest", "may_change"]
