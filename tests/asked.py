"""The messages whose topic some tests check in bulk (tests/test_paraphrases.py, tests/test_accuracy.py):
~2,000 asks that are pure computation over fixed files. tests/background.py asks them once, with its own
freshly loaded engine, while the other tests run (the second core; PERF_LOG part 24), and those tests read
``asked_topics[message]``: exactly ``Engine.load().ask(message).topic``, as they asked it before."""

from __future__ import annotations

from pathlib import Path

from bot import Engine
from bot.evaluate import read_labelled, read_pairs

TESTS = Path(__file__).resolve().parent
EVAL_DIR = TESTS.parent.parent / "shared" / "eval"  # (conftest.EVAL_DIR: the eval files beside the checkout)


def messages() -> list[str]:
    """Every message those tests ask, each once, in a fixed order (the eval files' only when present:
    the tests that read them are skipped otherwise)."""
    from test_paraphrases import HELD_OUT, WRITTEN_HELD_OUT, read_labelled_pairs, read_written

    texts = [side for rows in (read_labelled_pairs(), read_labelled_pairs(HELD_OUT))
             for _, left, right in rows for side in (left, right)]
    texts += [question for _, question in read_written(WRITTEN_HELD_OUT)]
    if (EVAL_DIR / "real_questions.tsv").is_file():
        texts += [question for _, question in read_labelled(EVAL_DIR / "real_questions.tsv")]
        texts += [side for pair in read_pairs(EVAL_DIR / "paraphrase_pairs.tsv") for side in pair]
    return list(dict.fromkeys(texts))


def asked_topics(engine: Engine) -> dict[str, str]:
    """``engine.ask(message).topic`` for every message of ``messages()``."""
    return {message: engine.ask(message).topic for message in messages()}
