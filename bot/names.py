"""Feature names without one Python string per name: a hashed index over one packed string.

A classifier finds a message's features in its tables by name. A ``dict`` of names costs ~140
bytes a name (the string object, the int it maps to, the dict's slot): 16,000 names ~2.2 MiB.
``HashedNames`` keeps the same mapping in three flat parts, written by ``jiebei-bot train``:

- ``text``: every name, in table order, each followed by a newline (no name holds one);
- ``starts``: uint32, where each name starts in ``text`` (code points), and one past the end;
- ``slots``: uint32, an open-addressing hash table of 2**k slots (at most half full; once
  loaded, held as its two low byte planes when every slot fits in 16 bits: ``planes``): a name
  sits at ``crc32(its UTF-8) & (2**k - 1)`` or the first free slot after it, as its index + 1
  (0: free). CRC-32 is the same on every machine (no Python ``hash()``), so the table can be
  built once, at training time.

A lookup hashes the name and compares it with the names in its probe run, so it is exact:
a collision costs one more comparison, never a wrong answer. It is slower than a dict lookup
(~7 k instructions against a few hundred), so a memo (a dict) keeps the last lookups: 1,024 for
the safety detectors, 4,096 for the topic model (bot.tables), whose ~43 features per message
then miss it ~11 times. The price: ~7% more instructions per ``classify`` for ~3 MiB less in
every process and no name dict to build at every start.
"""

from __future__ import annotations

import array
import sys
from typing import Iterator
from binascii import crc32  # zlib.crc32 by another name; binascii is imported anyway (base64)

OFFSET = "I" if array.array("I").itemsize == 4 else "L"  # uint32 where the platform has it
MEMO_LIMIT = 1024  # lookups remembered by default; the memo is emptied when full (simple, bounded)
MISSING = -1  # memo value: looked up, not a name (what ``Tables.indices`` returns for one)


def slot_count(names: int) -> int:
    """The table size for this many names: a power of two, at least twice their number."""
    size = 8
    while size < 2 * names:
        size *= 2
    return size


def slot_summary(slots: array.array[int], count: int) -> tuple[int, int]:
    """``(max(slots), number of non-zero slots)`` (see ``summary_and_planes``)."""
    return summary_and_planes(slots, count)[0]


def _plain(slots: array.array[int]) -> tuple[tuple[int, int], None]:
    return ((max(slots) if slots else 0), len(slots) - slots.count(0)), None


def summary_and_planes(slots: array.array[int], count: int) -> tuple[tuple[int, int], tuple[bytes, bytes] | None]:
    """``(max(slots), number of non-zero slots)``, or ``(count, ...)`` standing for any maximum
    up to ``count``: what ``checked`` needs to know, exactly.

    ``max`` and ``count(0)`` over a uint32 array make an int object per slot (~23 M instructions
    for the topic table's 65,536 slots at every start). With fewer than 65,536 names the same
    answers come from the slots' bytes: every slot's two high bytes must be zero and its second
    byte at most ``count >> 8`` (comparisons and ``translate``: C-level passes over byte
    strings, no object per slot), the few slots whose second byte equals it are read one by
    one, and a slot is empty when its bytes, OR-ed together as big integers, are zero. Other
    tables are summarised the plain way.

    With the summary, those two low byte planes (each slot's low byte, each slot's second byte)
    when every slot is known to fit in them, else None: what ``checked`` keeps of the slots
    (``HashedNames.planes``: half the memory, and no pass over the slots to narrow them)."""
    if slots.itemsize != 4 or not slots or not 0 < count < 1 << 16:
        return _plain(slots)
    raw = slots.tobytes()
    little = sys.byteorder == "little"
    low, second, third, top = (raw[i::4] for i in ((0, 1, 2, 3) if little else (3, 2, 1, 0)))
    size, edge, last = len(slots), count >> 8, count & 0xFF
    zero = bytes(size)
    if third != zero or top != zero or second.translate(None, bytes(range(edge + 1))):
        return _plain(slots)  # some slot is over ``count``: say which
    at = second.find(edge)
    while at >= 0:
        if low[at] > last:
            return _plain(slots)
        at = second.find(edge, at + 1)
    empty = (int.from_bytes(low, "little") | int.from_bytes(second, "little")).to_bytes(size, "little").count(0)
    return (count, size - empty), (low, second)


class HashedNames:
    """A read-only map from feature name to its index (``get``, ``in``, ``len``, iteration)."""

    __slots__ = ("text", "starts", "slots", "planes", "mask", "memo", "memo_limit")

    def __init__(self, text: str, starts: array.array[int], slots: array.array[int] | tuple[bytes, bytes],
                 memo_limit: int = MEMO_LIMIT) -> None:
        self.text = text
        self.starts = starts
        # The slots as an array (built, or loaded from a table too large for 16 bits), or, loaded,
        # as their two low byte planes: slot ``s`` holds ``low[s] | high[s] << 8`` (``checked``).
        # ~160 kB less than uint32 for the topic model and the crisis detector each, 80 kB for the
        # abuse detector (PERF_LOG part 48); a probe reads two bytes instead of one array item.
        self.slots: array.array[int] | None = None
        self.planes: tuple[bytes, bytes] | None = None
        if isinstance(slots, tuple):
            self.planes = slots
        else:
            self.slots = slots
        self.mask = len(slots[0] if isinstance(slots, tuple) else slots) - 1
        # Two threads may both add an entry or empty it: the values are the same either way.
        self.memo: dict[str, int] = {}
        self.memo_limit = memo_limit

    @classmethod
    def build(cls, names: list[str]) -> "HashedNames":
        """The index of these names (in this order). Raises ValueError for a name holding a
        newline or a name given twice."""
        if any("\n" in name for name in names):
            raise ValueError("a feature name holds a newline")
        text = "".join(name + "\n" for name in names)
        starts = array.array(OFFSET, [0])
        at = 0
        for name in names:
            at += len(name) + 1
            starts.append(at)
        slots = array.array(OFFSET, bytes(array.array(OFFSET).itemsize * slot_count(len(names))))
        mask = len(slots) - 1
        for index, name in enumerate(names):
            slot = crc32(name.encode("utf-8", "surrogatepass")) & mask
            while slots[slot]:
                if names[slots[slot] - 1] == name:
                    raise ValueError(f"feature name {name!r} given twice")
                slot = (slot + 1) & mask
            slots[slot] = index + 1
        return cls(text, starts, slots)

    @classmethod
    def checked(cls, text: str, starts: array.array[int], slots: array.array[int],
                memo_limit: int = MEMO_LIMIT) -> "HashedNames":
        """An index from stored parts, once their sizes fit together (else ValueError). Each
        slot's name is not re-hashed here (that is the work saved); a slot table that does not
        fit its names finds fewer names, it never reads outside them."""
        count = len(starts) - 1
        if count < 0 or starts[0] != 0 or starts[-1] != len(text):
            raise ValueError(f"expected name offsets from 0 to {len(text)}")
        if len(slots) != slot_count(count):
            raise ValueError(f"expected {slot_count(count)} name slots for {count} names, found {len(slots)}")
        (highest, filled), planes = summary_and_planes(slots, count)
        if highest > count:
            raise ValueError(f"expected name slots up to {count}, found {highest}")
        if filled != count:  # an edited table with no free slot would probe forever
            raise ValueError(f"expected {count} filled name slots, found {filled}")
        return cls(text, starts, slots if planes is None else planes, memo_limit)

    def slot_array(self) -> array.array[int]:
        """The slots as uint32 (a new array when held as planes: for writing and tests, not lookups)."""
        if self.slots is not None:
            return self.slots
        assert self.planes is not None
        low, high = self.planes
        return array.array(OFFSET, (a | b << 8 for a, b in zip(low, high)))

    def get(self, key: str, default: int | None = None) -> int | None:
        """The index of ``key``, or ``default`` when it is not a name."""
        found = self.memo.get(key)
        if found is None:
            found = self.remember(key)
        return default if found == MISSING else found

    def remember(self, key: str) -> int:
        """Look ``key`` up past the memo and remember it: its index, or MISSING."""
        # The probe (no helper: one Python call less per lookup past the memo, ~10 a message).
        mask, starts, text, planes = self.mask, self.starts, self.text, self.planes
        slot = crc32(key.encode("utf-8", "surrogatepass")) & mask
        size = len(key) + 1
        found = MISSING
        if planes is not None:
            low, high = planes
            while entry := low[slot] | high[slot] << 8:
                at = starts[entry - 1]
                if starts[entry] - at == size and text.startswith(key, at):
                    found = entry - 1
                    break
                slot = (slot + 1) & mask
        else:
            slots = self.slots
            assert slots is not None
            while entry := slots[slot]:
                at = starts[entry - 1]
                if starts[entry] - at == size and text.startswith(key, at):
                    found = entry - 1
                    break
                slot = (slot + 1) & mask
        memo = self.memo
        if len(memo) >= self.memo_limit:
            memo.clear()
        memo[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def names(self) -> list[str]:
        """Every name, in index order (a new list: for saving and inspection, not for scoring)."""
        return self.text.split("\n")[:-1] if self.text else []
