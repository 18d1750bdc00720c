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

    Fields:

    - ``topic``: the id of the main topic answered (the first of ``topics``).
    - ``topics``: every topic the reply answers, in order (a message asking two things gets two;
      a crisis or abuse reply comes first).
    - ``confidence``: the classifier's probability for ``topic``, 0 to 1 (1.0 when a rule decided).
    - ``lang``: the language of the reply, ``"zh"`` or ``"en"``.
    - ``text``: the whole reply as plain text, lines separated by ``\n``: the lead, points
      starting ``"- "``, then the source line and the "not legal advice" note, and any check-in
      line (12356) after them.
    - ``suggestions``: up to three follow-up questions in ``lang`` (for a clarification, the
      choices, numbered in the text); a session answers "2" with the second.
    - ``sources``: ids of every article section the answered topics rest on.
    - ``lead``: the one-line direct answer (the first line of the first answer; "" if none).
    - ``slots``: the details understood from the message (days overdue, amount, product, the
      named fear...), by name.
    - ``needs_clarification``: True when the message was ambiguous: the best guess is answered
      (or, with ``rule == "clarify"``, a question asks which was meant) and ``candidates`` holds
      the alternatives.
    - ``candidates``: the classifier's top topics with their scores, best first.
    - ``rule``: what decided the topic (below).
    - ``suggestion_topics``: the topic id behind each of ``suggestions``, in the same order.
    - ``features``: the classifier features of the message that matched (for ``explain()``).
    - ``notes``: short remarks on how the reply was made (a language switch, a cut message...),
      for ``explain()``; never shown to the borrower.
    - ``citations``: how the text cites each of ``sources`` (the article's own headings and list
      items); the text names at most two, ``explain()`` lists them all. Not in ``to_dict()``.
    - ``nearest``: a function returning the example questions nearest the message, as
      (topic, example, score), computed only when called (``explain()``); None when unknown.
      Not in ``to_dict()``.

    ``rule`` names what decided the topic: ``classifier``, ``split`` (several questions),
    ``safety`` (crisis or abuse phrases), ``context`` (a follow-up to the conversation),
    ``clarification`` (the borrower picked one of the offered choices), ``suggestion`` (the
    borrower picked a numbered follow-up), ``clarify`` (this reply asks which topic was meant),
    ``bare_overdue`` (a bare "I'm overdue"), ``acknowledged`` ("好的明白了"), ``pulling_away``
    ("别管我了"), ``number_asked`` ("你说的12356是什么": what a number the replies give is for),
    ``empty`` (no words) or ``safety_doubted`` (heavy words the whole message casts
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
