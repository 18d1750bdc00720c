"""bot.tables_score: row offsets made at the first row read, the row cache in two generations,
and scores from cached and uncached rows alike (narrow blocks included)."""

import array
import bisect
from itertools import accumulate

import pytest

from bot import Engine

from bot.tables import NARROW, Tables
from test_tables_narrow import KEYS, ROWS, VECTOR, _built  # the same small tables as the narrow rows' tests

def test_tables_keep_no_instance_dict_and_the_format_names_stay_importable_from_bot_tables() -> None:
    # Scoring's slots live in its own class: a base class without __slots__ would give every table
    # a __dict__ (memory in every process); the names below were bot.tables' before the split.
    from bot import tables, tables_format, tables_score

    built = _built(4, ROWS)
    assert not hasattr(built, "__dict__")
    with pytest.raises(AttributeError):
        built.no_such_attribute = 1  # type: ignore[attr-defined]
    assert issubclass(Tables, tables_score.RowScoring)
    for name in ("SCALE", "MAGIC", "NARROW", "WIDE_MARK", "HASHED_UP_TO"):
        assert getattr(tables, name) == getattr(tables_format, name)
    assert isinstance(tables.TOPIC_MEMO_LIMIT, int) and isinstance(tables_score.ROW_CACHE_LIMIT, int)


def test_row_offsets_are_the_counts_running_sum_and_a_table_of_few_uneven_rows_never_makes_them() -> None:
    rows: dict[str, dict[int, int] | list[int]] = {"a": [1, -1, 3], "b": {2: 5}, "d": [0, 2, 0]}
    built = Tables.of_features(["a", "b", "c", "d"], array.array("i", [1, 1, 1, 1])).with_rows(rows, 3)
    tables = Tables.from_dict(built.to_dict(), 3)  # as a load makes them: checked, no row read yet
    assert tables.breaks == [2]  # c keeps no weight (b and d are stored full)
    assert tables.scores({"a": 1.0, "b": 1.0, "d": 0.5}, [0.0, 0.0, 0.0]) == \
        built.scores({"a": 1.0, "b": 1.0, "d": 0.5}, [0.0, 0.0, 0.0])
    with pytest.raises(AttributeError):
        object.__getattribute__(tables, "starts")  # neither the load nor scoring made them (PERF_LOG part 35)
    running = list(accumulate(tables.counts, initial=0))
    assert [tables.row_start(i) for i in range(4)] == tables.row_starts(range(4)) == running[:4]
    assert list(tables.offsets()) == running and tables.starts[-1] == len(tables.weights)
    with pytest.raises(AttributeError):
        tables.no_such_attribute  # noqa: B018


def test_the_row_cache_keeps_two_generations_within_its_bound_and_rows_come_out_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.tables_score

    built = _built(4, ROWS)
    loaded = Tables.from_bytes(built.to_bytes(), built.layout(), 4)
    monkeypatch.setattr(bot.tables_score, "ROW_CACHE_LIMIT", 4)  # two generations of two rows
    rows = {i: loaded._row_at(i) for i in range(len(KEYS))}
    assert [list(row) for row in rows.values()] == [[0, 5, 0, 0], [NARROW + 1, 0, -7, -NARROW - 1], [],
                                                    [0, 0, 176_096, 0], [NARROW, -NARROW, 1, 2]]
    assert len(loaded.full_rows) + len(loaded.old_rows) <= 4
    # Row 3 sits in the old generation: read again, it comes back to the young one, the same object.
    assert set(loaded.old_rows) == {2, 3} and set(loaded.full_rows) == {4}
    assert loaded._row_at(3) is rows[3] and set(loaded.full_rows) == {4, 3}
    # A row read again after its generation went is made again, equal.
    assert loaded._row_at(0) == rows[0] and set(loaded.old_rows) == {4, 3} and set(loaded.full_rows) == {0}
    assert loaded.scores(VECTOR, [0.0] * 4) == built.scores(VECTOR, [0.0] * 4)
    assert loaded.column_at(3, [1, 3, 4, 2]) == [-NARROW - 1, 0, 2, 0]


def test_column_at_reads_a_cached_empty_row_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = Tables.from_bytes(_built(4, ROWS).to_bytes(), _built(4, ROWS).layout(), 4)
    assert loaded.column_at(1, [2, 0]) == [0, 5]  # row 2 keeps no weight; both rows now cached
    made: list[int] = []
    original = Tables._row_at
    monkeypatch.setattr(Tables, "_row_at", lambda self, i: made.append(i) or original(self, i))
    assert loaded.column_at(1, [2, 0, 4]) == [0, 5, -NARROW] and made == [4]


def test_sparse_rows_found_over_the_counts_bytes_are_the_plain_pass_rows(engine: Engine) -> None:
    # Tables.__init__ finds the sparse rows (count neither 0 nor the topic count) by marking the
    # counts' low bytes when every count fits in one (PERF_LOG part 34); the plain pass is the oracle,
    # including counts of 256 and more (the byte path must hand those tables to the plain pass).
    import random
    from itertools import compress, repeat
    from operator import ne

    from bot.tables import sparse_rows

    def plain(counts: "array.array[int]", topics: int) -> list[int]:
        return [i for i in compress(range(len(counts)), map(ne, counts, repeat(topics))) if counts[i]]

    pick = random.Random(34)
    for topics in (1, 2, 3, 19, 255, 256, 300):
        for _ in range(40):
            values = [pick.choice([0, topics, pick.randint(0, min(topics, 65535))]) for _ in range(pick.randint(0, 40))]
            if values and pick.random() < 0.2:
                values[pick.randrange(len(values))] = pick.choice([256, 511, 65535])
            counts = array.array("H", values)
            assert list(sparse_rows(counts, topics)) == plain(counts, topics), (topics, values)
    # The packaged topic table: the same sparse rows, so the same column starts.
    tables = engine._classifier._tables  # type: ignore[attr-defined]
    assert list(sparse_rows(tables.counts, tables.topics)) == plain(tables.counts, tables.topics) != []


def test_row_starts_from_the_uneven_rows_are_the_running_sum_and_score_as_the_running_sum_does() -> None:
    # Few uneven rows (empty or sparse): row i starts at topics * i less what those before it lack;
    # many, or a count of 256 or more: the running sum (breaks None). Both read the same rows, and
    # the load's weight check (the counts' sum) holds or fails alike (PERF_LOG part 35).
    import random

    pick = random.Random(35)
    for topics in (1, 2, 3, 5, 19, 255, 300):
        for _ in range(30):
            n = pick.randint(0, 200)
            uneven = pick.choice([0.0, 0.02, 0.5])
            values = [topics if pick.random() >= uneven else pick.randint(0, max(topics - 1, 0)) for _ in range(n)]
            counts = array.array("H", values)
            tables = Tables([f"k{i}" for i in range(n)], array.array("i", [1] * n), topics, counts,
                            array.array("H"), array.array("i", range(sum(values))))
            running = list(accumulate(values, initial=0))
            assert tables.row_starts(range(n)) == [tables.row_start(i) for i in range(n)] == running[:n], (topics, values)
            if tables.breaks is not None:
                assert tables.breaks == [i for i, value in enumerate(values) if value != topics]
                assert topics * n - tables.deficits[-1] == running[-1]
            else:
                assert topics >= 256 or sum(value != topics for value in values) > n // 16 + 64
    for topics, values in ((3, [3, 0, 3, 2]), (2, [2, 0, 2, 2])):
        for extra in (-1, 1):
            with pytest.raises(ValueError, match="weights"):
                Tables.checked([f"k{i}" for i in range(4)], {"idf": array.array("i", [1] * 4), "counts": array.array("H", values),
                               "columns": array.array("H", [0, 1] if 2 in values and topics == 3 else []),
                               "weights": array.array("i", [1] * (sum(values) + extra))}, topics)


def test_the_packaged_tables_rows_start_where_the_running_sum_says_and_wide_weights_land_as_before(engine: Engine) -> None:
    used = engine._classifier._tables  # type: ignore[attr-defined]
    # (a fresh table of the same parts: the session's engine may have read it past ROW_READS_BEFORE_OFFSETS)
    tables = Tables(used._keys if used._keys is not None else used.index, used.idf, used.topics, used.counts,
                    used.columns, used.weights)
    tables.wide = used.wide
    assert tables.breaks is not None and tables.wide
    rows = range(len(tables.counts))
    assert tables.row_starts(rows) == list(accumulate(tables.counts, initial=0))[:-1]
    # Every row holding a wide weight reads it as the rows the offsets' running sum placed them in.
    for at, weight in list(tables.wide.items())[:60]:
        i = bisect.bisect_right(tables.offsets(), at) - 1
        assert tables._row_at(i)[at - tables.starts[i] if tables.counts[i] == tables.topics
                                 else tables.columns[tables.column_starts[i] + at - tables.starts[i]]] == weight


def test_a_table_read_often_makes_its_offsets_and_reads_them_after() -> None:
    from bot.tables_score import ROW_READS_BEFORE_OFFSETS

    values = [3, 0, 3, 1, 3, 3]
    tables = Tables([f"k{i}" for i in range(6)], array.array("i", [1] * 6), 3, array.array("H", values),
                    array.array("H", [2]), array.array("i", range(sum(values))))
    running = list(accumulate(values, initial=0))
    for _ in range(ROW_READS_BEFORE_OFFSETS // 6):
        assert tables.row_starts(range(6)) == running[:6] and tables.breaks == [1, 3]
    while tables.reads < ROW_READS_BEFORE_OFFSETS:
        assert tables.row_start(5) == running[5] and tables.breaks == [1, 3]
    with pytest.raises(AttributeError):
        object.__getattribute__(tables, "starts")
    assert [tables.row_start(i) for i in range(6)] == running[:6] and tables.breaks is None
    assert list(tables.starts) == running and tables.row_starts(range(6)) == running[:6]
