"""front7's smaller findings: --knowledge after the command, and error messages that say the same
thing the same way in stdio and HTTP (the byte of invalid UTF-8; what a refused id was)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot import Engine
from bot.cli_parser import build_parser
from bot.server.protocol import Dispatcher
from bot.server.stdio import serve_stdio
from bot.server.wsgi import WebApp

PACKAGED = str(Path(__file__).resolve().parent.parent / "knowledge")


@pytest.mark.parametrize("argv, knowledge", [
    (["ask", "hi", "--knowledge", "k"], "k"),                    # front7: "unrecognized arguments"
    (["topics", "--knowledge", "k"], "k"),
    (["serve", "--stdio", "--knowledge", "k"], "k"),
    (["--knowledge", "k", "ask", "hi"], "k"),                    # before the command, as always
    (["--knowledge", "before", "ask", "hi", "--knowledge", "after"], "after"),
    (["ask", "hi"], None),
])
def test_knowledge_is_read_before_or_after_the_command(argv: list[str], knowledge: str | None) -> None:
    assert build_parser().parse_args(argv).knowledge == knowledge


def test_ask_with_knowledge_after_the_command_answers(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["ask", "hi", "--knowledge", PACKAGED]) == 0
    assert capsys.readouterr().out.strip()


def test_invalid_utf8_names_the_byte_in_stdio_and_http(engine: Engine) -> None:
    line = b'{"id": 1, "question": "\xff"}'
    out = io.BytesIO()
    serve_stdio(engine, io.BytesIO(line + b"\n"), out)
    stdio_message = json.loads(out.getvalue())["error"]["message"]
    app = WebApp(Dispatcher(engine))
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/ask", "wsgi.input": io.BytesIO(line),
               "CONTENT_LENGTH": str(len(line)), "CONTENT_TYPE": "application/json"}
    http_message = json.loads(b"".join(app(environ, lambda *a: None)))["error"]["message"]
    assert stdio_message == "line 1: not valid UTF-8 (byte 0xff at offset 23)"
    assert http_message == "body: not valid UTF-8 (byte 0xff at offset 23)"
    assert Dispatcher(engine).handle_text(line)["error"]["message"] == "not valid UTF-8 (byte 0xff at offset 23)"


@pytest.mark.parametrize("rid, found", [([1], "an array"), ({"a": 1}, "an object"), ("x" * 201, "a string of 201 characters")])
def test_a_refused_id_says_what_it_was(engine: Engine, rid: object, found: str) -> None:
    response = Dispatcher(engine).handle({"id": rid, "question": "会起诉吗"})
    assert response["id"] is None and response["error"]["code"] == "bad_request"
    assert response["error"]["message"].endswith(f"a boolean or null, found {found}")


@pytest.mark.parametrize("rid", ["x" * 200, 3.5, True, None])
def test_a_good_id_is_still_echoed(engine: Engine, rid: object) -> None:
    assert Dispatcher(engine).handle({"id": rid, "question": "会起诉吗"})["id"] == rid
