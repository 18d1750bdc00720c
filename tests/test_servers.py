"""The real servers as subprocesses on loopback (stdio, `serve --http` on waitress), start-up
failures, and the documented client examples."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest
import rapidjson

if TYPE_CHECKING:
    from bot import Engine

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
SCHEMA = rapidjson.Validator((ROOT / "bot" / "schemas" / "response.schema.json").read_text(encoding="utf-8"))


def test_stdio_server_answers_every_line_and_exits_0() -> None:
    first = {"id": 1, "question": "借呗逾期两个月了会上门吗", "session": None}
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--stdio"],
                            input=json.dumps(first, ensure_ascii=False) + "\ngarbage\n",
                            capture_output=True, text=True, timeout=120)
    responses = [json.loads(line) for line in result.stdout.splitlines()]
    session = responses[0]["session"]
    requests = [json.dumps({"id": 2, "question": "那会起诉吗", "session": session}, ensure_ascii=False),
                '{"id": 3, "op": "nope"}', '{"id": 4, "op": "health"}']
    assert result.returncode == 0 and responses[1]["error"]["code"] == "bad_json"
    assert responses[1]["error"]["message"].startswith("line 2: invalid JSON at offset 0")  # which line (front5)
    assert responses[0]["ok"] is True  # a good line beside it is answered as ever
    # A new process has its own memory: an id from another one is unknown, never someone else's.
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--stdio"], input="\n".join(requests) + "\n",
                            capture_output=True, text=True, timeout=120)
    responses = [json.loads(line) for line in result.stdout.splitlines()]
    for response in responses:
        SCHEMA(json.dumps(response))
    assert [r["id"] for r in responses] == [2, 3, 4]
    assert responses[0]["error"]["code"] == "unknown_session" and responses[1]["error"]["code"] == "unknown_op"


def _start_http(*args: str, env: dict[str, str] | None = None,
                stderr: object = subprocess.PIPE) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen([sys.executable, "-m", "bot", *args, "serve", "--http", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=stderr, text=True,
                              env={**os.environ, **(env or {})})
    assert server.stdout is not None
    line = server.stdout.readline()
    assert "serving on " in line, line + (server.stderr.read() if server.stderr else "")
    return server, line.split("serving on ", 1)[1].split("/ ", 1)[0]


@pytest.fixture(scope="module")
def http_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The access log (stderr) of the module's server."""
    return tmp_path_factory.mktemp("http") / "stderr.log"


@pytest.fixture(scope="module")
def http_base(http_log: Path) -> Iterator[str]:
    with http_log.open("w", encoding="utf-8") as stderr:
        server, base = _start_http(stderr=stderr)
        yield base
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode == 0  # SIGTERM stops it cleanly


def _http(base: str, method: str, path: str, body: bytes | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(base + path, data=body, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_http_ask_topics_health(http_base: str) -> None:
    status, data = _http(http_base, "POST", "/v1/ask", b'{"id": 1, "question": "will they visit my hometown?"}')
    SCHEMA(json.dumps(data))
    assert status == 200 and data["reply"]["topic"] == "home_visit" and data["reply"]["lang"] == "en"
    assert _http(http_base, "GET", "/v1/topics")[0] == 200
    health = _http(http_base, "GET", "/healthz")[1]
    assert health["status"] == "ok" and health["loaded"] is True and health["store"] == "none"


@pytest.mark.parametrize("body, status, code", [
    (b"{oops", 400, "bad_json"),
    (b'{"id": 1}', 400, "missing_field"),
    (b'{"id": 1, "question": []}', 400, "wrong_type"),
    (b'{"id": 1, "op": "x"}', 400, "unknown_op"),
    (b'["x"]', 400, "bad_request"),
    (b'{"id": 1, "question": "x", "session": null}', 400, "bad_request"),  # no store configured
    (json.dumps({"id": 1, "question": "a" * 6100}).encode(), 413, "too_long"),
])
def test_http_errors_have_status_and_code(http_base: str, body: bytes, status: int, code: str) -> None:
    got_status, data = _http(http_base, "POST", "/v1/ask", body)
    SCHEMA(json.dumps(data))
    assert (got_status, data["error"]["code"]) == (status, code)
    assert "Traceback" not in data["error"]["message"]


def test_http_raw_requests(http_base: str) -> None:
    host, port = http_base.removeprefix("http://").split(":")
    body = json.dumps({"question": "会起诉吗"}).encode()
    chunked = b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + \
        f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    assert b'"topic":"lawsuit"' in _raw(host, int(port), chunked)
    bad_length = b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}"
    assert _raw(host, int(port), bad_length).startswith(b"HTTP/1.1 400")  # and JSON: see below
    head = _raw(host, int(port), b"HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and head.endswith(b"\r\n\r\n")


def _raw(host: str, port: int, request: bytes) -> bytes:
    with socket.create_connection((host, port), timeout=30) as connection:
        connection.sendall(request)
        chunks = []
        try:
            while chunk := connection.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:  # the server closed with part of the request unread
            pass
    return b"".join(chunks)


def _parse_raw(answer: bytes) -> tuple[int, dict[str, str], dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, json.loads(body)


@pytest.mark.parametrize("request_bytes, status, code, message", [
    # A 70 KB body: over the app's 64 KiB, under waitress's own limit, so the app answers.
    (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 70000\r\n\r\n" + b"a" * 70000,
     413, "too_long", "body: expected at most 65536 bytes, found 70000"),
    # Over waitress's own limit: waitress refuses it on the headers, in the same format.
    (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 20000000\r\n\r\n",
     413, "too_long", "body: expected at most 65536 bytes, found 20000000"),
    (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
     400, "bad_request", "Content-Length: expected a number of bytes, found 'abc'"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 33000 + b"\r\n\r\n",
     431, "too_long", "headers: expected at most 32768 bytes, found more"),
    (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
     501, "bad_request", "Transfer-Encoding: expected chunked or none, found another coding"),
    (b"NONSENSE\r\n\r\n", 400, "bad_request", "request: expected an HTTP/1.x request"),
    (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, "bad_request",
     "body: expected chunked transfer coding, found a broken chunk (Invalid chunk size)"),
], ids=["body-over-app-limit", "body-over-waitress-limit", "bad-content-length", "huge-headers",
        "gzip-transfer-encoding", "bad-start-line", "broken-chunk"])
def test_what_waitress_refuses_is_answered_in_the_json_error_format(
        http_base: str, http_log: Path, request_bytes: bytes, status: int, code: str, message: str) -> None:
    host, port = http_base.removeprefix("http://").split(":")
    rid = f"refused-{status}-{len(request_bytes)}"
    if not request_bytes.startswith(b"NONSENSE"):
        request_bytes = request_bytes.replace(b"Host: x\r\n", f"Host: x\r\nX-Request-Id: {rid}\r\n".encode(), 1)
    got_status, headers, data = _parse_raw(_raw(host, int(port), request_bytes))
    SCHEMA(json.dumps(data))
    assert (got_status, data["error"]["code"]) == (status, code)
    assert data["error"]["message"].startswith(message)
    assert headers["content-type"].startswith("application/json") and headers["x-content-type-options"] == "nosniff"
    if request_bytes.startswith(b"NONSENSE") or status == 431:
        assert headers["x-request-id"]  # a fresh one: the request's own could not be read
        return
    assert headers["x-request-id"] == rid
    deadline = time.monotonic() + 10
    while f" {status} " not in _log_line(http_log, rid) and time.monotonic() < deadline:
        time.sleep(0.05)  # the log line is written by the server process, maybe a moment later
    assert f" {status} " in _log_line(http_log, rid)


def _log_line(log: Path, rid: str) -> str:
    return next((line for line in log.read_text(encoding="utf-8").splitlines() if f"rid={rid} " in line), "")


def test_port_in_use_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == f"jiebei-bot: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_broken_knowledge_stops_start_up_at_once(knowledge_copy: Path) -> None:
    (knowledge_copy / "topics" / "lawsuit.json").write_text('{"id": "lawsuit", "kind": 5}', encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "bot", "--knowledge", str(knowledge_copy), "serve", "--http",
                             "--port", "0"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "serving" not in result.stdout and time.monotonic() - started < 60
    assert result.stderr.count("\n") == 1 and "lawsuit.json" in result.stderr and "Traceback" not in result.stderr
    # The WSGI entry point (gunicorn, preloaded or not) stops with gunicorn's "failed to boot" status.
    result = subprocess.run([sys.executable, "-c", "import bot.web"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "JIEBEI_KNOWLEDGE": str(knowledge_copy)})
    assert result.returncode == 3 and result.stderr.startswith("jiebei-bot: cannot start: ")
    assert result.stderr.count("\n") == 1 and "lawsuit.json" in result.stderr


def test_http_python_example(http_base: str) -> None:
    result = subprocess.run([sys.executable, str(EXAMPLES / "http_client.py"), http_base],
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["lawsuit", "lawsuit", "huabei"]


def test_python_stdio_example() -> None:
    result = subprocess.run([sys.executable, str(EXAMPLES / "stdio_client.py")],
                            capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.split() == ["home_visit", "lawsuit", "60"]


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_node_stdio_example() -> None:
    result = subprocess.run(["node", str(EXAMPLES / "stdio_client.js")], capture_output=True, text=True,
                            timeout=120, check=True, env=dict(os.environ, PYTHON=sys.executable))
    assert result.stdout.split() == ["home_visit", "en", "ok"]


def test_gunicorn_settings_refuse_a_bad_worker_count() -> None:
    result = subprocess.run([sys.executable, "-c", "import bot.server.gunicorn_conf"], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "WEB_CONCURRENCY": "0"})
    assert result.returncode == 2 and result.stderr == (
        "jiebei-bot: cannot start: WEB_CONCURRENCY: expected a whole number of workers from 1 to 256, found '0'\n")


@pytest.mark.parametrize("settings_read", [False, True])
def test_plain_gunicorn_refuses_the_memory_store(settings_read: bool) -> None:
    # front4: `gunicorn -w 2 bot.web:app` without our settings started with the memory store and
    # lost 16 of 20 follow-ups; only gunicorn_conf's on_starting can count the workers.
    script = "import sys, types; sys.modules['gunicorn'] = types.ModuleType('gunicorn'); import bot.web"
    env = {**os.environ, "JIEBEI_SESSION_STORE": "memory"}
    env.pop("JIEBEI_GUNICORN_CONF", None)
    if settings_read:
        env["JIEBEI_GUNICORN_CONF"] = "1"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    if settings_read:
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 3 and result.stderr.count("\n") == 1
        assert result.stderr.startswith("jiebei-bot: cannot start: JIEBEI_SESSION_STORE=memory under gunicorn")
        assert "-c python:bot.server.gunicorn_conf" in result.stderr


EMBEDDING = (ROOT / "docs" / "embedding.md").read_text(encoding="utf-8")


def test_the_embedding_guides_python_example_runs_as_written(engine: "Engine", monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from bot import Engine

    blocks = re.findall(r"```python\n(.*?)```", EMBEDDING, re.S)
    assert blocks
    monkeypatch.setattr(Engine, "load", lambda *args, **kwargs: engine)  # the shared engine: same code, less time
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], "docs/embedding.md", "exec"), namespace)  # noqa: S102 - our own documentation
    session = namespace["session"]
    assert session.last_reply_topics == ("lawsuit",) and session.slots["days"].value == 60  # type: ignore[attr-defined]


def test_the_embedding_guides_health_example_is_the_real_output(engine: "Engine") -> None:
    import re

    from bot.server.protocol import Dispatcher

    request, response = re.search(r"\| `(\{\"id\": 4, \"op\": \"health\"\})` \| `(\{.*?\})` \|", EMBEDDING).groups()  # type: ignore[union-attr]
    real = Dispatcher(engine).handle(json.loads(request))
    assert json.loads(response.replace("<digest>", engine.knowledge.digest)) == real


def test_the_messages_the_embedding_guide_quotes_are_real(engine: "Engine") -> None:
    from bot import Session, UsageError
    from bot.server.protocol import Dispatcher

    session = engine.session()
    session.ask("逾期两个月了会上门吗")
    state = session.to_dict()
    state["slots"]["days"]["value"] = 10**30
    quoted = []
    for bad in (state, {}):
        with pytest.raises(UsageError) as error:
            Session.from_dict(engine, bad)
        quoted.append(str(error.value))
    quoted.append(Dispatcher(engine).handle_text('{"id": 1, "question": "x"} trailing')["error"]["message"])
    for message in quoted:
        assert message in EMBEDDING.replace("\n", " "), message
    # The start-up lines quoted there are the ones tests/test_cli.py checks exactly.
    assert "jiebei-bot: cannot start: JIEBEI_SESSION_TTL: expected a whole number of seconds from 1 to 2592000, found '-5'" in EMBEDDING
    assert ("jiebei-bot serve: error: argument --port: expected a port number from 0 to 65535, found '99999' "
            "(see jiebei-bot serve --help)") in EMBEDDING.replace("\n", " ")
