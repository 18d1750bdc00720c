"""`jiebei-bot serve --http` (waitress) under 2,000 idle connections and 100 clients sending their
headers a byte a second: a well-behaved client is still answered within 1 s, memory < 150 MB.
(Before, on wsgiref: 1,019 idle connections stopped the service.)

How the bar is measured, so that it holds on a busy 2-core CI machine without being weakened:
the good client asks a fixed number of questions one after another (not "as many as fit in 8
seconds", which counted the machine's speed rather than the server's behaviour). While the crowd
is still connecting, every question must be answered, correctly, within the client's 5 s
timeout. Once the server holds every connection of the crowd (the slow clients still sending),
a series of GOOD_ANSWERS questions must each be answered within 1 s, except at most ALLOWANCE
of them (a scheduler pause on a loaded machine, not the server: before the fix *every* answer
timed out); a series that misses is measured once more, and the second series decides. Every
number measured is in the failure message, with the machine's load average.
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import slow_clients  # noqa: E402

IDLE, SLOW = 2000, 100
GOOD_ANSWERS = 10  # questions per series, one after another, 0.2 s apart
ALLOWANCE = 1  # answers per series that may be late on a loaded machine (never lost, never over 5 s)
TIMEOUT = 5.0  # the good client's own timeout: past it a question counts as not answered


def _sockets(pid: int) -> int:
    count = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            count += fd.readlink().name.startswith("socket:")
        except OSError:
            pass
    return count


def _series(port: int, count: int) -> list[float | None]:
    """The seconds each of ``count`` questions took to be answered correctly; None for a question
    not answered (a timeout, a refused connection, an error or a wrong answer)."""
    latencies: list[float | None] = []
    for _ in range(count):
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
            connection.request("POST", "/v1/ask", body=slow_clients.QUESTION, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            ok = response.status == 200 and json.loads(response.read())["reply"]["topic"] == "home_visit"
            connection.close()
            latencies.append(time.perf_counter() - started if ok else None)
        except (OSError, ValueError, http.client.HTTPException):
            latencies.append(None)
        time.sleep(0.2)
    return latencies


def _late(latencies: list[float | None], limit: float) -> int:
    return sum(1 for latency in latencies if latency is None or latency > limit)


def _within(port: int, limit: float) -> tuple[list[float | None], list[list[float | None]]]:
    """A series of GOOD_ANSWERS, measured once more when more than ALLOWANCE of it were late:
    (the deciding series, every series measured)."""
    measured = [_series(port, GOOD_ANSWERS)]
    if _late(measured[0], limit) > ALLOWANCE:
        measured.append(_series(port, GOOD_ANSWERS))
    return measured[-1], measured


def _report(measured: list[list[float | None]]) -> str:
    shown = [[None if latency is None else round(latency * 1000) for latency in series] for series in measured]
    return f"latencies in ms per series (None: not answered): {shown}; load average {os.getloadavg()}"


def _wait_for_sockets(pid: int, wanted: int, seconds: float = 60.0) -> int:
    deadline = time.monotonic() + seconds
    held = _sockets(pid)
    while held < wanted and time.monotonic() < deadline:
        time.sleep(0.2)
        held = _sockets(pid)
    return held


def test_idle_and_slow_clients_do_not_stop_a_good_one() -> None:
    wanted = IDLE + SLOW + 300
    if slow_clients.raise_fd_limit(wanted) < wanted:
        pytest.skip(f"the hard limit on open files is below {wanted}: cannot open {IDLE + SLOW} connections")
    port = slow_clients.free_port()
    server = slow_clients.start_server("waitress", port)
    crowd = None
    try:
        assert slow_clients.wait_ready(port), "serve --http did not start"
        crowd = slow_clients.Crowd(port, IDLE, SLOW)
        # While the server is still accepting the burst: answered, every one, within the timeout.
        burst = _series(port, 5)
        assert None not in burst, _report([burst])
        held = _wait_for_sockets(server.pid, IDLE + SLOW)
        assert held >= IDLE + SLOW, f"the server holds {held} connections of the {IDLE + SLOW} opened"
        # The bar, with every connection of the crowd held and the slow clients still sending.
        deciding, measured = _within(port, 1.0)
        assert all(None not in series for series in measured), "a question was not answered: " + _report(measured)
        assert _late(deciding, 1.0) <= ALLOWANCE, (
            f"more than {ALLOWANCE} of {GOOD_ANSWERS} answers took over 1 s, twice: " + _report(measured))
        assert _sockets(server.pid) >= IDLE + SLOW  # it held every connection meanwhile
        assert crowd.closed_by_server == 0  # the slow clients were all still connected, still sending
        assert server.peak_rss_mb() < 150
    finally:
        if crowd is not None:
            crowd.close()
        server.terminate()
        server.wait(timeout=30)
    assert server.returncode == 0


def test_idle_connections_beyond_the_fd_limit_do_not_lock_clients_out() -> None:
    # With a hard limit of 400 open files the server can hold about 300 connections; 600 idle
    # ones used to keep every new client waiting until they timed out (30 s). Now the longest
    # idle are closed to make room, a quarter of a second at a time.
    port = slow_clients.free_port()
    command = f"ulimit -n 400 && exec {sys.executable} -m bot serve --http --port {port}"
    server = subprocess.Popen(["bash", "-c", command], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**os.environ, "JIEBEI_ACCESS_LOG": "off"})
    crowd = None
    try:
        assert slow_clients.wait_ready(port), "serve --http did not start"
        crowd = slow_clients.Crowd(port, 600, 0)
        deciding, measured = _within(port, 3.0)
        assert all(None not in series for series in measured), "a client was locked out: " + _report(measured)
        assert _late(deciding, 3.0) <= ALLOWANCE, (
            f"more than {ALLOWANCE} of {GOOD_ANSWERS} answers took over 3 s, twice: " + _report(measured))
    finally:
        if crowd is not None:
            crowd.close()
        server.terminate()
        server.wait(timeout=30)
