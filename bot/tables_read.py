"""Reading stored feature tables back (``Tables.from_bytes``, ``Tables.from_dict``) and the check
that their parts fit together (``Tables.checked``): the formats are described in ``bot.tables_format``,
writing them in ``bot.tables_build``.
"""

from __future__ import annotations

import array
import sys
from typing import Any, Mapping

from . import tables as _tables
from .names import MEMO_LIMIT, HashedNames
from .packing import unpack
from .tables import Tables
from .tables_format import BLOCK, MAGIC, MAX_TOPICS, OFFSET, WIDE_MARK


def from_bytes(cls: type[Tables], block: bytes, layout: Mapping[str, Any], topics: int) -> Tables:
    """The tables ``to_bytes`` wrote, with the lengths ``layout`` recorded. Raises ValueError
    (or KeyError, TypeError) when they do not fit together."""
    sizes = {"idf": layout["features"], "counts": layout["features"], "weights": layout["weights"],
             "columns": layout["columns"]}
    parts: tuple[tuple[str, str, int], ...] = BLOCK
    if "wide" in layout:  # narrow weights (int16), then the wide ones' positions and weights
        if topics <= 2:
            raise ValueError("expected int32 weights in a table of two topics")
        sizes.update(wide_at=layout["wide"], wide_weights=layout["wide"])
        parts = (BLOCK[0], BLOCK[1], ("weights", "h", 2), BLOCK[3], ("wide_at", OFFSET, 4), ("wide_weights", "i", 4))
    if "slots" in layout:  # a hashed name index (bot.names) follows the arrays
        sizes.update(starts=layout["features"] + 1, slots=layout["slots"])
        parts += (("starts", OFFSET, 4), ("slots", OFFSET, 4))
    if not all(type(n) is int and n >= 0 for n in sizes.values()):
        raise ValueError("expected the tables' lengths as whole numbers")
    if not block.startswith(MAGIC):
        raise ValueError("expected a table block (it does not start as one)")
    view, at, arrays = memoryview(block), len(MAGIC), {}
    for name, code, size in parts:
        end = at + sizes[name] * size
        if end > len(block):
            raise ValueError(f"expected {sizes[name]} {name} in the block, found it shorter")
        table = array.array(code)
        table.frombytes(view[at:end])
        if sys.byteorder == "big":
            table.byteswap()
        arrays[name] = table
        at = end
    text = str(view[at:], "utf-8")
    wide = dict(zip(arrays.pop("wide_at", ()), arrays.pop("wide_weights", ())))
    weights = arrays["weights"]
    if not all(at < len(weights) and weights[at] == WIDE_MARK for at in wide):
        raise ValueError("expected each wide weight's place marked in the narrow weights")
    if "slots" in arrays:
        # A table scored on every message (the topic model) remembers more lookups: ~20 of
        # a message's ~43 features are past a memo of 1,024, ~10 past one of 4,096 (~0.4 MiB).
        names = HashedNames.checked(text + "\n" if text else "", arrays["starts"], arrays["slots"],
                                    MEMO_LIMIT if topics <= 2 else _tables.TOPIC_MEMO_LIMIT)
        tables = cls.checked(names, arrays, topics)
    else:
        tables = cls.checked(text.split("\n") if text else [], arrays, topics)
    tables.wide = wide
    return tables


def from_dict(cls: type[Tables], data: Mapping[str, Any], topics: int) -> Tables:
    """The tables ``to_dict`` wrote, for a model of ``topics`` topics. Raises ValueError (or
    KeyError, TypeError) when they do not fit together."""
    text = data["features"]
    if not isinstance(text, str):
        raise TypeError("features: expected the names joined by newlines")
    arrays = {"idf": unpack("i", data["idf"]), "counts": unpack("H", data["counts"]),
              "columns": unpack("H", data["columns"]), "weights": unpack("i", data["weights"])}
    return cls.checked(text.split("\n") if text else [], arrays, topics)


def checked(cls: type[Tables], keys: list[str] | HashedNames, arrays: Mapping[str, array.array[int]], topics: int) -> Tables:
    """Tables from their parts, once the parts are known to fit together (else ValueError)."""
    if not 0 < topics <= MAX_TOPICS:
        raise ValueError(f"expected 1 to {MAX_TOPICS} topics, found {topics}")
    idf, counts, columns, weights = arrays["idf"], arrays["counts"], arrays["columns"], arrays["weights"]
    if not len(idf) == len(counts) == len(keys):
        raise ValueError(f"expected one idf and one count per feature ({len(keys)}), "
                         f"found {len(idf)} and {len(counts)}")
    tables = cls(keys, idf, topics, counts, columns, weights)
    breaks = tables.breaks
    if columns:
        column_count = sum(counts[i] for i in tables.column_starts)
    elif breaks is not None:  # (the few uneven rows are every row not full: PERF_LOG part 35)
        column_count = sum(counts[i] for i in breaks)
    else:  # no column_starts made: no row may be sparse (every count 0 or ``topics``)
        sparse_rows = len(counts) - counts.count(0) - counts.count(topics)
        column_count = sum(n for n in counts if n != topics) if sparse_rows else 0
    # (the counts' sum, not ``tables.starts[-1]``: the offsets are made only when asked; with few
    # uneven rows, every row full less what those lack, as ``row_start`` reads it)
    weight_count = topics * len(counts) - tables.deficits[-1] if breaks is not None else sum(counts)
    if weight_count != len(weights) or column_count != len(columns):
        raise ValueError(f"expected {weight_count} weights and {column_count} columns "
                         f"as the counts say, found {len(weights)} and {len(columns)}")
    if columns and max(columns) >= topics:
        raise ValueError(f"expected topic columns below {topics}, found {max(columns)}")
    return tables


__all__ = ["checked", "from_bytes", "from_dict"]
