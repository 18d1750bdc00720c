"""Bounded line reading and explicit decoding (bot/lines.py), and the piped REPL that uses it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.lines import Line, decode, read_lines, text_lines

ROOT = Path(__file__).resolve().parent.parent


def test_lines_are_split_and_bounded() -> None:
    data = b"one\r\n" + b"x" * 10 + b"\n\nlast"
    assert list(read_lines(io.BytesIO(data), 8)) == [
        Line(1, b"one"), Line(2, b"x" * 8, too_long=True), Line(3, b""), Line(4, b"last")]
    assert list(read_lines(io.BytesIO(b"x" * 8 + b"\n"), 8)) == [Line(1, b"x" * 8)]


def test_decode_is_strict_and_drops_a_byte_order_mark() -> None:
    assert decode("\ufeff借呗".encode()) == "借呗"
    try:
        decode(b"\xff")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("invalid UTF-8 decoded")
    assert list(text_lines(io.BytesIO(b"a\xffb\n"))) == ["a\ufffdb"]


def test_piped_repl_survives_invalid_utf8_under_any_locale() -> None:
    # Before: `printf '\xff\n借呗逾期会上门吗\n' | jiebei-bot` under en_US.UTF-8 exited 1 with a traceback.
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "bot"], input="借呗逾期会上门吗\n".encode() + b"\xff\xfe\n" +
                            "会起诉吗\n".encode(), capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert result.stdout.decode().count("> ") == 3
