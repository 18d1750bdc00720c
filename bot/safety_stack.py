"""The promote-only safety stacker (issue 12; docs/safety.md Rounds 81-82): one logistic model over what the engine
already read of a message (its route, the rules' cue kinds, the learned readers' scores, the classifier's crisis
probability, the check-in reason, the message's length and script) and the message's commonest character pairs.

It only ever ADDS the crisis reply, and only where the engine already gave the check-in line (12356) without it: a
reply that carries the line and no crisis reply is the one place where the engine saw distress and stopped short.
There the stacker scores the message (a few ms; about 0.6% of real questions pay for it, nothing else does) and, at
or above the threshold its refit chose on the team's sets' out-of-fold scores (benchmarks/safety_stack.py), the
crisis reply leads. The promotion goes through the engine's own reply choice: the crisis topic is put first in the
route and the reply is composed as for any crisis route, so the writer at risk gets the writer's reply and someone
helping a relative the helper's (Engine.compose reads ``someone_at_risk``); an abuse reply the route had stays,
second; a decline is dropped (the crisis reply replaces it, as bot.safety_semantic's readers do). It never removes
a crisis reply (the doubt side of Round 81 lost crises and is not shipped).

The weights are knowledge data (knowledge/safety_stack.json, ``bot.safety_stack_file``): a folder without the file
has no stacker. Scores are plain Python floats summed exactly (``math.fsum``): the same message gets the same score
on every machine, whatever order the features were found in.
"""

from __future__ import annotations

import math
from .records import dataclass, replace
from typing import Any, Callable, Mapping

from .prediction import Prediction
from .routing_rules import Route
from .routing_vet import crisis_of, under_crisis
from .safety import CRISIS, assess
from .safety.agreement import crisis_score as gated_crisis_score
from .safety.clauses import split_clauses
from .safety.learned import Detectors
from .safety.net import check_in_reason
from .safety.signal import ABUSE, Signal
from .safety_stack_reported import reported_departure

_BINS = (0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9)


@dataclass(frozen=True)
class Stacker:
    """The stacker's weights by feature name (``bias`` among them) and the promote threshold (a probability)."""

    weights: Mapping[str, float]
    threshold: float

    def score(self, found: Mapping[str, float]) -> float:
        """The model's probability over the features found (a feature without a weight counts nothing)."""
        weights = self.weights
        z = math.fsum(weights.get(name, 0.0) * value for name, value in found.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


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


def pairs(message: str) -> set[str]:
    """The message's character pairs (lower-cased, runs of spaces folded to one), as features named ``ng:``."""
    folded = " ".join(message.lower().split())
    return {f"ng:{folded[i:i + 2]}" for i in range(len(folded) - 1)}


def features(message: str, route: Route, signal: Signal, whole: Prediction, detectors: Detectors | None) -> dict[str, float]:
    """What the stacker reads of a message: the engine's route and every stage's reading of it, without the pairs."""
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


def with_pairs(found: Mapping[str, float], message: str) -> dict[str, float]:
    """``found`` with the message's character pairs (the model weighs only the pairs it was fitted with)."""
    return {**found, **{name: 1.0 for name in sorted(pairs(message))}}


def gated(route: Route) -> bool:
    """Whether the stacker reads a message at all: its reply carries the check-in line and no crisis reply, and is
    not led by the abuse reply. An abuse-led reply is the rules' (bot.safety's abuse cues) or kin_first's reading of
    violence at home (110 first, bot.routing_kin): a structural rule, not a weight, keeps the stacker off it (Round
    82b: "My boyfriend hit me last night when I told him about the loan" lost its 110 lead to a score)."""
    return route.check_in and bool(route.topics) and CRISIS not in route.topics and route.topics[0] != ABUSE


def promoted(route: Route, message: str, stacker: Stacker, read: Callable[[], tuple[Signal, Prediction, Detectors | None]],
             real: Callable[[str], bool]) -> Route:
    """``route`` led by the crisis reply when the stacker's score of ``message`` reaches its threshold (module doc);
    any other route unchanged. ``read`` gives the rules' signal, the classifier's whole-message prediction and the
    detectors (only called past the gate); ``real`` tells the topics a crisis reply keeps after it."""
    if not gated(route) or reported_departure(message):  # (Round 98: a third person's flight is no ending)
        return route
    signal, whole, detectors = read()
    if stacker.score(with_pairs(features(message, route, signal, whole, detectors), message)) < stacker.threshold:
        return route
    kept = tuple(topic for topic in route.topics if real(topic))  # the abuse reply and loan answers, never a decline
    return under_crisis(replace(route, topics=(CRISIS, *kept), rule="safety", choices=(), check_in=False))


def stacked(route: Route, message: str, stacker: Stacker | None, router: Any) -> Route:
    """Engine.route's last step: ``promoted`` with the router's own readers (its detectors and classifier; the
    rules' reading of the message is remembered from the route, bot.safety)."""
    if stacker is None or not gated(route):
        return route
    detectors: Detectors | None = router._detectors

    def read() -> tuple[Signal, Prediction, Detectors | None]:
        return assess(message, detectors), router._classifier.predict(message, top=6), detectors

    return promoted(route, message, stacker, read, router._real)


__all__ = ["Stacker", "features", "gated", "pairs", "promoted", "stacked", "window_scores", "with_pairs"]
