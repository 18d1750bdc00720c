"""The REPL, driven as prompt_toolkit's testing guide shows: create_pipe_input + DummyOutput.

Golden transcripts live in tests/golden/; regenerate them with UPDATE_GOLDEN=1 after a
deliberate change, and read the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import Engine
from bot.render import Fragments, plain, sanitize, wrap
from bot.repl import RedactingFileHistory, Repl, redact

GOLDEN = Path(__file__).parent / "golden"
CTRL_C, CTRL_D = "\x03", "\x04"


def run_repl(engine: Engine, keys: str, history=None) -> str:  # type: ignore[no-untyped-def]
    blocks: list[str] = []

    def echo(fragments: Fragments) -> None:
        blocks.append(plain(fragments))

    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        repl = Repl(engine, input=pipe, output=DummyOutput(), history=history, echo=echo)
        assert repl.run() == 0
    return "".join(blocks)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"REPL output differs from {path}"


ZH_KEYS = ("借呗逾期两个月了会上门吗\r" "2\r" "为什么\r" "/why\r" "/topics\r" "/lang en\r"
           "会起诉吗\r" "/lang auto\r" "/reset\r" "/frobnicate\r" "/help\r" "半句话" + CTRL_C
           + "谢谢\r" + CTRL_D)
EN_KEYS = ("will they visit my hometown?\r" "1\r" "tell me more\r" "/why\r" "/lang zh\r"
           "can they sue me\r" "/lang auto\r" "/reset\r" "/nope\r" "half a line" + CTRL_C
           + "/quit\r")


def test_golden_transcript_zh(engine: Engine) -> None:
    check_golden("repl_zh.txt", run_repl(engine, ZH_KEYS))


def test_golden_transcript_en(engine: Engine) -> None:
    check_golden("repl_en.txt", run_repl(engine, EN_KEYS))


def test_ctrl_c_clears_the_line_and_ctrl_d_quits(engine: Engine) -> None:
    out = run_repl(engine, "借呗逾期会走访户籍地吗" + CTRL_C + CTRL_D)
    assert "依据" not in out  # the cleared line was never answered
    assert out.rstrip().endswith("Take care.")


def test_unknown_command_gets_a_hint_not_a_traceback(engine: Engine) -> None:
    out = run_repl(engine, "/frobnicate\r" + CTRL_D)
    assert "/help" in out and "Traceback" not in out


def test_history_is_redacted_on_disk(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "state" / "history"
    keys = ("我手机13812345678，身份证110101199003071234，卡号6222 0212 3456 7890 123 逾期了\r"
            + CTRL_D)
    run_repl(engine, keys, history=RedactingFileHistory(str(path)))
    stored = path.read_text(encoding="utf-8")
    assert "13812345678" not in stored and "110101199003071234" not in stored
    assert "6222" not in stored and "[PHONE]" in stored and "[ID]" in stored and "[CARD]" in stored


def test_redact_keeps_ordinary_numbers() -> None:
    assert redact("逾期30天欠5000元") == "逾期30天欠5000元"
    assert redact("call me on +86 138-1234-5678") == "call me on [PHONE]"


def test_no_history_flag_writes_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path), HOME=str(tmp_path))
    subprocess.run([sys.executable, "-m", "bot", "--no-history"], input="借呗逾期会上门吗\n",
                   capture_output=True, text=True, env=env, check=True)
    assert not any(tmp_path.rglob("history"))


def test_pipe_mode_answers_each_line_and_exits_0(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot"], input="借呗逾期会上门吗\n\ncan they sue me\n",
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.count("\n" + "-" * 40 + "\n") == 1
    assert "> 借呗逾期会上门吗" in result.stdout and "> can they sue me" in result.stdout
    assert "\x1b" not in result.stdout


def test_wrap_counts_wide_characters_and_keeps_punctuation_off_line_starts() -> None:
    lines = wrap("借呗" * 30 + "，结束。", 20)
    assert all(not line.startswith(("，", "。")) for line in lines)
    assert wrap("will they visit my hometown if I am late", 20) == ["will they visit my", "hometown if I am", "late"]


@pytest.mark.parametrize("dirty", ["\x1b[31mred\x1b[0m", "a\x07b\x00c", "\x9b2Jx"])
def test_sanitize_removes_control_sequences(dirty: str) -> None:
    assert "\x1b" not in sanitize(dirty) and "\x07" not in sanitize(dirty) and "\x9b" not in sanitize(dirty)
