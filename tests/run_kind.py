"""What kind of run this is, read from the ``-m`` expression (by the pytest_configure hook here, which
tests/conftest.py imports, before any test module is), and what the unit run may do cheaper.

The unit tests (``-m "not integration and not corpus"``) have a budget of 60 s (README, issue 18);
the full command (no ``-m``, as in CI) runs every test at full size."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Sequence, TypeVar

import pytest

# Share of its examples a Hypothesis property tries in a run that leaves out the corpus checks:
# the same property and strategies on fewer generated inputs (the full command tries them all).
UNIT_SHARE = 0.3
UNIT_FLOOR = 20  # never fewer examples than this, whatever the share

T = TypeVar("T")
_share = 1.0  # the full command's: conftest lowers it for a run without the corpus checks
_WORDS = {"and", "or", "not"}
INTEGRATION = Path(__file__).resolve().parent / "integration"  # each module marked integration (test_run_kind)


def leaves_out(markexpr: str, mark: str) -> bool:
    """Whether ``-m markexpr`` deselects every test that carries ``mark``, whatever other marks
    it has: the expression is false with ``mark`` true for every choice of the other names."""
    if not markexpr.strip():
        return False
    try:
        from _pytest.mark.expression import Expression  # (pytest's own reader of -m)

        expression = Expression.compile(markexpr)
    except Exception:  # noqa: BLE001 - another pytest, or a bad expression (pytest reports it): run as written
        return False
    names = sorted(set(re.findall(r"[^\s()]+", markexpr)) - _WORDS - {mark})
    if len(names) > 8 or any(not re.fullmatch(r"[\w.:+-]+", name) for name in names):
        return False  # (keyword arguments or an unusual expression: run as written)
    for values in itertools.product((False, True), repeat=len(names)):
        chosen = dict(zip(names, values))
        if expression.evaluate(lambda name, **_: name == mark or chosen.get(name, False)):
            return False
    return True


def configure(markexpr: str) -> None:
    """Called once per process by conftest.pytest_configure."""
    global _share
    _share = UNIT_SHARE if leaves_out(markexpr, "corpus") else 1.0


def examples(full: int) -> int:
    """``max_examples`` for a property that tries ``full`` examples in the full command."""
    return full if _share >= 1.0 else max(min(full, UNIT_FLOOR), round(full * _share))


def spread(items: Sequence[T]) -> list[T]:
    """The items a sweep checks: all of them in the full command; in a run that leaves out the
    corpus checks, ``examples(len(items))`` of them spread evenly from first to last (the same ones
    in every run). For sweeps whose cost is one check per item (PERF_LOG part 49)."""
    count = examples(len(items))
    if count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


# --- Hooks (imported into tests/conftest.py) ------------------------------------------------

def pytest_configure(config: pytest.Config) -> None:
    """The kind of run, from ``-m``, before any test module is imported (tests/run_kind.py); and
    a bytecode cache outside the checkout for the processes the run starts (_cache_bytecode)."""
    configure(config.option.markexpr)
    if hasattr(config, "workerinput") or getattr(config.option, "dist", "no") == "no":
        _cache_bytecode()  # a process that runs tests: not pytest-xdist's controller, whose workers would inherit it


_bytecode_folder: Path | None = None
_dont_write = ""  # PYTHONDONTWRITEBYTECODE's value before, put back at the end


def _cache_bytecode() -> None:
    """Under PYTHONDONTWRITEBYTECODE (this project's habit: no __pycache__ in the checkout) every
    ``python -m bot`` the tests start compiled the whole package again: ~0.2 s of its ~0.3 s
    start, for each of ~60 subprocesses. The processes this one starts from here on keep their
    bytecode in a folder of its own (PYTHONPYCACHEPREFIX; nothing in the checkout), removed at the
    end. Not for pytest-xdist's workers themselves: under a prefix they would compile the standard
    library and every package again instead of reading its __pycache__ (measured: +2.8 s of
    collection). Without PYTHONDONTWRITEBYTECODE (CI) nothing changes."""
    global _bytecode_folder, _dont_write
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    _bytecode_folder = Path(tempfile.mkdtemp(prefix="jiebei-tests-bytecode-"))
    os.environ["PYTHONPYCACHEPREFIX"] = str(_bytecode_folder)
    _dont_write = os.environ.pop("PYTHONDONTWRITEBYTECODE")


def pytest_unconfigure(config: pytest.Config) -> None:
    """The environment as it was, and the run's bytecode folder removed."""
    global _bytecode_folder
    if _bytecode_folder is not None:
        os.environ.pop("PYTHONPYCACHEPREFIX", None)
        os.environ["PYTHONDONTWRITEBYTECODE"] = _dont_write
        shutil.rmtree(_bytecode_folder, ignore_errors=True)
        _bytecode_folder = None


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """A run that deselects every integration test does not import tests/integration/ either
    (selenium, trio, redis: ~1 s of each worker's start); any other run collects it as before."""
    if collection_path == INTEGRATION and leaves_out(config.option.markexpr, "integration"):
        return True
    return None
