"""The WSGI app in process: routing, HTTP behaviour (issue 14), headers, the access log, static files."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from bot import Engine
from bot.server.protocol import Dispatcher
from bot.server.static import StaticFile
from bot.server.stores import MemoryStore
from bot.server.wsgi import WebApp

QUESTION = "逾期两个月了，欠了一万五，会上门吗"


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture(scope="module")
def log() -> Captured:
    return Captured()


@pytest.fixture(scope="module")
def app(engine: Engine, log: Captured) -> WebApp:
    logger = logging.getLogger("test.access")
    logger.addHandler(log)
    logger.setLevel(logging.INFO)
    page = StaticFile(b"<!doctype html><title>t</title>", "text/html; charset=utf-8", '"abc"')
    return WebApp(Dispatcher(engine, MemoryStore(engine)), max_body=4096, cors_origins=["https://app.example"],
                  static={"index.html": page}, access_log=logger)


def call(app: WebApp, method: str, path: str, body: bytes = b"", **extra: Any) -> tuple[int, dict[str, str], bytes]:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path, "wsgi.input": io.BytesIO(body),
                               "CONTENT_LENGTH": str(len(body)) if body else "", "CONTENT_TYPE": "application/json", **extra}
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = status, dict(headers)

    payload = b"".join(app(environ, start_response))
    return int(seen["status"][:3]), seen["headers"], payload


def test_ask_with_state_then_follow_up(app: WebApp) -> None:
    status, headers, body = call(app, "POST", "/v1/ask", json.dumps({"question": QUESTION}).encode())
    first = json.loads(body)
    assert status == 200 and headers["Cache-Control"] == "no-store"
    request = {"question": "那会起诉吗", "state": first["state"]}
    second = json.loads(call(app, "POST", "/v1/ask", json.dumps(request).encode())[2])
    assert second["reply"]["topic"] == "lawsuit" and second["reply"]["slots"]["amount"]["value"] == 15000


def test_security_headers_on_every_response(app: WebApp) -> None:
    for method, path in [("GET", "/healthz"), ("GET", "/nowhere"), ("PUT", "/v1/ask"), ("GET", "/"), ("OPTIONS", "/v1/ask")]:
        headers = call(app, method, path)[1]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Request-Id"], (method, path)


def test_wrong_method_is_405_with_allow(app: WebApp) -> None:
    status, headers, body = call(app, "GET", "/v1/ask")
    assert status == 405 and headers["Allow"] == "POST, OPTIONS"
    assert json.loads(body)["error"]["code"] == "method_not_allowed"
    assert call(app, "POST", "/healthz")[1]["Allow"] == "GET, HEAD, OPTIONS"
    assert call(app, "GET", "/nowhere")[0] == 404


def test_head_healthz_has_headers_and_no_body(app: WebApp, engine: Engine) -> None:
    status, headers, body = call(app, "HEAD", "/healthz")
    get = call(app, "GET", "/healthz")
    assert status == 200 and body == b"" and headers["Content-Length"] == str(len(get[2]))
    health = json.loads(get[2])
    assert health["loaded"] is True and health["knowledge"] == engine.knowledge.digest


def test_chunked_bodies_are_read_or_refused_never_empty(app: WebApp) -> None:
    body = json.dumps({"id": 1, "question": QUESTION}).encode()
    # A server that ends the stream itself (gunicorn, waitress) sets wsgi.input_terminated.
    status, _, payload = call(app, "POST", "/v1/ask", body, CONTENT_LENGTH="", HTTP_TRANSFER_ENCODING="chunked",
                              **{"wsgi.input_terminated": True})
    assert status == 200 and json.loads(payload)["reply"]["topic"] == "home_visit"
    status, _, payload = call(app, "POST", "/v1/ask", body, CONTENT_LENGTH="", HTTP_TRANSFER_ENCODING="chunked")
    assert status == 411
    status, _, payload = call(app, "POST", "/v1/ask", b"x" * 5000, CONTENT_LENGTH="", **{"wsgi.input_terminated": True})
    assert status == 413


@pytest.mark.parametrize("length, status, code", [("abc", 400, "bad_request"), ("-1", 400, "bad_request"),
                                                  ("1e3", 400, "bad_request"), ("99999", 413, "too_long"),
                                                  ("500", 400, "bad_request")])
def test_content_length(app: WebApp, length: str, status: int, code: str) -> None:
    got, _, payload = call(app, "POST", "/v1/ask", b'{"question": "x"}', CONTENT_LENGTH=length)
    assert (got, json.loads(payload)["error"]["code"]) == (status, code)


@pytest.mark.parametrize("body, status, code", [
    (b"", 400, "bad_json"), (b"{oops", 400, "bad_json"), (b"\xff", 400, "bad_request"),
    (b'{"question": "x", "state": {"version": 9}}', 400, "bad_state"),
    (b'{"question": "x", "session": "web-demo"}', 404, "unknown_session"),
    (json.dumps({"question": "will they sue me " * 260}).encode(), 413, "too_long"),  # (calm: an urgent one is answered)
])
def test_protocol_errors_have_a_status(app: WebApp, body: bytes, status: int, code: str) -> None:
    got, _, payload = call(app, "POST", "/v1/ask", body)
    assert (got, json.loads(payload)["error"]["code"]) == (status, code)


def test_cors_preflight_is_204_without_a_body(app: WebApp) -> None:
    status, headers, body = call(app, "OPTIONS", "/v1/ask", HTTP_ORIGIN="https://app.example",
                                 HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert status == 204 and body == b"" and "Content-Length" not in headers and "Content-Type" not in headers
    assert headers["Access-Control-Allow-Origin"] == "https://app.example"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    other = call(app, "OPTIONS", "/v1/ask", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert other[0] == 204 and "Access-Control-Allow-Origin" not in other[1]


def test_access_log_never_holds_the_question_state_or_session(app: WebApp, log: Captured) -> None:
    log.lines.clear()
    response = json.loads(call(app, "POST", "/v1/ask", json.dumps({"question": QUESTION, "session": None}).encode(),
                               HTTP_X_REQUEST_ID="req-42")[2])
    call(app, "POST", "/v1/ask", json.dumps({"question": "那会起诉吗", "session": response["session"]}).encode())
    call(app, "GET", "/\x1b[31mevil\nline")
    assert len(log.lines) == 3 and log.lines[0].startswith("POST /v1/ask 200 ") and "rid=req-42" in log.lines[0]
    text = "\n".join(log.lines)
    for secret in ["逾期", "起诉", "15000", "一万五", response["session"], "\x1b", "\nline"]:
        assert secret not in text


def test_static_page_and_its_headers(app: WebApp) -> None:
    status, headers, body = call(app, "GET", "/")
    assert status == 200 and body.startswith(b"<!doctype html>") and headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"] and headers["ETag"] == '"abc"'
    assert call(app, "GET", "/", HTTP_IF_NONE_MATCH='"abc"')[0] == 304
    assert call(app, "HEAD", "/")[2] == b""
    for path in ["/static/../bot/web.py", "/static/missing.js", "/index.html/..", "/static/"]:
        assert call(app, "GET", path)[0] == 404, path


def test_a_bug_is_a_500_without_details(engine: Engine) -> None:
    class Broken(Dispatcher):
        def handle_text(self, text):  # type: ignore[no-untyped-def]
            raise RuntimeError("secret detail")

    status, _, body = call(WebApp(Broken(engine)), "POST", "/v1/ask", b'{"question": "x"}')
    assert status == 500 and b"secret" not in body and json.loads(body)["error"]["code"] == "internal"


def test_settings_from_the_environment() -> None:
    from bot import UsageError
    from bot.server.app import build_app
    from bot.server.static import load_static
    from netutil import free_port

    assert "README.md" not in load_static()  # documentation beside the page files is never served
    built = build_app({"JIEBEI_SESSION_STORE": "memory", "JIEBEI_MAX_BODY": "1000", "JIEBEI_SESSION_TTL": "60",
                       "JIEBEI_CORS_ORIGIN": "https://a.example, http://b.example:8080", "JIEBEI_ACCESS_LOG": "off"})
    assert built.max_body == 1000 and built.access_log is None
    assert built.cors_origins == {"https://a.example", "http://b.example:8080"}
    assert built.dispatcher.store is not None and built.dispatcher.store._idle == 60  # type: ignore[attr-defined]
    port = free_port()  # front5: the start-up error says where, as the run-time ones do
    for env, message in [({"JIEBEI_MAX_BODY": "lots"}, "JIEBEI_MAX_BODY: expected a whole number of bytes from 256 to 16777216, found 'lots'"),
                         ({"JIEBEI_SESSION_STORE": "mysql://x"}, "JIEBEI_SESSION_STORE"),
                         ({"JIEBEI_SESSION_STORE": f"redis://127.0.0.1:{port}/0"}, rf"does not answer \(Redis at 127\.0\.0\.1:{port}\)")]:
        with pytest.raises(UsageError, match=message):
            build_app(env)


@pytest.mark.parametrize("env, message", [
    ({"JIEBEI_SESSION_TTL": "-5"}, "JIEBEI_SESSION_TTL: expected a whole number of seconds from 1 to 2592000, found '-5'"),
    ({"JIEBEI_SESSION_TTL": "0"}, "JIEBEI_SESSION_TTL: expected a whole number of seconds from 1 to 2592000, found '0'"),
    ({"JIEBEI_SESSION_TTL": "1e3"}, "JIEBEI_SESSION_TTL: expected a whole number of seconds .*found '1e3'"),
    ({"JIEBEI_MAX_BODY": "0"}, "JIEBEI_MAX_BODY: expected a whole number of bytes from 256 to 16777216, found '0'"),
    ({"JIEBEI_MAX_BODY": "9" * 40}, r"JIEBEI_MAX_BODY: expected .* found '99999999999999999999'\.\.\."),
    ({"JIEBEI_CORS_ORIGIN": "https://a.example/"}, "JIEBEI_CORS_ORIGIN: expected origins such as https://example.com .*"
                                                    "found 'https://a.example/'"),
    ({"JIEBEI_ACCESS_LOG": "quiet"}, "JIEBEI_ACCESS_LOG: expected on or off, found 'quiet'"),
    ({"JIEBEI_SESSION_STORE": "mem"}, "JIEBEI_SESSION_STORE: expected 'memory' or a redis:// URL, found 'mem'"),
])
def test_a_setting_that_cannot_be_right_stops_start_up_before_the_engine_loads(
        env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.server.app import build_app
    from bot.server.settings import SettingError

    monkeypatch.setattr(Engine, "load", lambda *args, **kwargs: pytest.fail("loaded the engine first"))
    with pytest.raises(SettingError, match=f"^{message}$"):
        build_app(env)


def test_a_body_with_a_byte_order_mark_is_read(app: WebApp) -> None:
    status, _, body = call(app, "POST", "/v1/ask", "\ufeff".encode() + '{"id": 1, "question": "会上门吗"}'.encode())
    assert status == 200 and json.loads(body)["reply"]["topic"] == "home_visit"


@pytest.mark.parametrize("content_type, status", [
    ("application/json", 200), ("Application/JSON; charset=UTF-8", 200), ('application/json;charset="utf-8"', 200),
    # What a browser posts across origins without a CORS preflight: refused, so a page elsewhere
    # cannot ask in a visitor's name; and a body the server would read as another charset.
    ("text/plain;charset=UTF-8", 415), ("application/x-www-form-urlencoded", 415), ("multipart/form-data; boundary=x", 415),
    ("", 415), ("application/json; charset=latin-1", 415), ("application/jsonx", 415),
])
def test_ask_takes_only_json(app: WebApp, content_type: str, status: int) -> None:
    got, headers, body = call(app, "POST", "/v1/ask", '{"question": "会上门吗"}'.encode(), CONTENT_TYPE=content_type)
    assert got == status
    if status == 415:
        error = json.loads(body)["error"]
        found = repr(content_type) if content_type else "none"
        assert error == {"code": "bad_request", "message": f"Content-Type: expected application/json (UTF-8), found {found}"}
        assert headers["Content-Type"].startswith("application/json")


def test_waitress_queue_warnings_are_at_most_one_a_minute() -> None:
    from bot.server.httputil import quiet_queue_warnings

    logger = logging.getLogger("waitress.queue")
    captured = Captured()
    logger.addHandler(captured)
    try:
        quiet_queue_warnings()
        quiet_queue_warnings()  # once only: one filter
        for depth in range(1, 1167):
            logger.warning("Task queue depth is %d", depth)
        assert captured.lines == ["Task queue depth is 1"] and len(logger.filters) == 1
    finally:
        logger.removeHandler(captured)
