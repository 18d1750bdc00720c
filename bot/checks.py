"""Content checks on a loaded knowledge folder, beyond what the JSON Schema can say.

Each check yields Problems (file, JSON pointer, message) so that ``jiebei-bot check`` can list
every problem at once.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any, Iterator

from jinja2 import TemplateError

from .errors import Problem, RenderError
from .knowledge_types import (DOMAIN_TOPICS, FRAME_PARTS, LANGS, REQUIRED_TOPICS, Knowledge, Topic)
from .patterns import regex
from .lexicon import LEXICON_FILE, check_lexicon
from .templates import render, sample_contexts
from .text import normalize

MIN_DOMAIN_EXAMPLES = {"zh": 30, "en": 15}
# The article has no numbered sections: citing "第1.2节" or "section 4.2.1" invents them.
INVENTED_NUMBERING = regex(r"第\s*[0-9一二三四五六七八九十]+(?:\.[0-9]+)*\s*[节章]|原文第|§\s*\d"
                                r"|\bsections?\s+\d+(?:\.\d+)*", re.IGNORECASE)
# A lead that opens with a yes or a no claims more than the article says for some question routed
# to its topic ("会有影响：" answered "will my child be affected?" with a yes).
YES_NO_LEAD = regex(r"^(?:会有|会的|会[，,。：:]|是的|对的|当然|肯定|一定|不会|不能|没事|没有影响|可以[的，,。：:]|能的|不用)"
                         r"|^(?:yes|no|yeah|yep|nope|sure|of course|definitely|certainly|absolutely)\b", re.IGNORECASE)
_KIND_OF = {"crisis": "safety", "out_of_scope": "fallback", "greeting": "conversation",
            "thanks": "conversation", "goodbye": "conversation", "capabilities": "conversation"}


def check_content(knowledge: Knowledge, unloaded: frozenset[str] = frozenset()) -> list[Problem]:
    """Every content problem of a knowledge folder, in a stable order. ``unloaded``: ids of topic
    files that are there but could not be loaded (already reported): neither missing them as a
    required topic nor references to them are reported again."""
    problems: list[Problem] = []
    for check in (_check_ids, partial(_check_required, unloaded=unloaded), partial(_check_references, unloaded=unloaded),
                  _check_examples, _check_templates, _check_frame, _check_article, _check_wording, _check_lexicon):
        problems.extend(check(knowledge))
    return problems


def _check_lexicon(knowledge: Knowledge) -> Iterator[Problem]:
    if knowledge.lexicon is not None:
        yield from check_lexicon(knowledge.lexicon, str(knowledge.path / LEXICON_FILE))


def _check_ids(knowledge: Knowledge) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for topic in knowledge.topics:
        if topic.id in seen:
            yield Problem(topic.file, "/id", f"duplicate topic id {topic.id!r} (also in {seen[topic.id]})")
        seen.setdefault(topic.id, topic.file)
        if Path(topic.file).stem != topic.id:
            yield Problem(topic.file, "/id", f"expected id {Path(topic.file).stem!r} to match the file name, found {topic.id!r}")
    section_ids: set[str] = set()
    for index, section in enumerate(knowledge.article.sections):
        if section.id in section_ids:
            yield Problem(str(knowledge.path / "article.json"), f"/sections/{index}/id",
                          f"duplicate section id {section.id!r}")
        section_ids.add(section.id)


def _check_required(knowledge: Knowledge, unloaded: frozenset[str] = frozenset()) -> Iterator[Problem]:
    present = {topic.id for topic in knowledge.topics} | unloaded  # an unloaded file is there, and said so
    for topic_id in REQUIRED_TOPICS:
        if topic_id not in present:
            yield Problem(str(knowledge.path / "topics" / f"{topic_id}.json"), "",
                          f"expected required topic {topic_id!r}, found no such file")
    for topic in knowledge.topics:
        expected = "domain" if topic.id in DOMAIN_TOPICS else _KIND_OF.get(topic.id)
        if expected and topic.kind != expected:
            yield Problem(topic.file, "/kind", f"expected kind {expected!r}, found {topic.kind!r}")


def _check_references(knowledge: Knowledge, unloaded: frozenset[str] = frozenset()) -> Iterator[Problem]:
    # (a required topic that is missing is reported once, by _check_required, not at every reference)
    topic_ids = {topic.id for topic in knowledge.topics} | unloaded | set(REQUIRED_TOPICS)
    section_ids = {section.id for section in knowledge.article.sections}
    for topic in knowledge.topics:
        for index, followup in enumerate(topic.followups):
            if followup not in topic_ids:
                yield Problem(topic.file, f"/followups/{index}", f"unknown follow-up topic {followup!r}")
            elif followup == topic.id:
                yield Problem(topic.file, f"/followups/{index}", "a topic cannot follow up itself")
        for index, source in enumerate(topic.sources):
            if source not in section_ids:
                yield Problem(topic.file, f"/sources/{index}",
                              f"unknown article section {source!r} (expected an id from article.json)")
        if topic.kind == "domain" and not topic.sources:
            yield Problem(topic.file, "/sources", "expected at least one article section for a domain topic, found none")


def _check_examples(knowledge: Knowledge) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for topic in knowledge.topics:
        for lang in LANGS:
            examples = topic.examples(lang)
            if topic.kind == "domain" and len(examples) < MIN_DOMAIN_EXAMPLES[lang]:
                yield Problem(topic.file, f"/examples/{lang}",
                              f"expected at least {MIN_DOMAIN_EXAMPLES[lang]} examples, found {len(examples)}")
            for index, example in enumerate(examples):
                key = normalize(example)
                pointer = f"/examples/{lang}/{index}"
                if not key:
                    yield Problem(topic.file, pointer, "example is empty after normalisation")
                elif key in owner and owner[key] != topic.id:
                    yield Problem(topic.file, pointer, f"example {example!r} is also under topic {owner[key]!r}")
                elif key in owner:
                    yield Problem(topic.file, pointer, f"example {example!r} is repeated")
                owner.setdefault(key, topic.id)


def _check_templates(knowledge: Knowledge) -> Iterator[Problem]:
    for topic in knowledge.topics:
        for lang in LANGS:
            yield from _try_render(topic, lang)


def _try_render(topic: Topic, lang: str) -> Iterator[Problem]:
    for part in ("answer", "why", "more", "again"):
        templates = getattr(topic, part)
        if templates is None and part == "again":
            continue  # optional: only a safety reply held for a quiet turn uses it
        if templates is None:
            if topic.kind == "domain" and lang == "zh":  # reported once, not once per language
                yield Problem(topic.file, f"/{part}", f"expected a {part!r} template for a domain topic, found none")
            continue
        for context in sample_contexts(lang):
            try:
                text = render(templates[lang], dict(context, kind=topic.kind))
            except (TemplateError, RenderError) as error:
                yield Problem(topic.file, f"/{part}/{lang}", f"template does not render: {error}")
                break
            if not text:
                yield Problem(topic.file, f"/{part}/{lang}", "template renders to an empty text")
                break
            if part == "again" and topic.kind == "safety" and topic.id == "crisis" and "12356" not in text:
                # the short reply to a quiet turn after a crisis must keep the help line (review32)
                yield Problem(topic.file, f"/{part}/{lang}", "expected the psychological assistance line 12356 "
                              "in the crisis topic's again text, found none")
                break


def _check_frame(knowledge: Knowledge) -> Iterator[Problem]:
    file = str(knowledge.path / "frame.json")
    for lang in LANGS:
        for part in FRAME_PARTS:
            template = getattr(knowledge.frame, part)[lang]
            for context in sample_contexts(lang):
                context = dict(context, **_FRAME_ONLY)
                try:
                    text = render(template, context)
                except (TemplateError, RenderError) as error:
                    yield Problem(file, f"/{part}/{lang}", f"template does not render: {error}")
                    break
                if INVENTED_NUMBERING.search(text):
                    yield Problem(file, f"/{part}/{lang}", f"cites a section number the article does not have: {text!r}")
                    break


# Variables only some frame parts use, given sample values.
_FRAME_ONLY: dict[str, Any] = {"choices": ["a", "b"], "limit": 2000, "guess": "q?", "alternatives": ["r?"],
                               "topic_label": "t", "note": True, "number": "12356",
                               "number_lender": "x", "number_unreachable": False, "numbers_many": False, "numbers_more": False}


def _check_article(knowledge: Knowledge) -> Iterator[Problem]:
    """Citations use the article's own headings and list items, never invented numbers."""
    file = str(knowledge.path / "article.json")
    for index, section in enumerate(knowledge.article.sections):
        for lang in LANGS:
            if INVENTED_NUMBERING.search(section.title[lang]):
                yield Problem(file, f"/sections/{index}", f"cites a section number the article does not have: {section.title[lang]!r}")


def _check_wording(knowledge: Knowledge) -> Iterator[Problem]:
    """What answers say: no invented section numbers anywhere, and a domain topic's lead opens
    with neither a yes nor a no (it must hold for every question routed to the topic)."""
    for topic in knowledge.topics:
        for lang in LANGS:
            for context in sample_contexts(lang):
                yield from _wording_problems(topic, lang, dict(context, kind=topic.kind))


def _wording_problems(topic: Topic, lang: str, context: dict[str, Any]) -> Iterator[Problem]:
    for part in ("answer", "why", "more", "again"):
        templates = getattr(topic, part)
        try:
            text = render(templates[lang], context) if templates is not None else ""
        except (TemplateError, RenderError):
            continue  # reported by _check_templates
        if INVENTED_NUMBERING.search(text):
            yield Problem(topic.file, f"/{part}/{lang}", "cites a section number the article does not have")
        if part != "answer" or topic.kind != "domain" or not text:
            continue
        lines = text.split("\n")
        if YES_NO_LEAD.search(lines[0]):
            yield Problem(topic.file, f"/answer/{lang}", f"expected a lead that answers what the article says, found a yes/no: {lines[0][:40]!r}")
