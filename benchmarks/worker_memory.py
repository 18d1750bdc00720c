"""Memory of gunicorn with 2 workers (bot/server/gunicorn_conf.py's settings) after real traffic.

    python benchmarks/worker_memory.py [--requests 3000] [--clients 4]

Starts ``gunicorn -c python:bot.server.gunicorn_conf -w 2 -k gthread bot.web:app`` from this
checkout (as benchmarks/slow_clients.py does), asks ``--requests`` questions of
../shared/eval/pool.txt in turn from ``--clients`` threads, then prints each process's resident
memory (VmRSS) and proportional share (Pss: a page shared by the master and both workers counts a
third in each), and their sums. Pss is what the workers cost together: memory the master made
before forking and the workers only read is counted once, where RSS counts it in every process.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slow_clients import ROOT, _children, free_port, start_server, wait_ready  # noqa: E402


def memory_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, Pss) of a process, in KiB (Linux)."""
    rss = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
               if line.startswith("VmRSS:"))
    pss = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
               if line.startswith("Pss:"))
    return rss, pss


def ask_all(port: int, questions: list[str], errors: list[int]) -> None:
    for question in questions:
        body = json.dumps({"question": question}, ensure_ascii=False).encode()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("POST", "/v1/ask", body=body, headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                errors.append(response.status)
        except (OSError, http.client.HTTPException):
            errors.append(0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    pool = (ROOT.parent / "shared" / "eval" / "pool.txt").read_text(encoding="utf-8").splitlines()
    questions = [pool[number % len(pool)] for number in range(args.requests)]
    port = free_port()
    server = start_server("gthread", port)
    try:
        if not wait_ready(port):
            print("gunicorn did not start", file=sys.stderr)
            return 1
        started, errors = time.perf_counter(), []
        threads = [threading.Thread(target=ask_all, args=(port, questions[start::args.clients], errors))
                   for start in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        time.sleep(0.5)
        rows = [("master", server.pid)] + [(f"worker {pid}", pid) for pid in _children(server.pid)]
        total_rss = total_pss = 0
        for name, pid in rows:
            rss, pss = memory_kib(pid)
            total_rss, total_pss = total_rss + rss, total_pss + pss
            print(f"{name:>14}: RSS {rss / 1024:5.1f} MiB, Pss {pss / 1024:5.1f} MiB")
        print(f"{args.requests} requests in {time.perf_counter() - started:.1f} s, {len(errors)} errors; "
              f"sum RSS {total_rss / 1024:.1f} MiB, sum Pss {total_pss / 1024:.1f} MiB")
        return 0 if not errors else 1
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    sys.exit(main())
