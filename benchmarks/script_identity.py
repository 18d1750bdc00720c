"""Do bot.convert's tables convert exactly as OpenCC does? Compares both, for s2tw and t2s, on:

- every reply to ../shared/eval/pool.txt (text, lead, suggestions; asked as written and in the
  other language) and the same replies in traditional characters, as bot.script makes them;
- every pool question, and every string in the knowledge folder (templates, examples, titles);
- random strings over the characters the dictionaries know (their keys, their conversions,
  punctuation, Latin, digits, emoji, compatibility ideographs) and pieces of phrases glued
  together, so that phrases overlap at every boundary; and mutated replies (characters
  dropped, doubled, swapped, replaced).

    python benchmarks/script_identity.py [--random 200000] [--seed 0]

Prints how many texts were compared, how many the tables handled themselves (the rest hold a
character that sends them to OpenCC), and every difference (there must be none).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"
sys.path.insert(0, str(ROOT))

from bot import convert, script  # noqa: E402


def strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def reply_texts(reply: Any) -> list[str]:
    return [reply.text, reply.lead, *reply.suggestions]


def real_texts() -> list[str]:
    """Pool questions and replies (and the replies in traditional characters), knowledge strings."""
    from bot import Engine

    engine = Engine.load()
    texts: list[str] = []
    for question in POOL.read_text(encoding="utf-8").splitlines():
        texts.append(question)
        first = engine.ask(question)
        other = engine.ask(question, lang="en" if first.lang == "zh" else "zh")
        for reply in (first, other):
            texts += reply_texts(reply)
            texts += [line for text in reply_texts(reply) for line in text.split("\n")]
            if reply.lang == "zh":
                texts += reply_texts(script.in_traditional(reply))
    for path in sorted((ROOT / "knowledge").rglob("*.json")):
        texts += strings(json.loads(path.read_text(encoding="utf-8")))
    return texts


def alphabet() -> list[str]:
    """Characters worth mixing: every character of every phrase and its conversions, both ways."""
    found: set[str] = set()
    for name in ("s2tw", "t2s"):
        tables = convert.load_tables(name)
        assert tables is not None, f"no tables for {name}: python -m bot.convert_build"
        for index in (tables.phrases, tables.variant_phrases):
            for first, entries in index.items():
                found.add(first)
                found.update(entries[1:].replace(convert.KEY_MARK, "").replace(convert.OUTPUT_MARK, ""))
        for table in (tables.characters, tables.variants, tables.normalize):
            found.update(map(chr, table))
            found.update("".join(value if isinstance(value, str) else chr(value) for value in table.values()))
    found.update("，。？！、“”（）《》 \n\tabcXYZ0123456789１２３ＡＢＣ😀👍🏽¥％￥-_/.:;")
    # Characters that may be special somewhere: ideographic description characters, variation
    # selectors, joiners, combining marks, NUL; and 2,000 code points drawn from all planes.
    found.update(map(chr, [*range(0x2FF0, 0x3000), 0x31EF, *range(0xFE00, 0xFE10), 0xE0100, 0x200D, 0x200C,
                           0x0301, 0x3099, 0x0000, 0x3000, 0x303E]))
    rng = random.Random(1)
    found.update(chr(point) for point in (rng.randrange(0x110000) for _ in range(2000))
                 if not 0xD800 <= point <= 0xDFFF)
    return sorted(found)


def phrase_pieces() -> list[str]:
    """Every phrase of both directions (keys and conversions), for gluing pieces together."""
    pieces: list[str] = []
    for name in ("s2tw", "t2s"):
        tables = convert.load_tables(name)
        assert tables is not None
        for index in (tables.phrases, tables.variant_phrases):
            for first, entries in index.items():
                for entry in entries[1:].split(convert.KEY_MARK)[1:]:
                    suffix, _, output = entry.partition(convert.OUTPUT_MARK)
                    pieces.append(first + suffix)
                    if output:
                        pieces.append(output)
    return pieces


def random_texts(count: int, seed: int, mutate_from: list[str]) -> Iterator[str]:
    rng = random.Random(seed)
    letters, pieces = alphabet(), phrase_pieces()
    for number in range(count):
        kind = number % 3
        if kind == 0:  # random characters
            yield "".join(rng.choice(letters) for _ in range(rng.randint(1, 30)))
        elif kind == 1:  # pieces of phrases glued, cut at random places
            parts = []
            for _ in range(rng.randint(1, 6)):
                piece = rng.choice(pieces)
                start = rng.randint(0, len(piece) - 1)
                parts.append(piece[start:rng.randint(start + 1, len(piece))] if rng.random() < 0.5 else piece)
                if rng.random() < 0.2:
                    parts.append(rng.choice(letters))
            yield "".join(parts)
        else:  # a real text, mutated
            chars = list(rng.choice(mutate_from))
            for _ in range(rng.randint(1, 8)):
                if not chars:
                    break
                at = rng.randrange(len(chars))
                action = rng.randrange(4)
                if action == 0:
                    del chars[at]
                elif action == 1:
                    chars.insert(at, chars[at])
                elif action == 2:
                    other = rng.randrange(len(chars))
                    chars[at], chars[other] = chars[other], chars[at]
                else:
                    chars[at] = rng.choice(letters)
            yield "".join(chars)


def encodable(text: str) -> str:
    """OpenCC cannot encode lone surrogates (bot.script replaces them before converting)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--random", type=int, default=200_000, help="random and mutated texts")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import opencc

    real = list(dict.fromkeys(map(encodable, real_texts())))
    sources = {"real": real,
               "random": [encodable(text) for text in random_texts(args.random, args.seed, [t for t in real if t])]}
    differences = 0
    for name in ("s2tw", "t2s"):
        tables, oracle, used = convert.load_tables(name), opencc.OpenCC(name), convert.converter(name)
        assert tables is not None, f"no tables for {name}: python -m bot.convert_build"
        for source, texts in sources.items():
            own = 0
            for text in texts:
                own += tables.fallback.isdisjoint(text)  # else bot.convert hands it to OpenCC
                expected, got = oracle.convert(text), used.convert(text)
                if expected != got:
                    differences += 1
                    if differences <= 20:
                        print(f"{name}: {text!r}: OpenCC {expected!r}, bot.convert {got!r}")
            print(f"{name}, {source}: {len(texts):,} texts, {own:,} converted by the tables, "
                  f"{len(texts) - own:,} handed to OpenCC")
    print(f"{differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
