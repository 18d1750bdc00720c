"""Which places in the article an answer names: every source of the topics answered, the ones
the default answer's lines rest on, and how the text cites them (items under one heading share
it). Split from bot.answer, which puts the answer together.
"""

from __future__ import annotations

from typing import Any

from . import knowledge as kb
from .concerns import CONCERN_SOURCES
from .knowledge_types import UNCOVERED

SHOWN_SOURCES = 2  # sources named in a default answer; the full list is in explain() and "why"
# A second source is named only while the source line stays short (characters of its titles).
SOURCE_BUDGET = {"zh": 50, "en": 130}
SCALE_SOURCES = ("measures_legal", "case_study")  # where the article speaks of long/large and small cases
# What stays the same for another product rests on the article's coping advice.
PRODUCT_SWITCH_SOURCES = ("coping_communicate", "coping_stay_reachable")
# Topics whose default lines rest on fewer of their sources than a default answer names: the abuse
# reply's first three lines are outside advice and the regulation (trend_policy); why visits are rare
# is only in its "more" (truth1 #14: a heading cited that the answer never used).
RESTS_ON = {"abusive_collection": ("trend_policy",)}
# The abuse reply's family form (template variable ``kin_violence``, fig72): its one article line is the
# advice to keep in touch with the platform.
KIN_RESTS_ON = {"abusive_collection": ("coping_communicate",)}
# Topics whose template leads with the article's coping advice when the question asks what to do
# (template variable ``asks_coping``), and what that lead rests on.
COPING_LEADS = frozenset({"collection_process"})
COPING_SOURCES = ("coping_communicate", "coping_stay_reachable")
COPING_ALREADY = frozenset({"negotiate"})  # topics whose own lead is that advice: no second coping lead beside them
# What such an answer says it answered, when it was a best guess ("我按……来回答").
COPING_GUESS = {"zh": "逾期了借款人该怎么应对", "en": "how a borrower who is overdue should respond"}


def answer_sources(knowledge: kb.Knowledge, chosen: list[kb.Topic], loan: list[kb.Topic], mode: str,
             context: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every source of the answered topics, and the ones the text names: all of them when the
    borrower asked for more or why, else at most SHOWN_SOURCES, those the lines shown rest on."""
    every = [s for topic in chosen for s in topic.sources]
    if mode == "product" and loan:
        every = list(PRODUCT_SWITCH_SOURCES) + every
    if context["scale_note"]:
        every += SCALE_SOURCES
    unique = tuple(dict.fromkeys(every))
    if mode in ("more", "why", "rest"):  # every source, in the article's order so that items share headings
        order = [section.id for section in knowledge.article.sections]
        return unique, tuple(sorted(unique, key=order.index))
    if mode == "product":
        return unique, PRODUCT_SWITCH_SOURCES[:SHOWN_SOURCES]
    if mode == "again":
        return unique, ()  # a safety reply's short form (the abuse line after a take-back, fix71) rests on no line of the article
    if context.get("asks_coping") and len(loan) == 1 and loan[0].id in COPING_LEADS:
        return unique, COPING_SOURCES  # its lead is then the article's advice (truth1 #4)
    shown = [KIN_RESTS_ON.get(topic.id) or _rests_on(topic, context["concern"]) if context.get("kin_violence")
             else _rests_on(topic, context["concern"]) for topic in loan]
    if len(loan) == 1:
        # an uncovered fear's line rests on all of its concern's sources (bot.concerns.CONCERN_SOURCES, at most
        # three, one heading's items: one title); fewer would leave a claim uncited (review174 F7)
        whole = loan[0].id == UNCOVERED and not context.get("kin_violence")
        return unique, shown[0] if whole else shown[0][:SHOWN_SOURCES]
    # Several questions answered: each part names the source it rests on (one each).
    return unique, tuple(dict.fromkeys(sources[0] for sources in shown if sources))


def _rests_on(topic: kb.Topic, concern: str | None) -> tuple[str, ...]:
    """The sources a topic's default lines rest on: its first ones (topics list them in the
    order their points use them), or for fears the article is silent on, those its line about
    that fear rests on."""
    if topic.id == UNCOVERED:
        return CONCERN_SOURCES.get(concern, CONCERN_SOURCES[None])
    return RESTS_ON.get(topic.id, topic.sources)


def citations(knowledge: kb.Knowledge, section_ids: tuple[str, ...], lang: str) -> list[str]:
    """How the text names these sections: items under one heading share it
    (「（二）借款人应如何应对？— 1. 及时沟通、2. 避免失联」)."""
    sections = [knowledge.article.section(section_id) for section_id in section_ids]
    groups: list[list[kb.Section]] = []
    for section in sections:
        last = groups[-1][-1] if groups else None
        if (last is not None and last.heading == section.heading and last.item and section.item
                and not last.where and not section.where):
            groups[-1].append(section)
        else:
            groups.append([section])
    return [_group_title(group, lang) for group in groups]


def source_titles(knowledge: kb.Knowledge, shown: tuple[str, ...], mode: str, lang: str,
                   parts: int = 1) -> list[str]:
    titles = citations(knowledge, shown, lang)
    return titles if mode in ("more", "why", "rest") or parts > 1 else _short_list(titles, lang)


def _short_list(titles: list[str], lang: str) -> list[str]:
    """The first title, and the next ones while the line stays within SOURCE_BUDGET."""
    kept = titles[:1]
    for title in titles[1:]:
        if sum(len(t) for t in kept) + len(title) > SOURCE_BUDGET[lang]:
            break
        kept.append(title)
    return kept


def _group_title(group: list[kb.Section], lang: str) -> str:
    if len(group) == 1:
        return group[0].title[lang]
    first = group[0].title[lang]
    rest = ("、" if lang == "zh" else "; ").join(s.item[lang] for s in group[1:] if s.item)
    return f"{first[:-1]}{'、' if lang == 'zh' else '; '}{rest}{first[-1]}"


__all__ = ["COPING_ALREADY", "COPING_GUESS", "COPING_LEADS", "COPING_SOURCES", "PRODUCT_SWITCH_SOURCES", "SCALE_SOURCES", "SHOWN_SOURCES", "SOURCE_BUDGET", "answer_sources", "citations",
           "source_titles"]
