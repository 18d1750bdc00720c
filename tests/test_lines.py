"""Bounded line reading and explicit decoding (bot/lines.py), and the piped REPL that uses it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.lines import Line, decode, read_lines

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


def test_piped_repl_survives_invalid_utf8_under_any_locale() -> None:
    # Before: `printf '\xff\n借呗逾期会上门吗\n' | jiebei-bot` under en_US.UTF-8 exited 1 with a traceback.
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "bot"], input="借呗逾期会上门吗\n".encode() + b"\xff\xfe\n" +
                            "会起诉吗\n".encode(), capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert result.stdout.decode().count("> ") == 3


def test_a_cut_line_is_echoed_with_its_whole_length() -> None:
    """ans56: an 80,000-character line piped in was echoed as "共 21850 个字", the characters of
    the 64 KiB kept of it; the echo says the line's own length, and a short line is echoed whole."""
    import io

    from bot.terminal.pipe import _echo, measured_lines

    long_line = "我借呗逾期了" * 13333 + "会被起诉吗"
    (kept, length), (short, none) = measured_lines(io.BytesIO((long_line + "\n短的一行\n").encode()))
    assert length == len(long_line) == 80003 and len(kept) < len(long_line.encode())
    assert _echo(kept.decode("utf-8", "replace"), length).endswith("（共 80003 个字）")
    assert none is None and _echo(short.decode().strip(), none) == "短的一行"
    # a line under the limit but over the echo's width still says its own length
    assert _echo("借呗" * 100).endswith("（共 200 个字）")
