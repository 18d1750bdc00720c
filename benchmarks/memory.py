"""Memory of a long-running stdio server: does it stay bounded?

    python benchmarks/memory.py [--requests 100000] [--python PATH]

Starts ``jiebei-bot serve --stdio`` and sends it ``--requests`` requests: every question of
../shared/eval/pool.txt in turn (10,669 different messages, so every cache fills and must stay
within its bound), every third one followed by a conversation turn that sends the client-held
state back ("那会起诉吗", "花呗呢", "为什么", "2"). Prints the server's resident memory (VmRSS)
every 10,000 requests and its peak (VmHWM) at the end; the goal is at most 40 MB after 100,000.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLLOW_UPS = ("那会起诉吗", "花呗呢", "为什么", "2")


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in KiB (Linux)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--python", default=sys.executable, help="interpreter with jiebei-bot installed")
    args = parser.parse_args()
    questions = (ROOT.parent / "shared" / "eval" / "pool.txt").read_text(encoding="utf-8").splitlines()
    server = subprocess.Popen([args.python, "-m", "bot", "serve", "--stdio"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd="/tmp")
    assert server.stdin and server.stdout
    started, state, errors = time.perf_counter(), None, 0
    series = []
    for number in range(args.requests):
        request: dict[str, object] = {"id": number, "question": questions[number % len(questions)]}
        if number % 3 == 1 and state is not None:
            request.update(question=FOLLOW_UPS[number % len(FOLLOW_UPS)], state=state)
        server.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        server.stdin.flush()
        response = json.loads(server.stdout.readline())
        errors += not response.get("ok")
        state = response.get("state")
        if (number + 1) % 10_000 == 0 or number == 0:
            series.append((number + 1, memory_kib(server.pid)["VmRSS"]))
            print(f"{number + 1:>7} requests: RSS {series[-1][1] / 1024:.1f} MiB", flush=True)
    peak = memory_kib(server.pid)["VmHWM"]
    elapsed = time.perf_counter() - started
    server.stdin.close()
    server.wait(timeout=30)
    print(f"{args.requests} requests in {elapsed:.1f} s ({args.requests / elapsed:.0f}/s), {errors} errors; "
          f"RSS at the end {series[-1][1] / 1024:.1f} MiB ({series[-1][1] * 1024 / 1e6:.1f} MB), peak {peak / 1024:.1f} MiB")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
