"""Clarification choices: which topics to offer ("which of these do you mean?") when a message is
a bare keyword several topics use ("逾期", "催收") or the classifier's top two domain topics are
too close to call. ``bot.routing.Router`` asks; it decides whether a message needs choices at all."""

from __future__ import annotations

from . import knowledge as kb
from .classifier import Prediction
from .owners import domain_examples
from .text import normalize

CONFIDENT = 0.6  # never ask which topic was meant above this
CLOSE = 0.15  # the top two topics are "close" when their scores differ by less
SHORT_CHARS = 3  # "逾期", "催收": a bare keyword, clarified when several topics use it
MIN_LATIN_KEYWORD = 3  # shorter Latin "keywords" are letters or fillers, not topics
KEYWORD_RIVAL = 0.4  # another topic using a keyword this much (relative) makes it ambiguous


class Choices:
    """The choices to offer for a knowledge folder's topics."""

    def __init__(self, knowledge: kb.Knowledge) -> None:
        self._knowledge = knowledge
        self._by_id = {topic.id: topic for topic in knowledge.topics}
        self._examples: dict[str, list[str]] | None = None

    def offer(self, prediction: Prediction, question: str) -> tuple[str, ...]:
        """The topics to offer when a message is too short or too close to call; else ()."""
        folded = normalize(question)
        key = folded.replace(" ", "")
        bare_word = key.isascii() and key.isalpha() and " " not in folded  # "overdue", "collectors"
        if 0 < len(key) <= SHORT_CHARS or bare_word:
            if prediction.confidence >= CONFIDENT and self._by_id[prediction.topic].kind == "conversation":
                # "help": surely a conversational move (what can be asked), never "lawsuit or
                # prevention?" (front5). A declined word ("电话") keeps its choices: they help.
                return ()
            return self._keyword(key)
        domain = [c for c in prediction.candidates if self._by_id[c.topic].kind == "domain"]
        if prediction.topic not in {c.topic for c in domain} or len(domain) < 2:
            return ()
        top, second = domain[0], domain[1]
        if top.score < CONFIDENT and top.score - second.score < CLOSE:
            return tuple(c.topic for c in domain[:3] if c.score >= 0.05)
        return ()

    def _keyword(self, key: str) -> tuple[str, ...]:
        """For a bare keyword ("逾期", "催收"): the domain topics whose examples use it most,
        when at least two use it comparably; a keyword owned by one topic ("罚息") needs no question."""
        if key.isascii() and len(key) < MIN_LATIN_KEYWORD:
            return ()  # "x", "ok": no topic owns a letter, and every English example contains one
        shares = []
        for topic_id, examples in self.examples().items():
            share = sum(1 for example in examples if _uses(example, key)) / len(examples)
            if share > 0:
                shares.append((share, topic_id))
        shares.sort(key=lambda item: (-item[0], item[1]))
        if len(shares) < 2 or shares[1][0] < KEYWORD_RIVAL * shares[0][0]:
            return ()
        return tuple(topic_id for share, topic_id in shares[:3] if share >= KEYWORD_RIVAL * shares[0][0])

    def examples(self) -> dict[str, list[str]]:
        """Every domain topic's examples, normalised. Built on first use (only bare keywords and
        the concept owners need them); equal results make a race harmless."""
        if self._examples is None:
            self._examples = domain_examples(self._knowledge)
        return self._examples


def _uses(example: str, key: str) -> bool:
    """Whether a normalised example uses a keyword: Latin keywords as the start of a word
    ("collector" in "collectors", never "x" inside "next"), Chinese ones anywhere."""
    if key.isascii():
        return any(word.startswith(key) for word in example.split())
    return key in example.replace(" ", "")


__all__ = ["Choices"]
