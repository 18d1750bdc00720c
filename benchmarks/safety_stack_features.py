"""Round 81's message-level stacker (issue 12, docs/safety.md Round 81; a benchmark's, not shipped: the outside
sets did not move): the features a linear model reads, taken from what the engine already decided about a message
(the route's first topic, rule and check-in, the rules' cue kinds, the learned readers' window scores, the
classifier's crisis probability and top topic, the check-in reason, the message's length and script), and the
model's score over them. benchmarks/safety_stack.py trains and measures it."""

from __future__ import annotations

import math
from typing import Mapping

from bot.prediction import Prediction
from bot.routing_rules import Route
from bot.routing_vet import crisis_of
from bot.safety.clauses import split_clauses
from bot.safety.agreement import crisis_score as gated_crisis_score
from bot.safety.learned import Detectors
from bot.safety.net import check_in_reason
from bot.safety.signal import ABUSE, CRISIS, Signal

_BINS = (0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9)


def _binned(name: str, value: float) -> dict[str, float]:
    """A score as its value and as indicators of the floors it reaches (a linear model reads a step there)."""
    features = {name: value}
    for floor in _BINS:
        if value >= floor:
            features[f"{name}>={floor}"] = 1.0
    return features


def window_scores(message: str, detectors: Detectors) -> tuple[float, float]:
    """The learned readers' highest crisis and abuse scores over the message's clauses and neighbouring pairs,
    ungated (the engine's own reading gates them by words; the stacker weighs them against the rest)."""
    clauses = [clause.text for clause in split_clauses(message)]
    windows = [*clauses, *(f"{a} {b}" for a, b in zip(clauses, clauses[1:]))]
    crisis = max((detectors.crisis_score(window) for window in windows), default=0.0)
    abuse = max((detectors.abuse_score(window) for window in windows), default=0.0)
    return crisis, abuse


def features(message: str, route: Route, signal: Signal, whole: Prediction, detectors: Detectors | None) -> dict[str, float]:
    """What the stacker reads of a message: the engine's decision and every stage's reading of it."""
    found: dict[str, float] = {"bias": 1.0}
    topics = route.topics
    found[f"first:{topics[0] if topics[0] in (CRISIS, ABUSE) else 'other'}"] = 1.0
    if ABUSE in topics:
        found["abuse_in_route"] = 1.0
    if route.check_in:
        found["check_in"] = 1.0
    found[f"rule:{route.rule}"] = 1.0
    for kind in signal.crisis:
        found[f"crisis_cue:{kind}"] = 1.0
    for kind in signal.abuse:
        found[f"abuse_cue:{kind}"] = 1.0
    if signal.crisis:
        found["crisis_cues"] = min(len(signal.crisis), 4) / 4
    if signal.abuse:
        found["abuse_cues"] = min(len(signal.abuse), 4) / 4
    if signal.agreed:
        found["agreed"] = 1.0
    found.update(_binned("classifier_crisis", crisis_of(whole)))
    found[f"top:{whole.topic}"] = 1.0
    found.update(_binned("top_confidence", whole.confidence))
    reason = check_in_reason(message, detectors, crisis_of(whole))
    found[f"reason:{reason}"] = 1.0
    if detectors is not None:
        crisis, abuse = window_scores(message, detectors)
        found.update(_binned("learned_crisis", crisis))
        found.update(_binned("learned_abuse", abuse))
        found.update(_binned("gated_crisis", gated_crisis_score(message, detectors)))
    clauses = len(split_clauses(message))
    found[f"clauses:{min(clauses, 6)}"] = 1.0
    found["log_length"] = math.log1p(len(message)) / 6
    han = sum(1 for char in message if "\u3400" <= char <= "\u9fff")
    found["han_share"] = han / max(len(message), 1)
    return found


def score(weights: Mapping[str, float], found: Mapping[str, float]) -> float:
    """The model's probability over the features found (features it has no weight for count nothing)."""
    z = sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


__all__ = ["features", "score", "window_scores"]
