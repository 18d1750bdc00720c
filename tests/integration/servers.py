"""Real servers on loopback for the end-to-end tests: gunicorn with 3 workers, and `serve --http`
(waitress). Each keeps its stderr (the access log) in a file, so tests can see which worker
answered which request."""

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
from typing import Any

import pytest

from netutil import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or shutil.which("gunicorn")


class Server:
    """A server process on 127.0.0.1; ``request`` opens a new connection each time."""

    port: int
    log: Path
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any], str]:
        # A new connection each time: no keep-alive, so every turn may reach another worker.
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            payload = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
            connection.request(method, path, body=payload, headers={"Connection": "close", "Content-Type": "application/json"})
            response = connection.getresponse()
            return response.status, json.loads(response.read()), response.getheader("X-Request-Id") or ""
        finally:
            connection.close()

    def access_log(self) -> list[tuple[str, str, str, str]]:
        """(method, path, request id, worker pid) of every request logged so far."""
        text = self.log.read_text(errors="replace")
        return re.findall(r"(\S+) (\S+) \d{3} \S+ rid=(\S+) pid=(\d+)", text)

    def workers_of(self, request_ids: list[str]) -> set[str]:
        return {pid for _, _, rid, pid in self.access_log() if rid in request_ids}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


class Gunicorn(Server):
    """gunicorn -w 3 with the documented settings (plus ``args``). ``--reuse-port`` gives each
    worker its own listening socket, so the kernel spreads new connections over all three."""

    def __init__(self, tmp: Path, env: dict[str, str], args: tuple[str, ...] = ()) -> None:
        if GUNICORN is None:
            pytest.skip("gunicorn is not installed: pip install '.[test]'")
        self.port = free_port()
        self.log = tmp / "gunicorn.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(GUNICORN), "-c", "python:bot.server.gunicorn_conf", "-w", "3", "--reuse-port",
                 "-b", f"127.0.0.1:{self.port}", *args,
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


class Waitress(Server):
    """`jiebei-bot serve --http` (waitress, one process)."""

    def __init__(self, tmp: Path, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.log = tmp / "waitress.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=log, cwd=ROOT, env={**os.environ, **(env or {})})
        if not wait_for_port(self.port, self.process, seconds=90):
            self.stop()
            pytest.fail("serve --http did not start:\n" + self.log.read_text(errors="replace")[-2000:])
