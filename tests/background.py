"""The suite's long computations, run in one background process (under pytest-xdist, one per
task) while the other tests run (conftest.py starts it after collection, for the tests selected; the second core was otherwise
idle: the suite ran at ~113% CPU). Each is exactly what its test computed in the pytest process
before; the tests make the same assertions on the results.

Usage (conftest.py does this): ``python tests/background.py OUTDIR TASK...``; each task's result
is pickled to ``OUTDIR/TASK.pickle`` as ("ok", value) or ("error", traceback), in the order given.
"""

from __future__ import annotations

import os
import pickle
import sys
import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable


def topic_model() -> Any:
    """What `jiebei-bot train` makes of today's examples (tests/test_model.py)."""
    from bot.knowledge import load
    from bot.linear import default_workers
    from bot.model import train

    return train(load(), default_workers())  # as `jiebei-bot train` runs it


def safety_model() -> Any:
    """What `jiebei-bot train` makes of today's safety examples (tests/test_safety_learned.py)."""
    from bot.knowledge import load
    from bot.linear import default_workers
    from bot.safety.learned import train

    return train(load(), default_workers())  # as `jiebei-bot train` runs it


@lru_cache(maxsize=1)
def _engine() -> Any:
    """One freshly loaded engine for the tasks that ask (as the pytest process shares one)."""
    from bot import Engine

    return Engine.load()


def safety_tallies() -> Any:
    """The per-set, per-language tallies of the labelled safety sets (tests/test_safety.py)."""
    from safety_figures import tally_sets
    from test_safety import ROWS  # the sets as the test module reads them

    return tally_sets(_engine(), ROWS)


def asked_topics() -> Any:
    """The topic of every message tests/asked.py lists (tests/test_paraphrases.py, tests/test_accuracy.py)."""
    from asked import asked_topics as topics

    return topics(_engine())


def stored_need_violations() -> Any:
    """Patterns that match a real text their stored needs rule out (tests/test_patterns_needs.py)."""
    from test_patterns_needs import stored_need_violations as violations

    return violations()


def guarded_search_mismatches() -> Any:
    """Guarded searches that find otherwise than the plain search (tests/test_patterns_needs.py)."""
    from test_patterns_needs import guarded_search_mismatches as mismatches

    return mismatches()


def safety_cues_both_ways() -> Any:
    """The safety cues read with and without the character shortcut (tests/test_fast_paths.py)."""
    from test_fast_paths import safety_cues_both_ways as both_ways

    return both_ways()


def safety_readings_both_ways() -> Any:
    """Signals read remembered and not, in either order (tests/test_safety_memo.py)."""
    from test_safety_memo import readings_both_ways

    return readings_both_ways(_engine()._router._detectors)  # the learned readers the engine routes with


TASKS: dict[str, Callable[[], Any]] = {"topic_model": topic_model, "safety_model": safety_model,
                                       "safety_tallies": safety_tallies, "stored_need_violations": stored_need_violations,
                                       "guarded_search_mismatches": guarded_search_mismatches,
                                       "safety_cues_both_ways": safety_cues_both_ways, "asked_topics": asked_topics,
                                       "safety_readings_both_ways": safety_readings_both_ways}


def main(outdir: str, names: list[str]) -> None:
    os.nice(5)  # the tests themselves come first: this process has the whole run to finish
    parent = os.getppid()
    for name in names:
        if os.getppid() != parent:  # the test run ended without stopping us (killed): nobody waits
            return
        try:
            result: tuple[str, Any] = ("ok", TASKS[name]())
        except BaseException:  # noqa: BLE001 - reported to the test that waits for it
            result = ("error", traceback.format_exc())
        part = Path(outdir) / f"{name}.part"
        part.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, Path(outdir) / f"{name}.pickle")  # the waiting test sees it whole or not at all


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
