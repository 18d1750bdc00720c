"""Routing: which topics a message asks about, one per question, safety topics first, and the
choices to offer when a message is too short or too close to call.

The Router reads the classifier and the topics; it never renders. ``Engine.route`` delegates here.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import knowledge as kb
from .classifier import Classifier, Prediction
from .safety import mentions_abuse, mentions_crisis
from .text import is_question, normalize, split_questions

SPLIT_CONFIDENCE = 0.6  # a part of a message is a question of its own above this
CONFIDENT = 0.6  # never ask which topic was meant above this
CLOSE = 0.15  # the top two topics are "close" when their scores differ by less
SHORT_CHARS = 3  # "逾期", "催收": a bare keyword, clarified when several topics use it
KEYWORD_RIVAL = 0.4  # another topic using a keyword this much (relative) makes it ambiguous
_SAFETY_FIRST = ("crisis", "abusive_collection")


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
        whole = self._classifier.predict(question, top=6)
        found, rule = self._split_topics(question), "split"
        # A clause that is confidently about the whole message's topic settles any doubt.
        confirmed = found == [whole.topic]
        if confirmed or not [t for t in found if self._by_id[t].kind in ("domain", "safety")]:
            found, rule = [whole.topic], "classifier"
        for topic_id, alarm in (("abusive_collection", mentions_abuse), ("crisis", mentions_crisis)):
            if alarm(question):
                found = [topic_id] + [t for t in found if t != topic_id]
                rule = "safety"
        topics = _prioritised(found, self._by_id)
        choices = self._choices(whole, question) if rule == "classifier" and not confirmed else ()
        return Route(tuple(topics), whole, rule, choices)

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
