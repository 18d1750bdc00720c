"""Work shared out among forked child processes (training runs, figures over many texts): one
process per core this process may use, the same results in the same order as a plain loop.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """Processes for the seeded training runs: one per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def map_in_processes(function: Callable[[T], R], items: Sequence[T], workers: int, chunksize: int = 1) -> list[R]:
    """``[function(item) for item in items]``, shared out among up to ``workers`` forked child
    processes when there are several and fork is available. The children inherit ``function``
    and all it refers to (a loaded engine, training vectors): only the items and the results are
    pickled. The same results in the same order."""
    import multiprocessing  # ~5 ms of imports (socket, pickle) no answer needs

    workers = min(workers, len(items))
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    global _function
    _function = function
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_call, items, chunksize=chunksize)
    finally:
        _function = None


_function: Callable[[Any], Any] | None = None


def _call(item: Any) -> Any:
    assert _function is not None  # set by map_in_processes before the pool forks
    return _function(item)


__all__ = ["default_workers", "map_in_processes"]
