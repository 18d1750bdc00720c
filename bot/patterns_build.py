"""Writes bot/patterns.json (see bot.patterns): the regex engine's code for every regular
expression the package compiles, for the running Python version.

    python -m bot.patterns_build
"""

from __future__ import annotations

import array
import binascii
import importlib
import pkgutil
import sys
from typing import Any

import rapidjson

from . import patterns


# Modules that act when imported (run the CLI, build the WSGI app, raise the file limit); none
# of them compiles a regular expression of its own.
_NOT_IMPORTED = frozenset({"bot.__main__", "bot.web", "bot.server.gunicorn_conf"})


def entry_for(pattern: str, flags: int) -> list[Any]:
    """What PATTERN_FILE stores for a pattern: the arguments re.compile hands to the engine
    (``re._compiler.compile``, Python 3.10-3.13), after the pattern and flags it was asked for."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    packed = binascii.b2a_base64(array.array(patterns.CODE_TYPE, code).tobytes(), newline=False).decode("ascii")
    return [pattern, flags, flags | parsed.state.flags, packed, parsed.state.groups - 1, groupindex, indexgroup]


def used_patterns() -> list[patterns.Key]:
    """Every pattern the package compiles through bot.patterns once all its modules are
    imported, sorted."""
    import bot

    for module in pkgutil.walk_packages(bot.__path__, "bot."):
        if module.name not in _NOT_IMPORTED:
            importlib.import_module(module.name)
    return sorted(patterns._used)


def build() -> dict[str, Any]:
    """The content of PATTERN_FILE for this Python version."""
    return {"python": patterns.PYTHON_TAG,
            "patterns": [entry_for(pattern, flags) for pattern, flags in used_patterns()]}


def main() -> int:
    data = build()
    patterns.PATTERN_FILE.write_text(rapidjson.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {patterns.PATTERN_FILE}: {len(data['patterns'])} patterns for {patterns.PYTHON_TAG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
