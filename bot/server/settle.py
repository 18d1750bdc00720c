"""Settling a server process once it has loaded the engine, before it answers anything.

- The cyclic garbage collector is run once, then everything alive is frozen out of its way
  (``gc.freeze``): the engine's ~100,000 objects live as long as the process, yet every full
  collection would scan them again (a latency spike), and in forked workers touch every page
  they share copy-on-write with the master.
- Loading parses model.json; its garbage (~5 MiB) goes back to the allocator, but glibc keeps
  the pages. ``malloc_trim(0)`` hands them back to the system. Best effort: where the C library
  has no malloc_trim (musl, macOS), or
  cannot be opened, nothing happens.
- What a load keeps only for ``python -m bot.patterns_build``, ``bot.records_build`` and the tests
  (the patterns handed out, every pattern's recorded needs, records.marshal's code: ~1 MiB, PERF_LOG
  part 33) is dropped: bot.patterns.release, bot.records.release. Nothing a server answers reads it.

Only for processes that are servers of ours: a library must not freeze its host's collector.

``warm`` is for a server that forks workers once loaded (gunicorn with the app preloaded, see
bot.server.gunicorn_conf): what answers make at first use and keep (the patterns built from
bot/patterns.marshal, the safety filters' indexes, the tables' row offsets, both script
conversions) is made once in the master and shared by the workers, where each would make its own.

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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine import Engine


def settle() -> None:
    """Drop what the load kept for the builders and tests only, collect once, freeze what is left,
    and return freed heap pages to the system."""
    from .. import patterns, records

    patterns.release()
    records.release()
    gc.collect()
    gc.freeze()
    trim_heap()


# Asked once by ``warm``: the paths a first answer takes (simplified and traditional Chinese,
# English, a follow-up's words, a figure), so that what they make at first use is made now.
WARM_QUESTIONS = ("借呗逾期两个月了，欠了一万五，会上门吗", "借唄逾期了會不會起訴我", "can they call my parents if I can't pay",
                  "花呗呢", "逾期3天利息多少")


def warm(engine: "Engine") -> None:
    """Make now what answers would make at first use and keep: every pattern built, and (by
    asking WARM_QUESTIONS) the filters' indexes, the tables' row offsets and the conversions.
    Replies do not change: each of these is made the same whenever it is made."""
    from ..patterns import build_all

    build_all()
    for question in WARM_QUESTIONS:
        engine.ask(question)


def warm_preloaded() -> bool:
    """``warm`` the engine of bot.web's app when it is loaded in this process (gunicorn's master
    with preload_app); False when it is not (each worker then loads its own, warming nothing)."""
    web = sys.modules.get("bot.web")
    app = getattr(web, "app", None)
    engine = getattr(getattr(app, "dispatcher", None), "engine", None)
    if engine is None:
        return False
    warm(engine)
    return True


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


def trim_heap() -> None:
    """Hand the heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing)."""
    # The process's own symbols (dlopen(NULL)), the C library's among them: no
    # ctypes.util.find_library("c"), which runs `ldconfig -p` in a child process and imports
    # subprocess and friends (~0.7 MiB) to find the library already loaded.
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)


__all__ = ["WARM_QUESTIONS", "builtin_hashes", "settle", "trim_heap", "warm", "warm_preloaded"]
