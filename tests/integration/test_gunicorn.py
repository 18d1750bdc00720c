"""gunicorn -w 3 on loopback: a five-turn zh conversation, each turn on a new connection so the
kernel picks the worker, every turn right; once with client-held state, once with Redis.
``--reuse-port`` gives each worker its own listening socket, so the kernel spreads new
connections over all three (without it an idle worker tends to win every sequential request)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot import Engine
from conversation import check_conversation
from netutil import free_port
from servers import GUNICORN, ROOT, Gunicorn

pytestmark = pytest.mark.integration
if GUNICORN is None:
    pytest.skip("gunicorn is not installed: pip install '.[test]'", allow_module_level=True)


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


def test_a_memory_store_with_several_workers_refuses_to_start() -> None:
    # probe9: with -w 2 and JIEBEI_SESSION_STORE=memory, 14 of 40 follow-ups reached the other
    # worker and were lost (unknown_session).
    result = subprocess.run([str(GUNICORN), "-c", "python:bot.server.gunicorn_conf", "-w", "2", "-b",
                             f"127.0.0.1:{free_port()}", "bot.web:app"], capture_output=True, text=True, timeout=120,
                            cwd=ROOT, env={**os.environ, "JIEBEI_SESSION_STORE": "memory"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("jiebei-bot: cannot start: JIEBEI_SESSION_STORE=memory")]
