"""The answer engine: classify a message, render the answer for each question it asks.

``Engine`` is immutable after loading and safe to share between threads: ``ask`` only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import knowledge as kb
from .classifier import Candidate, Classifier, Prediction
from .model import classifier_for
from .errors import UsageError
from .safety import mentions_abuse, mentions_crisis
from .slots import PRODUCT_NAMES, Slot, extract_slots
from .templates import render
from .text import detect_lang, split_questions

MAX_QUESTION_CHARS = 2000
MAX_SUGGESTIONS = 3
SPLIT_CONFIDENCE = 0.6
_SAFETY_FIRST = ("crisis", "abusive_collection")


@dataclass(frozen=True)
class Reply:
    """The engine's answer to one message. ``to_dict()`` gives its JSON-ready form."""

    topic: str
    topics: tuple[str, ...]
    confidence: float
    lang: str
    text: str
    suggestions: tuple[str, ...]
    sources: tuple[str, ...]
    slots: dict[str, Slot] = field(default_factory=dict)
    candidates: tuple[Candidate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """All fields as plain JSON types."""
        return {
            "topic": self.topic,
            "topics": list(self.topics),
            "confidence": round(self.confidence, 4),
            "lang": self.lang,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "sources": list(self.sources),
            "slots": {name: slot.to_dict() for name, slot in self.slots.items()},
            "candidates": [{"topic": c.topic, "score": round(c.score, 4)} for c in self.candidates],
        }


class Engine:
    """Answers borrowers' questions from a knowledge folder. Create it with ``Engine.load()``."""

    def __init__(self, knowledge: kb.Knowledge, classifier: Classifier) -> None:
        self._knowledge = knowledge
        self._classifier = classifier
        self._by_id = {topic.id: topic for topic in knowledge.topics}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Engine":
        """Load and check a knowledge folder (the packaged one by default) and train the classifier.
        Raises KnowledgeError when the folder is broken."""
        knowledge = kb.load(path)
        return cls(knowledge, classifier_for(knowledge))

    @property
    def topics(self) -> tuple[kb.Topic, ...]:
        """The topics, each with id, titles per language and example questions per language."""
        return self._knowledge.topics

    @property
    def knowledge(self) -> kb.Knowledge:
        """The loaded knowledge folder (article structure, frame and topics)."""
        return self._knowledge

    def classify(self, text: str) -> Prediction:
        """The classifier's decision on a single question, with its top candidates and scores."""
        return self._classifier.predict(_checked(text)[:MAX_QUESTION_CHARS])

    def ask(self, question: str, lang: str | None = None) -> Reply:
        """Answer a message. ``lang`` forces "zh" or "en"; by default the answer follows the question."""
        question = _checked(question)[:MAX_QUESTION_CHARS]
        if lang not in (None, "zh", "en"):
            raise UsageError(f"lang: expected 'zh', 'en' or None, found {lang!r}")
        answer_lang = lang or detect_lang(question)
        primary, topics = self._route(question)
        slots = extract_slots(question)
        return self.compose(topics, answer_lang, slots, primary)

    def _route(self, question: str) -> tuple[Prediction, list[str]]:
        """Pick the topics a message asks about, one per question, safety topics first."""
        whole = self._classifier.predict(question)
        parts = split_questions(question)
        found: list[str] = []
        if len(parts) > 1:
            # A part counts as a question of its own only when the classifier is sure of it;
            # otherwise it is context ("逾期两个月了。") for the message as a whole.
            for part in parts:
                prediction = self._classifier.predict(part)
                if prediction.confidence >= SPLIT_CONFIDENCE and prediction.topic not in found:
                    found.append(prediction.topic)
        if not [t for t in found if self._by_id[t].kind in ("domain", "safety")]:
            found.insert(0, whole.topic)
        if mentions_abuse(question) and "abusive_collection" not in found:
            found.insert(0, "abusive_collection")
        if mentions_crisis(question) and "crisis" not in found:
            found.insert(0, "crisis")
        return whole, _prioritised(found, self._by_id)

    def compose(self, topics: list[str], lang: str, slots: dict[str, Slot],
                prediction: Prediction | None = None) -> Reply:
        """Render the answer for the given topics in one language, tailored by the slots."""
        chosen = [self._by_id[topic_id] for topic_id in topics]
        primary = chosen[0]
        sources = tuple(dict.fromkeys(s for topic in chosen for s in topic.sources))
        context = _context(lang, slots, primary.kind)
        context["sources"] = [self._source(section_id, lang) for section_id in sources]
        body = [render(topic.answer(lang), dict(context, kind=topic.kind)) for topic in chosen]
        before = render(self._knowledge.frame.before(lang), context)
        after = render(self._knowledge.frame.after(lang), context)
        text = "\n\n".join(part for part in [before, *body, after] if part)
        return Reply(
            topic=primary.id, topics=tuple(topics),
            confidence=prediction.confidence if prediction else 1.0, lang=lang, text=text,
            suggestions=self._suggestions(chosen, lang), sources=sources, slots=slots,
            candidates=prediction.candidates if prediction else (),
        )

    def _source(self, section_id: str, lang: str) -> dict[str, str]:
        section = self._knowledge.article.section(section_id)
        return {"id": section.id, "number": section.number, "title": section.title[lang]}

    def _suggestions(self, chosen: list[kb.Topic], lang: str) -> tuple[str, ...]:
        answered = {topic.id for topic in chosen}
        followups = [f for topic in chosen for f in topic.followups if f not in answered]
        unique = list(dict.fromkeys(followups))[:MAX_SUGGESTIONS]
        return tuple(self._by_id[topic_id].question[lang] for topic_id in unique)


def _checked(question: object) -> str:
    if not isinstance(question, str):
        raise TypeError(f"question: expected str, found {type(question).__name__}")
    return question


def _prioritised(found: list[str], by_id: dict[str, kb.Topic]) -> list[str]:
    """Safety topics first; chit-chat and the fallback dropped when a real question is present."""
    real = [t for t in found if by_id[t].kind in ("domain", "safety")]
    if not real:
        rest = [t for t in found if t != kb.OUT_OF_SCOPE]
        return rest[:1] or [kb.OUT_OF_SCOPE]
    first = [t for t in _SAFETY_FIRST if t in real]
    return first + [t for t in real if t not in first]


def _context(lang: str, slots: dict[str, Slot], kind: str) -> dict[str, Any]:
    product = slots["product"].value if "product" in slots else None
    days = slots["days"].value if "days" in slots else None
    amount = slots["amount"].value if "amount" in slots else None
    amount_text = None
    if amount is not None:
        amount_text = f"{amount}元" if lang == "zh" else f"{amount:,} yuan"
    return {
        "lang": lang, "kind": kind, "product": product,
        "product_name": PRODUCT_NAMES[product][lang] if product else None,
        "is_jiebei": product in (None, "jiebei"),
        "days": days, "days_given": "days" in slots,
        "amount": amount, "amount_given": "amount" in slots, "amount_text": amount_text,
        "sources": [],
    }
