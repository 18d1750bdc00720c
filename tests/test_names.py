"""bot.names: a hashed index over packed feature names finds exactly the names it holds."""

from __future__ import annotations

import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot.names import HashedNames, slot_count, summary_and_planes
from bot.tables import Tables

NAMES = st.lists(st.text(alphabet="借呗逾期会上门ab k:+\U00020000", min_size=1, max_size=5), unique=True, max_size=200)


@settings(max_examples=examples(60), deadline=None)
@given(NAMES, st.lists(st.text(alphabet="借呗逾期会上门ab k:+\U00020000", max_size=6), max_size=30))
def test_every_name_is_found_at_its_index_and_nothing_else_is(names: list[str], others: list[str]) -> None:
    index = HashedNames.build(names)
    assert [index.get(name) for name in names] == list(range(len(names)))
    for other in others:
        assert index.get(other) == (names.index(other) if other in names else None)
        assert index.get(other) == index.get(other)  # again, from the memo
    assert index.names() == names and list(index) == names and len(index) == len(names)
    again = HashedNames.checked(index.text, index.starts, index.slots)
    assert [again.get(name) for name in names] == list(range(len(names)))


def test_the_table_is_at_most_half_full_and_refuses_what_it_cannot_hold() -> None:
    assert slot_count(0) == 8 and slot_count(4) == 8 and slot_count(5) == 16
    with pytest.raises(ValueError, match="newline"):
        HashedNames.build(["a\nb"])
    with pytest.raises(ValueError, match="given twice"):
        HashedNames.build(["a", "b", "a"])
    index = HashedNames.build(["a", "bc"])
    with pytest.raises(ValueError, match="name offsets"):
        HashedNames.checked(index.text + "x", index.starts, index.slots)
    with pytest.raises(ValueError, match="name slots"):
        HashedNames.checked(index.text, index.starts, index.slots[:4])
    broken = array.array(index.slots.typecode, index.slots)
    broken[0] = 9
    with pytest.raises(ValueError, match="up to 2"):
        HashedNames.checked(index.text, index.starts, broken)


def test_two_topic_tables_load_with_a_hashed_index_and_score_alike() -> None:
    keys = ["a", "b", "借呗", "逾期"]
    tables = Tables.of_features(keys, array.array("i", [10, 20, 30, 40])).with_rows(
        {"a": [3, 0], "借呗": [1, -2], "逾期": {1: 5}}, 2)
    assert tables.hashed and "slots" in tables.layout()
    loaded = Tables.from_bytes(tables.to_bytes(), tables.layout(), 2)
    assert isinstance(loaded.index, HashedNames) and loaded.keys == keys
    vector = {"a": 0.5, "借呗": 1.0, "逾期": 0.25, "unknown": 1.0}
    assert loaded.scores(vector, [0.1, 0.2]) == tables.scores(vector, [0.1, 0.2])
    assert loaded.to_bytes() == tables.to_bytes() and loaded.dense_rows() == tables.dense_rows()
    assert loaded.idf_map() == tables.idf_map() and loaded.column(1, vector) == tables.column(1, vector)
    # A block written before the index (no "slots" in its layout) loads with a dict, as before.
    layout = {key: value for key, value in tables.layout().items() if key != "slots"}
    old = b"".join([tables.to_bytes()[:-len("\n".join(keys).encode()) - 4 * (5 + 8)], "\n".join(keys).encode()])
    assert isinstance(Tables.from_bytes(old, layout, 2).index, dict)


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.one_of(st.just(0), st.integers(0, 300), st.integers(0, 70_000), st.integers(0, 2**32 - 1)),
                max_size=64), st.integers(0, 70_000))
def test_the_slot_summary_is_max_and_filled_count_exactly(values: list[int], count: int) -> None:
    from bot.names import OFFSET, slot_summary

    slots = array.array(OFFSET, values)
    highest, filled = slot_summary(slots, count)
    assert filled == len(values) - values.count(0)
    assert highest == max(values, default=0) or (highest == count and max(values, default=0) <= count)



@settings(max_examples=examples(40), deadline=None)
@given(NAMES)
def test_a_loaded_index_holds_its_slots_as_two_byte_planes_and_finds_the_same_names(names: list[str]) -> None:
    # PERF_LOG part 48: a checked index keeps each slot's two low bytes (half of uint32), the same values.
    index = HashedNames.build(names)
    again = HashedNames.checked(index.text, index.starts, index.slot_array())
    assert again.slot_array() == index.slot_array()
    assert (again.slots is None and again.planes is not None) if names else again.planes is None  # (none: kept whole)
    assert [again.get(name) for name in names] == list(range(len(names)))
    assert again.get("不在其中") is None and len(again) == len(names) and again.names() == names


def test_slots_that_may_not_fit_in_sixteen_bits_are_kept_whole() -> None:
    assert summary_and_planes(array.array("I", [0, 70_000, 3, 0]), 70_000) == ((70_000, 2), None)
    assert summary_and_planes(array.array("I", [0, 258, 1, 0]), 258) == ((258, 2), (bytes([0, 2, 1, 0]), bytes([0, 1, 0, 0])))
    names = [f"n{i}" for i in range(70_000)]
    index = HashedNames.build(names)
    big = HashedNames.checked(index.text, index.starts, index.slot_array())
    assert big.planes is None and big.slots is not None and big.get("n69999") == 69_999 and big.get("m1") is None


def test_a_table_read_with_planes_writes_the_block_it_was_read_from() -> None:
    keys = [f"k{i}" for i in range(300)] + ["借呗", "逾期"]
    tables = Tables.of_features(keys, array.array("i", range(len(keys)))).with_rows({"借呗": [1, -2], "k7": [3, 4]}, 2)
    block = tables.to_bytes()
    loaded = Tables.from_bytes(block, tables.layout(), 2)
    assert isinstance(loaded.index, HashedNames) and loaded.index.planes is not None
    assert loaded.to_bytes() == block and loaded.layout() == tables.layout() and loaded.index.get("逾期") == len(keys) - 1
