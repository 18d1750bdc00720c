"""One line of benchmarks/classifier_log.md: every number an attempt is judged by, in one run.

    python benchmarks/attempt.py [--param NAME=VALUE ...] [--no-final] [--workers 2]

- CV: 5-fold cross-validation over the knowledge examples (benchmarks/cv.py), overall and by the
  language of the example (``bot.text.detect_lang``): the development signal.
- dev: engine-level accuracy on /work/dev/pool_dev.tsv when present (hand-labelled real pool
  questions kept outside the repository; a second development signal).
- dev6: engine-level accuracy on tests/data/questions_dev6.tsv (our own written questions, half
  English; round 6's development set), overall and English / Chinese.
- held6 (``--heldout``): the same on tests/data/questions_heldout6.tsv, written before round 6
  changed anything; measured at the start and the end only, totals only.
- dev7 / held7 (``--heldout``): round 7's development and held-out written questions
  (tests/data/questions_dev7.tsv, questions_heldout7.tsv), the same way.
- dev8 / held8 (``--heldout``): round 8's (tests/data/questions_dev8.tsv, questions_heldout8.tsv).
- dev9 / held9 (``--heldout``): round 9's (tests/data/questions_dev9.tsv, questions_heldout9.tsv);
  held8, measured once round 8 ended, is printed beside the development sets from round 9 on.
- dev10 / held10 (``--heldout``): round 10's (tests/data/questions_dev10.tsv, questions_heldout10.tsv);
  held9, measured once round 9 ended, is a development set from round 10 on (printed always).
- held12 (``--heldout``): round 15's held-out written questions (tests/data/questions_heldout12.tsv),
  written before round 15 (cls17) changed anything; measured at the start and the end only.
- held13 (``--heldout``): round 16's held-out written questions (tests/data/questions_heldout13.tsv),
  written before round 16 (cls18) changed anything; measured at the start and the end only.
- held14 (``--heldout``): round 20's held-out written questions (tests/data/questions_heldout14.tsv),
  written before round 20 (cls19) changed anything; measured at the start and the end only.
- held15 (``--heldout``): round 24's held-out written questions (tests/data/questions_heldout15.tsv),
  written before round 24 (cls20) changed anything; a line with three fields is a session (topic,
  previous question, follow-up: the follow-up's topic counts); measured at the start and the end only.
- held16 (``--heldout``): round 26's held-out written questions (tests/data/questions_heldout16.tsv),
  written before round 26 (cls21) changed anything; measured at the start and the end only.
- held17 (``--heldout``): round 28's held-out written questions (tests/data/questions_heldout17.tsv),
  written before round 28 (cls22) changed anything; measured at the start and the end only.
- held19 (``--heldout``): round 29's held-out written questions (tests/data/questions_heldout19.tsv),
  written before round 29 (cls23) changed anything; measured at the start and the end only.
- held20 (``--heldout``): round 30's held-out written questions (tests/data/questions_heldout20.tsv),
  written before round 30 (cls24) changed anything; measured at the start and the end only.
- held21 (``--heldout``): round 31's held-out written questions (tests/data/questions_heldout21.tsv),
  written before round 31 (cls25) changed anything; measured at the start and the end only.
- held22 (``--heldout``): abuse52's held-out written questions (tests/data/questions_heldout22.tsv: hometown and
  address visits asked formally), written before abuse52 changed anything; measured at the start and the end only.
- held23 (``--heldout``): round 32's held-out written questions (tests/data/questions_heldout23.tsv),
  written before round 32 (ans56) changed anything; measured at the start and the end only.
- held24 (``--heldout``): round 33's held-out written questions (tests/data/questions_heldout24.tsv),
  written before round 33 (ans61) changed anything; measured at the start and the end only.
- held25 (``--heldout``): round 34's held-out written questions (tests/data/questions_heldout25.tsv),
  written before round 34 (ans69) changed anything; measured at the start and the end only.
- held26 (``--heldout``): round 36's held-out written questions (tests/data/questions_heldout26.tsv),
  written before round 36 (cls81) changed anything; measured at the start and the end only.
- held27 (``--heldout``): round 37's held-out written questions (tests/data/questions_heldout27.tsv: worry
  against collection_process, two or three worries in one message, fragments, wording without the article's
  words), written before round 37 (cls88) changed anything; measured at the start and the end only.
- held28 (``--heldout``): round 38's held-out written questions (tests/data/questions_heldout28.tsv:
  non-native English, casual spoken Chinese with fillers, situations that only imply the question, other
  lenders and credit cards), written before round 38 (cls100) changed anything; measured at the start and
  the end only.
- held29 (``--heldout``): round 39's held-out written questions (tests/data/questions_heldout29.tsv: worry
  told through the body or daily life with no question, "would they bother coming", a visit announced as real
  or a bluff, life after clearing, a spouse's debt, prevention habits, plus ordinary ones), written before
  round 39 (cls109) changed anything; measured at the start and the end only.
- held30 (``--heldout``): round 40's held-out written questions (tests/data/questions_heldout30.tsv: prevention
  asked as affordability, budgeting or autopay setup, the product described without its name or its basic facts,
  after_repayment asked as credit recovery, being chased or sued after paying, a settlement proof, worry told with
  nothing asked, an out-of-scope ask in loan words, typos / homophones / full-width digits, neighbouring topics, plus
  ordinary ones), written before round 40 (cls117) changed anything; measured at the start and the end only.
- held31 (``--heldout``): round 41's held-out written questions (tests/data/questions_heldout31.tsv: worry with
  no real question (panic, the phone checked, reassurance wanted, first-time shame, many debts, needing to talk),
  after_repayment as credit recovery / a record fading / a settlement proof, prevention as affordability or due
  dates tracked, credit-repair agencies, a partner's marks on a joint mortgage, the employer or the contact list,
  negotiating for a parent or spouse, guarantor / spouse liability / wallet deduction, a visit as a bluff, plus
  ordinary ones), written before round 41 (cls138) changed anything; measured at the start and the end only.
- held32 (``--heldout``): round 45's held-out written questions (tests/data/questions_heldout32.tsv: long stories
  with several fears, a main question beside a side one, a mortgage's own business, uncovered readings, court papers
  and enforcement, a phone-number question beside a loan question; labels "lead+other fears", scored here on the
  lead; benchmarks/answers_heldout.py scores all fears), written before round 45 (answer171) changed anything;
  measured at the start and the end only.
- held33 (``--heldout``): round 47's held-out written questions (tests/data/questions_heldout33.tsv: a settlement
  proof, the limit or the account after paying off, leaving the country or a new number as the way out, prevention
  asked before any overdue, a relative's, spouse's or heir's duty to repay, Jiebei compared or who gets it; 20 rows
  on other topics), written before round 47 (answer187) changed anything (start 33/50 at 81be60d5); measured at the
  start and the end only.
- held34 (``--heldout``): round 48's held-out written questions (tests/data/questions_heldout34.tsv: a greeting
  before the question, normal instalment interest with numbers, the lender's automatic deduction while late beside
  seizure twins, plain English legal and ignoring wording, coping asks; 20 rows on other topics), written before
  round 48 (answer197) changed anything (start 57/61 at 0b2dd7a6); measured at the start and the end only.
- held35 (``--heldout``): round 49's held-out written questions (tests/data/questions_heldout35.tsv: billing and
  account mechanics and other products' operations declined, English wording, long stories with the question at the
  end, two concerns in one message, colloquial forms; 23 of 66 out_of_scope), written before round 49 (answer210)
  changed anything; measured at the start and the end only.
- held36 (``--heldout``): round 50's held-out written questions (tests/data/questions_heldout36.tsv: all topics, zh 75 /
  en 68, 39 of 143 out_of_scope, benign look-alikes), written before round 50 (cls240, s35) changed anything (start
  134/143 at main 049bcc00); measured at the start and the end only.
- held37 (``--heldout``): round 51's held-out written questions (tests/data/questions_heldout37.tsv: another lender's
  overdue loan asked about (in scope) beside that product's own billing (out_of_scope), a greeting or a long story
  before the question, synonyms, plain English, instalment interest with numbers, the number to call to negotiate;
  109 rows, 25 out_of_scope), written before round 51 (cls252, s36) changed anything; measured at the start and the
  end only.
- held11 (``--heldout``): round 11's held-out written questions (tests/data/questions_heldout11.tsv),
  written before round 11 changed anything; held10, measured once round 10 ended, is a development
  set from round 11 on (printed always).
- own: agreement on our own paraphrase pairs (tests/data/paraphrases.tsv).
- real / para: ``jiebei-bot eval`` totals on ../shared/eval (a final check, never a target:
  totals only, no question is printed).

The classifier is fitted in memory with the packaged examples and lexicon as they are in this
checkout (no need to retrain first), with ``--param`` overriding its defaults.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

DEV = Path("/work/dev/pool_dev.tsv")
DEV6 = ROOT / "tests" / "data" / "questions_dev6.tsv"
HELDOUT6 = ROOT / "tests" / "data" / "questions_heldout6.tsv"
DEV7 = ROOT / "tests" / "data" / "questions_dev7.tsv"
HELDOUT7 = ROOT / "tests" / "data" / "questions_heldout7.tsv"
DEV8 = ROOT / "tests" / "data" / "questions_dev8.tsv"
HELDOUT8 = ROOT / "tests" / "data" / "questions_heldout8.tsv"
DEV9 = ROOT / "tests" / "data" / "questions_dev9.tsv"
HELDOUT9 = ROOT / "tests" / "data" / "questions_heldout9.tsv"
DEV10 = ROOT / "tests" / "data" / "questions_dev10.tsv"
HELDOUT10 = ROOT / "tests" / "data" / "questions_heldout10.tsv"
HELDOUT11 = ROOT / "tests" / "data" / "questions_heldout11.tsv"
HELDOUT12 = ROOT / "tests" / "data" / "questions_heldout12.tsv"
HELDOUT13 = ROOT / "tests" / "data" / "questions_heldout13.tsv"
HELDOUT14 = ROOT / "tests" / "data" / "questions_heldout14.tsv"
HELDOUT15 = ROOT / "tests" / "data" / "questions_heldout15.tsv"
HELDOUT16 = ROOT / "tests" / "data" / "questions_heldout16.tsv"
HELDOUT17 = ROOT / "tests" / "data" / "questions_heldout17.tsv"
HELDOUT19 = ROOT / "tests" / "data" / "questions_heldout19.tsv"
HELDOUT20 = ROOT / "tests" / "data" / "questions_heldout20.tsv"
HELDOUT21 = ROOT / "tests" / "data" / "questions_heldout21.tsv"
HELDOUT22 = ROOT / "tests" / "data" / "questions_heldout22.tsv"
HELDOUT23 = ROOT / "tests" / "data" / "questions_heldout23.tsv"
HELDOUT24 = ROOT / "tests" / "data" / "questions_heldout24.tsv"
HELDOUT25 = ROOT / "tests" / "data" / "questions_heldout25.tsv"
HELDOUT26 = ROOT / "tests" / "data" / "questions_heldout26.tsv"
HELDOUT27 = ROOT / "tests" / "data" / "questions_heldout27.tsv"
HELDOUT28 = ROOT / "tests" / "data" / "questions_heldout28.tsv"
HELDOUT29 = ROOT / "tests" / "data" / "questions_heldout29.tsv"
HELDOUT30 = ROOT / "tests" / "data" / "questions_heldout30.tsv"
HELDOUT31 = ROOT / "tests" / "data" / "questions_heldout31.tsv"
HELDOUT32 = ROOT / "tests" / "data" / "questions_heldout32.tsv"
HELDOUT33 = ROOT / "tests" / "data" / "questions_heldout33.tsv"
HELDOUT34 = ROOT / "tests" / "data" / "questions_heldout34.tsv"
HELDOUT35 = ROOT / "tests" / "data" / "questions_heldout35.tsv"  # answer210, round 49 (s33)
HELDOUT36 = ROOT / "tests" / "data" / "questions_heldout36.tsv"  # cls240, round 50 (s35)
HELDOUT37 = ROOT / "tests" / "data" / "questions_heldout37.tsv"  # cls252, round 51 (s36)


def by_language(texts: list[str], labels: tuple[str, ...], predicted: tuple[str, ...]) -> dict[str, float]:
    """CV accuracy by the language of each example."""
    from bot.text import detect_lang

    totals: dict[str, list[int]] = {}
    for text, label, guess in zip(texts, labels, predicted):
        row = totals.setdefault(detect_lang(text), [0, 0])
        row[0] += label == guess
        row[1] += 1
    return {lang: hit / n for lang, (hit, n) in sorted(totals.items())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--no-final", action="store_true", help="CV only")
    parser.add_argument("--no-cv", action="store_true", help="final checks only")
    parser.add_argument("--subset", help="also CV accuracy on the examples listed in this file (topic TAB text)")
    parser.add_argument("--subset-commit", metavar="REV",
                        help="as --subset, with the examples of knowledge/topics at git revision REV")
    parser.add_argument("--stable", action="store_true",
                        help="with --subset: the listed examples keep the folds they had alone (cv.stable_folds)")
    parser.add_argument("--no-eval", action="store_true", help="skip the ../shared/eval totals (run them last)")
    parser.add_argument("--heldout", action="store_true", help="also the held-out written questions (totals only)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the seeded runs")
    args = parser.parse_args()
    params: dict[str, Any] = {name: (int(value) if value.isdigit() else float(value)) for name, value in (p.split("=", 1) for p in args.param)}
    params["workers"] = args.workers
    from cv import cross_validate, knowledge_examples, stable_folds

    texts, labels = knowledge_examples()
    if args.subset_commit:
        args.subset = examples_at(args.subset_commit)
    started = time.perf_counter()
    out: list[str] = []
    if not args.no_cv:
        fold_rows = None
        if args.subset and args.stable:
            base = set(Path(args.subset).read_text(encoding="utf-8").splitlines())
            fold_rows = stable_folds([f"{y}\t{t}" for t, y in zip(texts, labels)], base)
        result = cross_validate(lambda: _Fitted(params), texts, labels, fold_rows=fold_rows)
        langs = by_language(texts, result.labels, result.predicted)
        out.append(f"CV {result.accuracy:.1%} (n={len(texts)}; zh {langs.get('zh', 0):.1%} en {langs.get('en', 0):.1%})")
        if args.subset:
            keep = set(Path(args.subset).read_text(encoding="utf-8").splitlines())
            rows = [i for i, (t, y) in enumerate(zip(texts, labels)) if f"{y}\t{t}" in keep]
            sub = by_language([texts[i] for i in rows], tuple(labels[i] for i in rows),
                              tuple(result.predicted[i] for i in rows))
            hits = sum(result.predicted[i] == labels[i] for i in rows)
            out.append(f"on the {len(rows)} listed {hits / len(rows):.1%} (zh {sub.get('zh', 0):.1%} en {sub.get('en', 0):.1%})")
    if not args.no_final:
        out.extend(final_checks(params, heldout=args.heldout, real=not args.no_eval))
    print(" | ".join(out), f"[{time.perf_counter() - started:.0f} s]")
    return 0


def examples_at(rev: str) -> str:
    """A temporary file listing the knowledge examples at git revision ``rev`` (topic TAB text)."""
    import json
    import subprocess
    import tempfile

    def git(*argv: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *argv], check=True, capture_output=True, text=True).stdout

    rows = []
    for name in git("ls-tree", "--name-only", rev, "knowledge/topics/").split():
        topic = json.loads(git("show", f"{rev}:{name}"))
        rows += [f"{topic['id']}\t{text}" for lang in topic["examples"] for text in topic["examples"][lang]]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".tsv", delete=False) as out:
        out.write("\n".join(rows) + "\n")
    return out.name


class _Fitted:
    """JiebeiSystem with training runs spread over ``workers`` processes."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = dict(params)

    def fit(self, texts: Any, labels: Any) -> Any:
        from bot.classifier import Classifier
        from cv import knowledge_lexicon

        workers = self.params.pop("workers", 1)
        self.model_ = Classifier(**self.params).fit(list(texts), list(labels), knowledge_lexicon(), workers=workers)
        self.params["workers"] = workers
        return self

    def predict(self, text: str) -> str:
        return str(self.model_.predict(text).topic)


def written_accuracy(engine: Any, path: Path) -> str:
    """Engine-level accuracy on a file of our own written questions, overall and by language."""
    from bot.text import detect_lang

    from bot.session import Session

    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    totals: dict[str, list[int]] = {}
    for label, *asked in rows:
        topic = label.split("+")[0]  # held32: "lead+other fears"; the lead is what this total scores
        question = asked[-1]
        if len(asked) == 2:  # a session: the previous question, then the follow-up
            session = Session(engine)
            session.ask(asked[0])
            got = session.ask(question).topic
        else:
            got = engine.ask(question).topic
        for key in ("all", "en" if detect_lang(question) == "en" else "zh"):
            row = totals.setdefault(key, [0, 0])
            row[0] += got == topic
            row[1] += 1
    share = {key: hit / n for key, (hit, n) in totals.items()}
    return f"{share['all']:.1%} (en {share.get('en', 0):.1%} zh {share.get('zh', 0):.1%})"


def final_checks(params: dict[str, Any], *, heldout: bool = False, real: bool = True) -> list[str]:
    from bot import Engine
    from bot.classifier import Classifier
    from bot.knowledge import load
    from bot.model import examples_of
    from paraphrase import eval_totals, measure, read_labelled_pairs

    knowledge = load()
    texts, labels = examples_of(knowledge)
    fit_params = {k: v for k, v in params.items() if k != "workers"}
    model = Classifier(**fit_params).fit(texts, labels, knowledge.lexicon, workers=params.get("workers", 1))
    engine = Engine(knowledge, model)
    out = []
    if DEV.exists():
        rows = [line.split("\t", 1) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        hits = sum(engine.ask(q).topic == t for t, q in rows)
        out.append(f"dev {hits / len(rows):.1%}")
    if DEV10.exists():
        out.append(f"dev10 {written_accuracy(engine, DEV10)}")
    out.append(f"held10 {written_accuracy(engine, HELDOUT10)}")
    out.append(f"held9 {written_accuracy(engine, HELDOUT9)}")
    if DEV9.exists():
        out.append(f"dev9 {written_accuracy(engine, DEV9)}")
    out.append(f"held8 {written_accuracy(engine, HELDOUT8)}")
    if DEV8.exists():
        out.append(f"dev8 {written_accuracy(engine, DEV8)}")
    out.append(f"dev7 {written_accuracy(engine, DEV7)}")
    out.append(f"dev6 {written_accuracy(engine, DEV6)}")
    if heldout:
        out.append(f"held19 {written_accuracy(engine, HELDOUT19)}")
        out.append(f"held20 {written_accuracy(engine, HELDOUT20)}")
        out.append(f"held21 {written_accuracy(engine, HELDOUT21)}")
        out.append(f"held22 {written_accuracy(engine, HELDOUT22)}")
        out.append(f"held23 {written_accuracy(engine, HELDOUT23)}")
        out.append(f"held24 {written_accuracy(engine, HELDOUT24)}")
        out.append(f"held25 {written_accuracy(engine, HELDOUT25)}")
        out.append(f"held26 {written_accuracy(engine, HELDOUT26)}")
        out.append(f"held27 {written_accuracy(engine, HELDOUT27)}")
        out.append(f"held28 {written_accuracy(engine, HELDOUT28)}")
        out.append(f"held29 {written_accuracy(engine, HELDOUT29)}")
        out.append(f"held30 {written_accuracy(engine, HELDOUT30)}")
        out.append(f"held31 {written_accuracy(engine, HELDOUT31)}")
        out.append(f"held32 {written_accuracy(engine, HELDOUT32)}")
        out.append(f"held33 {written_accuracy(engine, HELDOUT33)}")
        out.append(f"held34 {written_accuracy(engine, HELDOUT34)}")
        out.append(f"held35 {written_accuracy(engine, HELDOUT35)}")
        out.append(f"held36 {written_accuracy(engine, HELDOUT36)}")
        out.append(f"held37 {written_accuracy(engine, HELDOUT37)}")
        out.append(f"held15 {written_accuracy(engine, HELDOUT15)}")
        out.append(f"held17 {written_accuracy(engine, HELDOUT17)}")
        out.append(f"held16 {written_accuracy(engine, HELDOUT16)}")
        out.append(f"held14 {written_accuracy(engine, HELDOUT14)}")
        out.append(f"held13 {written_accuracy(engine, HELDOUT13)}")
        out.append(f"held12 {written_accuracy(engine, HELDOUT12)}")
        out.append(f"held11 {written_accuracy(engine, HELDOUT11)}")
        out.append(f"held7 {written_accuracy(engine, HELDOUT7)}")
        out.append(f"held6 {written_accuracy(engine, HELDOUT6)}")
    own = measure(engine, read_labelled_pairs())
    out.append(f"own {own['agree all']:.1%} (en {own.get('agree en', 0):.1%})")
    totals = eval_totals(engine) if real else None
    if totals:
        out.append(f"real {totals['real']:.1%} (oos P {totals['oos precision']:.1%} R {totals['oos recall']:.1%},"
                   f" in {totals['in-scope']:.1%}) para {totals['para']:.1%}")
    return out


if __name__ == "__main__":
    sys.exit(main())
