"""An over-long request is read by its two ends, so that an urgent one is answered (front7: a
70,000-character stdio line and a 30,000-character HTTP body opening with 我不想活了 got only
too_long, where the piped CLI answered). Both sides: a calm over-long question keeps the error
(now with its id), and what is refused unread still is (a body not typed JSON, one over the cap)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot import Engine
from bot.inputs import CUT_MARK
from bot.server.overlong import Ends, salvage
from bot.server.protocol import Dispatcher
from bot.server.stdio import MAX_LINE_BYTES, serve_stdio
from bot.server.wsgi import WebApp

ROOT = Path(__file__).resolve().parent.parent
STORY = "借呗的事我一直没敢和家里说，每天都在想怎么还，"
CALM_STORY = "abc " * 20000


def stdio(engine: Engine, *requests: dict[str, Any]) -> list[dict[str, Any]]:
    data = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in requests)
    out = io.BytesIO()
    serve_stdio(engine, io.BytesIO(data), out)
    return [json.loads(line) for line in out.getvalue().decode().splitlines()]


@pytest.mark.parametrize("question", ["我不想活了。" + STORY * 3000, STORY * 3000 + "我真的不想活了",
                                      "x" * 70000 + " I don't want to live anymore"])
def test_an_urgent_line_over_the_limit_is_answered_with_a_warning(engine: Engine, question: str) -> None:
    request = {"id": 41, "question": question, "state": {"version": 1}}
    assert len(json.dumps(request, ensure_ascii=False).encode()) > MAX_LINE_BYTES
    (response,) = stdio(engine, request)
    assert response["ok"] and response["id"] == 41 and response["reply"]["topic"] == "crisis"
    assert response["warning"]["code"] == "too_long" and "opening and its end were read" in response["warning"]["message"]
    assert response["state"]  # a new conversation starts with it


def test_a_calm_line_over_the_limit_keeps_the_error_now_with_its_id(engine: Engine) -> None:
    responses = stdio(engine, {"id": "a", "question": CALM_STORY + "will they sue me"}, {"id": "b", "question": "hi"})
    assert [r["id"] for r in responses] == ["a", "b"]
    assert responses[0]["error"]["code"] == "too_long" and responses[1]["ok"]


def test_salvage_reads_the_fields_around_the_question_and_nothing_else() -> None:
    line = json.dumps({"id": 7, "lang": "en", "question": "first words " + "x" * 9000 + " last words",
                       "session": None}).encode()
    request = salvage(line[:200], line[-300:])
    assert request is not None and request["id"] == 7 and request["lang"] == "en" and "session" in request
    assert request["question"].startswith("first words") and request["question"].endswith("last words")
    assert CUT_MARK in request["question"]
    assert salvage(b"[" * 300, b"]" * 300) is None  # no question in either end: the error alone
    assert salvage(line[:200], b'"}}}}') is not None  # a head alone still reads
    for cut in range(1, 12):  # an end cut inside an escape or a character still reads
        escaped = json.dumps({"question": "不" * 3000}).encode()
        assert salvage(escaped[:100 + cut], escaped[-(100 + cut):]) is not None


def test_ends_hold_no_more_than_their_limit() -> None:
    ends = Ends(10_000)
    for index in range(100):
        ends.feed(bytes([65 + index % 26]) * 1000)
    assert ends.size == 100_000 and len(ends.head) + len(ends.tail) == 10_000
    assert ends.head == b"A" * 1000 + b"B" * 1000 + b"C" * 1000 + b"D" * 1000 + b"E" * 96
    for limit in (256, 4096, 8192):  # JIEBEI_MAX_BODY's least, and limits at or under twice the head
        small = Ends(limit)
        for _ in range(50):
            small.feed(b"y" * 1000)
        assert len(small.head) + len(small.tail) == limit and small.head and small.tail


def wsgi(app: WebApp, body: bytes, content_type: str = "application/json") -> tuple[int, dict[str, Any]]:
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/ask", "wsgi.input": io.BytesIO(body),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type}
    seen: dict[str, str] = {}
    payload = b"".join(app(environ, lambda status, headers: seen.setdefault("status", status)))
    return int(seen["status"][:3]), json.loads(payload)


@pytest.fixture(scope="module")
def app(engine: Engine) -> WebApp:
    return WebApp(Dispatcher(engine), max_body=65536)


def test_an_urgent_body_over_the_limit_is_answered_200_with_a_warning(app: WebApp) -> None:
    body = json.dumps({"id": 9, "question": "我不想活了。" + STORY * 1300}, ensure_ascii=False).encode()
    assert len(body) > 65536  # front7's 30,000 characters: 413 before
    status, response = wsgi(app, body)
    assert status == 200 and response["id"] == 9 and response["reply"]["topic"] == "crisis"
    assert response["warning"]["code"] == "too_long"


@pytest.mark.parametrize("question, content_type, why", [
    (CALM_STORY + "will they sue me", "application/json", "calm"),
    ("我不想活了。" + STORY * 1300, "text/plain", "not typed JSON: another page may post it unasked (CSRF)"),
    ("我不想活了。" + "借呗" * 200_000, "application/json", "over the cap: refused unread"),
])
def test_what_stays_413(app: WebApp, question: str, content_type: str, why: str) -> None:
    status, response = wsgi(app, json.dumps({"id": 9, "question": question}, ensure_ascii=False).encode(), content_type)
    assert status == 413 and response["error"]["code"] == "too_long", why


def _stdio_server(ttl: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "JIEBEI_SESSION_TTL": ttl, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env, cwd=ROOT)


def _turn(server: subprocess.Popen[bytes], request: dict[str, Any]) -> dict[str, Any]:
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(json.dumps(request).encode() + b"\n")
    server.stdin.flush()
    return dict(json.loads(server.stdout.readline()))


# A real server process and a wait past the TTL (2.4 s each): run with the integration tests, as the
# other server processes are, to keep the unit tests inside their time budget.
@pytest.mark.integration
@pytest.mark.parametrize("ttl, kept", [("1", False), ("", True)])
def test_stdio_keeps_stored_conversations_for_jiebei_session_ttl(ttl: str, kept: bool) -> None:
    # front7: the stdio server's own memory store kept every conversation 1800 s whatever the setting.
    server = _stdio_server(ttl)
    try:
        first = _turn(server, {"id": 1, "question": "逾期两个月了会上门吗", "session": None})
        time.sleep(2.2)
        second = _turn(server, {"id": 2, "question": "那会起诉吗", "session": first["session"]})
        assert second["ok"] is kept and (kept or second["error"]["code"] == "unknown_session")
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)
