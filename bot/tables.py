"""The classifier's feature tables, packed: what ``model.json`` stores and what scoring reads.

One typed array per column instead of one object per feature, so that a saved model loads with
a few C-level conversions (base64, ``str.split``, ``dict(zip(...))``) and no loop over its rows:

- ``features``: the feature names, sorted, joined by newlines (no feature holds one);
- ``idf``: one int32 per feature, in units of 1/SCALE;
- ``counts``: one uint16 per feature, how many weights it keeps (0: pruned);
- ``weights``: int32 weights in units of 1/SCALE, feature after feature. A feature keeping
  ``topics`` weights has a *full* row: one weight per topic, in topic order (zeros included);
- ``columns``: uint16 topic indices, one per weight of the other (*sparse*) rows, ascending.

A row is stored full once at least half the topics have a weight in it: summing a full row is
cheaper per weight. Both kinds give the same scores as one dense row with zeros would, to the bit.

The same arrays go into JSON (``to_dict``: base64 strings, as in ``safety_model.json``) or into
one binary block (``to_bytes``: the arrays' little-endian bytes back to back, then the names in
UTF-8, as in ``model.bin``): the block loads by copying bytes, with no text to scan or decode.

Tables of at most HASHED_UP_TO topics (since perf10: every table, the topic model's included)
also store a hashed index of their names in the block (``bot.names``: name offsets and hash
slots, between the arrays and the names) and load without a Python string per name.

Tables of more than two topics (the topic model) write their weights narrow in a block: int16,
each weight past +-NARROW as WIDE_MARK there and listed after ``columns`` (uint32 positions,
then int32 weights; their number is ``wide`` in the layout): ~1.1 MiB less in every process.
A block without ``wide`` loads as before (int32).
"""

from __future__ import annotations

import array
import struct
import sys
from bisect import bisect_right
from functools import reduce
from itertools import accumulate, compress, repeat
from operator import add, mul, ne
from typing import Any, Callable, Iterable, Mapping, Sequence, cast

from .names import OFFSET, HashedNames

SCALE = 10_000
TOPIC_MEMO_LIMIT = 1024  # name lookups a hashed index of more than two topics remembers (bot.names; 4,096: +~0.2 MiB)
ROW_CACHE_LIMIT = 1024  # full rows kept as ready slices, per table, in two generations (_row_at; 4,096 held ~0.9 MiB more: PERF_LOG part 18)
_MAX_TOPICS = 0xFFFF
MAGIC = b"JBTABLES1\n"  # the start of a binary block (``to_bytes``)
# The arrays of a binary block, in order: name, type code, item size (see the module doc).
_BLOCK = (("idf", "i", 4), ("counts", "H", 2), ("weights", "i", 4), ("columns", "H", 2))
# Row offsets into weights and columns: unsigned 32-bit where the platform has it.
_OFFSET = OFFSET
# Narrow weights (int16, "h") stand for the weights in -NARROW..NARROW; a wide one (~400 of the
# topic table's 558,429) holds WIDE_MARK there and its value in ``Tables.wide``.
NARROW, WIDE_MARK = 0x7FFF, -0x8000
# Tables of at most this many topics are saved with a hashed name index (bot.names): ~2 MiB less
# per detector and ~3 MiB for the topic model in every process, and no name split or dict at load,
# for ~0.3 microseconds more per lookup past the index's memo (scoring's row cache keeps the rest
# of a dict's speed). 2 would hash the safety detectors' tables only.
HASHED_UP_TO = _MAX_TOPICS


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


class Tables:
    """Feature names, idf and weight rows of one classifier (immutable once built)."""

    __slots__ = ("_keys", "index", "idf", "topics", "counts", "starts", "column_starts", "columns", "weights",
                 "full_rows", "old_rows", "wide", "wide_rows")
    starts: array.array[int]  # set by offsets(), at the first row read

    def __init__(self, keys: list[str] | HashedNames, idf: array.array[int], topics: int, counts: array.array[int],
                 columns: array.array[int], weights: array.array[int]) -> None:
        # A list of names and a dict from name to index; or, loaded from a block that has
        # one, a hashed index over the packed names (bot.names) and no list.
        self.index: dict[str, int] | HashedNames
        if isinstance(keys, HashedNames):
            self._keys: list[str] | None = None
            self.index = keys
        else:
            self._keys = keys
            self.index = dict(zip(keys, range(len(keys))))
        self.idf = idf
        self.topics = topics
        self.counts = counts
        # ``starts``, where each row's weights start, is made at the first row read (offsets()).
        # Where each sparse row's topic columns start in ``columns`` (full rows store none): a
        # dict over the sparse rows alone, found by one pass that skips the others. They are
        # few (the topic table: ~100 of 25,651 rows), so this is ~2 M instructions at load
        # where an offset for every row (an accumulation) was ~24 M. Tables with no sparse row
        # (the safety detectors: every row full or pruned) skip even that pass.
        self.column_starts: dict[int, int] = {}
        if columns:
            at = 0
            # The rows whose count is not ``topics`` found in C (compress), then the empty ones
            # dropped: no Python step per row (the topic table: 26,638 rows, 73 sparse).
            for i in compress(range(len(counts)), map(ne, counts, repeat(topics))):
                if counts[i]:
                    self.column_starts[i] = at
                    at += counts[i]
        self.columns = columns
        self.weights = weights  # int32 ("i"); int16 ("h") when read narrow from a block (wide below)
        # A narrow block's wide weights by position in ``weights``, and by row (made with the
        # offsets: row -> [(position in the row, weight)]).
        self.wide: dict[int, int] = {}
        self.wide_rows: dict[int, list[tuple[int, int]]] = {}
        # Full rows as slices, made on first use: the rows of features that messages use, not all,
        # and at most ROW_CACHE_LIMIT of them (a server meeting ever new messages would otherwise
        # keep a row object for most features: ~4 MiB after 20,000 varied requests).
        # Two threads may both make one; the results are equal, so the race is harmless.
        self.full_rows: dict[int, array.array[float]] = {}  # by row index, weights as doubles
        self.old_rows: dict[int, array.array[float]] = {}  # the generation before (_row_at)

    def offsets(self) -> array.array[int]:
        """``starts``: every row's offset in ``weights`` (uint32, "I": half the memory of "q"; a
        model's weights fit in 64 MiB anyway), made at the first row read, not at load: the
        accumulation is ~24 M instructions for the three tables (~6% of Engine.load(); PERF_LOG
        part 16), and a load that never classifies (or a detector no message reached) does not
        need it. Two threads may both make it: the results are equal, and a slot write is
        atomic, so the race is harmless. (The hot paths read the slot in a ``try``, free when it
        is there; a __getattr__ on the class would slow every attribute read of a table.)"""
        try:
            return self.starts
        except AttributeError:
            starts = array.array(_OFFSET, accumulate(self.counts, initial=0))
            rows: dict[int, list[tuple[int, int]]] = {}
            for at, weight in self.wide.items():  # a row holds at its own start, not before
                row = bisect_right(starts, at) - 1
                rows.setdefault(row, []).append((at - starts[row], weight))
            self.wide_rows = rows
            self.starts = starts
            return starts

    @property
    def keys(self) -> list[str]:
        """The feature names in table order (a new list each time for a hashed index)."""
        if self._keys is not None:
            return self._keys
        assert isinstance(self.index, HashedNames)  # built with a list, or with one of these
        return self.index.names()

    @property
    def hashed(self) -> bool:
        """Whether ``to_bytes`` writes a hashed name index (tables of few topics)."""
        return 0 < self.topics <= HASHED_UP_TO

    @classmethod
    def of_features(cls, keys: list[str], idf: array.array[int]) -> "Tables":
        """Tables with idf and no weights yet (``with_rows`` adds them)."""
        return cls(keys, idf, 0, array.array("H", bytes(2 * len(keys))), array.array("H"), array.array("i"))

    def with_rows(self, rows: Mapping[str, dict[int, int] | list[int]], topics: int) -> "Tables":
        """The same features with these weight rows (feature -> {topic index: weight}, or one
        weight per topic); features without a row keep no weight. Zero weights are left out."""
        from .tables_build import with_rows  # training and writing: not on a start's path

        return with_rows(self, rows, topics)

    def to_dict(self) -> dict[str, Any]:
        """The tables as JSON-ready data (base64 of little-endian arrays; see the module doc)."""
        from .tables_build import to_dict

        return to_dict(self)

    def layout(self) -> dict[str, int]:
        """The lengths a binary block holds (recorded beside it: ``from_bytes`` needs them)."""
        from .tables_build import layout

        return layout(self)

    def to_bytes(self) -> bytes:
        """The tables as one binary block (see the module doc)."""
        from .tables_build import to_bytes

        return to_bytes(self)

    @classmethod
    def from_bytes(cls, block: bytes, layout: Mapping[str, Any], topics: int) -> "Tables":
        """The tables ``to_bytes`` wrote, with the lengths ``layout`` recorded. Raises ValueError
        (or KeyError, TypeError) when they do not fit together."""
        from .tables_read import from_bytes

        return from_bytes(cls, block, layout, topics)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], topics: int) -> "Tables":
        """The tables ``to_dict`` wrote, for a model of ``topics`` topics. Raises ValueError (or
        KeyError, TypeError) when they do not fit together."""
        from .tables_read import from_dict

        return from_dict(cls, data, topics)

    @classmethod
    def checked(cls, keys: list[str] | HashedNames, arrays: Mapping[str, array.array[int]], topics: int) -> "Tables":
        """Tables from their parts, once the parts are known to fit together (else ValueError)."""
        from .tables_read import checked

        return checked(cls, keys, arrays, topics)

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
        try:
            starts = self.starts
        except AttributeError:
            starts = self.offsets()
        counts, weights = self.counts, self.weights
        first = second = 0.0
        for i, value in zip(indices, values):
            n = counts[i]
            if n == 2:
                a = starts[i]
                first += weights[a] * value
                second += weights[a + 1] * value
            elif n:
                a, c = starts[i], self.column_starts[i]
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
            try:
                a = self.starts[i]
            except AttributeError:
                a = self.offsets()[i]
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
            wide = self.wide_rows.get(i) if self.wide_rows else None
            if wide:  # ~300 rows of the topic table
                for at, weight in wide:
                    row[at if n == topics else self.columns[self.column_starts[i] + at]] = weight
        if self._keys is not None or self.topics > 2:
            full = self.full_rows
            if len(full) >= ROW_CACHE_LIMIT // 2:  # (two threads may both turn it: rows lost, none wrong)
                self.old_rows, self.full_rows = full, {}
                full = self.full_rows
            full[i] = row
        return row

    def column(self, column: int, keys: Iterable[str]) -> dict[str, int]:
        """The weights of these features for one topic (features that keep none are left out)."""
        from .tables_build import column_of  # inspection and tests: not on a message's path

        return column_of(self, column, keys)

    def column_at(self, column: int, indices: Iterable[int]) -> list[float]:
        """One topic's weight in each of these rows (0 where a row keeps none; a weight as a
        float, equal to the int32 stored), through the row cache that scoring fills: the rows a
        message's scores just gathered."""
        # (``is None``: a cached empty row is falsy, and was made again at every read)
        get, row_at = self.full_rows.get, self._row_at
        return [row[column] if (row := found if (found := get(i)) is not None else row_at(i)) else 0 for i in indices]

    def idf_map(self) -> dict[str, float]:
        """Each feature's idf as a float."""
        return {key: q / SCALE for key, q in zip(self.keys, self.idf)}

    def dense_rows(self) -> dict[str, list[int]]:
        """Each feature that keeps weights, with one weight per topic (zeros included)."""
        from .tables_build import dense_rows

        return dense_rows(self)
