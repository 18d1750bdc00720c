"""How jiebei-bot's speed figures are measured: whole processes side by side, warm latency on
questions never seen before, peak memory of a child process, and (optionally) instruction counts.

    python benchmarks/timing.py [--runs 15] [--instructions] [--python PATH]

prints the engine's figures without the peers (benchmarks/run.py prints them with the peers).

Whole processes (cold start):
- Every command runs in a regular install of this checkout (``pip install .``, not editable) in
  a venv of its own (``benchmarks/.bench-venv``, refreshed on every run): an editable install
  adds an import hook to *every* interpreter start, ``python -c pass`` included, which made the
  old ratios look better than what a user gets.
- ``python -c pass``, the CLI (``jiebei-bot ask``, on a question with no details and on one with
  details) and ``Engine.load()`` run interleaved, round after round, so that a load spike on a
  shared machine hits them all alike; each ratio divides two medians of the same run.
- Peak RSS is what ``/usr/bin/time -v`` prints as "Maximum resident set size" (see
  ``peak_rss_kib`` for why it is not read from a child of the benchmark itself).
- ``--instructions`` adds callgrind instruction counts (``valgrind --tool=callgrind``): the same
  on a busy and a quiet machine, so they compare code versions where wall time cannot.
- Each run prints the hyperfine and /usr/bin/time command lines that reproduce its figures.

Warm latency: ``ask`` and ``classify`` each see every question of ../shared/eval (labelled
questions and both sides of the paraphrase pairs, duplicates removed) exactly once, after a
warm-up on other questions and with the engine's per-message caches cleared, so no answer comes
from a cache filled by the same question. Template outputs (bot.render_memo) are kept: they are
keyed by template and context (topic, language, the details a message states), not by question,
and are reused across questions by design.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / "benchmarks" / ".bench-venv"
EVAL = ROOT.parent / "shared" / "eval"
# A question with no details (product, days, amount, fear) and one with all of them: the CLI is
# timed on both, since details decide whether an answer needs the template engine at all.
PLAIN_QUESTION = "逾期了会上门吗"
DETAILED_QUESTION = "借呗逾期两个月了，欠了一万五，会不会坐牢"
# Caches that hold what any process builds once (compiled templates), not answers to messages:
# clearing them would time a cold path, not a warm one.
KEEP_CACHES = frozenset({"bot.templates._compile", "bot.templates._environment", "bot.render_subset.compile_subset"})


def bench_python(venv: Path = BENCH_VENV) -> Path:
    """The interpreter of a venv holding a regular install of this checkout (created once,
    the package reinstalled on every call so that it is the code being measured)."""
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        # wheel: so that every later reinstall builds without an isolated build environment
        subprocess.run([str(python), "-m", "pip", "install", "-q", "wheel", str(ROOT)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall",
                    "--no-build-isolation", str(ROOT)], check=True, cwd=str(ROOT))
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools' leftovers
    return python


def cold_commands(python: Path) -> dict[str, list[str]]:
    """The whole-process commands, by name. ``pass`` is the reference for every ratio."""
    cli = str(python.parent / "jiebei-bot")
    return {"pass": [str(python), "-c", "pass"],
            "cli_ask": [cli, "ask", PLAIN_QUESTION],
            "cli_ask_details": [cli, "ask", DETAILED_QUESTION],
            "engine_load": [str(python), "-c", "import bot; bot.Engine.load()"]}


def wall_times(commands: dict[str, list[str]], runs: int, warmup: int = 2) -> dict[str, list[float]]:
    """Wall time of each command, ``runs`` times, interleaved (one of each per round)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(warmup + runs):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd="/tmp")
            if round_number >= warmup:
                times[name].append(time.perf_counter() - started)
    return times


def peak_rss_kib(command: Sequence[str]) -> int:
    """The peak resident set size of one run of ``command`` (KiB), measured by a small launcher.

    Not ``os.wait4`` on a child of this process: Linux folds the memory of the process that
    forked (this one, with an engine loaded) into the child's ``ru_maxrss`` at exec, so every
    command would seem to need ~45 MiB. GNU time (``/usr/bin/time -f %M``) forks from a process
    of ~2 MiB; without it, a bare Python launcher (~9 MiB, a floor only ``pass`` comes near)."""
    if os.path.exists("/usr/bin/time"):
        launcher = ["/usr/bin/time", "-f", "%M"]
    else:
        launcher = [sys.executable, "-S", "-c", _LAUNCHER]
    result = subprocess.run([*launcher, *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd="/tmp", check=True)
    return int(result.stderr.strip().splitlines()[-1])


_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"{usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def instructions(command: Sequence[str]) -> int | None:
    """Instructions executed by ``command`` under callgrind; None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                            capture_output=True, text=True, cwd="/tmp", check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found else None


def cold_numbers(python: Path, runs: int, count_instructions: bool = False) -> dict[str, Any]:
    """Cold start of every command: median and minimum wall time, ratios to ``python -c pass``
    from the same run, peak RSS, and optionally instruction counts."""
    commands = cold_commands(python)
    times = wall_times(commands, runs)
    median = {name: statistics.median(values) for name, values in times.items()}
    fastest = {name: min(values) for name, values in times.items()}
    numbers: dict[str, Any] = {"runs": runs, "load_average": os.getloadavg()[0]}
    for name in commands:
        numbers[f"{name}_s"] = median[name]
        numbers[f"{name}_min_s"] = fastest[name]
        if name != "pass":
            numbers[f"{name}_ratio"] = median[name] / median["pass"]
            numbers[f"{name}_min_ratio"] = fastest[name] / fastest["pass"]
        numbers[f"{name}_peak_rss_kib"] = peak_rss_kib(commands[name])
        if count_instructions:
            numbers[f"{name}_instructions"] = instructions(commands[name])
    numbers["reproduce"] = reproduce(commands)
    return numbers


def reproduce(commands: dict[str, list[str]]) -> list[str]:
    """Command lines that measure the same figures with hyperfine and /usr/bin/time."""
    quoted = {name: " ".join(_quote(part) for part in command) for name, command in commands.items()}
    lines = ["cd /tmp && hyperfine -N -w 3 -r 30 " + " ".join(f"'{line}'" for line in quoted.values())]
    lines += [f"/usr/bin/time -v {line} 2>&1 >/dev/null | grep Maximum" for line in quoted.values()]
    return lines


def _quote(part: str) -> str:
    return f'"{part}"' if " " in part or ";" in part else part


def clear_message_caches() -> None:
    """Empty every functools cache in the bot package except KEEP_CACHES."""
    for name, module in list(sys.modules.items()):
        if name != "bot" and not name.startswith("bot."):
            continue
        for attribute, value in list(vars(module).items()):
            if f"{name}.{attribute}" not in KEEP_CACHES and hasattr(value, "cache_clear"):
                value.cache_clear()


def latencies(function: Callable[[str], Any], questions: Iterable[str]) -> list[float]:
    """Seconds per call of ``function`` on each question, in order."""
    measured = []
    for question in questions:
        started = time.perf_counter()
        function(question)
        measured.append(time.perf_counter() - started)
    return measured


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def warm_numbers(engine: Any, questions: Sequence[str], warmup: Sequence[str]) -> dict[str, Any]:
    """p50/p99 of ``ask`` and ``classify`` on questions each seen once, caches cleared first."""
    seen = set(warmup)
    unseen = [q for q in questions if q not in seen]
    for question in warmup:
        engine.ask(question)
    clear_message_caches()
    ask = latencies(engine.ask, unseen)
    clear_message_caches()
    classify = latencies(engine.classify, unseen)
    return {"questions": len(unseen),
            "ask_p50_ms": percentile(ask, 0.5) * 1e3, "ask_p90_ms": percentile(ask, 0.9) * 1e3,
            "ask_p99_ms": percentile(ask, 0.99) * 1e3, "ask_per_second": len(ask) / sum(ask),
            "classify_p50_ms": percentile(classify, 0.5) * 1e3, "classify_p90_ms": percentile(classify, 0.9) * 1e3,
            "classify_p99_ms": percentile(classify, 0.99) * 1e3}


_WARM_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
import timing, bot
warm, unseen = timing.warmup_questions(), timing.unseen_questions()
engine = bot.Engine.load()
for question in warm:
    engine.ask(question)
timing.clear_message_caches()
if sys.argv[2] != "none":
    for question in unseen:
        getattr(engine, sys.argv[2])(question)
"""


def warm_instructions(python: Path) -> dict[str, float]:
    """Instructions per ``ask`` and per ``classify`` on the unseen questions: a child that loads,
    warms up and answers every question, less one that stops before answering (callgrind)."""
    def count(call: str) -> int:
        found = instructions([str(python), "-c", _WARM_CHILD, str(ROOT / "benchmarks"), call])
        if found is None:
            raise RuntimeError("valgrind is not installed")
        return found

    base, questions = count("none"), len(unseen_questions())
    return {f"{call}_instructions": (count(call) - base) / questions for call in ("ask", "classify")}


def unseen_questions() -> list[str]:
    """The questions timed warm: eval_questions() less any used to warm up."""
    seen = set(warmup_questions())
    return [q for q in eval_questions() if q not in seen]


def eval_questions() -> list[str]:
    """Every question of ../shared/eval's labelled file and paraphrase pairs, once each."""
    from bot.evaluate import read_labelled, read_pairs

    rows, pairs = read_labelled(EVAL / "real_questions.tsv"), read_pairs(EVAL / "paraphrase_pairs.tsv")
    return list(dict.fromkeys([q for _, q in rows] + [q for pair in pairs for q in pair]))


def warmup_questions(count: int = 300) -> list[str]:
    """Questions to warm the engine with: the start of the unlabelled pool."""
    return (EVAL / "pool.txt").read_text(encoding="utf-8").splitlines()[:count]


def engine_numbers(engine: Any, runs: int, count_instructions: bool = False,
                   python: Path | None = None) -> dict[str, Any]:
    """Every figure of the engine alone: warm latency in this process, cold start in children."""
    numbers = warm_numbers(engine, eval_questions(), warmup_questions())
    python = python or bench_python()
    numbers.update(cold_numbers(python, runs, count_instructions))
    if count_instructions:
        numbers.update(warm_instructions(python))
    return numbers


def print_numbers(numbers: dict[str, Any]) -> None:
    print(f"warm, {numbers['questions']} unseen questions: ask p50 {numbers['ask_p50_ms']:.3f} ms "
          f"(p90 {numbers['ask_p90_ms']:.3f}, p99 {numbers['ask_p99_ms']:.3f}), classify p50 "
          f"{numbers['classify_p50_ms']:.3f} ms (p90 {numbers['classify_p90_ms']:.3f}, p99 {numbers['classify_p99_ms']:.3f})")
    if "ask_instructions" in numbers:
        print(f"  instructions per call: ask {numbers['ask_instructions'] / 1e6:.2f} M, "
              f"classify {numbers['classify_instructions'] / 1e6:.2f} M")
    print(f"cold, {numbers['runs']} interleaved runs, load average {numbers['load_average']:.1f}:")
    for name in ("pass", "cli_ask", "cli_ask_details", "engine_load"):
        ratio = "" if name == "pass" else (f" = {numbers[name + '_ratio']:.1f}x pass "
                                           f"(fastest runs: {numbers[name + '_min_ratio']:.1f}x)")
        count = numbers.get(f"{name}_instructions")
        counted = f", {count / 1e6:.0f} M instructions" if count else ""
        print(f"  {name:<16} {numbers[name + '_s'] * 1e3:7.1f} ms{ratio}, "
              f"peak RSS {numbers[name + '_peak_rss_kib'] / 1024:.1f} MiB{counted}")
    print("reproduce:")
    for line in numbers["reproduce"]:
        print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="interleaved rounds of the cold-start commands")
    parser.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    parser.add_argument("--python", type=Path, help="interpreter with jiebei-bot installed (default: a fresh bench venv)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bot import Engine  # this checkout's code, for the warm figures

    numbers = engine_numbers(Engine.load(), args.runs, args.instructions, args.python)
    print_numbers(numbers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
