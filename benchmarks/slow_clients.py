"""Slow and idle clients against a server on loopback: can a well-behaved client still get answers?

    python benchmarks/slow_clients.py [--idle 2000] [--slow 100] [--seconds 10]
                                      [--servers waitress,sync,gthread,gevent,nginx]

For each server: open ``idle`` connections that send nothing and ``slow`` connections that send
their request headers one byte a second (never finishing), then time a well-behaved client's
questions for ``seconds``: answered, timed out (5 s), p50/p99/max latency, and the server's peak
memory. ``sync``, ``gthread`` and ``gevent`` are gunicorn worker classes (2 workers, the settings
of bot/server/gunicorn_conf.py); ``nginx`` is gunicorn gthread behind nginx (Debian's, if
installed), which buffers whole requests before passing them on. Every loop is bounded; servers
listen on 127.0.0.1 only. Also used by tests/integration/test_slow_clients.py.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bot.server.httpd import raise_fd_limit  # noqa: E402  (raises the soft limit on open files)
QUESTION = json.dumps({"question": "逾期两个月了，欠了一万五，会上门吗"}, ensure_ascii=False).encode()
SLOW_REQUEST = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 4000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """One server process, or several in a chain (nginx in front of gunicorn)."""

    def __init__(self, *processes: subprocess.Popen[bytes]) -> None:
        self.processes = processes
        self.pid = processes[0].pid

    def terminate(self) -> None:
        for process in self.processes:
            process.terminate()

    def wait(self, timeout: float) -> None:
        for process in self.processes:
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    @property
    def returncode(self) -> int | None:
        return self.processes[0].returncode

    def peak_rss_mb(self) -> float:
        return round(sum(peak_rss_mb(process.pid) for process in self.processes), 1)


def start_server(kind: str, port: int, env: dict[str, str] | None = None) -> Server:
    """waitress (`jiebei-bot serve --http`), gunicorn with 2 workers of the given class, or
    "nginx": gunicorn gthread behind nginx."""
    env = {**os.environ, "JIEBEI_ACCESS_LOG": "off", **(env or {})}
    if kind == "waitress":
        command = [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)]
        return Server(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT))
    if kind == "nginx":
        backend_port = free_port()
        backend = start_server("gthread", backend_port, env)
        return Server(_start_nginx(port, backend_port), *backend.processes)
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    command = [gunicorn, "-c", "python:bot.server.gunicorn_conf", "-b", f"127.0.0.1:{port}", "-w", "2",
               "-k", kind, "bot.web:app"]
    return Server(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT))


NGINX_CONF = """
worker_processes 1; daemon off; pid {dir}/nginx.pid; error_log {dir}/error.log;
worker_rlimit_nofile 8192;
events {{ worker_connections 4096; }}
http {{
  access_log off; client_body_temp_path {dir}; proxy_temp_path {dir};
  fastcgi_temp_path {dir}; uwsgi_temp_path {dir}; scgi_temp_path {dir};
  client_header_timeout 10s; client_body_timeout 10s; keepalive_timeout 15s; send_timeout 10s;
  client_max_body_size 64k;
  server {{
    listen 127.0.0.1:{port} backlog=2048;
    location / {{ proxy_pass http://127.0.0.1:{backend}; proxy_http_version 1.1;
                  proxy_set_header Connection ""; proxy_set_header X-Request-Id $request_id; }}
  }}
}}
"""


def _start_nginx(port: int, backend: int) -> subprocess.Popen[bytes]:
    folder = tempfile.mkdtemp(prefix="jiebei-nginx-")
    conf = Path(folder) / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=folder, port=port, backend=backend), encoding="utf-8")
    return subprocess.Popen(["nginx", "-c", str(conf), "-p", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_ready(port: int, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return True
        except OSError:
            time.sleep(0.1)
    return False


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process and its children (gunicorn workers), in MB."""
    total = 0
    for candidate in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return round(total / 1024, 1)


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Crowd:
    """Idle connections and slow-header connections, fed by one bounded background thread."""

    def __init__(self, port: int, idle: int, slow: int) -> None:
        self.sockets: list[socket.socket] = []
        self.slow: list[socket.socket] = []
        self.closed_by_server = 0
        for index in range(idle + slow):
            connection = socket.socket()
            connection.settimeout(5)
            connection.connect(("127.0.0.1", port))
            connection.setblocking(False)
            self.sockets.append(connection)
            if index >= idle:
                self.slow.append(connection)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drip, daemon=True)
        self._thread.start()

    def _drip(self) -> None:
        for offset in range(len(SLOW_REQUEST)):  # one byte a second per slow client, at most this long
            if self._stop.wait(1.0):
                return
            for connection in list(self.slow):
                try:
                    connection.send(SLOW_REQUEST[offset:offset + 1])
                except OSError:
                    self.slow.remove(connection)
                    self.closed_by_server += 1

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for connection in self.sockets:
            connection.close()


def good_client(port: int, seconds: float, timeout: float = 5.0) -> dict[str, Any]:
    """A well-behaved client asking a question every 0.2 s for ``seconds``."""
    latencies, failures = [], 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
            connection.request("POST", "/v1/ask", body=QUESTION, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            ok = response.status == 200 and json.loads(response.read())["reply"]["topic"] == "home_visit"
            connection.close()
            if ok:
                latencies.append(time.perf_counter() - started)
            else:
                failures += 1
        except (OSError, ValueError, http.client.HTTPException):
            failures += 1
        time.sleep(0.2)
    ordered = sorted(latencies) or [float("nan")]
    return {"answered": len(latencies), "failed": failures,
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1)}


def measure(kind: str, idle: int, slow: int, seconds: float) -> dict[str, Any]:
    port = free_port()
    server = start_server(kind, port)
    try:
        if not wait_ready(port):
            return {"server": kind, "error": "did not start"}
        crowd = Crowd(port, idle, slow)
        time.sleep(1.0)
        result = good_client(port, seconds)
        crowd.close()
        return {"server": kind, "idle": idle, "slow": slow, **result,
                "closed_by_server": crowd.closed_by_server, "peak_rss_mb": server.peak_rss_mb()}
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--idle", type=int, default=2000)
    parser.add_argument("--slow", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--servers", default="waitress,sync,gthread,gevent")
    args = parser.parse_args()
    if raise_fd_limit(args.idle + args.slow + 200) < args.idle + args.slow + 200:
        print("the hard limit on open files is too low for this many connections", file=sys.stderr)
        return 1
    results = []
    for kind in args.servers.split(","):
        if kind == "gevent" and not _has_module("gevent"):
            print("gevent: not installed (pip install gevent), skipped", file=sys.stderr)
            continue
        if kind == "nginx" and shutil.which("nginx") is None:
            print("nginx: not installed (apt-get install nginx), skipped", file=sys.stderr)
            continue
        results.append(measure(kind, args.idle, args.slow, args.seconds))
        print(json.dumps(results[-1]), flush=True)
    return 0


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


if __name__ == "__main__":
    sys.exit(main())
