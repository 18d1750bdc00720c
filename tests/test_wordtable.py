"""The word table: greedy longest match, weighted mean of folded scores, packed file format."""

from __future__ import annotations

from pathlib import Path

import pytest
import rapidjson

from bot.classifier import Classifier
from bot.wordtable import TABLE_FILE, WordTable, pack, read_table

TOPICS = ["law", "out_of_scope", "visit"]


def _table_data() -> dict[str, object]:
    tokens = ["打官司", "官司", "登门", "天气", "court"]
    # one row per token: scores for law, out_of_scope, visit (int8, times the row's scale)
    rows = [[100, -50, -50], [60, -30, -30], [-50, -50, 100], [-50, 100, -50], [100, -50, -50]]
    return {"format": 1, "topics": TOPICS, "bias": [0.0, 0.1, 0.0], "tokens": "\n".join(tokens),
            "weights": pack("B", [40, 30, 40, 20, 40]), "scales": pack("f", [0.02] * len(tokens)),
            "scores": pack("b", [v for row in rows for v in row])}


def test_longest_match_prefers_the_longer_word_and_skips_unknown_characters() -> None:
    table = WordTable.from_dict(_table_data())
    assert table.tokens("会不会打官司") == [0]  # 打官司, not 官司; 会/不 are not in the table
    assert table.tokens("will they go to courts") == [4]  # plural folded


def test_scores_are_the_weighted_mean_plus_bias() -> None:
    table = WordTable.from_dict(_table_data())
    scores = table.score("打官司 登门")
    assert scores is not None
    # both tokens weigh 4.0: mean of (2.0, -1.0, -1.0) and (-1.0, -1.0, 2.0), plus the bias
    assert scores == pytest.approx([0.5, -0.9, 0.5])
    assert table.score("你好") is None


def test_mismatched_tables_are_rejected() -> None:
    data = _table_data()
    data["scales"] = pack("f", [0.02])
    with pytest.raises(ValueError, match="do not match"):
        WordTable.from_dict(data)


def test_read_table_hashes_the_file(tmp_path: Path) -> None:
    assert read_table(tmp_path) is None
    (tmp_path / TABLE_FILE).write_text(rapidjson.dumps(_table_data()), encoding="utf-8")
    table = read_table(tmp_path)
    assert table is not None and len(table.digest) == 64


def test_classifier_uses_the_table_for_words_its_examples_lack() -> None:
    texts = ["会起诉吗", "会不会被起诉", "法院传票", "会上门吗", "会不会上门催收", "走访户籍地", "今天天气", "做饭菜谱"]
    labels = ["law", "law", "law", "visit", "visit", "visit", "out_of_scope", "out_of_scope"]
    plain = Classifier(threshold=0.9).fit(texts, labels)
    with_table = Classifier(threshold=0.9).fit(texts, labels, WordTable.from_dict(_table_data()))
    _, _, before = plain.scores("他们会登门吗")
    _, _, after = with_table.scores("他们会登门吗")
    visit = plain.topics_.index("visit")
    assert after[visit] - before[visit] == pytest.approx(0.5 * 2.0)
