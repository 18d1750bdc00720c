"""How long answers are on a terminal: line counts at 80 columns, per language.

    python benchmarks/answer_length.py [--width 80] [--file ../shared/eval/real_questions.tsv]

Renders the answer to every question of the eval file (one-shot ``Engine.ask``), wraps each line
the way the terminal does (``bot.terminal.layout.wrap``, CJK characters two columns wide) and reports the
median, 90th percentile and maximum line count per language, for the answer text alone and with
the numbered suggestions the REPL adds. The eval file is almost all Chinese, so English is also
measured on the knowledge's English examples and on a few questions written here, and the "more"
mode ("详细点" / "tell me more") on the same questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import Engine, Reply  # noqa: E402
from bot.evaluate import default_eval_file, read_labelled  # noqa: E402
from bot.terminal.layout import wrap  # noqa: E402
from bot.text import detect_lang  # noqa: E402

# English questions written for this measure (not from the eval files).
OWN_ENGLISH = (
    "will they come to my parents' house if I can't pay jiebei",
    "I'm 3 months late on my Jiebei loan, can they take me to court?",
    "does one late payment ruin my credit score",
    "how much extra do I owe for being late",
    "I lost my job, can I pay later or in parts?",
    "what happens if I just stop answering their calls",
    "collectors keep calling my boss and swearing at me, what can I do",
    "once I pay it all back can I use Jiebei again",
    "will my kids be able to go to a good school if I have unpaid loans",
    "can I still take a plane or the high speed train",
    "will they freeze my bank account",
    "could I go to prison for not paying",
    "what is Jiebei anyway",
    "how do I avoid being late next time",
    "are home visits getting rarer",
    "will my wife have to pay my debt",
)


def line_count(reply: Reply, width: int, suggestions: bool) -> int:
    """Lines the reply takes on a terminal ``width`` columns wide (blank lines included)."""
    lines = sum(len(wrap(line, width)) if line.strip() else 1 for line in reply.text.split("\n"))
    if suggestions and reply.suggestions:
        lines += 2 + sum(len(wrap(s, width - 5)) for s in reply.suggestions)
    return lines


def stats(counts: list[int]) -> str:
    """Median, 90th percentile and maximum of a list of line counts."""
    if not counts:
        return "n=0"
    ordered = sorted(counts)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (f"n={len(counts):4d}  median {statistics.median(ordered):5.1f}  p90 {p90:3d}  "
            f"max {ordered[-1]:3d}  over 20: {sum(c > 20 for c in ordered)}")


def measure(engine: Engine, questions: list[str], width: int, mode: str) -> dict[str, dict[str, list[int]]]:
    """Line counts per language: the text, the text with suggestions, and the text of loan
    answers only (declines and chit-chat are short and would flatter the median)."""
    result: dict[str, dict[str, list[int]]] = {}
    for question in questions:
        reply = engine.ask(question)
        if mode == "more":
            session = engine.session()
            session.ask(question)
            reply = session.ask("详细点" if reply.lang == "zh" else "tell me more")
        per_lang = result.setdefault(reply.lang, {"text": [], "with suggestions": [], "loan answers": []})
        per_lang["text"].append(line_count(reply, width, suggestions=False))
        per_lang["with suggestions"].append(line_count(reply, width, suggestions=True))
        if any(engine.topic(t).kind == "domain" for t in reply.topics):
            per_lang["loan answers"].append(line_count(reply, width, suggestions=False))
    return result


def report(title: str, measured: dict[str, dict[str, list[int]]]) -> None:
    """Print one block of statistics."""
    print(title)
    for lang in sorted(measured):
        for kind, counts in measured[lang].items():
            print(f"  {lang} {kind:<17} {stats(counts)}")


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--file", help="labelled TSV (default: ../shared/eval/real_questions.tsv)")
    args = parser.parse_args()
    engine = Engine.load()
    file = Path(args.file) if args.file else default_eval_file()
    sets: list[tuple[str, list[str]]] = []
    if file is not None:
        sets.append((f"eval questions ({file.name})", [q for _, q in read_labelled(file)]))
    english = [e for t in engine.topics if t.kind == "domain" for e in t.examples("en")
               if detect_lang(e) == "en"]
    sets.append(("English examples of the domain topics", english))
    sets.append(("English questions written for this measure", list(OWN_ENGLISH)))
    for name, questions in sets:
        report(f"{name}, default answer:", measure(engine, questions, args.width, "answer"))
    for name, questions in sets[:1] + sets[2:]:
        report(f"{name}, after 详细点 / tell me more:", measure(engine, questions, args.width, "more"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
