"""Fuzz the engine, sessions, the protocol (client-held and stored conversations, mutated
states) and the stdio server with random and mutated inputs (outside CI).

    python benchmarks/fuzz.py [--count 100000] [--seed 1] [--locales C.UTF-8,en_US.UTF-8]

The stdio server gets the same raw byte stream (invalid UTF-8 included) once under each locale,
and once with PYTHONIOENCODING=utf-8. Reports failures (exceptions, empty answers, responses
that are not JSON, unanswered server lines); exit 1 if any.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from typing import Any

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from bot import Engine  # noqa: E402
from bot.server.protocol import Dispatcher, dumps  # noqa: E402
from bot.server.stores import MemoryStore  # noqa: E402

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


def mutate_state(rng: random.Random, state: dict[str, Any]) -> Any:
    """A saved state with one field replaced by something hostile (or left alone)."""
    changed = json.loads(json.dumps(state))
    field = rng.choice([*changed, "slots", "slots"])
    hostile = [None, -1, 10 ** 30, "x" * rng.randint(0, 3000), ["lawsuit"] * rng.randint(0, 100), {"a": [[[]]]},
               {"days": {"name": "days", "value": "60", "text": "t"}}, {"product": {"name": "product", "value": "?", "text": ""}},
               rng.choice(SEEDS), True, 1.5]
    if rng.random() < 0.8:
        changed[field] = rng.choice(hostile)
    return changed


def check_protocol(dispatcher: Dispatcher, rng: random.Random, i: int, text: str, state: Any) -> Any:
    """One request with the state carried so far (sometimes mutated); returns the next state."""
    sent = mutate_state(rng, state) if state is not None and rng.random() < 0.2 else state
    request = {"id": i, "question": text} if sent is None else {"id": i, "question": text, "state": sent}
    response = dispatcher.handle(request)
    json.loads(dumps(response))  # always valid JSON
    if response["ok"]:
        return response["state"]
    assert response["error"]["code"] in ("too_long", "bad_state"), response["error"]
    return None


def run_stdio(payload: bytes, expected: int, environment: dict[str, str]) -> str | None:
    """The stdio server on one byte stream under one environment; a failure message or None."""
    env = {key: value for key, value in os.environ.items() if key not in ("LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING")}
    server = subprocess.run([sys.executable, "-m", "bot", "serve", "--stdio"], input=payload, capture_output=True,
                            env={**env, **environment})
    lines = server.stdout.decode("utf-8", "replace").splitlines()
    try:
        for line in lines:
            json.loads(line)
    except ValueError:
        return f"{environment}: a response is not JSON"
    if server.returncode != 0 or len(lines) != expected:
        return f"{environment}: exit {server.returncode}, {len(lines)} responses to {expected} lines"
    return None


def locale_installed(name: str) -> bool:
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().replace("-", "")
    return name.lower().replace("-", "") in listed.split()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--locales", default="C.UTF-8,en_US.UTF-8")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = Engine.load()
    dispatcher = Dispatcher(engine, MemoryStore(engine))
    session = engine.session()
    failures = 0
    state: Any = None
    stored: str | None = None
    started = time.perf_counter()
    for i in range(args.count):
        text = random_input(rng)
        try:
            assert engine.ask(text).text
            assert session.ask(text).text
            if i % 50 == 0:
                session.reset()
                state, stored = None, None
            state = check_protocol(dispatcher, rng, i, text, state)
            response = dispatcher.handle({"id": i, "question": text, "session": stored})
            assert response["ok"] or response["error"]["code"] == "too_long", response
            stored = response.get("session", stored)
            raw = dispatcher.handle_text(mutate(rng, json.dumps({"id": i, "question": text})))
            assert "ok" in raw and json.loads(dumps(raw))
        except Exception as error:  # report and go on: the point is to count them
            failures += 1
            print(f"FAIL {i}: {type(error).__name__}: {error!r} on {text!r}"[:300])
    lines = [json.dumps({"id": i, "question": random_input(rng)}) if i % 3 else random_input(rng).replace("\n", " ")
             for i in range(10_000)]
    lines = [line for line in lines if line.strip()]
    # Raw bytes on the wire: lone surrogates go in as the invalid UTF-8 a real client might send.
    payload = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    environments = [{"LANG": name, "LC_ALL": name} for name in args.locales.split(",")] + [{"PYTHONIOENCODING": "utf-8"}]
    for environment in environments:
        if "LC_ALL" in environment and not locale_installed(environment["LC_ALL"]):
            failures += 1
            print(f"FAIL stdio: locale {environment['LC_ALL']} is not installed here (locale-gen it), not tested")
            continue
        problem = run_stdio(payload, len(lines), environment)
        if problem:
            failures += 1
            print(f"FAIL stdio: {problem}")
    elapsed = time.perf_counter() - started
    print(f"{args.count} engine/session/protocol inputs and {len(lines)} stdio lines x {len(environments)} environments "
          f"in {elapsed:.0f} s: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
