"""bot.patterns_branches.Alternatives answers as the joined pattern would (speed only)."""

from __future__ import annotations

import random
import re
from typing import Iterator

import pytest

from bot import patterns, patterns_filter
from bot.patterns_branches import Alternatives, split_top
from bot.patterns_needs import needed_branches, needed_characters
from bot.safety.clauses import any_of
from bot.safety.idioms import _IDIOMS_EACH, IDIOMS, masked


@pytest.fixture(autouse=True)
def _unrecorded() -> Iterator[None]:
    # The test's own patterns are not the package's: test_patterns compares what is recorded with PATTERN_FILE.
    saved, needs, splits = set(patterns._used), dict(patterns_filter._needs), dict(patterns.splits)
    yield
    patterns.splits.clear()
    patterns.splits.update(splits)
    patterns._used.clear()
    patterns._used.update(saved)
    patterns_filter._needs.clear()
    patterns_filter._needs.update(needs)


def _alternatives(*alternatives: str) -> Alternatives:
    """Alternatives of a test's own pattern, its parts' needs made as bot.patterns_build makes them."""
    joined = any_of(*alternatives)
    for part in split_top(joined.pattern, joined.flags) or ():
        try:
            found = needed_characters(part, 0)
        except re.error:  # (not the top level: Alternatives finds it so)
            continue
        if found is not None:
            patterns_filter.record_need((part, re.compile(part).flags), found, patterns.pack_branches(needed_branches(part, 0)))
    return Alternatives(joined)


def _same(each: Alternatives, text: str) -> None:
    whole = each.whole
    assert each.sub(" □ ", text) == whole.sub(" □ ", text), text
    found, expected = each.search(text), whole.search(text)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group())), text


def test_the_earlier_alternative_wins_where_both_start() -> None:
    each = _alternatives("ab", "abc", "bcd", "(?<!x)cd")
    assert each._filter is not None
    assert each.sub("_", "abcd") == "__"  # "ab" first ("abc" later in the list), then "cd" after it ("bcd" overlapped)
    assert each.sub("_", "abcabc") == "_c_c"  # never the longer "abc": the joined pattern takes "ab" there too
    assert each.sub("_", "xcd bcd") == "x" + "cd _"  # a look-behind reads before the search's start
    for text in ("abcd", "abcabc", "xcd bcd", "", "zzz", "cdab", "bcdab"):
        _same(each, text)


def test_random_texts_give_the_joined_patterns_answers() -> None:
    each = _alternatives("笑死", "死(?!了)", "(?<!笑)死了", "我想死", r"累\S{0,2}死", "ab+", "b(?=a)", r"\bba\b")
    assert each._filter is not None
    rng = random.Random(18)
    for _ in range(3000):
        _same(each, "".join(rng.choice("笑死了我想累 ab") for _ in range(rng.randrange(12))))


@pytest.mark.parametrize("alternatives", [
    ("a(\\w)\\1", "b"),  # a group referred to by number: means another group alone
    ("(?P<x>a)?(?(x)b|c)", "q"),  # ...or a group's presence asked
    ("a?", "b"),  # may match nothing: its needs are unknown
])
def test_the_joined_pattern_is_used_where_alternatives_alone_would_differ(alternatives: tuple[str, ...]) -> None:
    each = _alternatives(*alternatives)
    assert each._filter is None
    for text in ("aa", "abab", "xyw", "zw", "q", ")", "", "b"):
        _same(each, text)


def test_only_the_top_level_is_split() -> None:
    assert split_top("a|b(c|d)|[|(]|\\|x|(?:y)|(?:z)w") == ["a", "b(c|d)", "[|(]", "\\|x", "(?:y)", "(?:z)w"]
    assert split_top("[]|]|(?<!a|b)c") == ["[]|]", "(?<!a|b)c"]
    assert split_top("(a|b)") is None and split_top("abc") is None
    assert split_top("a|b", re.VERBOSE) is None  # (a bar may sit in a comment)


def test_the_file_holds_every_split_and_each_is_the_scans() -> None:
    from bot.patterns_build import used_patterns

    table, stored = patterns._read()
    if not table:
        pytest.skip("PATTERN_FILE is for another Python")
    used_patterns()  # every module imported: every Alternatives made
    assert set(stored) == set(patterns.splits) and len(stored) >= 3, "run `python -m bot.patterns_build`"
    for (pattern, flags), parts in stored.items():
        assert parts == tuple(split_top(pattern, flags) or ()) == patterns.splits[pattern, flags]


def test_alternatives_with_bars_inside_groups_and_classes() -> None:
    each = _alternatives("x(?:y)|(?:z)w", "[)|(?:]", "q")
    assert each._filter is not None
    for text in ("xyw", "zw", "xy", "|", "(", "q)", "xzw", ""):
        _same(each, text)


@pytest.mark.parametrize("text", [
    "笑死我了 累死了 还不上钱", "我累得要死 但是我不想死", "笑死 我真的想死了", "死活凑不够钱 我想死", "心死了 我想去死",
    "i could just die lol", "借呗逾期了怎么办", "死机了 死贵 往死里催 我不想活了",
])
def test_the_idiom_mask_is_unchanged_and_crisis_words_beside_it_stay(text: str) -> None:
    assert _IDIOMS_EACH._filter is not None  # the idioms are read one by one...
    assert _IDIOMS_EACH.sub(" □ ", text) == IDIOMS.sub(" □ ", text)  # ...with the same result
    if "想死" in text or "不想活" in text:
        assert "想死" in masked(text) or "不想活" in masked(text)
