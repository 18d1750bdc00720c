"""Load check for the stdio and HTTP servers: 2,000 requests each (HTTP with 4 concurrent
clients), throughput and p99 latency, errors and lost responses. Loopback only; bounded.

    python benchmarks/load.py [--requests 2000] [--clients 4]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

QUESTIONS = ["借呗逾期会上门吗", "will they call my parents?", "逾期了会影响征信吗", "can they sue me",
             "还不上怎么办", "花呗逾期利息怎么算", "催收威胁我怎么办", "今天天气怎么样"]


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def load_stdio(count: int) -> dict:
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert server.stdin and server.stdout
    server.stdin.write(json.dumps({"id": -1, "op": "health"}) + "\n")
    server.stdin.flush()
    server.stdout.readline()  # the engine is loaded: start timing
    latencies, errors, seen = [], 0, set()
    started = time.perf_counter()
    for i in range(count):
        sent = time.perf_counter()
        request = {"id": i, "question": QUESTIONS[i % len(QUESTIONS)], "session": f"s{i % 50}"}
        server.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        server.stdin.flush()
        response = json.loads(server.stdout.readline())
        latencies.append(time.perf_counter() - sent)
        errors += not response["ok"]
        seen.add(response["id"])
    elapsed = time.perf_counter() - started
    server.stdin.close()
    server.wait(timeout=30)
    return {"requests": count, "errors": errors, "lost": count - len(seen), "seconds": round(elapsed, 2),
            "throughput_rps": round(count / elapsed, 1), "p50_ms": round(statistics.median(latencies) * 1000, 2),
            "p99_ms": round(p99(latencies) * 1000, 2)}


def load_http(count: int, clients: int) -> dict:
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout
    base = server.stdout.readline().split("serving on ", 1)[1].split("/ ", 1)[0]
    urllib.request.urlopen(base + "/healthz", timeout=60).read()
    latencies: list[float] = []
    errors, seen = [0], set()
    lock = threading.Lock()

    def client(worker: int) -> None:
        for i in range(worker, count, clients):
            body = json.dumps({"id": i, "question": QUESTIONS[i % len(QUESTIONS)], "session": f"w{worker}"}).encode()
            request = urllib.request.Request(base + "/v1/ask", data=body, headers={"Content-Type": "application/json"})
            sent = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    data = json.loads(response.read())
            except Exception:
                with lock:
                    errors[0] += 1
                continue
            with lock:
                latencies.append(time.perf_counter() - sent)
                errors[0] += not data["ok"]
                seen.add(data["id"])

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(w,)) for w in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    server.terminate()
    server.wait(timeout=10)
    return {"requests": count, "clients": clients, "errors": errors[0], "lost": count - len(seen),
            "seconds": round(elapsed, 2), "throughput_rps": round(count / elapsed, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 2), "p99_ms": round(p99(latencies) * 1000, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--out", default=str(Path(__file__).with_name("load_results.json")))
    args = parser.parse_args()
    results = {"stdio": load_stdio(args.requests), "http": load_http(args.requests, args.clients)}
    print(json.dumps(results, indent=2))
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["errors"] == 0 and r["lost"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
