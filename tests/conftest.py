"""Shared fixtures: one engine for the whole run (loading trains the classifier) and the eval files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import Engine
from bot.knowledge import default_path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "real_questions.tsv").is_file():
        pytest.skip("../shared/eval is not beside this checkout")
    return EVAL_DIR


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged knowledge folder, for breaking on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(default_path(), target)
    return target
