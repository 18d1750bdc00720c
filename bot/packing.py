"""Typed arrays as base64 text, little-endian on every machine: how model files store tables."""

from __future__ import annotations

import array
import sys
from binascii import a2b_base64, b2a_base64  # what base64.b64encode/b64decode call, without importing base64 (and struct)
from typing import Any, Sequence


def pack(code: str, values: Sequence[Any]) -> str:
    """Base64 of a little-endian typed array (``array`` type code ``code``, e.g. "i", "b", "f")."""
    table = array.array(code, values)
    if sys.byteorder == "big":
        table.byteswap()
    return b2a_base64(table.tobytes(), newline=False).decode("ascii")


def unpack(code: str, text: str) -> array.array[Any]:
    """The typed array that ``pack`` stored."""
    table = array.array(code)
    table.frombytes(a2b_base64(text))  # ASCII text only (else ValueError), as b64decode
    if sys.byteorder == "big":
        table.byteswap()
    return table
