"""Load check for the servers, on loopback, bounded; writes benchmarks/load_results.json.

    python benchmarks/load.py [--requests 2000] [--only stdio,waitress,gunicorn,gunicorn-redis]

- stdio: ``--requests`` requests, one client: five-turn conversations with client-held state.
- waitress (``serve --http``): 4 concurrent clients.
- gunicorn, 2 workers (the documented settings), 8 concurrent clients, mixed traffic: half
  one-shot questions, half five-turn conversations (details, "那会起诉吗", "花呗呢", "为什么", "2")
  with client-held state; then the same with the Redis store (a redis-server of its own).

Each HTTP request uses a new connection, so every turn lands on whichever worker the kernel
picks. Reported: requests/s, p50/p99 latency, errors, and lost turns (a follow-up whose answer
lost the conversation: wrong topic, forgotten details or product).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slow_clients import free_port, start_server, wait_ready  # noqa: E402

ONE_SHOT = ["借呗逾期会上门吗", "will they call my parents?", "逾期了会影响征信吗", "can they sue me",
            "还不上怎么办", "花呗逾期利息怎么算", "催收威胁我怎么办", "今天天气怎么样"]
# A turn: question, expected topic (None: the topic behind suggestion 2 of the last reply), product.
TURNS = [("逾期两个月了，欠了一万五，会上门吗", "home_visit", None), ("那会起诉吗", "lawsuit", None),
         ("花呗呢", "lawsuit", "huabei"), ("为什么", "lawsuit", "huabei"), ("2", None, "huabei")]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values) or [float("nan")]
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Tally:
    """Latencies, errors and lost turns from many threads."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors = self.lost = self.turns = 0
        self.lock = threading.Lock()

    def add(self, seconds: float | None, lost: bool = False, turn: bool = False) -> None:
        with self.lock:
            if seconds is None:
                self.errors += 1
            else:
                self.latencies.append(seconds)
            self.lost += lost
            self.turns += turn

    def summary(self, elapsed: float, **extra: Any) -> dict[str, Any]:
        done = len(self.latencies) + self.errors
        return {**extra, "requests": done, "errors": self.errors, "turns": self.turns, "lost_turns": self.lost,
                "seconds": round(elapsed, 2), "throughput_rps": round(done / elapsed, 1),
                "p50_ms": round(statistics.median(self.latencies or [0]) * 1000, 2),
                "p99_ms": round(percentile(self.latencies, 0.99) * 1000, 2)}


def lost(reply: dict[str, Any], turn: int, previous: dict[str, Any] | None, topic_of: dict[str, str]) -> bool:
    """Whether a turn's answer lost the conversation (a wrong answer, given silently)."""
    _question, topic, product = TURNS[turn]
    expected = topic or (topic_of.get(previous["suggestions"][1]) if previous else None)
    slots = reply["slots"]
    return (reply["topic"] != expected or slots.get("days", {}).get("value") != 60
            or slots.get("amount", {}).get("value") != 15000
            or (product is not None and slots.get("product", {}).get("value") != product))


def post(port: int, request: dict[str, Any]) -> tuple[float, dict[str, Any]] | None:
    body = json.dumps(request, ensure_ascii=False).encode()
    started = time.perf_counter()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("POST", "/v1/ask", body=body, headers={"Content-Type": "application/json",
                                                                   "Connection": "close"})
        response = connection.getresponse()
        data = json.loads(response.read())
        connection.close()
    except (OSError, ValueError, http.client.HTTPException):
        return None
    return (time.perf_counter() - started, data) if response.status == 200 and data.get("ok") else None


def http_client(port: int, count: int, tally: Tally, seed: int, mode: str, mixed: bool,
                topic_of: dict[str, str]) -> None:
    rng = random.Random(seed)
    sent = 0
    while sent < count:
        if mixed and rng.random() < 5 / 6:  # a conversation is 5 requests: half the requests are one-shot
            result = post(port, {"question": rng.choice(ONE_SHOT)})
            tally.add(result[0] if result else None)
            sent += 1
            continue
        carried: dict[str, Any] = {"session": None} if mode == "session" else {}
        previous = None
        for turn, (question, _topic, _product) in enumerate(TURNS):
            result = post(port, {"question": question, **carried})
            sent += 1
            if result is None:
                tally.add(None, turn=True)
                break
            seconds, data = result
            tally.add(seconds, lost=lost(data["reply"], turn, previous, topic_of), turn=True)
            carried[mode] = data[mode]
            previous = data["reply"]


def load_http(kind: str, count: int, clients: int, mode: str = "state", mixed: bool = True,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    from bot import Engine

    topic_of = {topic.question["zh"]: topic.id for topic in Engine.load().topics}
    port = free_port()
    server = start_server(kind, port, env)
    try:
        if not wait_ready(port):
            return {"server": kind, "error": "did not start"}
        post(port, {"question": "warm up"})
        tally = Tally()
        threads = [threading.Thread(target=http_client, args=(port, count // clients, tally, seed, mode, mixed, topic_of))
                   for seed in range(clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        return tally.summary(time.perf_counter() - started, server=kind, clients=clients, state=mode)
    finally:
        server.terminate()
        server.wait(timeout=30)


def load_stdio(count: int) -> dict[str, Any]:
    from bot import Engine

    topic_of = {topic.question["zh"]: topic.id for topic in Engine.load().topics}
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert server.stdin and server.stdout
    server.stdin.write(json.dumps({"id": -1, "op": "health"}) + "\n")
    server.stdin.flush()
    server.stdout.readline()  # the engine is loaded: start timing
    tally, state, previous = Tally(), None, None
    started = time.perf_counter()
    for i in range(count):
        turn = i % len(TURNS)
        request: dict[str, Any] = {"id": i, "question": TURNS[turn][0]}
        if turn:
            request["state"] = state
        sent = time.perf_counter()
        server.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        server.stdin.flush()
        response = json.loads(server.stdout.readline())
        if not (response["ok"] and response["id"] == i):
            tally.add(None, turn=True)
            continue
        tally.add(time.perf_counter() - sent, lost=lost(response["reply"], turn, previous, topic_of), turn=True)
        state, previous = response["state"], response["reply"]
    elapsed = time.perf_counter() - started
    server.stdin.close()
    server.wait(timeout=30)
    return tally.summary(elapsed, server="stdio", clients=1, state="state")


def start_redis() -> tuple[subprocess.Popen[bytes], str] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    port = free_port()
    folder = tempfile.mkdtemp(prefix="jiebei-redis-")
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return process, f"redis://127.0.0.1:{port}/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--only", default="stdio,waitress,gunicorn,gunicorn-redis")
    parser.add_argument("--out", default=str(Path(__file__).with_name("load_results.json")))
    args = parser.parse_args()
    wanted, results = args.only.split(","), {}
    if "stdio" in wanted:
        results["stdio"] = load_stdio(args.requests)
    if "waitress" in wanted:
        results["waitress"] = load_http("waitress", args.requests, 4)
    if "gunicorn" in wanted:
        results["gunicorn"] = load_http("gthread", args.requests, 8)
    if "gunicorn-redis" in wanted:
        redis = start_redis()
        if redis is None:
            print("redis-server is not installed: gunicorn-redis skipped", file=sys.stderr)
        else:
            try:
                results["gunicorn-redis"] = load_http("gthread", args.requests, 8, mode="session",
                                                      env={"JIEBEI_SESSION_STORE": redis[1]})
            finally:
                redis[0].terminate()
                redis[0].wait(timeout=10)
    for name, result in results.items():
        print(name, json.dumps(result))
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r.get("errors") == 0 and r.get("lost_turns") == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
