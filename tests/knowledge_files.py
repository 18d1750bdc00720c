"""Helpers for tests that break a copy of the knowledge folder on purpose, and the packaged
folder's examples read once for the tests that only read them."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from bot import KnowledgeError
from bot.knowledge import load


def edit_json(path: Path, change: Callable[[Any], None]) -> Path:
    """Apply ``change`` to the JSON file at ``path`` in place; returns the path."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load_problems(folder: Path) -> list[str]:
    """The problems loading ``folder`` reports (it must fail), as text."""
    with pytest.raises(KnowledgeError) as caught:
        load(folder)
    return [str(problem) for problem in caught.value.problems]


@functools.lru_cache(maxsize=1)
def packaged_examples() -> tuple[str, ...]:
    """Every example question of the packaged topics, in order: one load of the folder for all
    the tests that read them, where each loaded it again. Loaded as ``Engine.load`` loads it
    (the checks skipped while model.json records the files' digest: the same files, the same
    examples; tests/test_knowledge.py checks the folder): test_fast_paths reads them at
    collection, in every pytest-xdist worker, and the full check cost ~0.5 s of CPU in each
    (PERF_LOG part 49)."""
    from bot.knowledge import default_path
    from bot.model import MODEL_FILE, read_model

    saved = read_model(default_path() / MODEL_FILE)
    trusted = saved.get("knowledge") if saved else None
    knowledge = load(trusted_digest=trusted if isinstance(trusted, str) else None)
    return tuple(example for topic in knowledge.topics for example in topic.examples())
