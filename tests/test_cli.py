"""The one-shot command line, run in-process through bot.cli.main (and once as `python -m bot`)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import rapidjson

from bot import Engine, __version__
from bot.cli import main


@pytest.fixture(autouse=True)
def one_engine(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """main() loads the packaged folder at every call; here it gets the run's one engine
    (conftest) instead, whose example index (/why, --why) is built once rather than per call
    (~0.25 s each). Any other folder, or JIEBEI_SEMANTIC set, is loaded as before."""
    import os

    load = Engine.load

    def load_once(path: str | Path | None = None, **options: bool | None) -> Engine:
        if path is None and not options and not os.environ.get("JIEBEI_SEMANTIC", "").strip():
            return engine
        return load(path, **options)

    monkeypatch.setattr(Engine, "load", staticmethod(load_once))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def test_ask_json_in_english() -> None:
    status, out = run("ask", "--json", "will they visit my hometown?")
    data = rapidjson.loads(out)
    assert status == 0 and data["topic"] == "home_visit" and data["lang"] == "en"


def test_ask_plain_shows_answer_and_suggestions_without_numbers() -> None:
    status, out = run("ask", "借呗逾期真的会走访户籍地吗")
    assert status == 0 and "依据" in out and "你可能还想问：\n  •  " in out
    assert "\n  1. " not in out and "编号" not in out  # there is no next turn to type a number in


def test_topics_lists_every_topic() -> None:
    status, out = run("topics")
    assert status == 0 and "home_visit" in out and "after_repayment" in out


def test_check_ok_and_broken(knowledge_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check", str(knowledge_copy))[0] == 0
    (knowledge_copy / "topics" / "lawsuit.json").write_text("{", encoding="utf-8")
    data = json.loads((knowledge_copy / "topics" / "negotiate.json").read_text(encoding="utf-8"))
    data["sources"] = ["nowhere"]
    (knowledge_copy / "topics" / "negotiate.json").write_text(json.dumps(data), encoding="utf-8")
    status, _ = run("check", str(knowledge_copy))
    errors = capsys.readouterr().err.splitlines()
    assert status == 1
    assert any("lawsuit.json: /: invalid JSON" in line for line in errors)
    assert any("negotiate.json: /sources/0: unknown article section 'nowhere'" in line for line in errors)


@pytest.mark.parametrize("argv", [["ask", "会上门吗"], ["ask", "--json", "会上门吗"], ["serve", "--stdio"], ["topics"], []])
def test_every_front_end_honours_jiebei_knowledge(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # As the HTTP servers do: a folder that cannot be loaded stops start-up with one line (a
    # folder with no files fails at once, before the engine loads anything).
    missing = tmp_path / "nowhere"
    monkeypatch.setenv("JIEBEI_KNOWLEDGE", str(missing))
    status = main(argv, stdout=io.StringIO(), stdin=io.BytesIO("会上门吗\n".encode()) if not argv else None)
    assert status == 1
    assert capsys.readouterr().err == f"jiebei-bot: cannot start: {missing}: /: expected a knowledge folder, found none\n"


def test_knowledge_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from bot.cli import knowledge_folder

    monkeypatch.setenv("JIEBEI_KNOWLEDGE", " /from/env ")
    assert knowledge_folder(SimpleNamespace(knowledge="/from/option")) == "/from/option"  # type: ignore[arg-type]
    assert knowledge_folder(SimpleNamespace(knowledge=None)) == "/from/env"  # type: ignore[arg-type]
    monkeypatch.setenv("JIEBEI_KNOWLEDGE", "")
    assert knowledge_folder(SimpleNamespace(knowledge=None)) is None  # type: ignore[arg-type]


def test_eval_on_a_small_file(tmp_path: Path) -> None:
    file = tmp_path / "set.tsv"
    file.write_text("# topic\tquestion\nhome_visit\t借呗逾期会上门吗\nout_of_scope\t今天天气怎么样\n", encoding="utf-8")
    status, out = run("eval", str(file))
    assert status == 0 and "accuracy" in out and "2 questions" in out


def test_bad_eval_file_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bad.tsv"
    file.write_text("only one column\n", encoding="utf-8")
    assert run("eval", str(file))[0] == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.tsv:1: expected 2 tab-separated columns" in err[0]


def test_python_dash_m_bot_answers_in_chinese_with_sources(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "ask", "借呗逾期真的会走访户籍地吗"],
                            capture_output=True, text=True, cwd=tmp_path, check=True)
    assert "依据：文章「" in result.stdout and "户籍" in result.stdout


def pipe(data: bytes, *argv: str) -> str:
    """Run the piped mode in-process (stdin as bytes, as a pipe delivers them)."""
    out = io.StringIO()
    assert main(list(argv), stdout=out, stdin=io.BytesIO(data)) == 0
    return out.getvalue()


def blocks(output: str) -> list[str]:
    return output.split("\n" + "-" * 40 + "\n")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["--version"])
    assert leaving.value.code == 0
    assert capsys.readouterr().out.strip() == f"jiebei-bot {__version__}"


def test_piped_lines_are_independent_by_default() -> None:
    out = blocks(pipe("花呗逾期两个月了，会上门吗\nwill they sue me?\n2\n".encode()))
    assert "花呗" in out[0] and "两个月" in out[0]
    assert "Huabei" not in out[1] and "month" not in out[1]  # nothing leaks from line 1
    assert "You may also want to ask:\n  •  " in out[1] and "type the number" not in out[1]
    assert "依据" not in out[2] and "Based on" not in out[2]  # "2" alone picks nothing: no line 2 before it


def test_piped_session_keeps_one_conversation() -> None:
    out = blocks(pipe("花呗逾期两个月了，会上门吗\n那会起诉吗\n用英文\n".encode(), "--session"))
    assert "花呗" in out[1]  # the product from line 1 is remembered
    assert "Huabei" in out[2] and "court" in out[2]  # the same answer, switched to English


def test_piped_quit_ends_and_other_commands_work_or_are_rejected() -> None:
    out = pipe("/help\n/frobnicate\n/lang en\n借呗逾期会上门吗\n/why\n/quit\n会起诉吗\n".encode())
    parts = blocks(out)
    assert "/topics" in parts[0]  # /help answered with the command list, not as a question
    assert "/frobnicate" in parts[1] and "/help" in parts[1] and "依据" not in parts[1]
    assert "English" in parts[2]
    assert "Based on the article" in parts[3]  # /lang en applies to the following lines
    assert "How this answer was chosen" in parts[4]
    assert len(parts) == 6 and "会起诉吗" not in out  # /quit ended the input


def test_piped_leaving_word_ends() -> None:
    parts = blocks(pipe("exit\n借呗逾期会上门吗\n".encode()))
    assert len(parts) == 1 and "依据" not in parts[0]


def test_a_100_kb_line_is_not_echoed_back_in_full() -> None:
    line = "我真的很害怕" * 17000 + "借呗逾期会上门吗"
    out = pipe((line + "\n会起诉吗\n").encode())
    assert len(line.encode()) > 100_000
    assert len(out) < 10_000 and "…" in out.split("\n", 1)[0]
    assert "会起诉吗" in out  # the next line is answered too


def test_invalid_utf8_and_control_sequences_do_not_stop_piped_mode() -> None:
    out = pipe(b"\xff\xfe\xc3\n\x1b[31m\xe5\x80\x9f\xe5\x91\x97\xe9\x80\xbe\xe6\x9c\x9f\xe4\xbc\x9a\xe4\xb8\x8a\xe9\x97\xa8\xe5\x90\x97\n")
    assert "\x1b" not in out and "依据" in out
    assert "不是有效的 UTF-8" in blocks(out)[0]  # the line of bad bytes gets one line saying so


def test_piped_mode_under_an_ordinary_locale_survives_invalid_utf8(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "bot"], input=b"\xff\xfe can they sue me\n\xe5\x80\x9f\xe5\x91\x97\xe9\x80\xbe\xe6\x9c\x9f\n",
                            capture_output=True, cwd=tmp_path, env=env)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert result.stdout.count(b"\n" + b"-" * 40 + b"\n") == 1


def test_traditional_question_gets_a_traditional_answer() -> None:
    status, out = run("ask", "借唄逾期會不會上門")
    assert status == 0 and "上門" in out and "依據" in out and "法律意見" in out
    assert "上门" not in out and "依据" not in out


def test_ask_leaves_a_blank_line_before_the_sources() -> None:
    _, out = run("ask", "借呗逾期两个月了会上门吗")
    lines = out.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("依据"))
    assert lines[index - 1] == ""


def test_ask_goodbye_offers_no_more_questions() -> None:
    _, out = run("ask", "谢谢，再见")
    assert "你可能还想问" not in out


def test_ask_why_is_in_the_questions_language() -> None:
    _, out = run("ask", "--why", "逾期两个月了会起诉吗")
    assert "这个回答是怎么选出来的" in out and "decided by" not in out


@pytest.mark.parametrize("argv, env, message", [
    (["serve", "--http", "--threads", "0"], {},
     "jiebei-bot serve: error: argument --threads: expected a number of threads from 1 to 256, found '0'"),
    (["serve", "--http", "--port", "99999"], {},
     "jiebei-bot serve: error: argument --port: expected a port number from 0 to 65535, found '99999'"),
    (["serve", "--http", "--port", "-1"], {}, "jiebei-bot serve: error: argument --port: expected a port number"),
    (["serve", "--http", "--port", "http"], {},
     "jiebei-bot serve: error: argument --port: expected a port number from 0 to 65535, found 'http'"),
    (["serve", "--http", "--host", "no such host"], {},
     "jiebei-bot: cannot start: --host: expected an IP address or host name such as 127.0.0.1, found 'no such host'"),
    (["serve", "--http", "--host", "nosuchhost.invalid"], {},
     "jiebei-bot: cannot start: --host: expected an IP address or a host name that resolves, found 'nosuchhost.invalid'"),
    (["serve", "--http", "--port", "0"], {"JIEBEI_SESSION_TTL": "-5"},
     "jiebei-bot: cannot start: JIEBEI_SESSION_TTL: expected a whole number of seconds from 1 to 2592000, found '-5'"),
    (["serve", "--stdio"], {"JIEBEI_SESSION_TTL": "-5"},
     "jiebei-bot: cannot start: JIEBEI_SESSION_TTL: expected a whole number of seconds from 1 to 2592000, found '-5'"),
    (["serve", "--stdio"], {"JIEBEI_SESSION_STORE": "redis:/x"},
     "jiebei-bot: cannot start: JIEBEI_SESSION_STORE: expected 'memory' or a redis:// URL, found 'redis:/x'"),
    (["ask"], {}, "jiebei-bot ask: error: the following arguments are required: question"),
])
def test_bad_server_settings_are_one_line_and_exit_2(argv: list[str], env: dict[str, str], message: str,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from bot.engine import Engine

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Every one of these is told before the engine loads (and before anything listens).
    monkeypatch.setattr(Engine, "load", lambda *args, **kwargs: pytest.fail("loaded the engine first"))
    try:
        status = main(argv, stdout=io.StringIO())
    except SystemExit as stop:  # argparse's own exit
        status = int(stop.code or 0)
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and err.startswith(message), err


def test_independent_piped_lines_never_invite_a_number() -> None:
    out = blocks(pipe("会上门吗\n2\n逾期\n第２个\n".encode()))
    assert "编号" not in out[0] and "你可能还想问：\n  •  " in out[0] and "\n  1. " not in out[0]
    # A number alone has nothing to pick from: a hint about --session, not a decline.
    assert "--session" in out[1] and "帮不上忙" not in out[1] and "依据" not in out[1]
    # Each line is a conversation's first message: answered, never "which one?" (front5).
    assert "编号" not in out[2] and "依据" in out[2] and "\n  1. " not in out[2]
    assert "--session" in out[3]
    english = pipe(b"will they visit me?\n")
    assert "type the number" not in english and "You may also want to ask:" in english


def test_piped_session_offers_numbers_and_they_work() -> None:
    out = blocks(pipe("会上门吗\n2\n".encode(), "--session"))
    assert "你可能还想问（输入编号即可）：\n  1. " in out[0]
    assert "依据" in out[1] and "帮不上忙" not in out[1]  # "2" picked the second suggestion


@pytest.mark.parametrize("argv", [(), ("--session",)])
def test_a_goodbye_follows_the_recent_language(argv: tuple[str, ...]) -> None:
    out = blocks(pipe("借呗逾期会上门吗\nexit\n".encode(), *argv))
    assert len(out) == 2 and "照顾好自己" in out[1] and "take care" not in out[1].lower()
    out = blocks(pipe("will they visit me?\nexit\n".encode(), *argv))
    assert "take care" in out[1].lower()


def test_why_names_a_worry_in_the_conversations_language() -> None:
    out = blocks(pipe("逾期两个月了会不会坐牢\n/why\nwill I go to jail?\n/why\n".encode(), "--session"))
    assert "担心：坐牢、被抓或刑事责任（“坐牢”）" in out[1] and "concern" not in out[1]
    assert "worried about: arrest, jail or a criminal record (“jail”)" in out[3] and "concern" not in out[3]


def test_traditional_characters_reach_the_front_ends_own_text() -> None:
    out = blocks(pipe("借唄逾期會上門嗎\n/why\n/help\n".encode(), "--session"))
    assert "你可能還想問（輸入編號即可）：" in out[0] and "输入编号" not in out[0]
    assert out[1].lstrip().startswith("> /why\n\n這個回答是怎麼選出來的") and "选" not in out[1] and "话题" not in out[1]
    assert "顯示幫助" in out[2]
    assert "你可能還想問：" in pipe("借唄逾期會上門嗎\n".encode())  # independent lines too
    status, text = run("ask", "--why", "借唄逾期會上門嗎")
    assert status == 0 and "這個回答是怎麼選出來的" in text and "你可能還想問：" in text
    simplified = blocks(pipe("借呗逾期会上门吗\n/why\n".encode(), "--session"))
    assert "你可能还想问（输入编号即可）：" in simplified[0] and "这个回答是怎么选出来的" in simplified[1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [("ask", "会起诉吗"), ("topics",), (), ("serve", "--stdio")])
def test_output_that_cannot_be_written_is_one_line_and_status_1(argv: tuple[str, ...]) -> None:
    # front5: `> /dev/full` printed a 10-13 line traceback ending OSError: [Errno 28].
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "bot", *argv], input=b'{"question": "x"}\n', stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["jiebei-bot: error: cannot write the output: No space left on device"]


def test_a_reader_that_goes_away_is_still_a_quiet_success() -> None:
    # The look-alike: `| head` closing the pipe stays exit 0 with nothing on stderr.
    result = subprocess.run(f"set -o pipefail; {sys.executable} -m bot topics | head -c 1", shell=True, capture_output=True,
                            timeout=120, executable="/bin/bash")
    assert result.returncode == 0 and b"Traceback" not in result.stderr and b"error" not in result.stderr


@pytest.mark.parametrize("argv", [["serve", "--stdio"], ["ask", "会上门吗", "吗"]])
def test_the_commands_read_without_argparse_read_as_argparse_reads_them(argv: list[str]) -> None:
    # A plain ask and a plain stdio server skip argparse (bot.cli: _plain_ask, _plain_stdio): the same reading.
    from bot.cli import _plain_ask, _plain_stdio
    from bot.cli_parser import build_parser

    plain = _plain_ask(argv) or _plain_stdio(argv)
    assert plain is not None and vars(plain) == vars(build_parser().parse_args(argv))
    # Anything else (another option, another order) goes to argparse.
    assert _plain_stdio(["serve", "--stdio", "--knowledge", "k"]) is None and _plain_stdio(["serve", "--http"]) is None
    assert _plain_stdio(["--knowledge", "k", "serve", "--stdio"]) is None and _plain_stdio(["serve"]) is None
