"""bot.classifier_nearest: the examples most like a message (moved out of bot.classifier, split90)."""

from bot.classifier_nearest import example_index, nearest_rows


def test_the_index_lists_each_feature_with_the_rows_that_hold_it() -> None:
    index = example_index([{"a": 0.6, "b": 0.8}, {"b": 1.0}])
    assert index == {"a": ((0, 0.6),), "b": ((0, 0.8), (1, 1.0))}


def test_nearest_rows_rank_by_similarity_then_row_and_keep_count() -> None:
    index = example_index([{"a": 1.0}, {"b": 1.0}, {"a": 0.6, "b": 0.8}, {"a": 1.0}])
    rows = nearest_rows(index, {"a": 1.0}, 3)
    assert [row for row, _ in rows] == [0, 3, 2]  # a tie keeps the earlier row first; row 1 shares nothing
    assert [round(similarity, 4) for _, similarity in rows] == [1.0, 1.0, 0.6]
    assert nearest_rows(index, {"c": 1.0}, 3) == []
