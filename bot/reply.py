"""The Reply an engine or session returns, and its explanation."""

from __future__ import annotations

from .records import dataclass, field
from typing import Any, Callable

from .classifier import Candidate
from .slots import Slot

Nearest = tuple[tuple[str, str, float], ...]


@dataclass(frozen=True)
class Reply:
    """The answer to one message. ``to_dict()`` gives its JSON-ready form; ``explain()`` says why.

    ``rule`` names what decided the topic: ``classifier``, ``split`` (several questions),
    ``safety`` (crisis or abuse phrases), ``context`` (a follow-up to the conversation),
    ``clarification`` (the borrower picked one of the offered choices), ``suggestion`` (the
    borrower picked a numbered follow-up), ``clarify`` (this reply asks which topic was meant),
    ``bare_overdue`` (a bare "I'm overdue"), ``acknowledged`` ("好的明白了"), ``pulling_away``
    ("别管我了"), ``empty`` (no words) or ``safety_doubted`` (heavy words the whole message casts
    doubt on, beside a loan question: the loan answer with the 12356 line).
    """

    topic: str
    topics: tuple[str, ...]
    confidence: float
    lang: str
    text: str
    suggestions: tuple[str, ...]
    sources: tuple[str, ...]  # ids of every article section the answered topics rest on
    lead: str = ""  # the one-line direct answer (the first line of the first answer)
    slots: dict[str, Slot] = field(default_factory=dict)
    needs_clarification: bool = False
    candidates: tuple[Candidate, ...] = ()
    rule: str = "classifier"
    suggestion_topics: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # How the text cites each of ``sources`` (the article's own headings and list items); the
    # text itself names at most two, explain() lists them all.
    citations: tuple[str, ...] = field(default=(), compare=False, repr=False)
    nearest: Callable[[], Nearest] | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """All public fields as plain JSON types."""
        return {
            "topic": self.topic,
            "topics": list(self.topics),
            "confidence": round(self.confidence, 4),
            "lang": self.lang,
            "text": self.text,
            "lead": self.lead,
            "suggestions": list(self.suggestions),
            "sources": list(self.sources),
            "slots": {name: slot.to_dict() for name, slot in self.slots.items()},
            "needs_clarification": self.needs_clarification,
            "candidates": [{"topic": c.topic, "score": round(c.score, 4)} for c in self.candidates],
            "rule": self.rule,
        }

    def explain(self) -> str:
        """A plain-text account of the decision: rule, candidates and scores, the features and
        example questions that matched, and the details understood from the message."""
        lines = [f"topic: {', '.join(self.topics)} (decided by: {self.rule})"]
        if self.candidates:
            lines.append("candidates: " + ", ".join(f"{c.topic} {c.score:.2f}" for c in self.candidates))
        if self.features:
            lines.append("features that matched: " + ", ".join(f.split(":", 1)[-1] for f in self.features))
        for topic, example, score in (self.nearest() if self.nearest else ()):
            lines.append(f"similar example: [{topic}] {example} ({score:.2f})")
        if self.slots:
            lines.append("details: " + ", ".join(
                f"{name}={slot.value if slot.value is not None else 'given'} ({slot.text!r})"
                for name, slot in self.slots.items()))
        lines.extend(f"source: {citation}" for citation in self.citations)
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)
