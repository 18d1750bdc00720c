"""Writes PATTERN_FILE (see bot.patterns): the regex engine's code for every regular expression
the package compiles, for the running Python version.

    python -m bot.patterns_build
"""

from __future__ import annotations

import array
import importlib
import marshal
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import patterns, patterns_filter
from .patterns_first import with_first_characters
from .patterns_indexes import shared
from .patterns_needs import needed_branches, needed_characters

# Modules that act when imported (run the CLI, build the WSGI app, raise the file limit); none
# of them compiles a regular expression of its own.
_NOT_IMPORTED = frozenset({"bot.__main__", "bot.web", "bot.server.gunicorn_conf"})


def entry_for(pattern: str, flags: int, split: bool = False) -> patterns.Entry:
    """What PATTERN_FILE stores for a pattern: the arguments re.compile hands to the engine
    (``re._compiler.compile``, Python 3.10-3.13), less the pattern itself, and the characters
    its matches need (their branches also ``split``: bot.patterns.split_branches)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    # (the characters a match starts with named for the engine where re's compiler names none: bot.patterns_first)
    code = with_first_characters(_compiler._code(parsed, flags), parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    words = array.array(patterns.CODE_TYPE, code).tobytes()
    needed = needed_characters(pattern, flags)
    # One string of the characters, not a frozenset: unmarshalled ~2.7 ms faster a start, and held as
    # it is until a filter asks for its Need (bot.patterns_filter.record_need; PERF_LOG part 29).
    shared = None if needed is None else "".join(sorted(needed))
    packed = patterns.pack_branches(needed_branches(pattern, flags))
    return (flags | parsed.state.flags, words, parsed.state.groups - 1, groupindex, tuple(indexgroup),
            shared, packed, patterns.split_branches(packed) if split and packed is not None else None)


def used_patterns() -> list[patterns.Key]:
    """Every pattern the package compiles through bot.patterns once all its modules are
    imported, sorted."""
    import bot

    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name not in _NOT_IMPORTED:
            importlib.import_module(module.name)
    return sorted(patterns._used)


def build() -> dict[patterns.Key, patterns.Entry]:
    """The entries of PATTERN_FILE for this Python version."""
    used = used_patterns()
    # No entry is stored split (the last field None): the filters made at import, which read the split
    # branches at their first search, take their whole index from bot.patterns_indexes.INDEX_FILE now, and
    # the split tuples cost every start ~5 M instructions to read (PERF_LOG part 34). ``split=True`` stays for
    # a file made otherwise; a filter that finds no stored index splits the packed string itself.
    return {key: entry_for(*key) for key in used}


def _one_of(groupindex: dict[str, int], held: dict[Any, Any]) -> dict[str, int]:
    # Every equal group index one dict (~2,500 entries hold 10 distinct ones, nearly all empty): the engine and
    # bot.patterns.regex only read it (a Pattern shows it as a read-only mapping), as re's own cache shares it.
    return held.setdefault((dict, tuple(groupindex.items())), groupindex)  # type: ignore[no-any-return]


def pack(table: dict[patterns.Key, patterns.Entry], splits: dict[patterns.Key, tuple[str, ...]]) -> bytes:
    """PATTERN_FILE's bytes (bot.patterns): the marshalled table, each entry's code replaced by where
    it is (``offset << 32 | size``, from the start of the code), then the code of every entry."""
    code, stored = bytearray(), {}
    held: dict[Any, Any] = {}
    for key, entry in table.items():
        words = entry[1]
        assert isinstance(words, bytes) and len(words) < 1 << 32
        stored[key] = (entry[0], len(code) << 32 | len(words), entry[2], _one_of(entry[3], held),
                       *(shared(field, held) for field in entry[4:]))
        code += words
    head = marshal.dumps((patterns.PYTHON_TAG, stored, splits, len(code)))
    return len(head).to_bytes(8, "little") + head + bytes(code)


def write_filter_indexes() -> int:
    """Write bot.patterns_indexes.INDEX_FILE: the index of every filter made when every module is
    imported, with the needs PATTERN_FILE gives now; returns how many. Run in a fresh process after
    PATTERN_FILE is written (``main``), so that the needs are the new file's."""
    from .patterns_indexes import write_indexes

    patterns_filter.made = []
    used_patterns()
    return write_indexes(patterns_filter.made)


def main() -> int:
    if sys.argv[1:] == ["--filters"]:
        print(f"wrote {write_filter_indexes()} filter indexes")
        return 0
    table = build()
    # (the splits of the patterns read alternative by alternative, made while importing: bot.patterns_branches)
    splits = {key: patterns.splits[key] for key in sorted(patterns.splits)}
    # A new file, not the old one rewritten: a running process reads its code from the file it opened
    # (bot.patterns_lazy.stored_code), which must not change under it.
    written = patterns.PATTERN_FILE.with_suffix(".marshal.new")
    written.write_bytes(pack(table, splits))
    os.replace(written, patterns.PATTERN_FILE)
    print(f"wrote {patterns.PATTERN_FILE}: {len(table)} patterns for {patterns.PYTHON_TAG}")
    from .safety.learned_inputs import write_built  # the learned readers' code digest, for a load to read

    print(f"wrote {write_built()}")
    # The filters' indexes, made from the new file's needs: in a fresh process (this one read the old file).
    return subprocess.call([sys.executable, "-m", "bot.patterns_build", "--filters"],
                           cwd=str(Path(__file__).resolve().parent.parent))


if __name__ == "__main__":
    sys.exit(main())
