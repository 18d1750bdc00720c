"""Routing: which topics a message asks about, one per question, safety topics first, and the
choices to offer when a message is too short or too close to call.

The Router reads the classifier and the topics; it never renders. ``Engine.route`` delegates here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import knowledge as kb
from .classifier import Classifier, Prediction
from .safety import ABUSE, CRISIS, Signal, abuse_wording, assess, crisis_wording
from .text import is_question, normalize, split_questions

SPLIT_CONFIDENCE = 0.6  # a part of a message is a question of its own above this
CONFIDENT = 0.6  # never ask which topic was meant above this
CLOSE = 0.15  # the top two topics are "close" when their scores differ by less
SHORT_CHARS = 3  # "逾期", "催收": a bare keyword, clarified when several topics use it
KEYWORD_RIVAL = 0.4  # another topic using a keyword this much (relative) makes it ambiguous
_SAFETY_FIRST = ("crisis", "abusive_collection")
CRISIS_FLOOR = 0.5  # the classifier alone never raises a crisis below this (0.32 on a prison question)
REST_CONFIDENCE = 0.3  # a loan question left beside a safety signal is answered above this


@dataclass(frozen=True)
class Route:
    """Which topics a message asks about, what decided it, and the choices when it is ambiguous."""

    topics: tuple[str, ...]
    prediction: Prediction
    rule: str
    choices: tuple[str, ...] = ()


class Router:
    """Decides the topics of a message with a classifier over a knowledge folder's topics."""

    def __init__(self, knowledge: kb.Knowledge, classifier: Classifier) -> None:
        self._knowledge = knowledge
        self._classifier = classifier
        self._by_id = {topic.id: topic for topic in knowledge.topics}
        self._examples: dict[str, list[str]] | None = None

    def route(self, question: str) -> Route:
        """Pick the topics a message asks about, one per question, safety topics first."""
        signal = assess(question)
        if signal.topics:
            return self._safety_route(signal, question)
        return self._vetted(self._loan_route(question), question)

    def _loan_route(self, question: str) -> Route:
        """The topics of the loan questions in a message, by the classifier alone."""
        whole = self._classifier.predict(question, top=6)
        found, rule = self._split_topics(question), "split"
        # A clause that is confidently about the whole message's topic settles any doubt.
        confirmed = found == [whole.topic]
        if confirmed or not [t for t in found if self._by_id[t].kind in ("domain", "safety")]:
            found, rule = [whole.topic], "classifier"
        topics = _prioritised(found, self._by_id)
        choices = self._choices(whole, question) if rule == "classifier" and not confirmed else ()
        return Route(tuple(topics), whole, rule, choices)

    # --- Safety (issue 12): the rules decide crisis and abuse; the classifier alone may not. ---

    def _safety_route(self, signal: Signal, question: str) -> Route:
        """Crisis first, then abuse, then the loan question the rest of the message asks: the
        clauses that carried the signal are left out, so "人死了债是不是就没了" gets no going_dark
        lecture, while "...will they go after my parents?" still gets its answer."""
        # Only the asking clauses of what is left: a long story's context drowns its question.
        asks = " ".join(part for part in split_questions(signal.remainder, clauses=True) if is_question(part))
        loan = self._vetted(self._loan_route(asks), asks) if asks else None
        extra: list[str] = []
        if loan is not None and (loan.rule == "split" or loan.prediction.confidence >= REST_CONFIDENCE):
            extra = [t for t in loan.topics if t not in signal.topics and self._by_id[t].kind in ("domain", "safety")]
        prediction = loan.prediction if loan is not None else self._classifier.predict(question, top=6)
        return Route(tuple(_prioritised([*signal.topics, *extra], self._by_id)), prediction, "safety")

    def _vetted(self, route: Route, question: str) -> Route:
        """The classifier's safety guesses, checked against the wording: crisis needs a confident
        score and words of life, death or despair ("算了" and prison questions have none);
        abusive_collection needs words of abuse, violence or complaint that are not hearsay, a
        negation or a "will it happen" question (a loan question: contact_family, home_visit...)."""
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
            prediction = self._next_best(prediction, refused)
            topics = topics or [prediction.topic]
        # Choices are only offered, never answered outright: a bare "催收" may still list abuse.
        return Route(tuple(topics), prediction, route.rule, route.choices)

    def _next_best(self, prediction: Prediction, refused: set[str]) -> Prediction:
        """The prediction with refused topics set aside: the next candidate (its score taken
        relative to what the refused topics leave), or the fallback when it is too weak."""
        rest = [c for c in prediction.candidates if c.topic not in refused]
        left = max(1e-9, 1.0 - sum(c.score for c in prediction.candidates if c.topic in refused))
        best = rest[0] if rest else None
        if best is None or best.score / left < self._classifier.floor:
            fallback = next((c.score for c in rest if c.topic == kb.OUT_OF_SCOPE), 0.0)
            return replace(prediction, topic=kb.OUT_OF_SCOPE, confidence=fallback / left)
        return replace(prediction, topic=best.topic, confidence=best.score / left)

    def _split_topics(self, question: str) -> list[str]:
        """Topics of the separate questions in a message, in order. Clauses that only state
        context ("逾期半年了，") are skipped when another clause asks something."""
        parts = split_questions(question, clauses=True)
        if len(parts) < 2:
            return []
        asking = [part for part in parts if is_question(part)]
        if not asking:
            return []  # statements only: the message as a whole says more than any clause
        found: list[str] = []
        for part in asking:
            prediction = self._classifier.predict(part)
            # A clause counts as a question of its own only when the classifier is sure of it.
            if prediction.confidence >= SPLIT_CONFIDENCE and prediction.topic not in found:
                found.append(prediction.topic)
        return found

    def _choices(self, prediction: Prediction, question: str) -> tuple[str, ...]:
        """The topics to offer when a message is too short or too close to call; else ()."""
        folded = normalize(question)
        key = folded.replace(" ", "")
        bare_word = key.isascii() and key.isalpha() and " " not in folded  # "overdue", "collectors"
        if 0 < len(key) <= SHORT_CHARS or bare_word:
            return self._keyword_choices(key)
        domain = [c for c in prediction.candidates if self._by_id[c.topic].kind == "domain"]
        if prediction.topic not in {c.topic for c in domain} or len(domain) < 2:
            return ()
        top, second = domain[0], domain[1]
        if top.score < CONFIDENT and top.score - second.score < CLOSE:
            return tuple(c.topic for c in domain[:3] if c.score >= 0.05)
        return ()

    def _keyword_choices(self, key: str) -> tuple[str, ...]:
        """For a bare keyword ("逾期", "催收"): the domain topics whose examples use it most,
        when at least two use it comparably; a keyword owned by one topic ("罚息") needs no question."""
        shares = []
        for topic_id, examples in self._normalized_examples().items():
            share = sum(1 for example in examples if key in example) / len(examples)
            if share > 0:
                shares.append((share, topic_id))
        shares.sort(key=lambda item: (-item[0], item[1]))
        if len(shares) < 2 or shares[1][0] < KEYWORD_RIVAL * shares[0][0]:
            return ()
        return tuple(topic_id for share, topic_id in shares[:3] if share >= KEYWORD_RIVAL * shares[0][0])

    def _normalized_examples(self) -> dict[str, list[str]]:
        # Built on first use (only bare keywords need it); equal results make a race harmless.
        if self._examples is None:
            self._examples = {t.id: [normalize(e).replace(" ", "") for e in t.examples()]
                              for t in self._knowledge.topics if t.kind == "domain"}
        return self._examples


def _prioritised(found: list[str], by_id: dict[str, kb.Topic]) -> list[str]:
    """Safety topics first; chit-chat and the fallback dropped when a real question is present."""
    real = [t for t in found if by_id[t].kind in ("domain", "safety")]
    if not real:
        rest = [t for t in found if t != kb.OUT_OF_SCOPE]
        return rest[:1] or [kb.OUT_OF_SCOPE]
    first = [t for t in _SAFETY_FIRST if t in real]
    return first + [t for t in real if t not in first]
