"""The real servers as subprocesses on loopback, and the documented client examples."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import rapidjson

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
SCHEMA = rapidjson.Validator((ROOT / "bot" / "schemas" / "response.schema.json").read_text(encoding="utf-8"))


def test_stdio_server_answers_every_line_and_exits_0() -> None:
    requests = [
        '{"id": 1, "question": "借呗逾期两个月了会上门吗", "session": "x"}',
        "garbage",
        '{"id": 2, "question": "那会起诉吗", "session": "x"}',
        '{"id": 3, "op": "nope"}',
        '{"id": 4, "op": "health"}',
    ]
    result = subprocess.run([sys.executable, "-m", "bot", "serve", "--stdio"], input="\n".join(requests) + "\n",
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    responses = [json.loads(line) for line in result.stdout.splitlines()]
    for response in responses:
        SCHEMA(json.dumps(response))
    assert [r["id"] for r in responses] == [1, None, 2, 3, 4]
    assert responses[1]["error"]["code"] == "bad_json" and responses[3]["error"]["code"] == "unknown_op"
    assert responses[2]["reply"]["topic"] == "lawsuit" and responses[2]["reply"]["slots"]["days"]["value"] == 60


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline()
    base = line.split("serving on ", 1)[1].split("/ ", 1)[0]
    yield base
    server.terminate()
    server.wait(timeout=10)


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
    assert _http(http_base, "GET", "/healthz")[1]["status"] == "ok"


@pytest.mark.parametrize("body, status, code", [
    (b"{oops", 400, "bad_json"),
    (b'{"id": 1}', 400, "missing_field"),
    (b'{"id": 1, "question": []}', 400, "wrong_type"),
    (b'{"id": 1, "op": "x"}', 400, "unknown_op"),
    (b'["x"]', 400, "bad_request"),
    (json.dumps({"id": 1, "question": "很" * 2100}).encode(), 413, "too_long"),
    (b"x" * 20000, 413, "too_long"),
])
def test_http_errors_have_status_and_code(http_base: str, body: bytes, status: int, code: str) -> None:
    got_status, data = _http(http_base, "POST", "/v1/ask", body)
    SCHEMA(json.dumps(data))
    assert (got_status, data["error"]["code"]) == (status, code)
    assert "Traceback" not in data["error"]["message"]


def test_http_unknown_path_and_method(http_base: str) -> None:
    assert _http(http_base, "GET", "/nowhere")[0] == 404
    assert _http(http_base, "GET", "/v1/ask")[0] == 405


def test_http_session_and_python_example(http_base: str) -> None:
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
