"""Where a warm ``ask`` spends its time, stage by stage (issue 18).

    python benchmarks/stages.py [--questions 2000] [--profile]
    PYTHONPATH=/tmp/old python benchmarks/stages.py --code /tmp/old   # another version's code

Loads the engine, warms it up on the first 300 pool questions, clears the per-message caches
(as ``timing.py`` does) and answers the next ``--questions`` pool questions, each once. Every
stage below is timed by wrapping the function that does it; a stage's time excludes the stages
it calls (so the rows add up to the whole ``ask``). ``--profile`` prints cProfile's top
functions instead. Wall clock by default; ``--clock cpu`` counts this thread's CPU time
(``time.thread_time``), which a machine shared with other jobs distorts much less (time spent
waiting for a core is not counted). Either way, compare versions in the same run only.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
POOL = ROOT.parent / "shared" / "eval" / "pool.txt"

# (stage name, module, attribute path): the callables timed. Order = the order of the report.
STAGES = (
    ("safety rules + learned (whole message)", "bot.routing", "assess"),
    ("check-in (learned crisis score)", "bot.routing", "Router._checked_in"),
    ("courtesy strip", "bot.routing", "strip_courtesy"),
    ("classify", "bot.classifier", "Classifier.predict"),
    ("question split", "bot.routing_questions", "split_questions"),
    ("Router._alarming (rules per clause)", "bot.routing", "Router._alarming"),
    ("also named / concepts", "bot.routing", "Router._also_named"),
    ("choices", "bot.choices", "Choices.offer"),
    ("vetting", "bot.routing", "vetted"),
    ("language", "bot.engine", "detect_lang"),
    ("slots", "bot.engine", "extract_slots"),
    ("figure asked (answer context)", "bot.answer", "figure_asked"),
    ("products also named (answer context)", "bot.answer", "also_named"),
    ("compose (answer text)", "bot.engine", "compose_text"),
    ("compose (rest: concerns, slots, reply)", "bot.engine", "Engine.compose"),
    ("traditional script", "bot.engine", "script"),
)


class Timer:
    """Exclusive time per stage: each wrapper subtracts its children's time. A stage called
    inside one of ``absorbing`` counts as part of that one (the rules run by Router._alarming
    are its cost, not the whole-message safety stage's; the learned detectors' classifier calls
    are the safety stages', not "classify")."""

    def __init__(self, absorbing: frozenset[str] = frozenset(), clock: Callable[[], float] = time.perf_counter) -> None:
        self.total: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._stack: list[list[Any]] = []  # [stage name, time spent in timed children]
        self._absorbing = absorbing
        self.clock = clock

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        clock, stack, total, calls = self.clock, self._stack, self.total, self.calls
        absorbing = self._absorbing
        total.setdefault(name, 0.0)
        calls.setdefault(name, 0)

        def timed(*args: Any, **kwargs: Any) -> Any:
            parent = stack[-1][0] if stack else None
            label = parent if parent in absorbing else name
            stack.append([label, 0.0])
            started = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent = clock() - started
                children = stack.pop()[1]
                total[label] += spent - children
                if label == name:
                    calls[name] += 1
                if stack:
                    stack[-1][1] += spent
        return timed


class _Script:
    """Stands in for the ``bot.script`` module inside bot.engine: times ``follow``."""

    def __init__(self, module: Any, timer: Timer) -> None:
        self._module = module
        self.follow = timer.wrap("traditional script", module.follow)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def install(timer: Timer) -> None:
    import importlib

    for name, module_name, path in STAGES:
        module = importlib.import_module(module_name)
        if path == "script":
            module.script = _Script(module.script, timer)  # type: ignore[attr-defined]
            continue
        owner: Any = module
        *parents, attribute = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        if not hasattr(owner, attribute):
            continue  # an older version without this stage (--code): its row reads 0
        setattr(owner, attribute, timer.wrap(name, getattr(owner, attribute)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--profile", action="store_true", help="cProfile instead of the stage timer")
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose bot/ is timed")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(args.code))
    import timing
    from bot import Engine

    pool = POOL.read_text(encoding="utf-8").splitlines()
    warm, questions = pool[:300], pool[300:300 + args.questions]
    engine = Engine.load()
    for question in warm:
        engine.ask(question)
    timing.clear_message_caches()
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for question in questions:
            engine.ask(question)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)
        return 0
    clock = time.thread_time if args.clock == "cpu" else time.perf_counter
    # The safety stages' own classifier calls (the learned detectors) are safety's cost.
    timer = Timer(frozenset({"Router._alarming (rules per clause)", "safety rules + learned (whole message)",
                             "check-in (learned crisis score)"}), clock)
    install(timer)
    ask = timer.wrap("other (routing glue, prepare, Reply)", engine.ask)
    seconds, per_ask = [], []
    for question in questions:
        before = dict(timer.total)
        started = clock()
        ask(question)
        seconds.append(clock() - started)
        per_ask.append({name: timer.total[name] - before[name] for name in before})
    whole = sum(seconds)
    print(f"{len(questions)} pool questions, warm, caches cleared; whole ask mean "
          f"{whole / len(questions) * 1e6:.1f} us, p50 {timing.percentile(seconds, 0.5) * 1e3:.3f} ms, "
          f"p90 {timing.percentile(seconds, 0.9) * 1e3:.3f} ms")
    # The asks around the median (40th to 60th percentile of the whole ask): what a typical
    # question costs, stage by stage, without the long messages that weigh on the mean.
    low, high = timing.percentile(seconds, 0.4), timing.percentile(seconds, 0.6)
    middle = [stages for spent, stages in zip(seconds, per_ask) if low <= spent <= high]
    print(f"{'stage':<42} {'us/ask':>8} {'share':>6} {'calls/ask':>9} {'p40-p60 us':>10}")
    for name in [*(stage[0] for stage in STAGES), "other (routing glue, prepare, Reply)"]:
        spent = timer.total.get(name, 0.0)
        typical = sum(stages.get(name, 0.0) for stages in middle) / max(len(middle), 1)
        print(f"{name:<42} {spent / len(questions) * 1e6:8.1f} {spent / whole:6.1%} "
              f"{timer.calls.get(name, 0) / len(questions):9.2f} {typical * 1e6:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
