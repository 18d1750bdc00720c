"""The classifier's feature tables, packed: what ``model.json`` stores and what scoring reads.

The format the tables are stored in is described in ``bot.tables_format``; reading rows and
scoring with them is ``bot.tables_score``'s ``RowScoring``, which ``Tables`` inherits.
"""

from __future__ import annotations

import array
import sys
from itertools import compress, repeat
from operator import ne
from typing import Any, Iterable, Iterator, Mapping

from .names import HashedNames
from .tables_format import HASHED_UP_TO, MAGIC, NARROW, SCALE, WIDE_MARK
from .tables_score import RowScoring

TOPIC_MEMO_LIMIT = 1024  # name lookups a hashed index of more than two topics remembers (bot.names; 4,096: +~0.2 MiB)


def sparse_rows(counts: array.array[int], topics: int) -> Iterator[int]:
    """The rows whose count is neither 0 nor ``topics`` (the sparse ones), in order.

    The topic table has ~26,600 rows and ~70 sparse ones. ``compress`` over ``map(ne, ...)``
    still made one C-level call and step per row (~17 M instructions at every load, PERF_LOG
    part 34); when every count fits in its low byte (``topics`` < 256: the high bytes all zero),
    the low bytes are marked by one ``translate`` (1: sparse) and the marks found by ``find``, a
    Python step per sparse row only. Any other table takes the plain pass."""
    if counts.itemsize == 2 and 0 < topics < 256:
        raw = counts.tobytes()
        low, high = (raw[0::2], raw[1::2]) if sys.byteorder == "little" else (raw[1::2], raw[0::2])
        if not high.translate(None, b"\0"):  # every count below 256
            marks = low.translate(bytes(0 if value in (0, topics) else 1 for value in range(256)))
            at = marks.find(1)
            while at >= 0:
                yield at
                at = marks.find(1, at + 1)
            return
    for i in compress(range(len(counts)), map(ne, counts, repeat(topics))):
        if counts[i]:
            yield i


def uneven_rows(counts: array.array[int], topics: int) -> list[int] | None:
    """The rows whose count is not ``topics`` (the empty and the sparse ones), in order, when
    every count fits in its low byte and they are few (at most one row in 16, and 64 more);
    else None (the table's row offsets are then one running sum: bot.tables_score.offsets).

    Every other row holds a weight for every topic, so row ``i`` starts at ``topics * i`` less
    what the uneven rows before it lack (``RowScoring.row_start``): the offsets need no pass
    over every row (an ``accumulate`` into an array, ~11 M instructions of a first ask for the
    three tables, PERF_LOG part 35), and the load's checks read the few rows, not every count."""
    if counts.itemsize != 2 or not 0 < topics < 256:
        return None
    raw = counts.tobytes()
    low, high = (raw[0::2], raw[1::2]) if sys.byteorder == "little" else (raw[1::2], raw[0::2])
    if high.translate(None, b"\0"):  # a count of 256 or more
        return None
    marks = low.translate(bytes(0 if value == topics else 1 for value in range(256)))
    if marks.count(1) > len(counts) // 16 + 64:
        return None
    rows, at = [], marks.find(1)
    while at >= 0:
        rows.append(at)
        at = marks.find(1, at + 1)
    return rows


class Tables(RowScoring):
    """Feature names, idf and weight rows of one classifier (immutable once built)."""

    # (starts, breaks, deficits, reads, full_rows, old_rows and wide_at are RowScoring's slots)
    __slots__ = ("_keys", "index", "idf", "topics", "counts", "column_starts", "columns", "weights", "wide")

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
        # ``starts``, where each row's weights start, is made only when asked (offsets()), or at
        # the first row read of a table with many uneven rows.
        # Where each sparse row's topic columns start in ``columns`` (full rows store none): a
        # dict over the sparse rows alone, found by one pass that skips the others. They are
        # few (the topic table: ~100 of 25,651 rows), so this is ~2 M instructions at load
        # where an offset for every row (an accumulation) was ~24 M. Tables with no sparse row
        # (the safety detectors: every row full or pruned) skip even that pass.
        self.column_starts: dict[int, int] = {}
        # The rows that hold no weight or not one for every topic, and what each of them and
        # those before it lack (``deficits[k]``: the first k; RowScoring.row_start), when few.
        self.breaks = uneven_rows(counts, topics)
        self.reads = 0
        if self.breaks is not None:
            deficits, lacking = [0], 0
            for i in self.breaks:
                lacking += topics - counts[i]
                deficits.append(lacking)
            self.deficits = deficits
            if columns:
                at = 0
                for i in self.breaks:
                    if counts[i]:
                        self.column_starts[i] = at
                        at += counts[i]
        elif columns:
            at = 0
            for i in sparse_rows(counts, topics):
                self.column_starts[i] = at
                at += counts[i]
        self.columns = columns
        self.weights = weights  # int32 ("i"); int16 ("h") when read narrow from a block (wide below)
        # A narrow block's wide weights by position in ``weights`` (their positions in order: made
        # at the first row read, RowScoring._row_at).
        self.wide: dict[int, int] = {}
        # Full rows as slices, made on first use: the rows of features that messages use, not all,
        # and at most ROW_CACHE_LIMIT of them (a server meeting ever new messages would otherwise
        # keep a row object for most features: ~4 MiB after 20,000 varied requests).
        # Two threads may both make one; the results are equal, so the race is harmless.
        self.full_rows: dict[int, array.array[float]] = {}  # by row index, weights as doubles
        self.old_rows: dict[int, array.array[float]] = {}  # the generation before (_row_at)

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
        """The tables as JSON-ready data (base64 of little-endian arrays; see ``bot.tables_format``)."""
        from .tables_build import to_dict

        return to_dict(self)

    def layout(self) -> dict[str, int]:
        """The lengths a binary block holds (recorded beside it: ``from_bytes`` needs them)."""
        from .tables_build import layout

        return layout(self)

    def to_bytes(self) -> bytes:
        """The tables as one binary block (see ``bot.tables_format``)."""
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

    def column(self, column: int, keys: Iterable[str]) -> dict[str, int]:
        """The weights of these features for one topic (features that keep none are left out)."""
        from .tables_build import column_of  # inspection and tests: not on a message's path

        return column_of(self, column, keys)

    def idf_map(self) -> dict[str, float]:
        """Each feature's idf as a float."""
        return {key: q / SCALE for key, q in zip(self.keys, self.idf)}

    def dense_rows(self) -> dict[str, list[int]]:
        """Each feature that keeps weights, with one weight per topic (zeros included)."""
        from .tables_build import dense_rows

        return dense_rows(self)


# The format's names, importable from here as before the format had its own module.
__all__ = ["HASHED_UP_TO", "MAGIC", "NARROW", "SCALE", "TOPIC_MEMO_LIMIT", "WIDE_MARK", "Tables"]
