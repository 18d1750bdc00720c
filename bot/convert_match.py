"""The phrase dictionaries of ``bot.convert``'s tables and OpenCC's maximum forward matching over
them: phrase entries by first character (``Index``, stored packed by ``pack_index``), the longest
phrase that starts a text at a place (``longest_match``) and the whole segmentation
(``max_match``). The entries' format is what bot.convert_build writes.
"""

from __future__ import annotations

from array import array
from typing import Callable

# Phrase entries of one first character: chr(ord("0") + longest suffix) then, per phrase, KEY_MARK, the
# phrase without its first character, OUTPUT_MARK and its conversion ("" when unchanged).
KEY_MARK, OUTPUT_MARK, LENGTH_BASE = "\x00", "\x01", ord("0")
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

