"""Wrapping for the terminal: widths in columns, Chinese line-breaking rules, no line that holds
only punctuation, at any width."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot.terminal.layout import is_punctuation, sanitize, width_of, wrap

PIECES = st.sampled_from(["借呗", "逾期", "会上门吗", "。", "，", "、", "「", "」", "（", "）", "《", "》", "…",
                          "section", "4.2.1", "\"Coping\"", " ", "95188", "—", "!", "?", "“", "”", "；", "：",
                          "averyveryverylongwordwithoutanyspacesatallthatisverylong"])
# Texts open with a word, as every line of a reply does (a text that is only "。" can only wrap to
# "。"), and hold no run of more than three marks ("」。" and "）」、" occur; "。。。。。。" cannot be kept
# off a line of its own at 20 columns, and no reply has it).
TEXTS = st.tuples(st.sampled_from(["借呗", "逾期", "section", "95188", "你"]),
                  st.lists(PIECES, max_size=60)).map(lambda parts: parts[0] + "".join(parts[1])) \
    .filter(lambda text: not re.search(r"[^\w\s]{4,}", text))


@settings(max_examples=examples(400), deadline=None)
@given(TEXTS, st.integers(min_value=20, max_value=120), st.sampled_from(["", "    "]))
def test_wrapped_lines_fit_keep_the_text_and_never_hold_only_punctuation(text: str, width: int, indent: str) -> None:
    lines = wrap(text, width, indent)
    assert all(width_of(line) <= width for line in lines), lines
    assert not any(is_punctuation(line) for line in lines), lines
    assert "".join("".join(lines).split()) == "".join(text.split())  # nothing lost, nothing added


@settings(max_examples=examples(200), deadline=None)
@example("借呗「" + "averyveryverylongwordwithoutanyspacesatallthatisverylong。!" * 2, 20)  # found by hypothesis: "。!" after a cut
@given(TEXTS.filter(lambda t: not re.search(r"[「（《“][\s\W]", t)), st.integers(min_value=20, max_value=120))
def test_closing_punctuation_never_starts_a_line_and_opening_never_ends_one(text: str, width: int) -> None:
    # (Texts where an opening mark opens something: "「 " or "「。" can only end a line.)
    lines = wrap(text, width)
    for line in lines[1:]:
        assert line.lstrip()[:1] not in "。，、」）》；：！？…"
    for line in lines[:-1]:
        assert line.rstrip()[-1:] not in "「（《“" or is_punctuation(line)


def test_wrap_counts_wide_characters_and_keeps_punctuation_off_line_starts() -> None:
    lines = wrap("借呗" * 30 + "，结束。", 20)
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert all(width_of(line) <= 20 for line in lines)
    assert wrap("will they visit my hometown if I am late", 20) == ["will they visit my", "hometown if I am", "late"]


def test_a_closing_mark_takes_the_character_before_it_to_the_next_line() -> None:
    assert wrap("一二三四五六七八九十」。", 20) == ["一二三四五六七八九", "十」。"]


def test_no_wrapping_without_a_width() -> None:
    assert wrap("借呗" * 100, None) == ["借呗" * 100]


@pytest.mark.parametrize("dirty", ["\x1b[31mred\x1b[0m", "a\x07b\x00c", "\x9b2Jx"])
def test_sanitize_removes_control_sequences(dirty: str) -> None:
    assert "\x1b" not in sanitize(dirty) and "\x07" not in sanitize(dirty) and "\x9b" not in sanitize(dirty)


def test_a_closing_mark_inside_a_word_longer_than_the_line_does_not_start_a_line() -> None:
    # Found by hypothesis: the cut of a long word fell just before "。".
    lines = wrap("sectionsection4.2.1。!averyveryverylongwordwithoutanyspacesatallthatisverylong", 20)
    assert all(not line.startswith("。") for line in lines) and all(width_of(line) <= 20 for line in lines)
