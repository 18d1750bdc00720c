"""tests/fold.py: which rows of a parametrised test run as one test, and that such a test checks
every row and names each failing one (a pytest run of a small module of its own, in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

MODULE = '''
import pytest

@pytest.fixture(scope="module")
def table():
    return {"a": 1, "b": 2}

@pytest.mark.parametrize("key, value", [("a", 1), ("b", 3), ("c", 0), ("b", 2)])
def test_rows(table, key, value):
    assert table[key] == value, "row " + key

@pytest.mark.parametrize("n", [1, 2, 3])
def test_passing_rows(n):
    assert n > 0

@pytest.mark.parametrize("n", [1, pytest.param(3, marks=pytest.mark.xfail(strict=True)), 2])
def test_a_marked_row(n):
    assert n < 3

@pytest.mark.parametrize("n", [1, 2])
def test_a_fresh_folder_each(tmp_path, n):
    assert not any(tmp_path.iterdir())
    (tmp_path / "x").write_text("x")

@pytest.mark.parametrize("n", [1, 2])
def test_skipped_rows(n):
    pytest.skip("not here")

@pytest.fixture(params=[1, 2])
def indirect(request):
    return request.param

def test_indirect(indirect):
    assert indirect

class TestRows:
    @pytest.mark.parametrize("n", [1, 2])
    def test_method(self, n):
        assert n
'''


def _pytest(folder: Path, *options: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
           "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}  # (no xdist, no Hypothesis: a start of ~0.3 s)
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "fold", "-p", "no:cacheprovider",
                             "-rA", str(folder / "test_module.py"), *options],
                            capture_output=True, text=True, timeout=120, cwd=folder, env=env)
    return result.stdout


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fold")
    (folder / "test_module.py").write_text(MODULE, encoding="utf-8")
    return folder


def test_rows_that_can_run_together_are_one_test_that_names_every_failing_row(folder: Path) -> None:
    out = _pytest(folder)
    assert "2 of 4 rows of test_rows failed" in out, out
    assert "[b-3] at test_module.py:10" in out and "AssertionError: row b" in out and "assert 2 == 3" in out, out
    assert "[c-0] at test_module.py:10" in out and "KeyError: 'c'" in out, out
    assert "[a-1]" not in out and "[b-2]" not in out, out  # the passing rows are not named
    assert "FAILED test_module.py::test_rows " in out and "PASSED test_module.py::test_passing_rows\n" in out, out
    # A row with a mark of its own, a function-scoped fixture, an indirect parameter, a method: each row alone.
    assert "PASSED test_module.py::test_a_marked_row\n" in out and "XFAIL test_module.py::test_a_marked_row[3]" in out
    assert out.count("test_module.py::test_a_marked_row\n") == 1, out  # the rows on either side of it: one test
    assert "PASSED test_module.py::test_a_fresh_folder_each[1]" in out and "test_a_fresh_folder_each[2]" in out, out
    assert "PASSED test_module.py::test_indirect[1]" in out and "PASSED test_module.py::TestRows::test_method[1]" in out, out
    assert "SKIPPED [1] test_module.py:25: every row of test_skipped_rows: [1] skipped: not here; [2] skipped" in out, out
    assert "11 parametrised rows ran as 4 tests" in out and "1 failed, 8 passed, 1 skipped, 1 xfailed" in out, out


def test_unfold_runs_every_row_as_its_own_test(folder: Path) -> None:
    out = _pytest(folder, "--unfold")
    assert "FAILED test_module.py::test_rows[b-3]" in out and "FAILED test_module.py::test_rows[c-0]" in out, out
    assert "parametrised rows ran as" not in out and "2 failed, 13 passed, 2 skipped, 1 xfailed" in out, out


def test_a_row_chosen_by_its_id_runs_alone(folder: Path) -> None:
    out = _pytest(folder, "-k", "test_rows and b-3")
    assert "FAILED test_module.py::test_rows[b-3]" in out and "1 failed" in out and "rows ran as" not in out, out
