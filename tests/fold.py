"""The rows of a parametrised test run as one test (issue 18: the unit suite's 60 s budget).

Most of this suite is data rows: ~10,000 of its ~11,200 cases are rows of ~1,550 parametrised
functions, each case a message or two asked of the shared engine (~5 ms). pytest and pytest-xdist
spend ~3 ms of CPU more on every case as a test of its own (its setup, call and teardown reports,
sent to and printed by the controller; benchmarks/PERF_LOG.md part 51). So, after collection and
the ``-m``/``-k`` selection, the selected rows of each such function become ONE test, named as the
function (``tests/test_x.py::test_y``), that runs every row in order with that row's values and
fails listing EVERY failing row: its id, the line of the failure and pytest's own explanation of
the assertion (the same assertions as before: the test function itself is called once per row).

A function is folded only when a row can run beside the others as it would alone: every fixture
it reads lives longer than one test (session, package or module scope: ``engine``), every
parameter is a direct one of function scope, no row carries a mark of its own (``xfail``,
``skip``: those keep their own outcome), it is no method of a class and no Hypothesis property.
Anything else (``tmp_path``, ``monkeypatch``, ``capsys``, ``request``, indirect parameters) is
collected as before, one test per row. A row that calls ``pytest.skip`` or ``pytest.xfail``
itself is reported as such (a warning names it; a test whose rows all skip is skipped).

``--unfold`` runs every row as its own test again (and a single row selected by its id, e.g.
``tests/test_x.py::test_y[row]``, is never folded). The run's last lines say how many rows ran
inside how many tests (pytest's own count is of tests)."""

from __future__ import annotations

import textwrap
import warnings
from typing import Any

import pytest
from _pytest._code import ExceptionInfo
from _pytest.python import get_direct_param_fixture_func
from _pytest.scope import Scope

ROWS = pytest.StashKey[list[pytest.Function]]()
ROWS_PROPERTY = "folded_rows"  # (name, rows) in a folded test's user_properties: the controller's tally
LONGER_THAN_A_TEST = {"session", "package", "module"}
_tally = [0, 0]  # rows, folded tests: reported at the end by the process that prints (pytest-xdist's controller)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--unfold", action="store_true", default=False,
                     help="run each row of a parametrised test as a test of its own (tests/fold.py)")


def foldable(item: pytest.Item) -> bool:
    """Whether ``item`` is a row that can run inside one test with its function's other rows."""
    callspec = getattr(item, "callspec", None)
    if not isinstance(item, pytest.Function) or callspec is None or item.cls is not None or callspec.marks:
        return False
    if getattr(item.obj, "is_hypothesis_test", False) or hasattr(item.obj, "hypothesis"):
        return False
    definitions = item._fixtureinfo.name2fixturedefs
    for name in item.fixturenames:
        if name == "request":  # the request is each test's own
            return False
        fixturedefs = definitions.get(name)
        if name in callspec.params:
            if (not fixturedefs or fixturedefs[-1].func is not get_direct_param_fixture_func
                    or callspec._arg2scope.get(name) is not Scope.Function):
                return False  # indirect, or a parameter of wider scope (pytest reorders those)
        elif fixturedefs and fixturedefs[-1].scope not in LONGER_THAN_A_TEST:
            return False  # a fresh value for each test (tmp_path, monkeypatch, capsys, ...)
    return True


@pytest.hookimpl(trylast=True)  # after the -m and -k selection and conftest's own ordering
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("unfold"):
        return
    groups: dict[tuple[str, str], list[pytest.Function]] = {}
    order: list[pytest.Item | tuple[str, str]] = []  # each group at its first row's place
    for item in items:
        if foldable(item):
            assert isinstance(item, pytest.Function) and item.parent is not None
            key = (item.parent.nodeid, item.originalname)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(item)  # (a row with a mark of its own between two rows stays a test of its own)
        else:
            order.append(item)
    kept: list[pytest.Item] = []
    for entry in order:
        if isinstance(entry, tuple):
            rows = groups[entry]
            kept.extend([_folded(rows)] if len(rows) > 1 else rows)
        else:
            kept.append(entry)
    items[:] = kept


def _folded(rows: list[pytest.Function]) -> pytest.Function:
    """One test named as the function, set up as its first row (its fixtures are the same for
    every row), that runs every row (pytest_pyfunc_call)."""
    first = rows[0]
    folded = pytest.Function.from_parent(first.parent, name=first.originalname, fixtureinfo=first._fixtureinfo,
                                         originalname=first.originalname)
    folded.callspec = first.callspec  # (after: given to the constructor it would name the test after the row)
    folded.stash[ROWS] = list(rows)
    return folded


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    rows = pyfuncitem.stash.get(ROWS, None)
    if rows is None:
        return None
    run_rows(pyfuncitem, rows)
    return True


def run_rows(folded: pytest.Function, rows: list[pytest.Function]) -> None:
    """Every row, in order, with its own parameters and the fixtures set up for the folded test;
    one failure at the end naming every failing row."""
    function = folded.obj
    failures: list[str] = []
    skipped: list[str] = []
    for row in rows:
        params = row.callspec.params
        arguments = {name: params[name] if name in params else folded.funcargs[name]
                     for name in row._fixtureinfo.argnames}
        try:
            result = function(**arguments)
        except pytest.skip.Exception as skip:
            skipped.append(f"[{row.callspec.id}] skipped: {skip.msg}")
            continue
        except pytest.xfail.Exception as xfail:
            skipped.append(f"[{row.callspec.id}] xfail: {xfail.msg}")
            continue
        except (Exception, pytest.fail.Exception) as error:  # noqa: BLE001 - every row is reported
            failures.append(_described(row, error))
            continue
        if result is not None:
            warnings.warn(pytest.PytestReturnNotNoneWarning(
                f"Test functions should return None, but {row.nodeid} returned {type(result)!r}."))
    folded.user_properties.append((ROWS_PROPERTY, len(rows)))
    if failures:
        pytest.fail(f"{len(failures)} of {len(rows)} rows of {folded.name} failed:\n\n" + "\n\n".join(failures)
                    + (f"\n\n({len(skipped)} skipped: " + "; ".join(skipped) + ")" if skipped else ""),
                    pytrace=False)
    if skipped and len(skipped) == len(rows):
        raise pytest.skip.Exception(f"every row of {folded.name}: " + "; ".join(skipped),
                                    _use_item_location=True)  # (reported at the test, as a skip in it would be)
    if skipped:
        warnings.warn(pytest.PytestWarning(f"{folded.nodeid}: {len(skipped)} of {len(rows)} rows did not run: "
                                           + "; ".join(skipped)))


def _described(row: pytest.Function, error: BaseException) -> str:
    """The row's id, where it failed in the test's own file, and the exception as pytest shows it
    (for an assert: the rewritten explanation of each part)."""
    info = ExceptionInfo.from_exception(error)
    info.traceback = info.traceback.cut(path=row.path)  # from the test's own frame on (not this module's)
    lines = [entry.lineno + 1 for entry in info.traceback if str(entry.path) == str(row.path)]
    where = f" at {row.path.name}:{lines[-1]}" if lines else ""
    text = info.exconly()
    if not isinstance(error, (AssertionError, pytest.fail.Exception)):  # an error, not a check: its traceback
        text = str(info.getrepr(style="short", chain=False))
    return f"[{row.callspec.id}]{where}\n" + textwrap.indent(text, "    ")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        for name, value in report.user_properties:
            if name == ROWS_PROPERTY:
                _tally[0] += int(value)
                _tally[1] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    rows, tests = _tally
    if tests:
        terminalreporter.write_line(f"{rows:,} parametrised rows ran as {tests:,} tests (tests/fold.py; --unfold: one test each)")
