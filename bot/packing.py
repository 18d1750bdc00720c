"""Typed arrays as base64 text, little-endian on every machine: how model files store tables."""

from __future__ import annotations

import array
import base64
import sys
from typing import Any, Sequence


def pack(code: str, values: Sequence[Any]) -> str:
    """Base64 of a little-endian typed array (``array`` type code ``code``, e.g. "i", "b", "f")."""
    table = array.array(code, values)
    if sys.byteorder == "big":
        table.byteswap()
    return base64.b64encode(table.tobytes()).decode("ascii")


def unpack(code: str, text: str) -> array.array[Any]:
    """The typed array that ``pack`` stored."""
    table = array.array(code)
    table.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        table.byteswap()
    return table
