"""gunicorn -w 3 on loopback: a five-turn zh conversation, each turn on a new connection so the
kernel picks the worker, every turn right; once with client-held state, once with Redis.
``--reuse-port`` gives each worker its own listening socket, so the kernel spreads new
connections over all three (without it an idle worker tends to win every sequential request)."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot import Engine
from conversation import check_conversation
from netutil import free_port

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
GUNICORN = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or shutil.which("gunicorn")
if GUNICORN is None:
    pytest.skip("gunicorn is not installed: pip install '.[test]'", allow_module_level=True)


class Gunicorn:
    """gunicorn -w 3 with the documented settings; its stderr (the access log) in a file."""

    def __init__(self, tmp: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.log = tmp / "gunicorn.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(GUNICORN), "-c", "python:bot.server.gunicorn_conf", "-w", "3", "--reuse-port",
                 "-b", f"127.0.0.1:{self.port}",
                 "bot.web:app"], stdout=log, stderr=log, cwd=ROOT, env={**os.environ, **env})
        # Ready when all three workers answer: each binds its own socket as it boots.
        deadline, seen = time.monotonic() + 90, []
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                seen.append(self.request("GET", "/healthz")[2])
                if len(self.workers_of(seen)) == 3:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("gunicorn did not start 3 workers:\n" + self.log.read_text(errors="replace")[-2000:])

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any], str]:
        # A new connection each time: no keep-alive, so every turn may reach another worker.
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            payload = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
            connection.request(method, path, body=payload, headers={"Connection": "close"})
            response = connection.getresponse()
            return response.status, json.loads(response.read()), response.getheader("X-Request-Id") or ""
        finally:
            connection.close()

    def workers_of(self, request_ids: list[str]) -> set[str]:
        text = self.log.read_text(errors="replace")
        return {match.group(2) for match in re.finditer(r"rid=(\S+) pid=(\d+)", text) if match.group(1) in request_ids}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture()
def gunicorn_factory(tmp_path: Path) -> Iterator[Any]:
    started: list[Gunicorn] = []

    def start(**env: str) -> Gunicorn:
        started.append(Gunicorn(tmp_path, env))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def _conversations(server: Gunicorn, engine: Engine, mode: str, count: int = 4) -> list[str]:
    request_ids: list[str] = []
    for _ in range(count):
        carried: dict[str, Any] = {"session": None} if mode == "session" else {}

        def ask(question: str) -> dict[str, Any]:
            status, response, request_id = server.request("POST", "/v1/ask", {"question": question, **carried})
            assert status == 200, response
            request_ids.append(request_id)
            carried[mode] = response[mode]
            return response

        check_conversation(engine, ask)
    return request_ids


def test_client_held_state_across_three_workers(gunicorn_factory: Any, engine: Engine) -> None:
    server = gunicorn_factory(JIEBEI_SESSION_STORE="")
    health = server.request("GET", "/healthz")[1]
    assert health["store"] == "none" and health["knowledge"] == engine.knowledge.digest
    workers = server.workers_of(_conversations(server, engine, "state"))
    assert len(workers) >= 2, "every turn reached the same worker: nothing shown"


def test_redis_sessions_across_three_workers(gunicorn_factory: Any, engine: Engine, redis_url: str) -> None:
    server = gunicorn_factory(JIEBEI_SESSION_STORE=redis_url)
    assert server.request("GET", "/healthz")[1]["store"] == "redis"
    workers = server.workers_of(_conversations(server, engine, "session"))
    assert len(workers) >= 2, "every turn reached the same worker: nothing shown"


def test_broken_knowledge_stops_gunicorn_at_once_with_one_line(knowledge_copy: Path) -> None:
    (knowledge_copy / "topics" / "lawsuit.json").write_text('{"id": "lawsuit", "kind": 5}', encoding="utf-8")
    result = subprocess.run([str(GUNICORN), "-c", "python:bot.server.gunicorn_conf", "-w", "3", "-b",
                             f"127.0.0.1:{free_port()}", "bot.web:app"], capture_output=True, text=True, timeout=120,
                            cwd=ROOT, env={**os.environ, "JIEBEI_KNOWLEDGE": str(knowledge_copy)})
    assert result.returncode == 3 and "Traceback" not in result.stderr
    reasons = [line for line in result.stderr.splitlines() if "lawsuit.json" in line]
    assert len(reasons) == 1 and reasons[0].startswith("jiebei-bot: cannot start: ")  # the master, preloading
