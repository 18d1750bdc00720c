"""What every move of a Session is made of (bot.session): the state it holds and the engine it
asks, an answer to given topics, the details merged, and what a reply leaves to remember.
bot.session decides which move a message gets; nothing here decides that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import followups
from .answer_modes import not_again
from .continuity import had_crisis
from .reply import Reply
from .session_state import ConversationState
from .slots import Slot
from .turn_refers import referred

if TYPE_CHECKING:
    from .engine import Engine
    from .routing_rules import Route


class SessionBase:
    """A conversation's state and engine, and the moves bot.session.Session makes its replies of."""

    def __init__(self, engine: "Engine") -> None:
        self._engine = engine
        self._state = ConversationState()
        self._helper_voice: bool | None = None  # the voice of this turn's context crisis reply (Session.ask; mend66)
        self._closing_crisis = self._released = False  # this turn's crisis reply read from a closing alone; let out (mend179)
        self._crisis_held = False  # this turn follows an option picked under a crisis reply (Session.ask; safe58)
        self._own: tuple[str, "Route"] | None = None  # this turn's message and the engine's reading of it alone

    def _own_route(self, text: str) -> "Route":
        """The engine's reading of a message on its own words, worked out once per turn: the turn asks it up to three
        times (the reading kept after a crisis, a closing let out, the crisis settled or left open)."""
        if self._own is None or self._own[0] != text:
            # (a bare countdown counts to what the last ordinary turn named: bot.turn_refers, ses222)
            self._own = (text, referred(self._engine, self._state, text, self._engine.route(text)))
        return self._own[1]

    def _answer(self, topics: list[str], lang: str, *, rule: str, question: str, note: str,
                mode: str = "answer", slots: dict[str, Slot] | None = None) -> Reply:
        mode = not_again(self._state, mode, topics, lang, self._engine.topic)
        if self._state.crisis_helper and rule == "context":
            self._helper_voice = True
        return self._engine.compose(topics, lang, self._state.slots if slots is None else slots, rule=rule, mode=mode,
                                    question=question, answered=self._state.answered, echo=False,
                                    notes=(note,), check_in=self._after_crisis(),
                                    relatives_loan=self._state.relatives_loan,
                                    # ("详细点", "用英文" after the crisis reply to a helper: still to them; conv53)
                                    helper=True if self._state.crisis_helper and rule == "context" else None)

    def _safety_last(self) -> list[str]:
        """The last reply's topics as this turn's safety reading takes them: the crisis reply still the last thing said
        when the last turn only picked an option offered under it ("我不想活了" -> "1" -> "算了 再见"; safe58)."""
        last = self._state.last_topics
        return [*last, "crisis"] if self._crisis_held and "crisis" not in last else list(last)

    def _after_crisis(self) -> bool:
        return had_crisis(self._state.answered)

    def _farewell(self, text: str, reply: Reply) -> Reply:
        return followups.farewell(self._engine, text, reply)

    def _kind(self, topic_id: str) -> str:
        return self._engine.topic(topic_id).kind

    def _has_topic(self, topic_id: str) -> bool:
        return any(topic.id == topic_id for topic in self._engine.topics)

    def _merge(self, found: dict[str, Slot], *, renamed: bool = False) -> None:
        # A newly stated detail replaces the remembered one ("contradicted"); others stay, except the days
        # and sum told of another lender named before: they are not this one's (truth2 F: "what about
        # Huabei?" after Jiebei's 60 days and 30000 had them echoed as Huabei's two turns later). A
        # correction (``renamed``: "不是借呗是花呗") names the same loan again: its days and sum stay (review40).
        slots = self._state.slots
        if not renamed and "product" in found and "product" in slots and found["product"].value != slots["product"].value:
            for name in ("days", "amount"):
                if name not in found:
                    slots.pop(name, None)
        slots.update(found)

    def _remember(self, reply: Reply) -> None:
        state = self._state
        state.lang = reply.lang
        state.offered = list(reply.suggestion_topics)
        state.pending_choice = reply.needs_clarification and reply.rule == "clarify"
        if not state.pending_choice:
            state.last_topics = list(reply.topics)
            state.answered.extend(t for t in reply.topics if t not in state.answered)
            if reply.rule == "safety_doubted" and "crisis" not in state.answered:
                # Crisis wording the message cast doubt on still counts for the rest of the
                # conversation: later replies keep 12356, and "我是认真的" gets the crisis reply.
                state.answered.append("crisis")
            if "concern" in state.slots and "concern" not in reply.slots:
                # A fear belongs to the answers that spoke of it: once an answer has moved on
                # ("2", another question), "用英文" or "详细点" must not bring it back.
                del state.slots["concern"]


__all__ = ["SessionBase"]
