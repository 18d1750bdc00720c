"""What any match of a regular expression must contain: a few characters, at least one of which
appears in every text the pattern can match in. A text holding none of them cannot match, and
is known not to without running the regex engine: most of the safety rules' ~50 patterns need
characters a given clause does not have (90% of their searches skipped).

Derived from the parsed pattern (``re._parser``) when bot.patterns_build writes PATTERN_FILE,
never at start-up. Sound by construction, node by node: a run of literals needs itself; a
concatenation needs what any one of its parts needs; a choice needs one of what each branch
needs; a repeat at least once, what its item needs; a group or a positive look-around (its text
is in the string too), what its content needs. Everything else needs nothing we can name (a
class with ranges or categories, ``.``, negations, anchors, case-insensitive parts), and a
pattern that needs nothing gets no filter. Of each needed string one character is kept, the
rarest by a fixed ranking (any one would do: the string contains them all).
"""

from __future__ import annotations

from typing import Any

_MAX_CLASS = 64  # a character class of up to this many characters counts as "one of these"
# English letters from rarest to most common: for Latin strings, the character kept.
_LATIN_RARITY = "zqxjkvbpygfwmucldrhsnioate"


def needed_characters(pattern: str, flags: int) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` contains, or None when unknown."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE):
        return None
    strings = _sequence(parsed, _constants)
    return frozenset(min(text, key=_rarity) for text in strings) if strings else None


# A pattern's top-level choices, each with what all of its matches contain: its most selective
# need (characters one of which every match holds), then the others: characters every match
# holds (a string) and sets one character of each of which every match holds.
Branches = tuple[tuple[frozenset[str], str, tuple[frozenset[str], ...]], ...]
_MAX_SETS = 6  # per branch: the most selective ones; more would cost more to test than they save


def needed_branches(pattern: str, flags: int) -> Branches | None:
    """A finer filter than ``needed_characters``, used after it: for each top-level choice of
    the pattern (``A|B|C``, also inside a group that is all of the pattern), what every match
    of that choice contains, all of it (every character of a run of literals, and one of each
    choice or class the branch cannot do without). A text that holds all that a branch needs
    for none of the branches cannot match. None when some branch needs nothing we can name."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & (_constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE):
        return None
    branches: list[tuple[frozenset[str], str, tuple[frozenset[str], ...]]] = []
    for items in _top_choices(list(parsed), _constants):
        sets = _all_needed(items, _constants)
        if not sets:
            return None
        # Rarest first: the filter indexes each branch by its first need and tests the rest.
        unique = sorted(set(sets), key=lambda need: (_selectivity_of_chars(need), sorted(need)))[:_MAX_SETS]
        first, rest = unique[0], unique[1:]
        singles = "".join(next(iter(need)) for need in rest if len(need) == 1)
        branches.append((first, singles, tuple(need for need in rest if len(need) > 1)))
    return tuple(branches)


def _top_choices(items: list[Any], c: Any) -> list[list[Any]]:
    """The branches of a pattern that is one choice (or one plain group around a choice)."""
    if len(items) == 1:
        op, av = items[0]
        if op is c.BRANCH:
            return [choice for branch in av[1] for choice in _top_choices(list(branch), c)]
        if op is c.SUBPATTERN and not av[1] & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            return _top_choices(list(av[3]), c)
    return [items]


def _all_needed(items: Any, c: Any) -> list[frozenset[str]]:
    """For a concatenation: every set of characters (one of each) that all its matches contain."""
    sets: list[frozenset[str]] = []
    for op, av in items:
        if op is c.LITERAL:
            sets.append(frozenset(chr(av)))
        elif op is c.SUBPATTERN:
            if not av[1] & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
                sets += _all_needed(av[3], c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                sets += _all_needed(av[2], c)
        elif op is c.ASSERT:  # a positive look-around: its text is in the string too
            sets += _all_needed(av[1], c)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            sets += _all_needed(av, c)
        else:
            need = _node(op, av, c)  # a choice or a class: one of its strings (their rarest characters)
            if need:
                sets.append(frozenset(min(text, key=_rarity) for text in need))
    return sets


def _selectivity_of_chars(need: frozenset[str]) -> tuple[tuple[int, int], int]:
    return max(map(_rarity, need)), len(need)


# The commonest Chinese characters of everyday writing, and of any message about a late loan,
# commonest last: where a filter may keep any one of several characters, it keeps another.
# (General frequency lists and this product's own vocabulary, not counts of any message set.)
_COMMON_ZH = ("么吗吧呢啊把被让给跟对从向得过着还没又很都也就才能会要想可以怎什多少钱款借贷呗期逾催收征信"
              "天月年时候后前里上下中大小出来去说话打电家人他她们你这那个有在是了不一的我")


def _rarity(char: str) -> tuple[int, int]:
    """How common a character is in a message (lower: rarer), by a fixed ranking."""
    if not char.isascii():
        common = _COMMON_ZH.find(char)
        if common >= 0:
            return 1, len(_LATIN_RARITY) + common  # as common as an English letter, or more
        return 0, -ord(char)  # other CJK and non-ASCII characters: rare in any one clause
    lower = char.lower()
    if lower in _LATIN_RARITY:
        return 1, _LATIN_RARITY.index(lower)
    return 2, ord(char)  # spaces, digits and punctuation: in nearly every message


def _selectivity(need: set[str]) -> tuple[tuple[int, int], int]:
    """How often a need would let a text through (lower: more selective): its commonest kept
    character, then how many characters it keeps."""
    kept = {min(text, key=_rarity) for text in need}
    return max(map(_rarity, kept)), len(kept)


def _sequence(items: Any, c: Any) -> set[str] | None:
    """For a concatenation: the best of its parts' needs (runs of literals joined into strings)."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        need = _node(op, av, c)
        if need:
            options.append(need)
    if run:
        options.append({"".join(run)})
    return min(options, key=_selectivity) if options else None


def _node(op: Any, av: Any, c: Any) -> set[str] | None:
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, content = av
        return None if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE) else _sequence(content, c)
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            need = _sequence(branch, c)
            if not need:
                return None  # one branch needs nothing: the choice needs nothing
            found |= need
        return found
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, item = av
        return _sequence(item, c) if low >= 1 else None
    if op is c.IN:
        return _class(av, c)
    if op is c.ASSERT:  # a positive look-ahead or look-behind: its text is in the string
        return _sequence(av[1], c)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av, c)
    return None


def _class(items: Any, c: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # a negation, a category (\d, \w) or a wide range
            return None
    return chars if 0 < len(chars) <= _MAX_CLASS else None


__all__ = ["needed_characters", "needed_branches", "Branches"]
