"""What kind of run this is, read from the ``-m`` expression (set by tests/conftest.py at
``pytest_configure``, before any test module is imported), and what the unit run may do cheaper.

The unit tests (``-m "not integration and not corpus"``) have a budget of 60 s (README, issue 18);
the full command (no ``-m``, as in CI) runs every test at full size."""

from __future__ import annotations

import itertools
import re

# Share of its examples a Hypothesis property tries in a run that leaves out the corpus checks:
# the same property and strategies on fewer generated inputs (the full command tries them all).
UNIT_SHARE = 0.3
UNIT_FLOOR = 20  # never fewer examples than this, whatever the share

_share = 1.0  # the full command's: conftest lowers it for a run without the corpus checks
_WORDS = {"and", "or", "not"}


def leaves_out(markexpr: str, mark: str) -> bool:
    """Whether ``-m markexpr`` deselects every test that carries ``mark``, whatever other marks
    it has: the expression is false with ``mark`` true for every choice of the other names."""
    if not markexpr.strip():
        return False
    from _pytest.mark.expression import Expression

    try:
        expression = Expression.compile(markexpr)
    except Exception:  # noqa: BLE001 - pytest reports a bad expression itself
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
