"""The REPL, driven as prompt_toolkit's testing guide shows: create_pipe_input + DummyOutput.

Golden transcripts live in tests/golden/: each typed line appears after "› ", then what the REPL
printed. Regenerate them with UPDATE_GOLDEN=1 after a deliberate change, and read the diff.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.history import History
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import Engine
from bot.terminal.history import RedactingFileHistory
from bot.terminal.layout import is_punctuation, width_of
from bot.terminal.render import Fragments, plain
from bot.terminal.repl import Repl, toolbar_text

GOLDEN = Path(__file__).parent / "golden"
CTRL_C, CTRL_D = "\x03", "\x04"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


class SizedOutput(DummyOutput):
    """A DummyOutput that reports a window of the given width (DummyOutput alone says 80)."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self.columns = columns

    def get_size(self) -> Size:
        return Size(rows=40, columns=self.columns)


def run_repl(engine: Engine, keys: str, *, columns: int = 80, history: History | None = None,
             repl_out: list[Repl] | None = None) -> str:
    """Type ``keys`` into a REPL; the transcript shows each submitted line after "› "."""
    blocks: list[str] = []

    def echo(fragments: Fragments) -> None:
        blocks.append(plain(fragments))

    class Recording(Repl):
        def handle(self, line: str) -> bool:
            blocks.append(f"› {line}\n")
            return super().handle(line)

    output = SizedOutput(columns)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
        pipe.send_text(keys)
        repl = Recording(engine, input=pipe, output=output, history=history, echo=echo)
        assert repl.run() == 0
        if repl_out is not None:
            repl_out.append(repl)
    return "".join(blocks)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"REPL output differs from {path}"


# A zh conversation: details, a numbered follow-up, a correction, why in words and /why, /topics,
# /lang without and with a bad argument, switching language in words both ways, /reset, an
# unknown command, /help, a cleared line, thanks-and-bye, and a leaving word.
ZH_KEYS = ("借呗逾期两个月了会上门吗\r" "/why\r" "我记错了，是逾期三天\r" "2\r" "为什么\r" "/topics\r"
           "/lang\r" "/lang fr\r" "切换成英文\r" "can you answer in Chinese\r" "/reset\r" "/frobnicate\r"
           "/help\r" "半句话" + CTRL_C + "谢谢，再见\r" "退出\r")
# An en conversation: follow-ups that lean on the last question, a language switch in words,
# a clarification whose options are printed once and picked by number, and /quit.
EN_KEYS = ("will they visit my hometown?\r" "and my workplace?\r" "and court?\r" "and jail?\r"
           "what if I just ignore them?\r" "what about my parents?\r" "/why\r" "overdue\r" "2\r"
           "please reply in Chinese\r" "/lang en\r" "/lang\r" "half a line" + CTRL_C + "/quit\r")
# Follow-ups that stay on their topic, a bare keyword's clarification, and a multi-line paste.
FOLLOWUP_KEYS = ("还不上能协商吗\r" "他们不同意怎么办\r" "会联系我家人吗\r" "那会不会打到我公司\r" "逾期\r" "1\r"
                 + PASTE_START + "借呗逾期了\r\n会不会上门？\r\n" + PASTE_END + "\r" + "exit\r")


def test_golden_transcript_zh(engine: Engine) -> None:
    check_golden("repl_zh.txt", run_repl(engine, ZH_KEYS))


def test_golden_transcript_en(engine: Engine) -> None:
    check_golden("repl_en.txt", run_repl(engine, EN_KEYS))


def test_golden_transcript_followups_at_40_columns(engine: Engine) -> None:
    check_golden("repl_followups_40.txt", run_repl(engine, FOLLOWUP_KEYS, columns=40))


def test_ctrl_c_clears_the_line_and_ctrl_d_quits(engine: Engine) -> None:
    out = run_repl(engine, "借呗逾期会走访户籍地吗" + CTRL_C + CTRL_D)
    assert "依据" not in out  # the cleared line was never answered
    assert out.rstrip().endswith("Take care.")


@pytest.mark.parametrize("word", ["exit", "quit", "退出", "再见", "bye"])
def test_leaving_words_end_the_repl_with_a_goodbye(engine: Engine, word: str) -> None:
    out = run_repl(engine, word + "\r" + "借呗逾期会上门吗\r" + CTRL_D)
    assert "依据" not in out  # nothing after the leaving word was read
    assert "看不到你的账户" not in out and "can't see your account" not in out
    assert "你可能还想问" not in out and "You may also want" not in out


def test_no_suggestions_after_thanks_and_bye(engine: Engine) -> None:
    out = run_repl(engine, "借呗逾期会上门吗\r" "谢谢，再见\r" + CTRL_D)
    after = out.split("› 谢谢，再见")[1]
    # thanks and a goodbye together get either courtesy reply, and no suggestions after it
    assert "你可能还想问" not in after and ("不客气" in after or "照顾好自己" in after)


def test_multi_line_paste_is_one_message(engine: Engine) -> None:
    out = run_repl(engine, PASTE_START + "借呗逾期会上门吗\n会联系家人吗\n" + PASTE_END + "\r" + CTRL_D)
    assert out.count("› ") == 1  # one message submitted
    assert out.count("依据") == 1  # answered once, both questions together


def test_clarification_options_are_printed_once(engine: Engine) -> None:
    out = run_repl(engine, "借呗逾期会上门吗\r逾期\r" + CTRL_D)  # a first message is answered (front5)
    repl_reply = out.split("› 逾期\n")[1]
    for number in ("1. ", "2. "):
        assert repl_reply.count(number) == 1, repl_reply
    assert "你可能还想问" not in repl_reply


def test_toolbar_follows_a_language_switch_in_words(engine: Engine) -> None:
    repls: list[Repl] = []
    run_repl(engine, "借呗逾期会上门吗\r" "切换成英文\r" + CTRL_D, repl_out=repls)
    chat = repls[0].chat
    assert chat.language_setting == "en"
    assert "English" in toolbar_text(chat.language_setting, chat.ui_lang, 80)
    repls.clear()
    run_repl(engine, "will they sue me\r" "can you answer in Chinese\r" + CTRL_D, repl_out=repls)
    assert repls[0].chat.language_setting == "zh"
    assert "中文" in toolbar_text("zh", repls[0].chat.ui_lang, 80)


@pytest.mark.parametrize("setting", ["auto", "zh", "en"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_toolbar_fits_40_columns_and_says_what_tab_does(setting: str, lang: str) -> None:
    for columns in (40, 80, 120):
        text = toolbar_text(setting, lang, columns)
        assert width_of(text) <= columns
        assert "Tab 补全" in text or "Tab completes" in text


@pytest.mark.parametrize("columns", [40, 80, 100, 120])
def test_no_line_is_only_punctuation_or_too_wide_and_sources_follow_a_blank_line(engine: Engine, columns: int) -> None:
    keys = ("借呗逾期两个月了会上门吗\r" "2\r" "详细点\r" "/why\r" "/topics\r" "/help\r"
            "will they sue me? I owe 20k and I am 3 months late\r" "tell me more\r" "/why\r" + CTRL_D)
    out = run_repl(engine, keys, columns=columns)
    lines = out.split("\n")
    for index, line in enumerate(lines):
        assert not is_punctuation(line), f"line {index} at {columns} columns is only punctuation: {line!r}"
        assert width_of(line) < columns or line.startswith("› "), f"line {index} is wider than {columns - 1}: {line!r}"
        if line.startswith(("依据", "Based on")):
            assert lines[index - 1] == "", f"no blank line before the sources at {columns} columns"


def test_history_file_is_private_and_redacted(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "state" / "jiebei-bot" / "history"
    keys = ("我手机１３８ １２３４ ５６７８，身份证110101199003071233，卡号6222 0212 3456 7894 逾期了\r"
            "我叫王小明，邮箱 wxm2024@example.com\r" + CTRL_D)
    run_repl(engine, keys, history=RedactingFileHistory(str(path)))
    stored = path.read_text(encoding="utf-8")
    for secret in ("１３８", "1234", "110101199003071233", "6222", "王小明", "wxm2024"):
        assert secret not in stored
    for label in ("[PHONE]", "[ID]", "[CARD]", "[NAME]", "[EMAIL]", "逾期了"):
        assert label in stored
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_unknown_command_gets_a_hint_not_a_traceback(engine: Engine) -> None:
    out = run_repl(engine, "/frobnicate\r" + CTRL_D)
    assert "/help" in out and "Traceback" not in out


def test_a_paste_keeps_its_lines_in_one_buffer_without_a_trailing_newline(engine: Engine) -> None:
    output = SizedOutput(80)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=output):
        pipe.send_text(PASTE_START + "借呗逾期了\r\n会上门吗\r\n" + PASTE_END + "\r")
        repl = Repl(engine, input=pipe, output=output, echo=lambda fragments: None)
        assert repl.prompt.prompt() == "借呗逾期了\n会上门吗"


@pytest.mark.parametrize("where", ["file", "missing"])
def test_a_history_that_cannot_be_written_is_said_once_and_the_repl_goes_on(engine: Engine, tmp_path: Path, where: str) -> None:
    # front5: XDG_STATE_HOME a plain file (or /proc/nope) printed a traceback at every message.
    from bot.terminal.history import RedactingFileHistory

    blocker = tmp_path / "f"
    blocker.write_text("")
    base = blocker if where == "file" else Path("/proc/nope")
    history = RedactingFileHistory(str(base / "jiebei-bot" / "history"))
    out = run_repl(engine, "借呗逾期会上门吗\r那会起诉吗\r" + CTRL_D, history=history)
    assert out.count("历史记录写不进去") == 1 and "Traceback" not in out and "Unhandled" not in out
    assert out.count("依据") == 2  # both questions answered


def test_a_writable_history_says_nothing(engine: Engine, tmp_path: Path) -> None:
    from bot.terminal.history import RedactingFileHistory

    history = RedactingFileHistory(str(tmp_path / "jiebei-bot" / "history"))
    out = run_repl(engine, "借呗逾期会上门吗\r" + CTRL_D, history=history)
    assert "历史记录" not in out and (tmp_path / "jiebei-bot" / "history").read_text(encoding="utf-8").count("+借呗逾期会上门吗") == 1
