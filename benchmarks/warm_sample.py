"""Instruction counts of a warm ``ask`` on a sample of unseen questions, for comparing code versions under load.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/warm_sample.py 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/warm_sample.py 200

Each run loads the engine, warms it on timing.py's warm-up questions, clears the per-message caches and asks the
first N of timing.py's unseen questions; (instructions at 200 - instructions at 0) / 200 is the warm ask's cost
(PERF_LOG parts 44-45; run with PYTHONHASHSEED=0, byte-compiled modules, PYTHONDONTWRITEBYTECODE unset).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timing  # noqa: E402

import bot  # noqa: E402


def main(count: int) -> None:
    """Load, warm up, clear the caches, then ask ``count`` unseen questions."""
    warm, unseen = timing.warmup_questions(), timing.unseen_questions()
    engine = bot.Engine.load()
    for question in warm:
        engine.ask(question)
    timing.clear_message_caches()
    for question in unseen[:count]:
        engine.ask(question)


if __name__ == "__main__":
    main(int(sys.argv[1]))
