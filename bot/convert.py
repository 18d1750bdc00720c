"""OpenCC's ``s2tw`` and ``t2s`` conversions in pure Python, from tables that bot.convert_build
derives from the installed OpenCC's own dictionaries: the same output, without OpenCC's
converters in memory (its s2tw converter alone holds ~43 MiB; these tables ~3.3 MiB, both
directions).

What OpenCC 1.4 does, and what is done here:

- normalisation: CJK compatibility ideographs to their unified forms (one character for one).
- ``s2tw``: the text is segmented by maximum forward matching over the phrase dictionaries
  (STPhrases and the regional ones); a phrase becomes its conversion (both stages, precomputed
  by OpenCC itself at build time); a run of characters that starts no phrase is converted
  character by character (STCharacters), then by maximum matching within the run over
  TWVariantsPhrases and TWVariants.
- ``t2s``: no segmentation; maximum matching over TSPhrases, else the character (TSCharactersExt,
  then TSCharacters: OpenCC's own answer for each character, found at build time).

A few characters make OpenCC do something else (NUL ends a segment for its C strings; the
ideographic description characters ⿰ .. ⿿ keep their operands unconverted): the builder tests
every code point in several contexts and lists the ones that behave unlike the tables; a text
holding any of them (or a lone surrogate, which OpenCC cannot encode) goes to OpenCC itself.
So does every text when the installed dictionaries are not the ones the tables were built from
(their digest is recorded). ``benchmarks/script_identity.py`` and tests/test_convert.py compare
both on replies, templates and random text.
"""

from __future__ import annotations

import json
import re
import threading
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from .t2s import dictionary_digest

# Phrase entries of one first character: chr(ord("0") + longest suffix) then, per phrase, KEY_MARK, the
# phrase without its first character, OUTPUT_MARK and its conversion ("" when unchanged).
KEY_MARK, OUTPUT_MARK, LENGTH_BASE = "\x00", "\x01", ord("0")


if TYPE_CHECKING:  # a Protocol class costs ~0.1 ms to create: only the type checker needs it
    class Converter(Protocol):
        """What callers use of a converter (opencc.OpenCC's and TableConverter alike)."""

        def convert(self, text: str) -> str: ...


Table = dict[int, int | str]
SMALL_INDEX = 1024  # t2s's 210 first characters, TWVariantsPhrases' 10: a dict is smaller than the array
SEPARATOR = "\x02"  # between the packed entries of two first characters


class Index:
    """Phrase entries by first character. A large index (s2tw's 3,542 first characters) is stored
    packed (``pack_index``) and kept so: its entries in one string, found through an array
    indexed by code point, with no string object per first character and no parse garbage
    (~2.1 -> ~1.0 MiB for s2tw's tables); entries holding characters past the Basic Multilingual
    Plane, which would widen the joined string to 4 bytes a character, stay in a dict, as does
    a small index. ``get`` returns what a dict of the entries would."""

    __slots__ = ("_joined", "_slots", "_starts", "_others", "_firsts")

    def __init__(self, entries: dict[str, str], firsts: str = "", joined: str = "") -> None:
        self._firsts = firsts or "".join(entries)
        self._others = entries
        self._joined = joined
        # 0: no phrase; n: the entries from _starts[n - 1] to the separator before _starts[n]
        self._slots = array("H", bytes(2 * 0x10000) if joined else b"")
        self._starts = array("I", [0])
        if not joined:
            return
        at = 0
        for first in self._firsts:
            if first in entries:
                continue
            if first > "\uffff" or len(self._starts) >= 0x10000:
                raise ValueError("expected packed first characters in the Basic Multilingual Plane")
            end = joined.find(SEPARATOR, at)
            end = len(joined) if end < 0 else end
            if end <= at or self._slots[ord(first)]:
                raise ValueError(f"expected phrase entries for {first!r}, once")
            self._slots[ord(first)] = len(self._starts)
            at = end + 1
            self._starts.append(at)
        if at != len(joined) + 1:
            raise ValueError("expected as many packed entries as first characters")

    def get(self, first: str) -> str | None:
        """The entries of phrases starting with ``first``, or None."""
        point = ord(first)
        if point < len(self._slots):
            number = self._slots[point]
            if number:
                return self._joined[self._starts[number - 1]:self._starts[number] - 1]
        return self._others.get(first) if self._others else None

    def items(self) -> list[tuple[str, str]]:
        """(first character, entries) of every first character, in order."""
        return [(first, self.get(first) or "") for first in self._firsts]

    def __len__(self) -> int:
        return len(self._firsts)

    def __bool__(self) -> bool:
        return bool(self._firsts)


def pack_index(entries: dict[str, str]) -> dict[str, str] | list[object]:
    """How a table file stores an index (what ``Index`` reads): a small one as its dict, a large
    one as [first characters, their entries joined by SEPARATOR, {first: entries} of the rest
    (entries with characters past the Basic Multilingual Plane)]."""
    if len(entries) < SMALL_INDEX:
        return entries
    wide = {first: text for first, text in entries.items() if max(first + text) > "\uffff"}
    if any(SEPARATOR in text for text in entries.values()):
        raise ValueError("a separator character in phrase entries")
    return ["".join(entries), SEPARATOR.join(text for first, text in entries.items() if first not in wide), wide]


def longest_match(entries: str, text: str, start: int) -> tuple[int, str] | None:
    """(length, conversion) of the longest phrase of ``entries`` (the phrases of one first
    character, text[start]) that starts ``text`` at ``start``."""
    longest = min(ord(entries[0]) - LENGTH_BASE, len(text) - start - 1)
    # Entries are sorted: the phrases whose second character is text[start + 1] come after the
    # first such entry, and when there is none only a one-character phrase can match.
    after = entries.find(KEY_MARK + text[start + 1]) if longest > 0 else -1
    for size in range(longest if after >= 0 else 0, -1, -1):
        found = entries.find(KEY_MARK + text[start + 1:start + 1 + size] + OUTPUT_MARK, after if size else 0)
        if found >= 0:
            begin = found + size + 2
            end = entries.find(KEY_MARK, begin)
            output = entries[begin:] if end < 0 else entries[begin:end]
            return size + 1, output or text[start:start + 1 + size]
    return None


def max_match(text: str, index: Index, run: Callable[[str], str]) -> str:
    """OpenCC's maximum forward matching: each longest phrase found becomes its conversion, and
    each run of characters between phrases goes through ``run``."""
    if not text:
        return text
    parts: list[str] = []
    begin = position = 0
    phrases_of = index.get
    while position < len(text):
        entries = phrases_of(text[position])
        found = None if entries is None else longest_match(entries, text, position)
        if found is None:
            position += 1
            continue
        if begin < position:
            parts.append(run(text[begin:position]))
        parts.append(found[1])
        position += found[0]
        begin = position
    if begin < len(text):
        parts.append(run(text[begin:]))
    return "".join(parts)


class TableConverter:
    """One OpenCC configuration (s2tw or t2s) as tables: see the module's docstring."""

    def __init__(self, data: dict[str, object]) -> None:
        self.normalize = _normalization(data["normalize"])
        self.phrases = _index(data["phrases"])
        points = _points_held(self.normalize)
        self.characters = _table(data["characters"], points)
        self.variant_phrases = _index(data.get("variant_phrases", {}))
        self.variants = _table(data.get("variants", ["", ""]), points)
        self.fallback = frozenset(str(data["fallback"]))

    def convert(self, text: str) -> str:
        """``text`` converted as OpenCC's configuration would (the caller checks ``fallback``)."""
        return max_match(text.translate(self.normalize), self.phrases, self._run)

    def _run(self, text: str) -> str:
        text = text.translate(self.characters)
        if not self.variant_phrases:
            return text.translate(self.variants) if self.variants else text
        return max_match(text, self.variant_phrases, lambda run: run.translate(self.variants))


def _table(pair: object, points: dict[int, int] | None = None) -> Table:
    """A str.translate table from [keys, values]: one key character each, values joined by NUL.
    ``points``: code points as int objects already held (``_points_held``), reused for equal ones."""
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair)):
        raise ValueError("expected [keys, values]")
    keys, values = pair
    outputs = values.split(KEY_MARK) if values else []
    if len(outputs) != len(keys):
        raise ValueError("keys and values differ in number")
    # A character as its code point: an int takes less memory than a one-character str. Each code
    # point past 256 is its own 32-byte int object: one object per distinct code point across the
    # tables (t2s's keys are s2tw's values and the reverse; many characters share one output):
    # 20,348 objects -> 9,806 once both conversions are loaded, ~0.32 MiB less (PERF_LOG part 17).
    share = (points if points is not None else {}).setdefault
    table: Table = {}
    for key, value in zip(keys, outputs):
        point = ord(key)
        table[share(point, point)] = share(ord(value), ord(value)) if len(value) == 1 else value
    return table


def _points_held(*tables: Table) -> dict[int, int]:
    """Code point -> the int object for it that ``tables`` and the conversions already loaded hold
    (a transient map, for ``_table`` to reuse them; kept by nothing)."""
    held: dict[int, int] = {}
    with _lock:
        loaded = [converter.tables for converter in _converters.values() if isinstance(converter, _WithFallback)]
    for table in [*tables, *(table for found in loaded for table in (found.characters, found.variants))]:
        for point, output in table.items():
            held.setdefault(point, point)
            if isinstance(output, int):
                held.setdefault(output, output)
    return held


_normalizations: dict[tuple[str, str], Table] = {}


def _normalization(pair: object) -> Table:
    """``_table(pair)``, one for both conversions: s2tw and t2s normalise alike (OpenCC's
    CJK_Compatibility_Ideographs, 1,002 characters)."""
    key = tuple(pair) if isinstance(pair, list) and all(isinstance(part, str) for part in pair) else None
    if key is None or len(key) != 2:
        return _table(pair)
    with _lock:
        found = _normalizations.get(key)
        if found is None:
            found = _normalizations[key] = _table(pair)
    return found


def _index(value: object) -> Index:
    if isinstance(value, list) and len(value) == 3:
        firsts, joined, wide = value
        if not (isinstance(firsts, str) and isinstance(joined, str) and joined):
            raise ValueError("expected [first characters, packed entries, other entries]")
        return Index(_entries(wide), firsts, joined)
    return Index(_entries(value))


def _entries(value: object) -> dict[str, str]:
    if not (isinstance(value, dict) and all(isinstance(entries, str) and entries for entries in value.values())):
        raise ValueError("expected an object of phrase entries")
    return {str(first): str(entries) for first, entries in value.items()}


class _WithFallback:
    """The tables' conversion, or OpenCC's own for texts the tables do not cover."""

    def __init__(self, name: str, tables: TableConverter) -> None:
        self.name, self.tables = name, tables
        self._surrogate = re.compile("[\ud800-\udfff]")  # compiled here: not at every start

    def convert(self, text: str) -> str:
        # Lone surrogates too: OpenCC cannot encode them, and raises as it always did.
        if self.tables.fallback.isdisjoint(text) and self._surrogate.search(text) is None:
            return self.tables.convert(text)
        return opencc_converter(self.name).convert(text)


_lock = threading.RLock()  # converter() may build OpenCC's while holding it
_converters: dict[str, Converter] = {}
_opencc: dict[str, Converter] = {}


def converter(name: str) -> Converter:
    """The conversion ``name`` ("s2tw" or "t2s"): from the tables when they match the installed
    OpenCC's dictionaries, else OpenCC's own converter. Built once, on first use."""
    def build() -> Converter:
        tables = load_tables(name)
        return opencc_converter(name) if tables is None else _WithFallback(name, tables)

    return _built_once(_converters, name, build)


def opencc_converter(name: str) -> Converter:
    """OpenCC's own converter for ``name`` (imported and built on first use)."""
    def build() -> Converter:
        import opencc  # only for texts the tables do not cover, or other dictionaries

        return opencc.OpenCC(name)

    return _built_once(_opencc, name, build)


def _built_once(built: dict[str, Converter], name: str, build: Callable[[], Converter]) -> Converter:
    """``built[name]``, made by ``build`` the first time. Looked up again under the lock: another
    thread may have built it meanwhile (OpenCC's s2tw converter holds ~43 MiB)."""
    found = built.get(name)
    if found is None:
        with _lock:
            found = built.get(name)
            if found is None:
                found = built[name] = build()
    return found


def load_tables(name: str) -> TableConverter | None:
    """The tables of ``name``, or None when missing, unreadable or built from other dictionaries."""
    try:
        data = json.loads(table_file(name).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("opencc") != dictionary_digest(name):
        return None
    try:
        return TableConverter(data)
    except (KeyError, ValueError):
        return None


def table_file(name: str) -> Path:
    """Where the tables of configuration ``name`` are stored (beside this module)."""
    return Path(__file__).resolve().with_name(f"convert_{name}.json")


__all__ = ["Index", "TableConverter", "converter", "load_tables", "max_match", "opencc_converter", "pack_index", "table_file"]
