"""A conversation with one borrower: remembered details, follow-ups, clarification, language.

A Session is cheap (it holds only its own small state and a reference to the shared, immutable
Engine) and serialisable with ``to_dict``/``from_dict``, so a web app can keep it between
requests. It is not meant to be shared between threads; the Engine is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import followups
from .engine import check_lang, prepare
from .reply import Reply
from .slots import PRODUCT_NAMES, Slot, extract_slots
from .state import check_state
from .text import detect_lang

if TYPE_CHECKING:
    from .engine import Engine

STATE_VERSION = 1


@dataclass
class _State:
    slots: dict[str, Slot] = field(default_factory=dict)
    last_topics: list[str] = field(default_factory=list)
    lang: str | None = None  # the language of the last answer
    lang_choice: str | None = None  # set by "用英文" / "/lang": wins over detection
    offered: list[str] = field(default_factory=list)  # topic ids behind the numbered options
    pending_choice: bool = False  # the last reply asked which topic was meant
    answered: list[str] = field(default_factory=list)


class Session:
    """Ask questions in context: ``session.ask(text)`` returns a Reply; ``reset()`` starts over."""

    def __init__(self, engine: "Engine") -> None:
        self._engine = engine
        self._state = _State()

    def reset(self) -> None:
        """Forget everything: details, topics, language choice."""
        self._state = _State()

    def set_language(self, lang: str | None) -> None:
        """Answer in "zh" or "en" from now on; None goes back to following each question."""
        self._state.lang_choice = check_lang(lang)

    @property
    def slots(self) -> dict[str, Slot]:
        """The details remembered so far."""
        return dict(self._state.slots)

    @property
    def last_reply_topics(self) -> tuple[str, ...]:
        """Topics of the last answer (empty before the first)."""
        return tuple(self._state.last_topics)

    def ask(self, text: str) -> Reply:
        """Answer a message in the context of the conversation."""
        text = prepare(text)
        lang = self._language_for(text)
        reply = self._contextual(text, lang)
        if reply is None:
            reply = self._fresh(text, lang)
        self._remember(reply)
        return reply

    def _language_for(self, text: str) -> str:
        state = self._state
        if state.lang_choice:
            return state.lang_choice
        # "2", "?" or "" say nothing about language: keep the conversation's.
        if state.lang and not any(ch.isalpha() for ch in text):
            return state.lang
        return detect_lang(text)

    def _contextual(self, text: str, lang: str) -> Reply | None:
        """A reply decided by the conversation so far, or None for an ordinary question."""
        state = self._state
        number = followups.pick_number(text)
        if number is not None and 0 < number <= len(state.offered):
            rule = "clarification" if state.pending_choice else "suggestion"
            return self._answer([state.offered[number - 1]], lang, rule=rule, question=text,
                                note=f"the borrower picked option {number} of {state.offered}")
        if not state.last_topics or state.pending_choice:
            return None
        switch = followups.language_switch(text)
        if switch:
            state.lang_choice = switch
            return self._answer(state.last_topics, switch, rule="context", question=text,
                                note=f"language switched to {switch}; last answer repeated")
        if followups.wants_more(text):
            return self._answer(state.last_topics, lang, rule="context", mode="more", question=text,
                                note="asked for more detail on the last answer")
        if followups.asks_why(text):
            return self._answer(state.last_topics, lang, rule="context", mode="why", question=text,
                                note="asked why: the reasoning behind the last answer")
        product = followups.product_only(text)
        if product:
            self._merge(extract_slots(text))
            # mode "product": what changes for that product, not the whole answer again.
            return self._answer(state.last_topics, lang, rule="context", mode="product", question=text,
                                note=f"same question as before, now about {product}")
        return None

    def _fresh(self, text: str, lang: str) -> Reply:
        engine = self._engine
        if self._state.pending_choice:
            chosen = self._choice_by_words(text)
            if chosen:
                return self._answer([chosen], lang, rule="clarification", question=text,
                                    note=f"the words of the reply matched the offered topic {chosen}")
        stated = extract_slots(text)
        self._merge(stated)
        route = engine.route(text)
        if route.choices and route.rule == "classifier":
            return engine.clarify(route, lang, self._state.slots, text)
        return engine.compose(route.topics, lang, self._state.slots, route=route, question=text,
                              answered=self._state.answered, echo="days" in stated or "amount" in stated)

    def _choice_by_words(self, text: str) -> str | None:
        """Which offered topic a worded answer to a clarification names, if any is likely."""
        probs = self._engine.classify(text).candidates
        offered = self._state.offered
        for candidate in probs:
            if candidate.topic in offered and candidate.score >= 0.2:
                return candidate.topic
        return None

    def _answer(self, topics: list[str], lang: str, *, rule: str, question: str, note: str,
                mode: str = "answer") -> Reply:
        return self._engine.compose(topics, lang, self._state.slots, rule=rule, mode=mode,
                                    question=question, answered=self._state.answered, echo=False,
                                    notes=(note,))

    def _merge(self, found: dict[str, Slot]) -> None:
        # A newly stated detail replaces the remembered one ("contradicted"); others stay.
        self._state.slots.update(found)

    def _remember(self, reply: Reply) -> None:
        state = self._state
        state.lang = reply.lang
        state.offered = list(reply.suggestion_topics)
        state.pending_choice = reply.needs_clarification and reply.rule == "clarify"
        if not state.pending_choice:
            state.last_topics = list(reply.topics)
            state.answered.extend(t for t in reply.topics if t not in state.answered)

    def to_dict(self) -> dict[str, Any]:
        """The conversation state as JSON-ready data."""
        state = self._state
        return {"version": STATE_VERSION,
                "slots": {name: slot.to_dict() for name, slot in state.slots.items()},
                "last_topics": list(state.last_topics), "lang": state.lang,
                "lang_choice": state.lang_choice, "offered": list(state.offered),
                "pending_choice": state.pending_choice, "answered": list(state.answered)}

    @classmethod
    def from_dict(cls, engine: "Engine", data: dict[str, Any]) -> "Session":
        """Rebuild a session saved with ``to_dict``. The state is untrusted input: anything
        ``to_dict`` could not have written raises UsageError (see ``bot.state.check_state``)."""
        data = check_state(data, (topic.id for topic in engine.topics), PRODUCT_NAMES)
        session = cls(engine)
        session._state = _State(
            slots={name: Slot(name, slot["value"], slot["text"]) for name, slot in data["slots"].items()},
            last_topics=list(data["last_topics"]), lang=data["lang"], lang_choice=data["lang_choice"],
            offered=list(data["offered"]), pending_choice=data["pending_choice"],
            answered=list(data["answered"]))
        return session

__all__ = ["Session"]
