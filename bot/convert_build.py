"""Writes bot/convert_s2tw.json and bot/convert_t2s.json (see bot.convert) from the dictionaries of
the installed OpenCC, then checks them against OpenCC on every code point.

    python -m bot.convert_build      # needs opencc_dict, from Debian's package opencc (~2 min)

Phrase conversions come from OpenCC itself (a phrase converted alone is one segment, converted
as a whole); s2tw's per-character stages (STCharacters, TWVariantsPhrases, TWVariants) and the
normalisation from the dictionaries' first choices, dumped as text by ``opencc_dict``; t2s's
characters from OpenCC itself, one code point at a time. Every code point is then converted in
a few contexts by both: those whose result differs (OpenCC treats them specially) are listed as
``fallback``, and texts holding one go to OpenCC at run time.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import opencc
import rapidjson

from .convert import TableConverter, table_file
from .convert_match import KEY_MARK, LENGTH_BASE, OUTPUT_MARK, pack_index
from .t2s import dictionary_digest

# Texts around each code point when looking for characters OpenCC treats specially: phrases,
# runs of characters that either direction converts (an ideographic description character
# such as ⿲ keeps up to three operands, nested ones more), a TWVariants phrase (黃東樑).
CONTEXTS = ("{}", "{}为发展", "干{}为", "只是{}里面", "發{}後來", "黃東{}樑", "{}{}为", "{}为发后来头发",
            "{}為發後來頭髮", "为发{}后来", "為發{}後來")


def dictionary(folder: Path, name: str) -> dict[str, str]:
    """key -> first choice of every entry of one OpenCC dictionary, dumped with opencc_dict."""
    with tempfile.TemporaryDirectory() as temporary:
        dumped = Path(temporary) / f"{name}.txt"
        subprocess.run(["opencc_dict", "-i", str(folder / f"{name}.ocd2"), "-o", str(dumped), "-f", "ocd2",
                        "-t", "text"], check=True)
        rows = [line.split("\t") for line in dumped.read_text(encoding="utf-8").splitlines() if line]
    return {key: values.split(" ")[0] for key, values in rows}


def index(outputs: dict[str, str]) -> dict[str, str]:
    """Phrase entries by first character (the format bot.convert_match.longest_match reads)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(outputs):
        if KEY_MARK in key + outputs[key] or OUTPUT_MARK in key + outputs[key]:
            raise SystemExit(f"a marker character in {key!r}")
        groups[key[0]].append(KEY_MARK + key[1:] + OUTPUT_MARK + ("" if outputs[key] == key else outputs[key]))
    return {first: chr(LENGTH_BASE + max(len(key) for key in outputs if key[0] == first) - 1) + "".join(entries)
            for first, entries in groups.items()}


def table(pairs: dict[str, str]) -> list[str]:
    """[keys, values joined by NUL] of single-character keys (str.translate's table in bot.convert)."""
    if any(len(key) != 1 or KEY_MARK in value for key, value in pairs.items()):
        raise SystemExit("a table key that is not one character, or a NUL in a value")
    keys = sorted(pairs)
    return ["".join(keys), KEY_MARK.join(pairs[key] for key in keys)]


def code_points() -> Iterable[str]:
    """Every Unicode code point that can be a character of a str OpenCC reads (no surrogates)."""
    return (chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)


def s2tw_tables(folder: Path) -> dict[str, object]:
    """The s2tw tables from OpenCC's dictionaries in ``folder``; each phrase's output is OpenCC's own."""
    oracle = opencc.OpenCC("s2tw")
    phrases = dictionary(folder, "STPhrases") | dictionary(folder, "STPhrases_GeneratedFromRegionalPhrases")
    variant_phrases = dictionary(folder, "TWVariantsPhrases")
    return {"normalize": table(dictionary(folder, "CJK_Compatibility_Ideographs")),
            "phrases": pack_index(index({key: str(oracle.convert(key)) for key in phrases})),
            "characters": table(dictionary(folder, "STCharacters")),
            "variant_phrases": index(variant_phrases),
            "variants": table(dictionary(folder, "TWVariants"))}


def t2s_tables(folder: Path) -> dict[str, object]:
    """The t2s tables: every character OpenCC changes alone, and its TSPhrases converted by it."""
    oracle = opencc.OpenCC("t2s")
    characters = {}
    for character in code_points():
        converted = str(oracle.convert(character))
        if converted != character:
            characters[character] = converted
    return {"normalize": table(dictionary(folder, "CJK_Compatibility_Ideographs")),
            "phrases": pack_index(index({key: str(oracle.convert(key)) for key in dictionary(folder, "TSPhrases")})),
            "characters": table(characters)}


def special_characters(name: str, data: dict[str, object]) -> str:
    """Code points that the tables convert unlike OpenCC in some context (plus NUL and the
    markers, which the tables' format reserves)."""
    oracle, tables = opencc.OpenCC(name), TableConverter(dict(data, fallback=""))
    found = {KEY_MARK, OUTPUT_MARK}
    for character in code_points():
        for context in CONTEXTS:
            text = context.replace("{}", character)
            if tables.convert(text) != oracle.convert(text):
                found.add(character)
                break
    return "".join(sorted(found))


# Characters past U+FFFF, written as JSON's escaped surrogate pairs: one of them anywhere in the file
# would make the whole decoded text four bytes a character (UCS-4), and reading s2tw's tables then
# peaked at +7.9 MiB (a CLI ask in traditional characters at 37 MiB); escaped, the text decodes as
# two bytes a character and peaks at +4.0 MiB (PERF_LOG part 22). The tables read are the same.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _escaped(match: re.Match[str]) -> str:
    point = ord(match.group()) - 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


def dumps_tables(data: dict[str, object]) -> str:
    """The file's text for ``data``: UTF-8 JSON, characters past U+FFFF escaped (see _ASTRAL)."""
    return _ASTRAL.sub(_escaped, rapidjson.dumps(data, ensure_ascii=False)) + "\n"


def main() -> int:
    """Write bot/convert_s2tw.json and bot/convert_t2s.json from the installed OpenCC."""
    folder = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    for name, build in (("s2tw", s2tw_tables), ("t2s", t2s_tables)):
        data: dict[str, object] = {"opencc": dictionary_digest(name) or ""}
        data.update(build(folder))
        data["fallback"] = special_characters(name, data)
        table_file(name).write_text(dumps_tables(data), encoding="utf-8")
        print(f"wrote {table_file(name)}: {len(TableConverter(dict(data, fallback='')).phrases)} first characters of phrases, "
              f"OpenCC for {len(str(data['fallback']))} characters: {str(data['fallback'])!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
