"""Narrow weights in a table block (bot.tables: int16, the wide ones listed apart): the same
rows, scores and dense rows as the int32 tables they were written from."""

import array

import pytest

from bot.tables import NARROW, WIDE_MARK, Tables

KEYS = ["a", "b", "c", "d", "e"]
# "b" full with two wide weights, "d" sparse with one, "e" full and narrow, "a" sparse and narrow.
ROWS: dict[str, dict[int, int] | list[int]] = {
    "a": {1: 5}, "b": [NARROW + 1, 0, -7, -NARROW - 1], "d": {2: 176_096}, "e": [NARROW, -NARROW, 1, 2]}
VECTOR = {"a": 1.0, "b": 0.5, "d": 0.25, "e": 0.125, "zz": 1.0}


def _built(topics: int, rows: dict[str, dict[int, int] | list[int]]) -> Tables:
    return Tables.of_features(KEYS, array.array("i", [10, 20, 30, 40, 50])).with_rows(rows, topics)


def test_a_block_of_more_than_two_topics_holds_int16_weights_and_the_wide_ones_apart() -> None:
    built = _built(4, ROWS)
    layout = built.layout()
    assert layout["wide"] == 3 and built.weights.typecode == "i"
    loaded = Tables.from_bytes(built.to_bytes(), layout, 4)
    assert loaded.weights.typecode == "h" and sorted(loaded.wide.values()) == [-NARROW - 1, NARROW + 1, 176_096]
    assert all(loaded.weights[at] == WIDE_MARK for at in loaded.wide)
    assert loaded.dense_rows() == built.dense_rows()
    assert loaded.dense_rows()["d"] == [0, 0, 176_096, 0]
    assert loaded.scores(VECTOR, [0.0] * 4) == built.scores(VECTOR, [0.0] * 4)
    assert loaded.column(3, ["b", "e"]) == {"b": -NARROW - 1, "e": 2}
    # Written again from the narrow tables: the same block.
    assert loaded.to_bytes() == built.to_bytes() and loaded.layout() == layout
    assert Tables.from_dict(loaded.to_dict(), 4).dense_rows() == built.dense_rows()


def test_narrow_weights_that_all_fit_list_none_and_score_alike() -> None:
    rows: dict[str, dict[int, int] | list[int]] = {"a": {1: 5}, "e": [NARROW, -NARROW, 1, 2]}
    built = _built(4, rows)
    loaded = Tables.from_bytes(built.to_bytes(), built.layout(), 4)
    assert built.layout()["wide"] == 0 and not loaded.wide and loaded.weights.typecode == "h"
    assert loaded.scores(VECTOR, [1.0] * 4) == built.scores(VECTOR, [1.0] * 4)


def test_two_topic_tables_and_blocks_without_wide_keep_int32_weights() -> None:
    rows: dict[str, dict[int, int] | list[int]] = {"a": [NARROW + 5, -1], "e": [0, 2]}
    two = _built(2, rows)
    assert "wide" not in two.layout()
    loaded = Tables.from_bytes(two.to_bytes(), two.layout(), 2)
    assert loaded.weights.typecode == "i" and loaded.scores(VECTOR, [0.0, 0.0]) == two.scores(VECTOR, [0.0, 0.0])
    with pytest.raises(ValueError):  # a narrow block for a two-topic table (read without _row_at)
        Tables.from_bytes(two.to_bytes(), {**two.layout(), "wide": 0}, 2)
    # A block of four topics written before narrow weights (int32, no "wide"): loads as it did.
    built = _built(4, ROWS)
    old_layout = {key: value for key, value in built.layout().items() if key != "wide"}
    old = Tables.from_bytes(_int32_block(built), old_layout, 4)
    assert old.weights.typecode == "i" and not old.wide and old.dense_rows() == built.dense_rows()


def test_a_narrow_block_whose_wide_places_are_not_marked_is_refused() -> None:
    built = _built(4, ROWS)
    block = bytearray(built.to_bytes())
    at = bytes(block).index(array.array("h", [WIDE_MARK]).tobytes())
    block[at:at + 2] = array.array("h", [7]).tobytes()
    with pytest.raises(ValueError, match="wide weight"):
        Tables.from_bytes(bytes(block), built.layout(), 4)


def _int32_block(tables: Tables) -> bytes:
    """The block as written before narrow weights: every array of the layout, weights int32."""
    import bot.tables_build as build

    saved = build.narrow
    build.narrow = lambda tables: False  # type: ignore[assignment]
    try:
        return tables.to_bytes()
    finally:
        build.narrow = saved
