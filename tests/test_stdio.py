"""The stdio server under hostile input (issue 15): every case here stopped it or grew it before.
In process for speed, plus real subprocesses for the locale and Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from bot import Engine
from bot.server.stdio import MAX_LINE_BYTES, serve_stdio

ROOT = Path(__file__).resolve().parent.parent
GOOD = b'{"id": "ok", "question": "will they sue me"}'


def serve(engine: Engine, data: bytes | io.RawIOBase) -> list[dict[str, Any]]:
    stream = io.BufferedReader(data) if isinstance(data, io.RawIOBase) else io.BytesIO(data)
    out = io.BytesIO()
    assert serve_stdio(engine, stream, out) == 0  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]


@pytest.mark.parametrize("bad", [
    b"[" * 1001 + b"]" * 1001,
    b'{"id": ' + b"[" * 995 + b"]" * 995 + b', "question": "x"}',
    b'{"id": 2, "question": "\xff\xfe"}',
    b'{"id": 2, "question": "\xed\xa0\x80"}',  # a lone surrogate, encoded
    b"\xc3",
])
def test_a_bad_line_is_answered_and_the_server_goes_on(engine: Engine, bad: bytes) -> None:
    responses = serve(engine, GOOD + b"\n" + bad + b"\n" + GOOD + b"\n")
    assert [r["id"] for r in responses] == ["ok", None, "ok"]
    assert responses[1]["error"]["code"] == "bad_request" and responses[2]["ok"]


@pytest.mark.parametrize("line", [b'{"id": NaN, "question": "x"}', b'{"id": -Infinity, "question": "x"}'])
def test_non_finite_ids_never_make_invalid_json(engine: Engine, line: bytes) -> None:
    out = io.BytesIO()
    serve_stdio(engine, io.BytesIO(line + b"\n"), out)
    text = out.getvalue().decode()
    assert "NaN" not in text and "Infinity" not in text and json.loads(text)["id"] is None


@pytest.mark.parametrize("filler", [b" ", b"\t", b"\r"])
def test_an_over_long_line_of_whitespace_is_answered_not_skipped(engine: Engine, filler: bytes) -> None:
    # front4: 70,000 spaces then a request on the same line got no answer at all (the first
    # 64 KiB chunk was blank), so a client pairing replies by order went out of step.
    line = filler * (MAX_LINE_BYTES + 4000) + GOOD
    responses = serve(engine, line + b"\n" + GOOD + b"\n" + b"   \n")
    assert [r.get("id") for r in responses] == [None, "ok"]
    assert responses[0]["error"]["code"] == "too_long"


class Endless(io.RawIOBase):
    """``size`` bytes of "x", then ``tail``, produced on demand (never held in memory)."""

    def __init__(self, size: int, tail: bytes = b"") -> None:
        self.left, self.tail = size, tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.left <= 0:
            count = min(len(buffer), len(self.tail))
            buffer[:count], self.tail = self.tail[:count], self.tail[count:]
            return count
        count = min(len(buffer), self.left)
        buffer[:count] = b"x" * count
        self.left -= count
        return count


@pytest.mark.parametrize("tail", [b"\n" + GOOD + b"\n", b""], ids=["long line", "no newline at all"])
def test_the_read_itself_is_bounded(engine: Engine, tail: bytes) -> None:
    size = 40 * 1024 * 1024  # before: a 200 MB line peaked at 433 MB; the read held it whole
    tracemalloc.start()
    try:
        responses = serve(engine, Endless(size, tail))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert responses[0]["error"]["code"] == "too_long"
    assert [r["id"] for r in responses[1:]] == (["ok"] if tail else [])
    assert peak < 4 * MAX_LINE_BYTES + 2 * 1024 * 1024, peak


def _server(env: dict[str, str]) -> subprocess.Popen[bytes]:
    # SIGINT back to its default: a test run started in the background inherits it ignored.
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, **env},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.mark.parametrize("env", [{"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "PYTHONIOENCODING": "utf-8"},
                                 {"LC_ALL": "C.UTF-8"}, {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"}],
                         ids=["en_US.UTF-8", "C.UTF-8", "ascii"])
def test_invalid_utf8_under_any_locale(env: dict[str, str]) -> None:
    # Before: with PYTHONIOENCODING=utf-8 (or en_US.UTF-8) one bad byte ended the server (exit 1)
    # and lost the answers to the lines read just before it.
    server = _server(env)
    out, err = server.communicate(GOOD + b"\n" + b'{"id": 2, "question": "\xff"}\n' + GOOD.replace(b"ok", b"3") + b"\n",
                                  timeout=120)
    responses = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert server.returncode == 0, err.decode()
    assert [r["id"] for r in responses] == ["ok", None, "3"]
    assert responses[1]["error"]["code"] == "bad_request" and "UTF-8" in responses[1]["error"]["message"]
    assert responses[2]["reply"]["topic"] == responses[0]["reply"]["topic"]


def test_ctrl_c_ends_the_server_quietly() -> None:
    server = _server({})
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(GOOD + b"\n")
    server.stdin.flush()
    assert json.loads(server.stdout.readline())["ok"]  # loaded and serving
    server.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 30
    while server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    _, err = server.communicate(timeout=10)
    assert server.returncode == 130 and b"Traceback" not in err and err == b""
