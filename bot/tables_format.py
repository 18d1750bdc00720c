"""How the classifier's feature tables are stored (``model.json``, ``model.bin``): the format that
``bot.tables_build`` writes, ``bot.tables_read`` reads back and ``bot.tables.Tables`` holds.

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

from .names import OFFSET  # row offsets into weights and columns: unsigned 32-bit where the platform has it

SCALE = 10_000
MAX_TOPICS = 0xFFFF  # topic indices are uint16
MAGIC = b"JBTABLES1\n"  # the start of a binary block (``to_bytes``)
# The arrays of a binary block, in order: name, type code, item size (see the module doc).
BLOCK = (("idf", "i", 4), ("counts", "H", 2), ("weights", "i", 4), ("columns", "H", 2))
# Narrow weights (int16, "h") stand for the weights in -NARROW..NARROW; a wide one (~400 of the
# topic table's 558,429) holds WIDE_MARK there and its value in ``Tables.wide``.
NARROW, WIDE_MARK = 0x7FFF, -0x8000
# Tables of at most this many topics are saved with a hashed name index (bot.names): ~2 MiB less
# per detector and ~3 MiB for the topic model in every process, and no name split or dict at load,
# for ~0.3 microseconds more per lookup past the index's memo (scoring's row cache keeps the rest
# of a dict's speed). 2 would hash the safety detectors' tables only.
HASHED_UP_TO = MAX_TOPICS

__all__ = ["BLOCK", "HASHED_UP_TO", "MAGIC", "MAX_TOPICS", "NARROW", "OFFSET", "SCALE", "WIDE_MARK"]
