"""Reading a ``bot.tables.Tables``' weight rows and scoring with them: the rows' offsets, made
at the first row read, the cache of rows as doubles in two generations, and sums that add the
products in the order given (the same scores, to the bit, on every Python version).

``RowScoring`` holds no data of its own: ``Tables`` inherits these methods, so that a message's
scoring path is one attribute lookup away, as when they were written in the class.
"""

from __future__ import annotations

import array
import struct
import sys
from bisect import bisect_left, bisect_right
from functools import reduce
from itertools import accumulate, repeat
from operator import add, mul
from typing import Callable, Iterable, Mapping, Sequence, cast

from .names import HashedNames
from .tables_format import OFFSET, SCALE

# Rows a table of few uneven rows reads (row_start, row_starts) from them before it makes its
# offsets after all: a one-shot ask reads ~25-150 of a table, a server soon more, and reading an
# array is ~4x cheaper a row than a bisect (PERF_LOG part 35: a warm ask +1% without this).
ROW_READS_BEFORE_OFFSETS = 1024
ROW_CACHE_LIMIT = 1024  # full rows kept as ready slices, per table, in two generations (_row_at; 4,096 held ~0.9 MiB more: PERF_LOG part 18)
_NO_ROW: array.array[float] = array.array("d")  # the row of a feature that keeps no weight
_packers: dict[int, Callable[..., bytes]] = {}  # row length -> struct packing that many doubles


def _packer(n: int) -> Callable[..., bytes]:
    # Native doubles, as array("d") holds them: an int weight becomes the double it equals.
    return _packers.setdefault(n, struct.Struct(f"={n}d").pack)


def _reduce_add(products: Iterable[float], start: float) -> float:
    return reduce(add, products, start)


# A float sum in the order given, one rounding per addition (what a running sum in Python does):
# the builtin ``sum`` does exactly that up to Python 3.11 (and skips an object per addition);
# from 3.12 it compensates rounding errors, so there ``reduce(add, ...)`` keeps these scores' bits
# the same. (Not every float in the package: bot.linear's normalisation and softmax use ``sum``, so
# confidences may differ in their last digits across versions; topics and answers do not.)
_sum_in_order: Callable[[Iterable[float], float], float] = sum if sys.version_info < (3, 12) else _reduce_add


class RowScoring:
    """Row offsets, the row cache and scoring, for ``bot.tables.Tables``: the slots here are what
    reading rows makes (``Tables.__init__`` starts them empty); the table's data are
    ``Tables``' slots, annotated below for the type checker."""

    __slots__ = ("starts", "breaks", "deficits", "reads", "full_rows", "old_rows", "wide_at", "wide_rows")
    starts: array.array[int]  # set by offsets()
    breaks: list[int] | None  # the uneven rows, when few (bot.tables.uneven_rows); else None, and
    # None once ROW_READS_BEFORE_OFFSETS row reads have made the offsets (``rows_read``)
    reads: int  # rows read from ``breaks``
    deficits: list[int]  # with breaks: what the first k of them lack (row_start)
    full_rows: dict[int, array.array[float]]
    old_rows: dict[int, array.array[float]]
    wide_at: list[int]  # the wide weights' positions in order (_row_at, while ``breaks`` is read)
    wide_rows: dict[int, list[tuple[int, int]]]  # row -> [(position in the row, weight)], once ``starts`` is read
    _keys: list[str] | None
    index: dict[str, int] | HashedNames
    topics: int
    counts: array.array[int]
    column_starts: dict[int, int]
    columns: array.array[int]
    weights: array.array[int]
    wide: dict[int, int]

    def offsets(self) -> array.array[int]:
        """``starts``: every row's offset in ``weights`` (uint32, "I": half the memory of "q"; a
        model's weights fit in 64 MiB anyway), made when first asked, not at load: the
        accumulation is ~11 M instructions for the three tables. Scoring asks it only of a
        table with many uneven rows (``breaks`` None); the others' rows start where
        ``row_start`` says (PERF_LOG part 35). Two threads may both make it: the results are
        equal, and a slot write is atomic, so the race is harmless. (The hot paths read the slot
        in a ``try``, free when it is there; a __getattr__ on the class would slow every
        attribute read of a table.)"""
        try:
            return self.starts
        except AttributeError:
            starts = array.array(OFFSET, accumulate(self.counts, initial=0))
            self.starts = starts
            return starts

    def row_starts(self, indices: Sequence[int]) -> list[int]:
        """Where each of these rows starts in ``weights`` (the counts' running sum before it):
        with few uneven rows, ``topics`` per row before it less what the uneven ones among them
        lack (a ``bisect`` over those few), else read from ``offsets()``."""
        breaks = self.breaks
        if breaks is not None and self.reads >= ROW_READS_BEFORE_OFFSETS:
            breaks = self._read_many()
        if breaks is None:
            try:
                starts = self.starts
            except AttributeError:
                starts = self.offsets()
            return list(map(starts.__getitem__, indices))
        self.reads += len(indices)
        topics, deficits = self.topics, self.deficits
        return [topics * i - deficits[bisect_left(breaks, i)] for i in indices]

    def row_start(self, i: int) -> int:
        """Where row ``i`` starts in ``weights`` (``row_starts`` of one row)."""
        breaks = self.breaks
        if breaks is not None and self.reads >= ROW_READS_BEFORE_OFFSETS:
            breaks = self._read_many()
        if breaks is None:
            try:
                return self.starts[i]
            except AttributeError:
                return self.offsets()[i]
        self.reads += 1
        return self.topics * i - self.deficits[bisect_left(breaks, i)]

    def _read_many(self) -> list[int] | None:
        # A table read often (a server): its offsets made now, read from them from now on (two
        # threads may both get here: the same array, and both stores are atomic).
        self.offsets()
        self.breaks = None
        return None

    def scores(self, vector: Mapping[str, float], bias: Sequence[float]) -> list[float]:
        """Bias plus the weighted features (weights in units of 1/SCALE)."""
        found = [(i, value) for i, value in zip(self.indices(vector), vector.values()) if i >= 0]
        return self.scores_at([i for i, _ in found], [value for _, value in found], bias)

    def indices(self, keys: Iterable[str]) -> list[int]:
        """Each key's row index, -1 for a key that is no feature name."""
        index = self.index
        if isinstance(index, HashedNames):
            # Its memo (a dict: a C-level call; MISSING is -1) first; a miss asks the index,
            # which fills the memo.
            memo_get, remember = index.memo.get, index.remember
            return [i if (i := memo_get(key)) is not None else remember(key) for key in keys]
        return list(map(index.get, keys, repeat(-1)))

    def scores_at(self, indices: Sequence[int], values: Sequence[float], bias: Sequence[float]) -> list[float]:
        """Bias plus the weighted features, given as row indices (``indices``; none negative) and
        their values, in the order to add them.

        Each topic's sum adds its features' products in that order, starting from 0.0, exactly
        as a running sum per feature would: the rows are gathered first, then summed a topic at a
        time in C (``_sum_in_order`` over ``map(mul, ...)``: no Python bytecode per weight, ~30%
        fewer instructions than a list per feature). Sparse rows are expanded with zeros: adding
        a zero product never changes a sum that starts at +0.0 (it cannot become -0.0), so the
        scores are the same to the bit. Cached rows hold their weights as doubles (``_row_at``):
        an int32 weight converts to a double exactly, and an int times a float is computed as
        that double times the float, so the products are the same; the rows are joined into one
        buffer and each topic's column read from it with a stride (no tuple per topic, no int
        object per weight: ~35% fewer instructions than transposing the rows with ``zip``)."""
        if self._keys is None and self.topics == 2:
            return self._two_scores(indices, values, bias)
        # The cached rows gathered in C; a Python step only for rows not cached yet.
        found = list(map(self.full_rows.get, indices))
        if None in found:
            row_at = self._row_at
            rows = [row_at(i) if row is None else row for row, i in zip(found, indices)]
        else:
            rows = cast("list[array.array[float]]", found)
        kept: Sequence[float] = values
        if not all(rows):  # an empty row: the feature keeps no weight
            kept = [value for row, value in zip(rows, values) if row]
            rows = [row for row in rows if row]
        if not rows:
            return [b + 0.0 for b in bias]
        flat, topics = memoryview(b"".join(rows)).cast("d"), self.topics
        return [b + _sum_in_order(map(mul, flat[t::topics], kept), 0.0) / SCALE for t, b in zip(range(topics), bias)]

    def _two_scores(self, indices: Sequence[int], values: Sequence[float], bias: Sequence[float]) -> list[float]:
        # Two topics and no row cache (a hashed index: the safety detectors): two running sums.
        counts, weights = self.counts, self.weights
        first = second = 0.0
        for i, value, a in zip(indices, values, self.row_starts(indices)):
            n = counts[i]
            if n == 2:
                first += weights[a] * value
                second += weights[a + 1] * value
            elif n:
                c = self.column_starts[i]
                for column, weight in zip(self.columns[c:c + n], weights[a:a + n]):
                    if column:
                        second += weight * value
                    else:
                        first += weight * value
        return [bias[0] + first / SCALE, bias[1] + second / SCALE]

    def _row_at(self, i: int) -> array.array[float]:
        """Row ``i``'s weights for every topic, as doubles (a sparse row with its zeros filled in;
        empty for a feature that keeps no weight). Kept in ``full_rows`` for the next message, in
        two generations of ROW_CACHE_LIMIT / 2 rows: when the young one (``full_rows``) is full it
        becomes the old one (``old_rows``), whose rows come back to the young one when used again,
        and the old one before it goes; the rows used often stay, where keeping the first ones
        used kept rows one message needed (misses on the pool's mix: 26% -> 16% at 1,024 rows).
        Two-topic tables with a hashed index (the safety detectors, scored by ``_two_scores``
        without rows: their memory is what the index saves) keep none."""
        row = self.old_rows.get(i)
        if row is None:
            a = self.row_start(i)
            n, topics = self.counts[i], self.topics
            if n == topics:  # through struct: array("d", ints) converts each with PyArg_Parse (~2x slower)
                row = array.array("d", (_packers.get(n) or _packer(n))(*self.weights[a:a + n]))
            elif n:
                row = array.array("d", bytes(8 * topics))
                c = self.column_starts[i]
                for column, weight in zip(self.columns[c:c + n], self.weights[a:a + n]):
                    row[column] = weight
            else:
                row = _NO_ROW
            if self.wide and n:  # ~300 rows of the topic table hold a wide weight
                for at, weight in self._wide_in(i, a, n):
                    row[at if n == topics else self.columns[self.column_starts[i] + at]] = weight
        if self._keys is not None or self.topics > 2:
            full = self.full_rows
            if len(full) >= ROW_CACHE_LIMIT // 2:  # (two threads may both turn it: rows lost, none wrong)
                self.old_rows, self.full_rows = full, {}
                full = self.full_rows
            full[i] = row
        return row

    def _wide_in(self, i: int, a: int, n: int) -> list[tuple[int, int]]:
        # Row i's wide weights (position in the row, weight); the row starts at ``a`` and holds ``n``.
        # While the rows start where ``breaks`` says: two bisects over the positions in order; once
        # the offsets are made (a server), a dict by row made from them (a warm ask +0.3% with
        # the bisects at every row-cache miss, PERF_LOG part 35).
        if self.breaks is None:
            try:
                rows = self.wide_rows
            except AttributeError:
                rows, starts = {}, self.offsets()
                for at, weight in self.wide.items():  # a row holds at its own start, not before
                    row = bisect_right(starts, at) - 1
                    rows.setdefault(row, []).append((at - starts[row], weight))
                self.wide_rows = rows
            return rows.get(i, [])
        try:
            wide_at = self.wide_at
        except AttributeError:
            wide_at = self.wide_at = sorted(self.wide)
        first = bisect_left(wide_at, a)
        return [(at - a, self.wide[at]) for at in wide_at[first:bisect_left(wide_at, a + n, first)]]

    def column_at(self, column: int, indices: Iterable[int]) -> list[float]:
        """One topic's weight in each of these rows (0 where a row keeps none; a weight as a
        float, equal to the int32 stored), through the row cache that scoring fills: the rows a
        message's scores just gathered."""
        # (``is None``: a cached empty row is falsy, and was made again at every read)
        get, row_at = self.full_rows.get, self._row_at
        return [row[column] if (row := found if (found := get(i)) is not None else row_at(i)) else 0 for i in indices]

