"""answer197 (round 48, issue 13): enforcement after a judgment leads with the lawsuit answer (bot.answer_topics:
no uncovered fear moved ahead of it when every fear named is a court step); bot.routing_deduction — the lender's own automatic deduction asked while the loan
is late is billing mechanics (declined), while a seizure (a court, a freeze, wages, another card) keeps its
uncovered reading. Rows: tests/data/questions_dev_answer197.tsv (development, our own words), plus a crisis on the
same words. Cheap: a few dozen asks on the shared engine.
"""

from __future__ import annotations

from pathlib import Path

from bot import Engine
from bot.routing_deduction import lender_deducts
from bot.slots import extract_slots

DEV = Path(__file__).parent / "data" / "questions_dev_answer197.tsv"


def _rows() -> list[tuple[str, str]]:
    lines = DEV.read_text(encoding="utf-8").splitlines()
    return [(g, q) for g, _, q in (line.partition("\t") for line in lines if line and not line.startswith("#"))]


def test_the_dev_rows_read_as_labelled(engine: Engine) -> None:
    rows = _rows()
    assert len(rows) >= 15 and {g for g, _ in rows} == {"out_of_scope", "uncovered_consequences", "lawsuit"}
    wrong = [(g, engine.ask(q).topics[0], q) for g, q in rows if engine.ask(q).topics[0] != g]
    assert wrong == []


def test_a_lender_deduction_names_no_frozen_account_fear_and_a_seizure_still_does() -> None:
    assert extract_slots("过了还款日，系统还会从余额宝里扣钱吗").get("concern") is None
    assert extract_slots("逾期了会冻结余额宝吗")["concern"].value == "frozen_account"
    assert lender_deducts("逾期以后卡里一有钱就会自己扣吗")
    assert not lender_deducts("逾期了法院会不会自动扣我卡里的钱")
    assert not lender_deducts("逾期了系统会扣我芝麻分吗")  # a score docked: the credit record, not billing


def test_a_crisis_on_the_same_words_is_still_a_crisis(engine: Engine) -> None:
    reply = engine.ask("逾期了 系统天天自动扣款 我不想活了")
    assert reply.topics[0] == "crisis" and "12356" in reply.text


def test_worry_told_by_the_body_is_the_worry_concept_and_a_plain_question_is_not(engine: Engine) -> None:
    from bot.lexicon import Lexicon
    from bot.text import normalize

    lexicon = engine._classifier.lexicon_
    assert isinstance(lexicon, Lexicon)
    for told in ("一有陌生来电就心跳加速", "想到欠款就手抖 腿软", "整晚失眠 坐立不安", "heart pounding all night since I fell behind",
                 "my stomach drops when I see the app"):
        assert "worry" in lexicon.find(normalize(told)), told
    for plain in ("借呗逾期会上门吗", "how long does a late record stay"):
        assert "worry" not in lexicon.find(normalize(plain)), plain
