"""bot.patterns_needs: a text without any of the characters a pattern needs never matches it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import patterns
from bot.patterns_needs import Branches, needed_branches, needed_characters
from bot.safety.clauses import fold_clause
from bot.safety.idioms import masked
from knowledge_files import packaged_examples


def test_needs_of_simple_patterns() -> None:
    assert needed_characters("a|b", 0) == {"a", "b"}
    assert needed_characters("x?y", 0) == {"y"}
    assert needed_characters("(?=死)想", 0) is not None  # a look-ahead's text is in the string too
    assert needed_characters("(?!a)b", 0) == {"b"}
    assert needed_characters("(?i:abc)", 0) is None  # case-insensitive: any case matches
    assert needed_characters("abc", re.IGNORECASE) is None
    assert needed_characters("[^a]|b", 0) is None  # one branch needs nothing we can name
    assert needed_characters("x*", 0) is None
    needed = needed_characters("自杀|轻生", 0)
    assert needed is not None and len(needed) == 2 and needed <= set("自杀轻生")  # one of each string


# Small regular expressions over a small alphabet, so that matches are frequent.
_ATOM = st.sampled_from(["a", "b", "c", "死", ".", "[ab]", "[^a]", r"\d", r"\b", "^", "$", "(?i:a)", "(?=b)", "(?!a)",
                         "(?<=c)", "(?<!b)", " "])


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 3) -> str:
    if depth == 0:
        return draw(_ATOM)
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(_ATOM)
    if kind == 1:
        return "".join(draw(st.lists(_patterns(depth - 1), min_size=1, max_size=3)))
    if kind == 2:
        return "|".join(draw(st.lists(_patterns(depth - 1), min_size=2, max_size=3)))
    if kind == 3:
        return "(" + draw(_patterns(depth - 1)) + ")" + draw(st.sampled_from(["", "?", "*", "+", "{2}", "{0,2}", "+?"]))
    return "(?:" + draw(_patterns(depth - 1)) + ")"


@settings(max_examples=examples(400), deadline=None)
@given(_patterns(), st.lists(st.text(alphabet="abc死1 ", max_size=8), min_size=1, max_size=8))
def test_no_match_without_what_it_needs(pattern: str, texts: list[str]) -> None:
    """Neither filter ever rejects a text the pattern matches: the needed characters (one of
    them) nor the branches (everything one branch needs)."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    needed, branches = needed_characters(pattern, 0), needed_branches(pattern, 0)
    for text in texts:
        if compiled.search(text):
            assert needed is None or not needed.isdisjoint(text), (pattern, text, needed)
            assert branches is None or _passes(branches, text), (pattern, text, branches)


def _passes(branches: Branches, text: str) -> bool:
    """What bot.patterns.Prefilter tests of one item's branches."""
    chars = set(text)
    return any(not chars.isdisjoint(first) and chars.issuperset(singles) and all(not chars.isdisjoint(need) for need in sets)
               for first, singles, sets in branches)


def _passes_packed(packed: str, text: str) -> bool:
    """The same, on branches as PATTERN_FILE stores them."""
    return _passes(_unpacked(packed), text)


def _unpacked(packed: str) -> Branches:
    """Branches as PATTERN_FILE stores them, as ``_passes`` reads them."""
    split = patterns.split_branches(packed)
    return tuple((frozenset(first), singles, tuple(map(frozenset, sets))) for first, singles, sets in zip(*split))


def test_branches_of_simple_patterns() -> None:
    branches = needed_branches("(?:我的最后一(晚|天))|(?:永别)", 0)
    assert branches is not None and len(branches) == 2
    assert _passes(branches, "这是我的最后一晚") and _passes(branches, "永别了")
    assert not _passes(branches, "我的天") and not _passes(branches, "最后一天")  # the farewell's 我 alone is not enough
    assert needed_branches("abc|x*", 0) is None  # a branch that needs nothing
    assert needed_branches("(?i)abc", 0) is None
    packed = patterns.pack_branches(branches)
    assert packed is not None and _passes_packed(packed, "我的最后一晚")
    prefilter = patterns.Prefilter([("farewell", patterns.Need(frozenset("我永"), packed)), ("any", None)])
    assert prefilter.possible("我的天") == ["any"]
    assert prefilter.possible("我的最后一天") == ["farewell", "any"]


def stored_need_violations() -> list[tuple[str, str]]:
    """Every (pattern, text) where a pattern of PATTERN_FILE matches a real text (the knowledge
    examples, raw and as the safety rules read them) that lacks what its stored needs say every
    match holds. Computed in tests/background.py (2.6 million searches), beside the other tests."""
    texts = list(packaged_examples())
    texts += [masked(fold_clause(text)) for text in texts]
    texts = sorted(set(texts))  # many examples fold to themselves: each text once (6,022 -> ~3,450)
    found: list[tuple[str, str]] = []
    for (pattern, flags), entry in patterns.read_table().items():
        needed, branches = None if entry[5] is None else frozenset(entry[5]), entry[6]
        if needed is None and branches is None:
            continue
        compiled = re.compile(pattern, flags)
        split = None if branches is None else _unpacked(branches)
        for text in texts:
            # Only a text the needs rule out can be a violation: those alone are searched (the same pairs
            # as searching every text, ~2.6 million searches -> PERF_LOG part 21).
            if (needed is None or not needed.isdisjoint(text)) and (split is None or _passes(split, text)):
                continue
            if compiled.search(text):
                found.append((pattern[:60], text))
    return found


@pytest.mark.corpus
def test_the_stored_needs_hold_on_real_text(stored_need_violations: list[tuple[str, str]]) -> None:
    assert stored_need_violations == []  # (pattern, text) pairs: see stored_need_violations above


def guarded_search_mismatches() -> list[str]:
    """The names of the guarded searches (bot.patterns.Guarded) that found anything other than
    the plain search on the labelled safety messages, or whose filter was never tried both ways.
    Computed in tests/background.py beside the other tests."""
    from pathlib import Path

    from bot.safety.hearsay import _GUARDED_HEARSAY_EN, _GUARDED_HEARSAY_ZH, _HEARSAY_EN, _HEARSAY_ZH
    from bot.concerns import _ANY_ZH, _ANY_ZH_EACH
    from bot.safety.idioms import _GUARDED_IDIOMS, _IDIOMS_EACH, IDIOMS
    from bot.safety.lexicon import _DISTRESS_CUES, _DISTRESS_CUES_EACH
    from bot.safety.net import _DISTRESS_WORDS, _GUARDED_DISTRESS_WORDS
    from bot.safety.scale import _ANY_ANCHOR, _GUARDED_ANCHOR

    data = Path(__file__).resolve().parent / "data"
    folded = [fold_clause(line.split("\t")[-1]) for path in sorted(data.glob("safety*.tsv"))
              for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    texts = [masked(text) for text in folded]
    wrong: list[str] = [] if len(texts) > 1000 else ["fewer than 1,000 texts"]
    # Idioms are read before masking (masking blanks them): no text the filter stops holds one
    # (a search of every text would cost ~1 s; the stored needs are proven above).
    stopped = [text for text in folded if not _GUARDED_IDIOMS.may_match(text)]
    if not (0 < len(stopped) < len(folded)) or any(map(IDIOMS.search, stopped)):
        wrong.append("IDIOMS")
    for name, pattern, guarded in (("_DISTRESS_WORDS", _DISTRESS_WORDS, _GUARDED_DISTRESS_WORDS),
                                   ("_DISTRESS_CUES", _DISTRESS_CUES, _DISTRESS_CUES_EACH),
                                   ("_ANY_ZH", _ANY_ZH, _ANY_ZH_EACH),
                                   ("_ANY_ANCHOR", _ANY_ANCHOR, _GUARDED_ANCHOR), ("_HEARSAY_ZH", _HEARSAY_ZH, _GUARDED_HEARSAY_ZH),
                                   ("_HEARSAY_EN", _HEARSAY_EN, _GUARDED_HEARSAY_EN)):
        found = [guarded.search(text) for text in texts]
        if [m and m.span() for m in found] != [m and m.span() for m in map(pattern.search, texts)]:
            wrong.append(name)
        if not 0 < sum(m is not None for m in found) < len(texts):  # both outcomes were tried
            wrong.append(name + " (one outcome only)")
        if hasattr(guarded, "found") and [guarded.found(text) for text in texts] != [m is not None for m in found]:
            wrong.append(name + " (found)")
    # The idioms masked one by one (bot.patterns_branches): the same text as the joined pattern's mask.
    if [_IDIOMS_EACH.sub(" □ ", text) for text in folded] != [IDIOMS.sub(" □ ", text) for text in folded]:
        wrong.append("IDIOMS (each)")
    return wrong


@pytest.mark.corpus
def test_a_guarded_search_finds_what_the_search_finds(guarded_search_mismatches: list[str]) -> None:
    assert guarded_search_mismatches == []


def test_a_guard_with_no_needs_always_searches() -> None:
    unknown = patterns.Guarded(re.compile("(?i:abc)"))  # no needs known: always searched
    assert unknown.search("xABC") is not None and unknown.search("x") is None


def test_patterns_skipped_without_latin_letters_need_one() -> None:
    from bot.concerns import _ANY_EN
    from bot.questions import _EN_RESTART_RE

    import array
    import sys

    codes = array.array("I", range(0xD800))  # every character but the surrogates, in C
    codes.extend(range(0xE000, 0x110000))
    assert codes.itemsize == 4
    everything = codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
    latin = set(re.findall("[a-z]", everything, re.IGNORECASE))
    assert set(patterns._LATIN.findall(everything)) == latin
    for pattern in (_ANY_EN, _EN_RESTART_RE):
        needed = needed_characters(pattern.pattern, 0)  # as if case-sensitive: what a match needs
        assert needed is not None and needed <= set("abcdefghijklmnopqrstuvwxyz"), pattern.pattern[:40]
