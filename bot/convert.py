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

The phrase index and the maximum matching are ``bot.convert_match``'s; this module reads the
tables' files and keeps one converter per configuration.
"""

from __future__ import annotations

import codecs
import json
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from .convert_match import KEY_MARK, LENGTH_BASE, OUTPUT_MARK, SEPARATOR, Index, max_match, pack_index
from .errors import DependencyError
from .t2s import dictionary_digest

if TYPE_CHECKING:  # a Protocol class costs ~0.1 ms to create: only the type checker needs it
    class Converter(Protocol):
        """What callers use of a converter (opencc.OpenCC's and TableConverter alike)."""

        def convert(self, text: str) -> str: ...


Table = dict[int, int | str]


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
        try:
            import opencc  # only for texts the tables do not cover, or other dictionaries
        except ImportError as missing:
            raise DependencyError(
                f"bot.convert: converting Chinese script ({name}) needs the runtime dependency 'opencc', "
                f"which this Python cannot import ({missing}); install jiebei-bot with pip to get it") from missing
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
        data = _read_json(table_file(name))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("opencc") != dictionary_digest(name):
        return None
    try:
        return TableConverter(data)
    except (KeyError, ValueError):
        return None


def _read_json(path: Path) -> object:
    """``json.loads(path.read_bytes())``: the same value, or an error of the same type (a
    UnicodeDecodeError then gives its position within a 16 KiB piece), with a lower peak. Decoding
    the whole of s2tw's file (1.39 MB of UTF-8, ~0.9 M characters) at once held the bytes, a one-byte
    buffer of their length and its two-byte widening together (5.3 MiB traced): the peak of a
    one-shot ask in traditional characters. Read and decoded a piece at a time (as json.loads
    decodes bytes: the encoding it detects, surrogatepass) and joined once: ~3.6 MiB (PERF_LOG
    part 27). The decoded text is dropped before the tables are built from the value."""
    with path.open("rb") as stream:
        head = stream.read(_PIECE)
        decoder = codecs.getincrementaldecoder(json.detect_encoding(head))("surrogatepass")
        pieces = [decoder.decode(head)]
        while piece := stream.read(_PIECE):
            pieces.append(decoder.decode(piece))
        pieces.append(decoder.decode(b"", final=True))
    text = "".join(pieces)
    del pieces
    return _DECODER.decode(text)  # as json.loads does after decoding bytes (no check for a BOM left)


_DECODER = json.JSONDecoder()
_PIECE = 1 << 14  # (16 KiB: the lowest peak of 1 to 1,024 KiB, measured)


def table_file(name: str) -> Path:
    """Where the tables of configuration ``name`` are stored (beside this module)."""
    return Path(__file__).resolve().with_name(f"convert_{name}.json")


# Index, max_match, pack_index and the marks are bot.convert_match's, importable from here as before.
__all__ = ["KEY_MARK", "LENGTH_BASE", "OUTPUT_MARK", "SEPARATOR", "Index", "TableConverter", "converter", "load_tables",
           "max_match", "opencc_converter", "pack_index", "table_file"]
