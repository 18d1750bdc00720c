"""SHA-256 and BLAKE2b without OpenSSL: the digests that every start computes (the knowledge folder's, the
models' fingerprints, the installed OpenCC dictionaries') come from the interpreter's own
built-in SHA-256 module when it has one.

``hashlib.sha256`` is OpenSSL's: importing hashlib maps libcrypto, ~3.9 MiB of resident memory
and ~2 ms at every start, for ~0.8 MB hashed. The built-in module gives the same digests (SHA-256
is SHA-256; tests/test_digest.py checks it against hashlib), ~2.5 ms slower on those 0.8 MB
and with none of that memory. Interpreters without it (other than CPython 3.11-3.13) use hashlib.
BLAKE2b is built in wherever it exists: ``hashlib.blake2b`` is that same ``_blake2.blake2b``.
"""

from __future__ import annotations

import importlib
from typing import Callable, Protocol


class Hash(Protocol):
    """What the callers use of a hash object (hashlib's and the built-in modules' alike)."""

    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...

    def hexdigest(self) -> str: ...


Constructor = Callable[..., Hash]


def _builtin_sha256() -> Constructor:
    for name in ("_sha2", "_sha256"):  # CPython 3.12+ and 3.11
        try:
            constructor: Constructor = importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    import hashlib  # no built-in module: OpenSSL's, as before

    return hashlib.sha256


def _builtin_blake2b() -> Constructor:
    try:
        constructor: Constructor = importlib.import_module("_blake2").blake2b
    except (ImportError, AttributeError):
        import hashlib

        constructor = hashlib.blake2b
    return constructor


sha256 = _builtin_sha256()
blake2b = _builtin_blake2b()

__all__ = ["blake2b", "sha256"]
