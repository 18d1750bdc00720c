"""Shortcuts taken for speed give exactly what the plain definitions give."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import concerns
from bot.product_mentions import _ANYI_WORD_BEFORE, _LAI_LENDER_BEFORE, _RENXING_WORD_BEFORE, OTHER_LENDERS, PRODUCT_OF, find_product
from bot.product_mentions import kind_owed, other_app_owed
from bot.product_names import PRODUCTS
from bot.product_unknown import UNKNOWN_LENDER
from bot.text import normalize
from knowledge_files import packaged_examples

NAMES = [name for _, names in PRODUCTS for name in names]
TEXTS = list(packaged_examples())
_KINDS = ("mortgage", "car_loan", "loan_shark", "other_app")
_READ_NAME = re.compile(UNKNOWN_LENDER)  # (not bot.patterns.regex: test_patterns counts the package's own)


def _stands_as_a_name(folded: str, name: str, place: int) -> bool:
    """Where a name that is also part of everyday words names the lender (bot.product_mentions: 来分期 only
    at a clause's start, in a list or owed; 安逸花钱, 任性付款 and 你我贷款 are words; review31)."""
    if name == "来分期":
        return _LAI_LENDER_BEFORE.search(folded, max(0, place - 3), place) is not None
    if name == "你我贷":
        return not folded.startswith("款", place + len(name))
    if name == "任性付":
        return not (folded.startswith(("款", "了"), place + len(name))
                    or _RENXING_WORD_BEFORE.search(folded, max(0, place - 2), place) is not None)
    if name == "安逸花":
        return _ANYI_WORD_BEFORE.search(folded, max(0, place - 2), place) is None
    if PRODUCT_OF[name][0] in ("mortgage", "car_loan"):  # owed, not wanted later (eng64)
        return kind_owed(folded, place, place + len(name))
    if PRODUCT_OF[name][0] == "other_app":  # another app, not named: owed in its own clause (cls252)
        return other_app_owed(folded, place, place + len(name))
    return True


def _named_by_name(folded: str) -> bool:
    """Whether a lender other than a kind of loan stands in the message (a kind then gives way: eng64)."""
    return any(folded.find(normalize(name)) >= 0 and _stands_as_a_name(folded, normalize(name), folded.find(normalize(name)))
               for product, names in PRODUCTS if product not in _KINDS for name in names
               if normalize(name) not in OTHER_LENDERS)


def product_by_definition(text: str) -> tuple[str, str] | None:
    """The earliest product name in the normalised message; at one place, the first listed; "其他几家"
    and the like only where no lender is named by its name (ans10)."""
    folded = normalize(text)
    for only_others in (False, True):
        best = None
        for product, names in PRODUCTS:
            for name in names:
                key = normalize(name)
                place = folded.find(key)
                while place >= 0 and not _stands_as_a_name(folded, key, place):
                    place = folded.find(key, place + 1)
                if product in _KINDS and _named_by_name(folded):
                    continue
                if place >= 0 and (key in OTHER_LENDERS) == only_others and (best is None or place < best[0]):
                    best = (place, product, name)
        if best:
            return best[1], best[2]
    return None


def product_found(text: str) -> tuple[str, str] | None:
    return find_product(normalize(text))  # (slots reads product_in_question, this plus the repaid product: test_slots)


@pytest.mark.corpus  # every packaged example (TEXTS): a whole-data proof
def test_products_on_every_example() -> None:
    for text in TEXTS:
        if not _READ_NAME.search(normalize(text)):  # (names read from a loan word: tests/test_lenders_fixers.py)
            assert product_found(text) == product_by_definition(text), text


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(NAMES + ["逾期", "了", " ", "360", "500", "京东", "美团", "借", "条", "x"]), max_size=6))
def test_products_on_mixtures_of_names(parts: list[str]) -> None:
    text = "".join(parts)
    assume(not _READ_NAME.search(normalize(text)))  # a name read from its loan word: tests/test_lenders_fixers.py
    assert product_found(text) == product_by_definition(text)


def fears_by_definition(text: str) -> list[tuple[str, str]]:
    """find_concerns without the one-search shortcut."""
    any_zh, any_en = concerns._ANY_ZH, concerns._ANY_EN
    try:
        concerns._ANY_ZH = concerns._ANY_EN = re.compile("")  # "some fear may be named": always
        return concerns.find_concerns(text)
    finally:
        concerns._ANY_ZH, concerns._ANY_EN = any_zh, any_en


@pytest.mark.corpus  # every packaged example (TEXTS): a whole-data proof
def test_fears_on_every_example() -> None:
    for text in TEXTS + ["我怕坐牢", "will they tell my boss?", "听说会上征信黑名单，孩子考公会受影响吗"]:
        assert concerns.find_concerns(text) == fears_by_definition(text), text


def test_terminal_widths_are_prompt_toolkits() -> None:
    from prompt_toolkit.utils import get_cwidth

    from bot.terminal.layout import width_of

    samples = TEXTS + ["😀👍🏽", "\x1b[31m", "\u200b\u0301e\u0301", "１２３ＡＢＣ", "\t\n", "ｱｲｳ", "한국어", "\x00\x7f"]
    for text in samples:
        assert width_of(text) == get_cwidth(text), repr(text)
    for point in range(0x3000):
        assert width_of(chr(point)) == get_cwidth(chr(point)), hex(point)


@pytest.mark.corpus  # every packaged example (TEXTS): a whole-data proof
def test_script_is_followed_without_opencc_only_where_t2s_changes_nothing() -> None:
    import opencc

    from bot import script

    to_simplified = opencc.OpenCC("t2s")
    for text in TEXTS + ["借唄逾期會上門嗎", "逾期會怎樣", "回覆我", "深沈"]:
        by_definition = script._changed(text, to_simplified.convert(text)) > script._changed(
            text, script._convert(script.TO_TRADITIONAL, text))
        assert bool(script.writes_traditional(text)) == by_definition, text


def safety_cues_both_ways() -> tuple[list[object], list[object]]:
    """The crisis cues, set-aside verdicts, abuse cues and idiom maskings of every packaged example and
    labelled message of safety.tsv, with the character shortcut (as the bot reads them) and without it.
    Pure computation over fixed texts: computed in tests/background.py beside the other tests."""
    from pathlib import Path

    from bot.patterns import Prefilter
    from bot.safety import abuse, crisis, idioms
    from bot.safety.clauses import fold_clause

    safety = Path(__file__).with_name("data") / "safety.tsv"
    texts = TEXTS + [line.split("\t")[-1] for line in safety.read_text(encoding="utf-8").splitlines()]
    folded = [fold_clause(text) for text in texts]
    fast = [(crisis.crisis_cues(idioms.masked(t), t), crisis.set_aside(idioms.masked(t), t), abuse.abuse_cues(t, t),
             idioms.masked(t)) for t in folded]
    saved = crisis._CUES, abuse._CUES, idioms._IDIOMS_NEED
    try:
        crisis._CUES = Prefilter([(cue, None) for cue in crisis._CUES.items])
        abuse._CUES = Prefilter([(cue, None) for cue in abuse._CUES.items])
        idioms._IDIOMS_NEED = None
        crisis._reading.cache_clear()  # the readings, matches and maskings above are remembered
        crisis._matched.cache_clear()
        abuse._matched.cache_clear()
        idioms.masked.cache_clear()
        slow = [(crisis.crisis_cues(idioms.masked(t), t), crisis.set_aside(idioms.masked(t), t),
                 abuse.abuse_cues(t, t), idioms.masked(t)) for t in folded]
    finally:
        crisis._CUES, abuse._CUES, idioms._IDIOMS_NEED = saved
        crisis._reading.cache_clear()
        crisis._matched.cache_clear()
        abuse._matched.cache_clear()
        idioms.masked.cache_clear()
    return fast, slow


@pytest.mark.corpus
def test_safety_cues_are_the_same_without_the_character_shortcut(
        safety_cues_both_ways: tuple[list[object], list[object]]) -> None:
    fast, slow = safety_cues_both_ways  # safety_cues_both_ways() above, computed in tests/background.py
    assert len(fast) > 1000  # every packaged example and labelled message was read
    assert fast == slow
    assert sum(bool(cues[0] or cues[2]) for cues in fast) > 20  # the safety examples do hold cues


@pytest.mark.corpus  # every packaged example (TEXTS): a whole-data proof
def test_a_conversation_keeps_its_script_as_writes_traditional_says() -> None:
    from bot import script

    for text in TEXTS + ["借唄逾期會上門嗎", "逾期会怎样", "逾期", "hello", "回覆我", "2"]:
        hint = script.writes_traditional(text)
        for traditional in (False, True):
            expected = traditional if hint is None else hint
            assert script.still_traditional(text, traditional) == expected, (text, traditional)


@pytest.mark.corpus  # every packaged example (TEXTS): a whole-data proof
def test_detector_groups_are_the_same_without_the_character_shortcut() -> None:
    from bot.safety import concepts
    from bot.safety.clauses import fold_clause

    for text in map(fold_clause, TEXTS + ["催收说要打断我的腿", "they said they would come to my office", "买了一瓶安眠药"]):
        for kind in ("crisis", "abuse"):
            plain = [name for name, pattern in concepts._PATTERNS[kind].items() if pattern.search(text)]
            assert concepts.concepts(text, kind) == plain, (text, kind)
