"""What a classifier decided (moved out of bot.classifier unchanged, split90; still importable from there): the
topic and its confidence, the top candidates with their scores, and the features that pushed hardest towards it.
"""

from __future__ import annotations

from .records import dataclass


@dataclass(frozen=True)
class Candidate:
    """A topic and its score in [0, 1] (a softmax probability over topics)."""

    topic: str
    score: float


@dataclass(frozen=True)
class Prediction:
    """What the classifier decided, its top candidates, and the examples that matched best."""

    topic: str
    confidence: float
    candidates: tuple[Candidate, ...]
    features: tuple[str, ...]


__all__ = ["Candidate", "Prediction"]
