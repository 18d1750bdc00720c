"""The cheap tests that let a message skip a family of rules (speed only, issue 18) never skip
one that would have found something: checked on the project's own question sets, the knowledge
examples, and hand-written lines, sums and durations (the full pool is compared reply by reply
by benchmarks/pool_dump.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import Engine, figures, rumoured_lines, slots_days
from bot.amounts import EN_AMOUNT_RE, NUMBER_CHAR, ZH_AMOUNT_RES
from bot.patterns import has_latin
from bot.text import simplified

DATA = Path(__file__).resolve().parent / "data"
HAND_WRITTEN = (
    "是不是逾期超过90天就一定会被起诉", "听说欠5000以上会被起诉", "欠三千块就会上门吗", "逾期半年就会被告吗",
    "我逾期三个月就会被起诉吗", "我才欠3000块就会上门吗", "催收说我逾期超过90天就会被起诉", "欠***元以上就会坐牢吗",
    "if you owe over 5000 yuan they will sue", "after 90 days overdue, will they always sue?",
    "if I owe over 50k they will sue me", "over 3 months late do they automatically sue",
    "欠了5000元", "欠5千", "欠两万块", "欠1.5万", "欠3w", "owe 5k", "I owe 15,000 yuan", "欠了一万五", "八千多块",
    "逾期3天了", "晚了一周还没还", "半年没还了", "45 days overdue", "two months late", "a few weeks late",
)


@pytest.fixture(scope="module")
def messages(engine: Engine) -> list[str]:
    texts = list(HAND_WRITTEN)
    for path in sorted([*DATA.glob("questions_*.tsv"), DATA / "routing.tsv", DATA / "safety.tsv"]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                texts.append(line.split("\t")[-1])
    texts += [example for topic in engine.topics for example in topic.examples()]
    found = [simplified(text) for text in dict.fromkeys(texts)]
    assert len(found) > 2000  # the sets are there: the checks below read something
    return found


@pytest.mark.corpus  # over every message of the question, routing and safety sets and every example
def test_a_rumoured_line_is_never_gated_out(messages: list[str]) -> None:
    lines = [text for text in messages if rumoured_lines._LINE.search(text)]
    assert len(lines) >= 8  # the hand-written lines at least
    assert all(rumoured_lines._may_hold_line(text) for text in lines)


@pytest.mark.corpus  # over every message of the question, routing and safety sets and every example
def test_a_sum_or_a_duration_always_holds_a_number_character(messages: list[str]) -> None:
    for text in messages:
        if any(pattern.search(text) for pattern in ZH_AMOUNT_RES) or EN_AMOUNT_RE.search(text):
            assert NUMBER_CHAR.search(text), text
        if slots_days._ZH_DAYS_RE.search(text):
            assert NUMBER_CHAR.search(text), text
        if slots_days._EN_DAYS_RE.search(text):
            assert has_latin(text), text


def test_lines_are_remembered_per_text_but_handed_out_as_new_lists() -> None:
    text = simplified("听说欠5000以上会被起诉")
    first = rumoured_lines.rumoured_lines(text)
    assert first and first == rumoured_lines.rumoured_lines(text) and first is not rumoured_lines.rumoured_lines(text)


@pytest.mark.corpus  # over every message of the question, routing and safety sets and every example
def test_a_figure_asked_is_never_gated_out(messages: list[str]) -> None:
    asked = ("芝麻分会掉多少", "扣几分", "征信记录多久能消除", "保留几年", "多久会被起诉", "欠多少钱才会被起诉",
             "要还多少钱", "多少罚息", "利率是多少", "罚息怎么算", "how long until they sue", "what rate do they charge")
    for text in [*messages, *(simplified(question) for question in asked)]:
        for figure, pattern, needed in figures._COMPILED:
            if pattern.search(text):
                assert has_latin(text) or needed.search(text), (figure, text)


@pytest.mark.corpus  # over every message of the question, routing and safety sets and every example
def test_a_bare_how_long_or_a_meaning_asked_is_never_gated_out(messages: list[str]) -> None:
    from bot.routing_rules import MEANING
    from bot.text import normalize

    asked = ("多久？", "那要多久", "要等多少天", "大概几个月呢", "how long would that take?", "so how soon",
             "狗急跳墙是什么意思", "外访是什么意思啊", "what does burn bridges mean", "what is the meaning of the word default")
    for text in [*messages, *(simplified(question) for question in asked)]:
        if figures._BARE_HOW_LONG.fullmatch(figures._END_PUNCTUATION.sub("", text.strip())):
            assert has_latin(text) or figures._HOW_LONG_NEEDS.search(text), text
    for text in [*messages, *(normalize(question) for question in asked)]:
        if MEANING.fullmatch(text):
            assert "意思" in text or "mean" in text, text
