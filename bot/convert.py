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


Index = dict[str, str]
Table = dict[int, int | str]


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
    if not index.keys() & set(text):
        return run(text) if text else text
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
        self.normalize = _table(data["normalize"])
        self.phrases = _index(data["phrases"])
        self.characters = _table(data["characters"])
        self.variant_phrases = _index(data.get("variant_phrases", {}))
        self.variants = _table(data.get("variants", ["", ""]))
        self.fallback = frozenset(str(data["fallback"]))

    def convert(self, text: str) -> str:
        """``text`` converted as OpenCC's configuration would (the caller checks ``fallback``)."""
        return max_match(text.translate(self.normalize), self.phrases, self._run)

    def _run(self, text: str) -> str:
        text = text.translate(self.characters)
        if not self.variant_phrases:
            return text.translate(self.variants) if self.variants else text
        return max_match(text, self.variant_phrases, lambda run: run.translate(self.variants))


def _table(pair: object) -> Table:
    """A str.translate table from [keys, values]: one key character each, values joined by NUL."""
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair)):
        raise ValueError("expected [keys, values]")
    keys, values = pair
    outputs = values.split(KEY_MARK) if values else []
    if len(outputs) != len(keys):
        raise ValueError("keys and values differ in number")
    # A character as its code point: an int takes less memory than a one-character str.
    return {ord(key): ord(value) if len(value) == 1 else value for key, value in zip(keys, outputs)}


def _index(value: object) -> Index:
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


__all__ = ["TableConverter", "converter", "load_tables", "max_match", "opencc_converter", "table_file"]
