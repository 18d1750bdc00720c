"""The characters a match can start with, written into a pattern's engine code so that the engine
skips every other position of a text by itself (bot.patterns_build; PERF_LOG part 44).

Where a warm ask went (stop 49): ~27% of its instructions were the regex engine
(``sre_ucs2_match``), and five patterns of ~100 choices each (bot.safety.affairs' ``_ORDINARY``,
``_ACT``, ``_FINAL``, the product names of bot.product_owed and bot.product_asked) took half of
that: re's compiler names the characters a match can start with (the INFO block's "charset",
which the engine scans for, one test per character) only when every choice starts with a plain
character, and each of those patterns has a few choices that start with a group, an optional
part, ``\\b`` or a look-behind; so the engine tried all ~100 choices at every position.

``first_characters`` reads the parsed pattern (``re._parser``) and names, soundly, every
character a match can start with, or None: a literal is itself; a class without negation is its
items (no category, no range wider than _MAX_RANGE); a choice is what each of its branches starts
with; a group, what its content does; a repeat, what its item does; an anchor or a look-around
matches nothing and lets the next item start the match. A pattern that can match the empty
string, one that may start with any character (``.``, a negated class or character, a category,
a wide range, a back-reference) or that ignores case gets nothing. ``with_first_characters`` writes them into the INFO block exactly as re's compiler
writes its own (``_compile_info``: the SRE_INFO_CHARSET flag, the set compiled by
``_compile_charset``): the engine then tests only positions holding one of them, and at each
such position runs the same code as before, so every search, match and substitution finds
what it found before (tests/test_patterns_first.py compares them on the package's patterns).
"""

from __future__ import annotations

from typing import Any

# Too many items to test per character would cost more than the positions they spare.
_MAX_ITEMS = 400
# A range wider than this (all of CJK, ``\\u4e00-\\u9fff``) or a category (``\\w``, ``\\S``) lets nearly
# every position through: then the characters are not named, and a pattern whose needs are known keeps
# its guard instead (bot.patterns_guard, which answers without the engine at all when a text lacks them).
_MAX_RANGE = 64


def first_characters(parsed: Any) -> list[tuple[Any, Any]] | None:
    """The set items (re._parser's LITERAL and narrow RANGE) one of which every match of the
    parsed pattern starts with, or None when they cannot be named (see the module's notes)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return None
    found = _sequence(list(parsed), c)
    if found is None or found[1] or not found[0] or len(found[0]) > _MAX_ITEMS:
        return None  # unknown, or the pattern can match the empty string
    return found[0]


def _sequence(items: list[Any], c: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    # What a concatenation starts with, and whether it can match the empty string.
    starts: list[tuple[Any, Any]] = []
    for op, av in items:
        found = _item(op, av, c)
        if found is None:
            return None
        starts += found[0]
        if not found[1]:
            return starts, False
    return starts, True


def _item(op: Any, av: Any, c: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    if op is c.LITERAL:
        return [(c.LITERAL, av)], False
    if op is c.IN:
        if any(kind is not c.LITERAL and not (kind is c.RANGE and value[1] - value[0] < _MAX_RANGE)
               for kind, value in av):
            return None  # a negated class, a category, a wide range
        return list(av), False
    if op is c.BRANCH:
        starts: list[tuple[Any, Any]] = []
        empty = False
        for branch in av[1]:
            found = _sequence(list(branch), c)
            if found is None:
                return None
            starts += found[0]
            empty = empty or found[1]
        return starts, empty
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, content = av
        if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            return None
        return _sequence(list(content), c)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, item = av
        found = _sequence(list(item), c)
        return None if found is None else (found[0], found[1] or low == 0)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True  # matches no character: the match starts with what follows
    return None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS...: any character


def with_first_characters(code: list[int], parsed: Any, flags: int) -> list[int]:
    """``code`` (``re._compiler._code(parsed, flags)``) with the characters a match starts with
    in its INFO block, when re's compiler named neither a prefix nor such characters and they
    can be named; otherwise ``code`` itself."""
    from re import _compiler, _constants as c  # type: ignore[attr-defined]

    if not code or code[0] != c.INFO or code[2] & (c.SRE_INFO_PREFIX | c.SRE_INFO_CHARSET | c.SRE_INFO_LITERAL):
        return code
    if code[3] == 0:
        return code  # the pattern can match the empty string
    body = code[1 + code[1]:]
    if body and body[0] == c.AT and body[1] in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return code  # the engine tries one position only
    starts = first_characters(parsed)
    if starts is None:
        return code
    charset, cased = _compiler._optimize_charset(starts)
    if cased:
        return code
    info = [c.INFO, 0, code[2] | c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, parsed.state.flags | flags, info)
    info[1] = len(info) - 1
    return info + body


__all__ = ["first_characters", "with_first_characters"]
