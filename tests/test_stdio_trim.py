"""The stdio server hands freed heap pages back to the system every TRIM_EVERY lines (issue 18:
bounded caches churn, and their freed pages stayed resident). Both sides: a trim after the
TRIM_EVERY-th line, none before it; and the answers are the same either way."""

from __future__ import annotations

import io

import pytest

from bot import Engine
from bot.server import settle, stdio


def serve(engine: Engine, lines: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, bytes]:
    calls: list[None] = []
    monkeypatch.setattr(stdio, "TRIM_EVERY", 3)
    monkeypatch.setattr(settle, "trim_heap", lambda: calls.append(None))
    out = io.BytesIO()
    data = b"".join(b'{"id": %d, "question": "%s"}\n' % (n, "会起诉吗".encode()) for n in range(lines))
    assert stdio.serve_stdio(engine, io.BytesIO(data), out) == 0
    return len(calls), out.getvalue()


def test_the_heap_is_trimmed_after_every_trim_every_lines(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    trims, out = serve(engine, 7, monkeypatch)
    assert trims == 2  # after lines 3 and 6
    assert out.count(b"\n") == 7


def test_no_trim_before_trim_every_lines(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    trims, out = serve(engine, 2, monkeypatch)
    assert trims == 0
    assert out.count(b"\n") == 2


def test_a_real_trim_changes_no_answer(engine: Engine) -> None:
    data = b'{"id": 1, "question": "%s"}\n' % "逾期三天会上征信吗".encode()
    answers = []
    for _ in range(2):
        out = io.BytesIO()
        stdio.serve_stdio(engine, io.BytesIO(data), out)
        answers.append(out.getvalue())
        settle.trim_heap()
    assert answers[0] == answers[1] and b'"ok": true' in answers[0].replace(b'"ok":true', b'"ok": true')
