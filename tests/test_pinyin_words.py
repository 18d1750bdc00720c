"""Pinyin loan words inside English or Chinese sentences (bot.pinyin_words), and 装死 read as
ignoring the collectors (round 26, cls21). Each case has its look-alike that must not change."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot import Engine
from bot.pinyin_words import LOAN_WORDS, read_loan_words
from bot.text import detect_lang, normalize

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"


def test_loan_words_in_english_read_as_english_glosses() -> None:
    assert read_loan_words("will they qisu me") == "will they sue me"
    assert read_loan_words("my jiebei yuqi 2 months, will they shangmen to my laojia?") == (
        "my jiebei overdue 2 months, will they visit my home to my hometown?")
    assert read_loan_words("does it hurt my zheng xin") == "does it hurt my credit report"  # syllables apart
    assert read_loan_words("yuqile, what now") == "overdue, what now"  # a closing particle typed on


def test_loan_words_in_chinese_read_as_characters() -> None:
    assert read_loan_words("借呗逾期了 会shangmen吗") == "借呗逾期了 会上门吗"
    assert read_loan_words("他们会qisu我吗") == "他们会起诉我吗"


def test_english_words_that_look_like_pinyin_stay() -> None:
    for text in ("my fan is broken", "the man said hang on", "bang dang ping", "women only", "a fan of huabei",
                 "can i ping support", "ma ma mia", "shang hai is big", "dan is my name", "edu email"):
        assert read_loan_words(text) == text


def test_a_message_wholly_in_pinyin_is_left_to_bot_pinyin() -> None:
    assert read_loan_words("jiebei yuqi hui shangmen ma") == "jiebei yuqi hui shangmen ma"
    assert normalize("fa xi") == "fa xi"


def test_no_loan_word_is_an_english_word_of_the_examples() -> None:
    # Every English word the knowledge's examples use is English, so none may be read as pinyin.
    english: set[str] = set()
    for path in (KNOWLEDGE / "topics").glob("*.json"):
        for text in json.loads(path.read_text(encoding="utf-8"))["examples"].get("en", []):
            english.update(re.findall(r"[a-z]+", text.lower()))
    assert not english & set(LOAN_WORDS)
    for text in sorted(english):
        assert read_loan_words(text) == text or text in LOAN_WORDS


def test_reading_keeps_normalize_idempotent_and_the_language() -> None:
    for text in ("will they qisu me", "借呗逾期了 会shangmen吗", "how much faxi per day"):
        once = normalize(text)
        assert normalize(once) == once
    assert detect_lang("will they qisu me") == "en"
    assert detect_lang("借呗逾期了 会shangmen吗") == "zh"


@pytest.mark.parametrize(("question", "topic"), [
    ("will they qisu me", "lawsuit"),
    ("my jiebei yuqi 2 months, will they shangmen to my laojia?", "home_visit"),
    ("does my huabei yuqi affect my zhengxin", "credit_report"),
    ("how much faxi do they charge", "penalty_costs"),
    ("借呗逾期了 会shangmen吗", "home_visit"),
    # look-alikes: English words shaped like pinyin keep their English reading
    ("my fan is broken, can i buy one with huabei", "out_of_scope"),
    ("can i ping the app support", "out_of_scope"),
])
def test_topics_of_loan_words_in_sentences(engine: Engine, question: str, topic: str) -> None:
    assert engine.ask(question).topic == topic


def test_playing_dead_is_going_dark_not_a_crisis(engine: Engine) -> None:
    from bot.safety import assess

    assert not assess("我装死不理他们会怎样").crisis
    assert not assess("我干脆装死算了").crisis
    assert engine.ask("我装死不理他们会怎样").topic == "going_dark"
    # the mask is local: a wish to die beside the idiom is still the crisis
    assert assess("我不是装死 我是真的想死了").crisis
    assert assess("我装死不理他们，其实我真的想死").crisis
    assert engine.ask("我装死不理他们，其实我真的想死").topic == "crisis"
    assert engine.ask("我不想活了").topic == "crisis"
