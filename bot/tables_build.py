"""Building and writing ``bot.tables.Tables`` (training and ``jiebei-bot train`` only): weight
rows packed into the arrays, and the arrays as JSON data or as one binary block. The formats are
described in ``bot.tables_format``; reading them back (``Tables.from_bytes``, ``Tables.from_dict``)
is ``bot.tables_read``'s, on a start's path.
"""

from __future__ import annotations

import array
import sys
from typing import Any, Iterable, Mapping

from .names import HashedNames
from .packing import pack
from .tables import Tables
from .tables_format import BLOCK, MAGIC, MAX_TOPICS, NARROW, OFFSET, WIDE_MARK


def with_rows(tables: Tables, rows: Mapping[str, dict[int, int] | list[int]], topics: int) -> Tables:
    """``tables``' features with these weight rows (see ``Tables.with_rows``)."""
    if topics > MAX_TOPICS:
        raise ValueError(f"expected at most {MAX_TOPICS} topics, found {topics}")
    counts, columns, weights = array.array("H"), array.array("H"), array.array("i")
    full_at = max(1, topics // 2)
    for key in tables.keys:
        row = rows.get(key)
        if isinstance(row, list) and len(row) - row.count(0) >= full_at:
            counts.append(topics)
            weights.extend(row)
            continue
        items = enumerate(row) if isinstance(row, list) else sorted(row.items()) if row else ()
        sparse = {c: w for c, w in items if w}
        if len(sparse) >= full_at:
            counts.append(topics)
            weights.extend(sparse.get(c, 0) for c in range(topics))
        else:
            counts.append(len(sparse))
            columns.extend(sparse)
            weights.extend(sparse.values())
    return Tables(tables.keys, tables.idf, topics, counts, columns, weights)


def to_dict(tables: Tables) -> dict[str, Any]:
    """The tables as JSON-ready data (base64 of little-endian arrays)."""
    keys = tables.keys
    if any("\n" in key for key in keys):
        raise ValueError("a feature name holds a newline")
    return {"features": "\n".join(keys), "idf": pack("i", tables.idf), "counts": pack("H", tables.counts),
            "columns": pack("H", tables.columns), "weights": pack("i", weight_values(tables))}


def weight_values(tables: Tables) -> array.array[int]:
    """Every weight, the wide ones of narrow tables included, as int32 (a copy when the weights
    are narrow: for writing and inspection, not scoring)."""
    if tables.weights.typecode == "i":
        return tables.weights
    values = array.array("i", tables.weights)
    for at, weight in tables.wide.items():
        values[at] = weight
    return values


def narrow(tables: Tables) -> bool:
    """Whether the block holds the weights as int16 (tables of more than two topics, which read
    their rows through ``Tables._row_at``: it puts the wide weights back)."""
    return tables.topics > 2


def layout(tables: Tables) -> dict[str, int]:
    """The lengths a binary block holds (recorded beside it: ``Tables.from_bytes`` needs them)."""
    sizes = {"features": len(tables.index), "weights": len(tables.weights), "columns": len(tables.columns)}
    if narrow(tables):
        sizes["wide"] = sum(1 for weight in weight_values(tables) if not -NARROW <= weight <= NARROW)
    if tables.hashed:
        sizes["slots"] = _names(tables).mask + 1
    return sizes


def _names(tables: Tables) -> HashedNames:
    return tables.index if isinstance(tables.index, HashedNames) else HashedNames.build(tables.keys)


def to_bytes(tables: Tables) -> bytes:
    """The tables as one binary block."""
    keys = tables.keys
    if any("\n" in key for key in keys):
        raise ValueError("a feature name holds a newline")
    arrays = [array.array(code, getattr(tables, name)) for name, code, _ in BLOCK]
    if narrow(tables):  # int16 weights, the wide ones marked there and listed after the columns
        values = weight_values(tables)
        wide = [at for at, weight in enumerate(values) if not -NARROW <= weight <= NARROW]
        arrays[2] = array.array("h", (w if -NARROW <= w <= NARROW else WIDE_MARK for w in values))
        arrays += [array.array(OFFSET, wide), array.array("i", (values[at] for at in wide))]
    if tables.hashed:
        names = _names(tables)
        arrays += [array.array(OFFSET, names.starts), array.array(OFFSET, names.slot_array())]
    parts = [MAGIC]
    for table in arrays:
        if sys.byteorder == "big":
            table.byteswap()
        parts.append(table.tobytes())
    parts.append("\n".join(keys).encode("utf-8"))
    return b"".join(parts)


def column_of(tables: Tables, column: int, keys: Iterable[str]) -> dict[str, int]:
    """The weights of these features for one topic (features that keep none are left out)."""
    index, counts, starts, weights, topics = tables.index, tables.counts, tables.offsets(), weight_values(tables), tables.topics
    found = {}
    for key in keys:
        i = index.get(key)
        if i is None:
            continue
        n = counts[i]
        if n == topics:
            found[key] = weights[starts[i] + column]
        elif n:
            c = tables.column_starts[i]
            for j, other in enumerate(tables.columns[c:c + n]):
                if other == column:
                    found[key] = weights[starts[i] + j]
    return found


def dense_rows(tables: Tables) -> dict[str, list[int]]:
    """Each feature that keeps weights, with one weight per topic (zeros included); no row is
    left in the scoring cache."""
    rows, weights = {}, weight_values(tables)
    for i, (key, n) in enumerate(zip(tables.keys, tables.counts)):
        if not n:
            continue
        a = tables.offsets()[i]
        if n == tables.topics:
            rows[key] = list(weights[a:a + n])
            continue
        row, c = [0] * tables.topics, tables.column_starts[i]
        for column, weight in zip(tables.columns[c:c + n], weights[a:a + n]):
            row[column] = weight
        rows[key] = row
    return rows
