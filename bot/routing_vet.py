"""The classifier's safety guesses checked against the message's wording (used by bot.routing).

A classifier that guesses crisis or abusive_collection from character n-grams alone raises false
alarms ("算了", a prison question at 0.32): its guess counts only with a confident score and words
that agree (bot.safety.crisis_wording, abuse_wording); a refused guess gives way to the next best
topic.
"""

from __future__ import annotations

from . import knowledge as kb
from .classifier import Prediction
from .records import replace
from .routing_rules import Route
from .safety import ABUSE, CRISIS, abuse_wording, crisis_wording

CRISIS_FLOOR = 0.5  # the classifier alone never raises a crisis below this (0.32 on a prison question)


def vetted(route: Route, question: str, floor: float) -> Route:
    """The classifier's safety guesses, checked against the wording: crisis needs a confident
    score and words of life, death or despair ("算了" and prison questions have none);
    abusive_collection needs words of abuse, violence or complaint that are not hearsay, a
    negation or a "will it happen" question (a loan question: contact_family, home_visit...).
    ``floor``: the classifier's confidence floor, under which the fallback answers."""
    guessed = set(route.topics) | {route.prediction.topic}
    if not guessed & {CRISIS, ABUSE}:
        return route
    scores = {c.topic: c.score for c in route.prediction.candidates}
    # Both are checked whenever either is guessed: a refused guess must not fall through to
    # the other unchecked ("said my family would suffer" is not a crisis).
    refused = {topic for topic, agreed in (
        (CRISIS, scores.get(CRISIS, 0.0) >= CRISIS_FLOOR and crisis_wording(question)),
        (ABUSE, abuse_wording(question))) if not agreed}
    if not refused & guessed:
        return route
    topics = [t for t in route.topics if t not in refused]
    prediction = route.prediction
    if not topics or prediction.topic in refused:
        prediction = next_best(prediction, refused, floor)
        topics = topics or [prediction.topic]
    # Choices are only offered, never answered outright: a bare "催收" may still list abuse.
    return Route(tuple(topics), prediction, route.rule, route.choices)


def next_best(prediction: Prediction, refused: set[str], floor: float) -> Prediction:
    """The prediction with refused topics set aside: the next candidate (its score taken
    relative to what the refused topics leave), or the fallback when it is too weak."""
    rest = [c for c in prediction.candidates if c.topic not in refused]
    left = max(1e-9, 1.0 - sum(c.score for c in prediction.candidates if c.topic in refused))
    best = rest[0] if rest else None
    if best is None or best.score / left < floor:
        fallback = next((c.score for c in rest if c.topic == kb.OUT_OF_SCOPE), 0.0)
        return replace(prediction, topic=kb.OUT_OF_SCOPE, confidence=fallback / left)
    return replace(prediction, topic=best.topic, confidence=best.score / left)


__all__ = ["CRISIS_FLOOR", "next_best", "vetted"]
