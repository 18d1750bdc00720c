"""Fuzz the engine, sessions and the stdio server with random and mutated inputs (outside CI).

    python benchmarks/fuzz.py [--count 100000] [--seed 1]

Reports failures (exceptions, empty answers, unanswered server lines); exit 1 if any.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from bot import Engine  # noqa: E402
from bot.protocol import Dispatcher  # noqa: E402

SEEDS = ["借呗逾期会走访户籍地吗", "will they call my parents?", "逾期两个月了，欠了一万五，会上门吗", "那会起诉吗?",
         "花呗呢", "2", "为什么", "tell me more", "用英文", "征信死了", "我不想活了", "{{ 7*7 }}",
         "{% for x in y %}", "\x1b[2J\x1b[31m", "😀" * 5, "\u202e逾期", "***", "１２３４５"]
PIECES = ["\x00", "\x1b[", "\ud800", "\u200b", "\u202e", "？？", "***", "{{", "}}", "%s", "\n", "\t", "逾期", "借唄",
          "⛔", "𠀀", " and ", "，", "\\", '"', "'", "<script>", "999999999999999999999"]


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        pos = rng.randint(0, len(text))
        if choice < 0.4:
            text = text[:pos] + rng.choice(PIECES) + text[pos:]
        elif choice < 0.6 and text:
            text = text[:pos] + text[pos + rng.randint(1, 5):]
        elif choice < 0.8:
            text = text[:pos] + "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 8))) + text[pos:]
        else:
            text = text * rng.randint(1, 3)
    return text


def random_input(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 60)))
    return mutate(rng, rng.choice(SEEDS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = Engine.load()
    dispatcher = Dispatcher(engine)
    session = engine.session()
    failures = 0
    started = time.perf_counter()
    for i in range(args.count):
        text = random_input(rng)
        try:
            assert engine.ask(text).text
            assert session.ask(text).text
            if i % 50 == 0:
                session.reset()
            response = dispatcher.handle({"id": i, "question": text, "session": str(i % 7)})
            assert response["ok"] or response["error"]["code"] == "too_long"
            raw = dispatcher.handle_text(mutate(rng, json.dumps({"id": i, "question": text})))
            assert "ok" in raw
        except Exception as error:  # report and go on: the point is to count them
            failures += 1
            print(f"FAIL {i}: {type(error).__name__}: {error!r} on {text!r}"[:300])
    lines = [json.dumps({"id": i, "question": random_input(rng)}) if i % 3 else random_input(rng).replace("\n", " ")
             for i in range(10_000)]
    lines = [line for line in lines if line.strip()]
    # Raw bytes on the wire: lone surrogates go in as the invalid UTF-8 a real client might send.
    payload = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    server = subprocess.run([sys.executable, "-m", "bot", "serve", "--stdio"], input=payload, capture_output=True)
    server_out = server.stdout.decode("utf-8", "replace")
    answered = server_out.count("\n")
    if server.returncode != 0 or answered != len(lines):
        failures += 1
        print(f"FAIL stdio: exit {server.returncode}, {answered} responses to {len(lines)} lines")
    elapsed = time.perf_counter() - started
    print(f"{args.count} engine/session/protocol inputs and {len(lines)} stdio lines in {elapsed:.0f} s: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
