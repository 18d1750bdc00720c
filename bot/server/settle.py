"""Settling a server process once it has loaded the engine, before it answers anything.

- The cyclic garbage collector is run once, then everything alive is frozen out of its way
  (``gc.freeze``): the engine's ~100,000 objects live as long as the process, yet every full
  collection would scan them again (a latency spike), and in forked workers touch every page
  they share copy-on-write with the master.
- Loading parses model.json; its garbage (~5 MiB) goes back to the allocator, but glibc keeps
  the pages. ``malloc_trim(0)`` hands them back to the system. Best effort: where the C library
  has no malloc_trim (musl, macOS), or
  cannot be opened, nothing happens.

Only for processes that are servers of ours: a library must not freeze its host's collector.

``builtin_hashes`` (called by ``jiebei-bot serve`` before anything is imported) is for the same
processes: their only hashing is Jinja2's import of hashlib (for a bytecode cache they never use),
static files' ETags and redis-py's script digests, all small; the interpreter's own SHA-1/SHA-256
/MD5/BLAKE2 modules serve those as hashlib does when Python is built without OpenSSL, and
OpenSSL's libcrypto (~3.5 MiB resident in every server process) is never mapped.
"""

from __future__ import annotations

import ctypes
import gc
import sys


def settle() -> None:
    """Collect once, freeze what is left, and return freed heap pages to the system."""
    gc.collect()
    gc.freeze()
    _trim_heap()


def builtin_hashes() -> None:
    """Let hashlib use the interpreter's built-in hash modules, not OpenSSL's (see the module
    doc). Nothing happens once hashlib is imported, or where a built-in module is missing."""
    if "hashlib" in sys.modules or "_hashlib" in sys.modules:
        return
    try:
        for name in ("_md5", "_sha1"):  # what hashlib then uses instead of OpenSSL
            __import__(name)
        try:
            __import__("_sha256")  # Python 3.11; 3.12 merged it into _sha2
        except ImportError:
            __import__("_sha2")
    except ImportError:
        return
    sys.modules["_hashlib"] = None  # type: ignore[assignment]  # hashlib's "no OpenSSL" path


def _trim_heap() -> None:
    # The process's own symbols (dlopen(NULL)), the C library's among them: no
    # ctypes.util.find_library("c"), which runs `ldconfig -p` in a child process and imports
    # subprocess and friends (~0.7 MiB) to find the library already loaded.
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)


__all__ = ["builtin_hashes", "settle"]
