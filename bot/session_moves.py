"""The moves of a Session (bot.session) that answer a follow-up from the conversation's memory, with no fresh
reading of its own (moved out of bot.session unchanged, split90): the pending "which did you mean?" asked again,
the last answer in another language, the last question of the other lenders told, an offered topic named in words,
and a collector act the last turn asked about told done ("已经打了"). bot.session decides which move a message gets.
"""

from __future__ import annotations

from .records import replace
from .reply import Reply
from .routing_rules import SAFETY_FIRST, Route
from .session_acts import done_told, told_statement
from .session_base import SessionBase
from .session_lenders import slots_for_others

GREETING, GOODBYE, CAPABILITIES = "greeting", "goodbye", "capabilities"  # topic ids the session's own moves answer with, when present


class SessionMoves(SessionBase):
    """The follow-up moves bot.session.Session makes from the conversation's memory."""

    def _others(self, text: str, lang: str) -> Reply:
        """"其他几家呢" / "what about the others?": the last question, of the other lenders the
        borrower told of (ans11). One ("借呗和花呗都逾期了"): that lender, as "花呗呢" gets it (95188
        only for 借呗/花呗); several: a line for each, named as told, with whom to ask (花呗 95188,
        借呗 the article itself, never "not covered"); none: what the article covers, and no answer
        for lenders never named. Several or none is a product for this reply only: the next
        question is still of the lender the conversation was about (review28)."""
        others, slots = slots_for_others(self._state, lang)  # bot.session_lenders
        return self._answer(self._state.last_topics, lang, rule="context", mode="product", question=text, slots=slots,
                            note=f"same question as before, now about the other lenders told: {others or 'none'}")

    def _after_switch(self, text: str, lang: str) -> Reply:
        """"用英文" alone: the last answer (or the pending question) again in that language, or a
        greeting in it when nothing has been answered yet."""
        state = self._state
        note = f"language switched to {lang}"
        if state.pending_choice and state.offered:
            return self._clarify_again(text, lang)
        if state.last_topics:
            return self._answer(state.last_topics, lang, rule="context", question=text,
                                note=note + "; last answer repeated")
        first = GREETING if self._has_topic(GREETING) else self._engine.topics[0].id
        return self._answer([first], lang, rule="context", question=text, note=note + "; nothing to repeat yet")

    def _clarify_again(self, text: str, lang: str, *, check_in: bool = False) -> Reply:
        """The pending "which did you mean?" question again (in another language, or with corrected
        details), offering the same choices; the check-in line after a crisis reply or if ``check_in``."""
        offered = tuple(self._state.offered)
        route = Route(offered[:1], self._engine.classify(text), "classifier", offered, check_in=check_in or self._after_crisis())
        return self._engine.clarify(route, lang, self._state.slots, text)

    def _choice_by_words(self, text: str) -> str | None:
        """Which offered topic a worded answer to a clarification names, if any is likely."""
        probs = self._engine.classify(text).candidates
        offered = self._state.offered
        for candidate in probs:
            if candidate.topic in offered and candidate.score >= 0.2:
                return candidate.topic
        return None

    def _act_done(self, text: str, lang: str, route: Route) -> Route:
        """A turn that only says the collector act the last turn spoke of happened ("已经打了"): routed as that act
        told done (bot.session_acts), when that reading is a safety reply. It replaces the turn's own reading only
        when that is no loan answer (out of scope, a greeting misread); a loan answer of the turn's own or the last
        one continued is kept, second (review62: 12 loan answers were lost to a false abuse reply)."""
        act = self._state.asked_act
        if not act or set(route.topics) & set(SAFETY_FIRST) or not done_told(text, act):
            return route
        told = self._engine.route(told_statement(act, text, lang))
        safety = tuple(topic for topic in told.topics if topic in SAFETY_FIRST)
        if not safety:
            return route
        check_in = route.check_in or told.check_in
        kept = tuple(topic for topic in route.topics if self._kind(topic) == "domain")
        if not kept:  # out of scope, or a greeting/goodbye misread ("they called him this morning"): the act told
            return replace(told, rule="context", choices=(), check_in=check_in)
        return replace(route, topics=safety + kept, choices=(), check_in=check_in)


__all__ = ["CAPABILITIES", "GOODBYE", "GREETING", "SessionMoves"]
