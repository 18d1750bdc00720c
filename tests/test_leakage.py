"""No string in knowledge/ may equal or nearly equal a real question from ../shared/eval/.

"Nearly" means character-bigram Jaccard >= 0.8 after normalising. A prefix filter (rarest bigrams
first) keeps the comparison of ~3,000 knowledge strings against ~12,000 questions fast.

One narrow exception: the concept lexicon's surface forms of at most WORD_CHARS characters. A
word list of the domain necessarily holds words (征信, 逾期, 利息) that some borrower typed alone
as a whole message; a word is not a copied question. Longer forms are checked like any string.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest

from bot.knowledge import default_path
from bot.text import normalize

THRESHOLD = 0.8
WORD_CHARS = 4  # lexicon forms this short (after normalising, spaces removed) are words


def _key(text: str) -> str:
    return normalize(text).replace(" ", "")


def _bigrams(key: str) -> frozenset[str]:
    return frozenset(key[i : i + 2] for i in range(len(key) - 1)) or frozenset([key])


def _eval_questions(eval_dir: Path) -> list[str]:
    questions = []
    for path in sorted(eval_dir.iterdir()):
        if path.suffix not in (".tsv", ".txt"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            questions.extend(cells[1:] if path.name == "real_questions.tsv" else cells)
    return [q for q in questions if q.strip()]


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _knowledge_strings() -> list[tuple[str, str]]:
    found = []
    for path in sorted(default_path().rglob("*.json")):
        if path.name in ("model.json", "safety_model.json"):  # derived from the examples: character n-grams, not text
            continue
        for text in _strings(json.loads(path.read_text(encoding="utf-8"))):
            if path.name == "lexicon.json" and len(_key(text)) <= WORD_CHARS:
                continue
            found.append((path.name, text))
    return found


def near_duplicates(candidates: list[str], references: list[str]) -> list[tuple[str, str, float]]:
    """Pairs (candidate, reference, jaccard) at or above THRESHOLD, or exactly equal after normalising."""
    ref_sets = [_bigrams(_key(r)) for r in references if _key(r)]
    ref_keys = [_key(r) for r in references if _key(r)]
    freq = Counter(gram for grams in ref_sets for gram in grams)

    def prefix(grams: frozenset[str]) -> list[str]:
        ordered = sorted(grams, key=lambda g: (freq.get(g, 0), g))
        return ordered[: len(grams) - math.ceil(THRESHOLD * len(grams)) + 1]

    index: dict[str, list[int]] = {}
    for row, grams in enumerate(ref_sets):
        for gram in prefix(grams):
            index.setdefault(gram, []).append(row)
    exact = {key: row for row, key in enumerate(ref_keys)}
    hits = []
    for text in candidates:
        key = _key(text)
        if not key:
            continue
        if key in exact:
            hits.append((text, references[exact[key]], 1.0))
            continue
        grams = _bigrams(key)
        for row in {r for gram in prefix(grams) for r in index.get(gram, ())}:
            other = ref_sets[row]
            jaccard = len(grams & other) / len(grams | other)
            if jaccard >= THRESHOLD:
                hits.append((text, ref_keys[row], jaccard))
                break
    return hits


def test_the_detector_catches_copies_and_light_edits() -> None:
    references = ["花呗逾期了还能用吗怎么办呢"]
    assert near_duplicates(["花唄逾期了還能用嗎怎麼辦呢？"], references)  # traditional + punctuation
    assert near_duplicates(["花呗逾期了还能用吗怎么办呀"], references)  # one character changed
    assert not near_duplicates(["借呗逾期会不会上门"], references)


@pytest.mark.corpus  # every knowledge string against the whole eval data
def test_no_knowledge_string_leaks_from_the_eval_data(eval_dir: Path) -> None:
    strings = _knowledge_strings()
    hits = near_duplicates([text for _, text in strings], _eval_questions(eval_dir))
    assert not hits, "knowledge strings too close to real eval questions:\n" + "\n".join(
        f"  {text!r} ~ {ref!r} ({score:.2f})" for text, ref, score in hits[:30])
