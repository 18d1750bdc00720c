"""The one-shot command line, run in-process through bot.cli.main (and once as `python -m bot`)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import rapidjson

from bot.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def test_ask_json_in_english() -> None:
    status, out = run("ask", "--json", "will they visit my hometown?")
    data = rapidjson.loads(out)
    assert status == 0 and data["topic"] == "home_visit" and data["lang"] == "en"


def test_ask_plain_shows_answer_and_numbered_suggestions() -> None:
    status, out = run("ask", "借呗逾期真的会走访户籍地吗")
    assert status == 0 and "依据" in out and "\n  1. " in out


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
