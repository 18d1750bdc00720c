"""A conversation with one borrower: remembered details, follow-ups, clarification, language.

A Session is cheap (it holds only its own small state and a reference to the shared, immutable
Engine) and serialisable with ``to_dict``/``from_dict``, so a web app can keep it between
requests. It is not meant to be shared between threads; the Engine is.

What it remembers and its JSON form are in bot.session_state; which topic a follow-up continues,
bot.followups_route (and bot.followups_context); the lenders told and the "其他几家呢" reply's
product, bot.session_lenders; what a correction of the details said with a crisis or distress gets,
bot.session_corrections; the state and the moves a reply is made of (an answer to given topics,
details merged, a reply remembered), bot.session_base; the follow-ups answered from memory alone (the
pending question again, the last answer in another language, the other lenders, an act told done),
bot.session_moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import followups, script
from .answer_modes import not_again
from .continuity import after_safety, helper_continues, quiet_after_crisis
from .crisis_open import carried  # a writer's crisis open until they say they are safe (sess87)
from . import risk_memory  # soft risk remembered across turns, read with a sign-off (signoff97)
from .closing_after import corrects, refused, resigned_close  # a closing with finality after hardship told (close172)
from .last_turn import carried_last  # a short last turn read with the risk the earlier turns carried (sessions196)
from .helper_turns import about_them_after_helper, held_abuse, takes_back, turn_voice  # fix71
from .followups_route import read_in_context
from .inputs import check_lang, prepare
from .relatives import relatives_loan_told
from .records import replace
from .reply import Reply
from .routing_account import account_in_context, hardship_told
from .routing_task import task_in_context
from .routing_meant import kept_after_crisis
from .routing_rules import SAFETY_FIRST
from .safety import someone_at_risk
from .session_acts import asked_act
from .session_corrections import read_correction
from .session_lenders import note_lenders
from .session_moves import CAPABILITIES, GOODBYE, SessionMoves
from .slots import PRODUCT_NAMES, Slot, extract_slots
from .session_state import ConversationState, state_from_dict, state_to_dict
from .state import check_session_state
from .safety.cries import cry_alone  # a bare cry keeps the conversation's language (safe63)
from .text import detect_lang, fold, normalize
from .turn_refers import remember, settles_now, taken_back  # what earlier turns make a turn refer to; a crisis taken back

if TYPE_CHECKING:
    from .engine import Engine

# An English message of at most this many words in a Chinese conversation keeps its language.
FRAGMENT_WORDS = 2


class Session(SessionMoves):
    """Ask questions in context: ``session.ask(text)`` returns a Reply; ``reset()`` starts over."""

    def reset(self) -> None:
        """Forget everything: details, topics, language choice."""
        self._state = ConversationState()

    def set_language(self, lang: str | None) -> None:
        """Answer in "zh" or "en" from now on; None goes back to following each question."""
        self._state.lang_choice = check_lang(lang)

    @property
    def language(self) -> str | None:
        """The answer language the borrower chose ("zh"/"en", by ``set_language`` or in words
        such as "用英文"), or None when answers follow each question's language."""
        return self._state.lang_choice

    @property
    def slots(self) -> dict[str, Slot]:
        """The details remembered so far."""
        return dict(self._state.slots)

    @property
    def last_reply_topics(self) -> tuple[str, ...]:
        """Topics of the last answer (empty before the first)."""
        return tuple(self._state.last_topics)

    def ask(self, text: str, lang: str | None = None) -> Reply:
        """Answer a message in the context of the conversation. ``lang`` ("zh" or "en") chooses the
        answer language from this turn on, as ``set_language`` and the protocol's "lang" field do;
        None (the default) keeps the conversation's choice. Another value raises UsageError."""
        choice, text = check_lang(lang), prepare(text)  # both checked before anything changes
        self._state.lang_choice = choice or self._state.lang_choice
        crisis_before = "crisis" in self._state.answered
        self._crisis_held, self._state.crisis_held = self._state.crisis_held, False  # (bot.session_base._safety_last)
        self._helper_voice = None  # the voice a context crisis reply below was given in (None: the turn's own reading)
        self._closing_crisis = self._released = False  # this turn's crisis reply read from a closing alone; let out of one
        self._state.traditional = script.still_traditional(text, self._state.traditional)
        request = followups.language_request(text)
        if request:
            self._state.lang_choice = request[0]
        if request and request[1]:
            text = request[1]  # "用英文回答：会起诉吗": the question after the request
        lang = self._language_for(text)
        note_lenders(self._state, text)
        self._note_relative(text)
        reply = self._contextual(text, lang, switched=bool(request and not request[1]))
        if reply is None:
            reply = self._fresh(text, lang)
        reply = self._farewell(text, reply)
        self._remember(reply)
        if "crisis" in reply.topics:  # whose crisis the reply spoke to (conv53)
            to_helper = someone_at_risk(text) if self._helper_voice is None else self._helper_voice
            # (once the WRITER has been at risk, the helper's short form never comes back: review76 #2, mend66)
            self._state.crisis_helper = to_helper and (self._state.crisis_helper or not crisis_before)
        if crisis_before or "crisis" in reply.topics:  # settled by "I'm safe now"; open again by any later crisis reply (sess87)
            # (never by a turn read as a crisis on its own words: "我想死，不是开玩笑"; review95 #1, mend79; nor by a joke
            # marker after a method or a time, which settles nothing: ses222)
            settling = settles_now(self._state, text, own := self._own_route(text)) or (self._released and "crisis" not in own.topics)
            self._state.crisis_settled = settling or (self._state.crisis_settled and "crisis" not in reply.topics)
            # (a crisis reply read from a closing alone, kept only while no turn tells crisis wording: mend179)
            self._state.crisis_closing = (self._closing_crisis or self._state.crisis_closing) and not self._released \
                and not self._state.risk_told and "crisis" not in self._own_route(text).topics
        remember(self._state, text, reply.topics, self._own_route(text) if "crisis" in reply.topics else None)  # (ses222)
        self._state.asked_act = asked_act(text)  # what "已经打了" next would say was done (safe44)
        self._state.risk_told = risk_memory.noted(self._state.risk_told, text)  # (signoff97)
        return script.in_traditional(reply) if self._state.traditional else reply

    def _language_for(self, text: str) -> str:
        state = self._state
        if state.lang_choice:
            return state.lang_choice
        # "2", "?" or "" say nothing about language, nor does "exit" typed as a command to a
        # Chinese conversation, nor a bare cry ("sos", "救命"; safe63): keep the conversation's.
        if state.lang and (not any(ch.isalpha() for ch in text) or (text.isascii() and followups.is_leaving(text)) or cry_alone(fold(text))):
            return state.lang
        # Nor does an English fragment of one or two words in a Chinese conversation ("How long?",
        # "and court?", "ok"): too little to say the borrower switched (a whole English question
        # does; "用英文" always does). cls15, issue 13.
        if state.lang == "zh" and text.isascii() and len(fold(text).split()) <= FRAGMENT_WORDS:
            return state.lang
        return detect_lang(text)

    def _contextual(self, text: str, lang: str, *, switched: bool) -> Reply | None:
        """A reply decided by the conversation so far, or None for an ordinary question."""
        state = self._state
        number = followups.pick_number(text)
        if number is not None and 0 < number <= len(state.offered):
            state.crisis_held = "crisis" in self._safety_last()  # the writer said nothing of their own (safe58)
            rule = "clarification" if state.pending_choice else "suggestion"
            return self._answer([state.offered[number - 1]], lang, rule=rule, question=text,
                                note=f"the borrower picked option {number} of {state.offered}")
        # "4" of three options, "0", a pick after /reset: the options again. Not right after a
        # crisis reply, where a vague turn gets that reply again (bot.continuity).
        if (number is not None or followups.stray_number(text)) and "crisis" not in self._safety_last():
            if state.offered:
                return self._clarify_again(text, lang)
            if self._has_topic(CAPABILITIES):
                return self._answer([CAPABILITIES], lang, rule="context", question=text,
                                    note=f"picked option {text.strip()!r}, but no options are on offer")
        # (not while the writer's own crisis is open, turns later: bot.crisis_open reads the goodbye; sess87)
        open_crisis = "crisis" in state.answered and not state.crisis_helper and not state.crisis_settled
        # (nor after turns of soft risk: bot.risk_memory reads the goodbye; signoff97)
        if (followups.is_leaving(text) and self._has_topic(GOODBYE) and "crisis" not in self._safety_last() and not open_crisis
                and not risk_memory.high(risk_memory.noted(state.risk_told, text))):
            return self._answer([GOODBYE], lang, rule="context", question=text, note="the borrower is leaving")
        if switched:
            return self._after_switch(text, lang)
        if state.pending_choice:
            return self._corrected(text, lang)
        if not state.last_topics:
            if (followups.wants_more(text) or followups.asks_why(text)) and self._has_topic(CAPABILITIES):
                # "详细点" as the first message: there is nothing to expand yet; say what can be asked.
                return self._answer([CAPABILITIES], lang, rule="context", question=text,
                                    note="asked for more, but nothing has been answered yet")
            return None
        if followups.wants_more(text):
            return self._answer(state.last_topics, lang, rule="context", mode="more", question=text,
                                note="asked for more detail on the last answer")
        if followups.asks_why(text):
            return self._answer(state.last_topics, lang, rule="context", mode="why", question=text,
                                note="asked why: the reasoning behind the last answer")
        if followups.asks_about_others(text) and any(self._kind(t) == "domain" for t in state.last_topics):
            return self._others(text, lang)
        product = followups.product_only(text)
        if product:
            self._merge(extract_slots(text))
            # mode "product": what changes for that product, not the whole answer again.
            return self._answer(state.last_topics, lang, rule="context", mode="product", question=text,
                                note=f"same question as before, now about {product}")
        return self._corrected(text, lang)

    def _corrected(self, text: str, lang: str) -> Reply | None:
        """"我记错了，是逾期三天": take the corrected details and answer the last question again,
        repeating the details back so the borrower sees what changed. The details are kept
        whatever the reply; a crisis or abuse told with them gets its safety reply, distress the
        check-in line beside the answer (bot.session_corrections)."""
        state = self._state
        pending = state.pending_choice and bool(state.offered)
        if not pending and not any(self._kind(topic) == "domain" for topic in state.last_topics):
            return None
        correction = read_correction(self._engine, state, text, self._kind)
        if correction is None:
            return None
        self._merge(correction.update, renamed=True)
        if correction.safety:  # answered as a message of its own, on the corrected details (front8)
            return self._fresh(text, lang, corrected=correction.update)
        check_in = self._after_crisis() or correction.distress
        if pending:  # the question is still open: ask it again, now with the right details
            return self._clarify_again(text, lang, check_in=check_in)
        return self._engine.compose(state.last_topics, lang, state.slots, rule="context", question=text,
                                    answered=state.answered, echo=True, check_in=check_in,
                                    notes=(correction.note + "; last question answered again",),
                                    relatives_loan=state.relatives_loan)

    def _fresh(self, text: str, lang: str, *, corrected: dict[str, Slot] | None = None) -> Reply:
        """A message answered on its own words (``corrected``: the details a correction in it gave,
        which outrank the same details read from the whole message: "不是花呗是借呗" names both)."""
        engine = self._engine
        if self._state.pending_choice:
            chosen = self._choice_by_words(text)
            if chosen:
                return self._answer([chosen], lang, rule="clarification", question=text,
                                    note=f"the words of the reply matched the offered topic {chosen}")
        stated = {**followups.stated_details(text, self._state.slots), **(corrected or {})}
        self._merge(stated)
        slots = self._state.slots  # a fear named before applies to this question only if it is
        # the same question (compose scopes it by rule: see answer.current_slots)
        # (after a crisis reply, no reading by meaning: the crisis reply holds; mend71)
        routed = read_in_context(engine, self._state, text, kept_after_crisis(self._own_route(text), self._safety_last()), stated)
        routed = account_in_context(routed, text, self._state.hardship_told)  # can't pay, then "怎么注销借呗"
        # (a task declined off the loan, in a conversation about the loan: the earlier reading; mend217)
        routed = task_in_context(routed, text, self._state.hardship_told or any(self._kind(t) == "domain" for t in self._state.answered))
        # (relief asked and refused counts as hardship told: "客服说不行" then a closing with finality; close172)
        self._state.hardship_told = self._state.hardship_told or hardship_told(text) or refused(text)
        helper, last = self._state.crisis_helper, self._safety_last()
        # (after the helper's crisis reply, "他应该没事吧" holds it; after an abuse reply, "开玩笑的" holds its short form: fix71)
        route = held_abuse(text, about_them_after_helper(text, after_safety(text, routed, last, self._state.answered, self._kind, helper=helper), last, helper=helper), last)
        route = self._act_done(text, lang, route)
        route = taken_back(self._state, text, route, routed, last)  # (a crisis taken back, or not: ses222)
        # (a goodbye while the writer's crisis is open, turns later; a closing with finality after any crisis: sess87)
        settled = self._state.crisis_settled
        route = carried(text, route, routed, self._state.answered, crisis_open=not helper and not settled, settled=settled)
        # (soft risk told across turns, no crisis reply yet, and a sign-off or a remark of absence now: signoff97)
        route = risk_memory.carried(text, route, self._state.answered, self._state.risk_told,
                                    crisis_open=not helper and not settled)
        closing = resigned_close(text, route, routed, self._state.answered, hardship=self._state.hardship_told)  # (close172)
        self._closing_crisis, route = closing is not route and "crisis" in closing.topics, closing
        # (a short last turn of absence or an ending, after hardship, soft risk or an open crisis; sessions196, mend200)
        route = carried_last(text, route, self._state.answered, crisis_open=not helper and not settled,
                             risk_told=self._state.risk_told, hardship=self._state.hardship_told)
        # (a crisis reply read from a closing alone, then "我只是去上班": the turn's own reading, 12356 kept in view; mend179)
        if self._state.crisis_closing and "crisis" in route.topics and not set(routed.topics) & set(SAFETY_FIRST) \
                and "crisis" not in self._own_route(text).topics and corrects(text):
            self._released, route = True, replace(routed, check_in=True)
        # ("好的" right after the crisis reply: its short "again" reply, not the whole one once more,
        # in the conversation's language: an "ok" says nothing about it; ans14)
        quiet = quiet_after_crisis(text, routed, last, self._state.answered, helper=helper) or takes_back(text, last)
        # (whose voice: a turn that only continues the helper's reply, or speaks only of the relative, keeps the helper's
        # (conv53, safe58, fix71); the writer's own risk, a first-person clause of their own, or "其实是我": the writer's (mend66, fix71)
        self._helper_voice = turn_voice(text, route, last, helper=helper, kept=quiet or helper_continues(text, routed, last))
        if "crisis" in route.topics and any(ch.isalpha() for ch in text) and not quiet and not (self._state.lang and cry_alone(fold(text))):
            lang = detect_lang(text)  # a crisis is answered in the words it was written in
        # A conversation's first message is answered as Engine.ask answers it (front5): the best
        # guess at once, its alternatives named and offered first as numbered suggestions. A
        # frightened borrower gets an answer, not a question; later, "which did you mean?".
        first = not self._state.last_topics
        if route.choices and route.rule == "classifier" and not first:
            return engine.clarify(route, lang, slots, text)
        notes = ("a follow-up that names no topic of its own: it continues the last question",) \
            if route.rule == "context" else ()
        # A safety reply held for a second turn ("那我该怎么办") gives its further steps too; a
        # follow-up continued on the last reply's own topics ("他们不同意怎么办" after the negotiation
        # answer) gets the lead and what the short answer left out. Never the same words again.
        safety_held = (route.rule == "context" and len(route.topics) == 1 and route.topics[0] in SAFETY_FIRST
                       and route.topics[0] in last)
        same_matter = route.rule == "context" and list(route.topics) == list(self._state.last_topics)
        mode = not_again(self._state, ("again" if quiet else "more") if safety_held else "rest" if same_matter else "answer", route.topics, lang,
                         engine.topic)
        return engine.compose(route.topics, lang, slots, route=route, question=text, notes=notes, mode=mode,
                              answered=self._state.answered, echo="days" in stated or "amount" in stated,
                              relatives_loan=self._state.relatives_loan, needs_clarification=first and bool(route.choices),
                              helper=self._helper_voice,
                              alternatives=route.choices if first else ())

    def _note_relative(self, text: str) -> None:
        """Remember whose loan the conversation is about: a relative's ("我妈妈借呗逾期了") until the
        writer says a loan of their own is late (bot.relatives.relatives_loan_told)."""
        told = relatives_loan_told(normalize(text))
        if told is not None:
            self._state.relatives_loan = told

    def to_dict(self) -> dict[str, Any]:
        """The conversation state as JSON-ready data."""
        return state_to_dict(self._state)

    @classmethod
    def from_dict(cls, engine: "Engine", data: dict[str, Any]) -> "Session":
        """Rebuild a session saved with ``to_dict``. The state is untrusted input: anything
        ``to_dict`` could not have written raises UsageError (see ``bot.state.check_state``)."""
        state = state_from_dict(check_session_state(engine, data, PRODUCT_NAMES))  # also: engine must be an Engine
        session = cls(engine)
        session._state = state
        return session


__all__ = ["Session"]
