"""tests/run_kind.py: which marks a ``-m`` expression leaves out, what a unit run may do cheaper,
and the folder conftest skips in a run without integration tests."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

import run_kind

INTEGRATION = Path(__file__).resolve().parent / "integration"


@pytest.mark.parametrize("markexpr, corpus, integration", [
    ("not integration and not corpus", True, True),  # the unit tests (README)
    ("not (integration or corpus)", True, True),
    ("not integration", False, True),  # unit and corpus checks
    ("corpus and not integration", False, True),
    ("", False, False),  # the full command
    ("integration", False, False),
    ("corpus", False, False),
    ("not integration or corpus", False, False),  # a corpus test that is also integration stays
    ("not corpus", True, False),
    ("browser", False, False),
])
def test_a_mark_is_left_out_only_when_no_test_carrying_it_can_be_selected(markexpr: str, corpus: bool,
                                                                          integration: bool) -> None:
    assert run_kind.leaves_out(markexpr, "corpus") is corpus
    assert run_kind.leaves_out(markexpr, "integration") is integration


def test_the_unit_run_tries_a_share_of_the_examples_and_the_full_command_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_kind, "_share", 1.0)
    run_kind.configure("")
    assert [run_kind.examples(n) for n in (20, 150, 400)] == [20, 150, 400]
    run_kind.configure("not integration")  # the corpus checks run: full size
    assert run_kind.examples(400) == 400
    run_kind.configure("not integration and not corpus")
    assert [run_kind.examples(n) for n in (10, 20, 60, 150, 400)] == [10, 20, 20, 45, 120]


def test_a_sweep_checks_every_item_in_the_full_command_and_an_even_share_in_the_unit_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_kind, "_share", 1.0)
    items = list(range(230))
    run_kind.configure("")
    assert run_kind.spread(items) == items
    run_kind.configure("not integration and not corpus")
    chosen = run_kind.spread(items)
    assert len(chosen) == run_kind.examples(230) == 69 and chosen == sorted(set(chosen))
    assert chosen[0] == 0 and chosen[-1] >= 225  # from first to last, not the first 69
    assert run_kind.spread(items[:15]) == items[:15]  # at most the floor: all of them


def test_every_module_of_the_integration_folder_is_marked_integration() -> None:
    # conftest skips the folder in a run that deselects every integration test: only right while
    # each module there carries the mark on all its tests (module-level pytestmark).
    modules = sorted(INTEGRATION.glob("test_*.py"))
    assert modules
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        marks = [ast.unparse(node.value) for node in tree.body if isinstance(node, ast.Assign)
                 and any(isinstance(target, ast.Name) and target.id == "pytestmark" for target in node.targets)]
        assert any("pytest.mark.integration" in mark for mark in marks), module.name


def test_bytecode_goes_to_a_folder_of_the_run_only_where_none_was_written(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    monkeypatch.setattr(run_kind, "_bytecode_folder", None)
    monkeypatch.setattr(run_kind, "_dont_write", "")
    monkeypatch.setattr(run_kind.tempfile, "mkdtemp", lambda prefix: str(tmp_path / "bytecode"))
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    run_kind._cache_bytecode()  # CI: bytecode beside the sources as ever, nothing changes
    assert "PYTHONPYCACHEPREFIX" not in os.environ and run_kind._bytecode_folder is None
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", "/elsewhere")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    run_kind._cache_bytecode()  # a prefix of one's own is kept
    assert os.environ["PYTHONPYCACHEPREFIX"] == "/elsewhere" and os.environ["PYTHONDONTWRITEBYTECODE"] == "1"
    monkeypatch.delenv("PYTHONPYCACHEPREFIX")
    run_kind._cache_bytecode()  # no bytecode written: the processes started now share a folder of the run
    assert os.environ["PYTHONPYCACHEPREFIX"] == str(tmp_path / "bytecode") and "PYTHONDONTWRITEBYTECODE" not in os.environ
    (tmp_path / "bytecode").mkdir()
    run_kind.pytest_unconfigure(None)  # type: ignore[arg-type]
    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1" and "PYTHONPYCACHEPREFIX" not in os.environ
    assert not (tmp_path / "bytecode").exists()
