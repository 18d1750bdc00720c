"""Which topics a reply is made of, and which it offers next (moved out of bot.engine unchanged, split90).

A fear of what a loan may bring named in the message ("我爸妈要替我还吗") makes it a loan question even where
the classifier would decline it; the suggestions after a reply are its topics' own follow-ups, never a list of
loan topics after a safety reply alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .answer_modes import figure_home
from .knowledge_types import UNCOVERED, Topic
from .prediction import Candidate
from .routing_court import court_step_named
from .concerns import find_concerns
from .slots import Slot, extract_slots
from .text import simplified

MAX_SUGGESTIONS = 3
_SAFETY_AHEAD = ("crisis", "abusive_collection")  # always answered first (see routing)
_FALLBACK_SUGGESTIONS = ("collection_process", "negotiate", "credit_report", "lawsuit", "home_visit")


def fear_in_scope(topics: tuple[str, ...], slots: dict[str, Slot], question: str, by_id: Mapping[str, Topic],
                  in_order: bool = False) -> tuple[str, ...]:
    """A message that names a fear of what a loan may bring ("我爸妈要替我还吗") is a loan
    question even when the classifier would decline it: answer it as such a fear. Several
    questions (``in_order``) keep the order they were asked in. ``by_id``: the topics by id."""
    named = extract_slots(question).get("concern") if "concern" in slots else None
    if named is None:  # named here, not remembered
        return figure_home(topics, question, by_id)
    if all(by_id[t].kind in ("fallback", "conversation") for t in topics):
        return (UNCOVERED,)
    if topics[0] == "lawsuit" and all(court_step_named(words) for _, words in find_concerns(simplified(question))):
        return topics  # "判决以后不还会被强制执行吗": enforcement is the lawsuit answer's own, it leads (answer197)
    if UNCOVERED in topics[1:] and not in_order and all(by_id[t].kind == "domain" for t in topics):
        # "借呗逾期还能不能坐飞机": the fear the article is silent on leads the loan answers (it
        # is what was asked), after any safety answer (abusive collection stays first).
        ahead = [t for t in topics if t in _SAFETY_AHEAD]
        return (*ahead, UNCOVERED, *(t for t in topics if t != UNCOVERED and t not in ahead))
    return topics


def suggestions_after(chosen: Sequence[Topic], answered: set[str], alternatives: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The topics offered after a reply on ``chosen``: the alternatives the message may also have meant, then the
    chosen topics' own follow-ups, then the common loan topics (none after a safety reply alone); never one
    ``answered`` or chosen, at most MAX_SUGGESTIONS."""
    skip = answered | {topic.id for topic in chosen}
    # After a safety reply alone, only its own next steps: a person in crisis is not offered
    # a list of loan topics.
    fallback = () if chosen and all(topic.kind == "safety" for topic in chosen) else _FALLBACK_SUGGESTIONS
    followups = [*alternatives, *(f for topic in chosen for f in topic.followups), *fallback]
    unique = [f for f in dict.fromkeys(followups) if f not in skip]
    return tuple(unique[:MAX_SUGGESTIONS])


def shown_first(candidates: Sequence[Candidate], topic: str, shown: str) -> tuple[Candidate, ...]:
    """The classifier's candidates, the answered ``topic`` first when a rule of its own (``shown``, a route's name for
    the reply: "逾期" alone answers what happens now) chose it over the classifier's first; else as they are."""
    if not shown:
        return tuple(candidates)
    return (*(c for c in candidates if c.topic == topic), *(c for c in candidates if c.topic != topic))


__all__ = ["MAX_SUGGESTIONS", "fear_in_scope", "shown_first", "suggestions_after"]
