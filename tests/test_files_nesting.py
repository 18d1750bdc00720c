"""files.nesting_error's quick test (``_shallow``: passes in C) says what the exact scan says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import files


def _scanned(text: str, limit: int) -> str | None:
    original = files._shallow
    files._shallow = lambda text, limit: False
    try:
        return files.nesting_error(text, limit)
    finally:
        files._shallow = original


@settings(max_examples=examples(120), deadline=None)
@given(st.text(alphabet='[]{}"\\ a', max_size=60), st.integers(min_value=0, max_value=6))
def test_the_quick_test_agrees_with_the_scan(text: str, limit: int) -> None:
    assert files.nesting_error(text, limit) == _scanned(text, limit)


@pytest.mark.parametrize("text, limit", [
    ("[" * 65 + "]" * 65, 64), ("[" * 64 + "]" * 64, 64), ('["[[[[", "]]]]"]' * 30, 2), ("[]" * 100, 1),
    ("]]]][[[[" * 20, 3), ('"unterminated [[[[[' + "]" * 5, 3), ('{"a": [{"b": "\\"[["}]}' * 20, 3),
])
def test_edges(text: str, limit: int) -> None:
    assert files.nesting_error(text, limit) == _scanned(text, limit)
    assert files.nesting_error(text.encode(), limit) == _scanned(text, limit)
