"""Writes bot/t2s.json (see bot.t2s) from the dictionaries of the installed OpenCC.

    python -m bot.t2s_build        # needs opencc_dict, from Debian's package opencc

Single characters are found by converting every code point with the installed OpenCC itself.
Phrases come from its TSPhrases dictionary, dumped as text by ``opencc_dict``: for each phrase
that t2s changes although none of its characters changes alone, the characters of the phrase
that the character dictionaries list (with themselves as the first choice) are added; every such
phrase has at least one (checked here).
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc
import rapidjson

from .convert_build import dictionary
from .t2s import TRIGGER_FILE, dictionary_digest

CHARACTER_DICTIONARIES = ("TSCharactersExt", "TSCharacters", "CJK_Compatibility_Ideographs")


def changed_characters(converter: opencc.OpenCC) -> set[str]:
    """Every code point that t2s converts on its own (about a second)."""
    found = set()
    for point in range(0x80, 0x110000):  # ASCII is never converted (checked below)
        if 0xD800 <= point <= 0xDFFF:
            continue
        if converter.convert(chr(point)) != chr(point):
            found.add(chr(point))
    if any(converter.convert(chr(point)) != chr(point) for point in range(0x80)):
        raise SystemExit("t2s converts an ASCII character: widen the scan")
    return found


def triggers(folder: Path) -> str:
    changed = changed_characters(opencc.OpenCC("t2s"))
    characters = {key for name in CHARACTER_DICTIONARIES for key in dictionary(folder, name)}
    found = set(changed)
    for phrase, first in dictionary(folder, "TSPhrases").items():
        if first != phrase and changed.isdisjoint(phrase):
            listed = characters.intersection(phrase)
            if not listed:
                raise SystemExit(f"t2s changes {phrase!r} through no listed character: add all of its characters")
            found |= listed
    return "".join(sorted(found))


def main() -> int:
    folder = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    data = {"opencc": dictionary_digest() or "", "characters": triggers(folder)}
    TRIGGER_FILE.write_text(rapidjson.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TRIGGER_FILE}: {len(data['characters'])} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
