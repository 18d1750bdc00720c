"""The knowledge a folder holds, as frozen dataclasses: the article, the frame around every answer
and the topics (bot.knowledge loads and checks a folder into these).
"""

from __future__ import annotations

from .records import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from .lexicon import Lexicon
from .templates import Source

LANGS = ("zh", "en")
DOMAIN_TOPICS = ("home_visit", "contact_family", "collection_process", "credit_report", "lawsuit",
                 "penalty_costs", "negotiate", "going_dark", "abusive_collection",
                 "collection_trend", "about_jiebei", "prevention", "after_repayment",
                 "uncovered_consequences")
CONVERSATION_TOPICS = ("greeting", "thanks", "goodbye", "capabilities", "worry")
OUT_OF_SCOPE = "out_of_scope"
UNCOVERED = "uncovered_consequences"  # the topic for fears the article is silent on (jail, travel, wages)
REQUIRED_TOPICS = DOMAIN_TOPICS + CONVERSATION_TOPICS + ("crisis", OUT_OF_SCOPE)
FRAME_PARTS = ("before", "after", "clarify", "truncated", "concern", "did_you_mean", "product_switch", "number",
               "figure", "calm")
# Frame parts a knowledge folder may leave out: each then renders to nothing (a folder written
# before the part existed still loads).
OPTIONAL_FRAME_PARTS = frozenset({"figure", "calm"})


T = TypeVar("T")


@dataclass(frozen=True)
class Localized(Generic[T]):
    """One thing (a text, a template) in both languages; ``x[lang]`` picks one."""

    zh: T
    en: T

    def __getitem__(self, lang: str) -> T:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Section:
    """A place in the source article that answers cite, named in the article's own words: the
    heading it sits under, the list item as the article numbers it, and/or a plain description
    of the paragraph (``where``). The article has no section numbers, so none are invented."""

    id: str
    heading: Localized[str]
    item: Localized[str] | None = None
    where: Localized[str] | None = None

    @cached_property  # every answer cites a few sections: built once
    def title(self) -> Localized[str]:
        """How answers cite it: 「heading — item」（where） / "heading — item" (where)."""
        return Localized(self._cite("zh"), self._cite("en"))

    def _cite(self, lang: str) -> str:
        heading = self.heading[lang]
        # Chinese: 「…措施？— 3. 法律手段」 (no space after full-width punctuation).
        joiner = "— " if lang == "zh" and heading[-1] in "？。！”」" else " — "
        quoted = heading + (f"{joiner}{self.item[lang]}" if self.item else "")
        text = f"「{quoted}」" if lang == "zh" else f'"{quoted}"'
        if self.where:
            text += f"（{self.where[lang]}）" if lang == "zh" else f" ({self.where[lang]})"
        return text


@dataclass(frozen=True)
class Article:
    """The structure of the one source article."""

    id: str
    title: Localized[str]
    note: Localized[str]
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with this id (KeyError if none)."""
        return self._by_id[section_id]

    @cached_property
    def _by_id(self) -> dict[str, Section]:
        return {section.id: section for section in reversed(self.sections)}  # the first of an id wins, as before


@dataclass(frozen=True)
class Topic:
    """One thing the bot can answer: its examples (training data) and answer templates."""

    id: str
    kind: str
    title: Localized[str]
    question: Localized[str]
    examples_zh: tuple[str, ...]
    examples_en: tuple[str, ...]
    followups: tuple[str, ...]
    sources: tuple[str, ...]
    file: str
    answer: Localized[Source] = field(compare=False, repr=False)
    why: Localized[Source] | None = field(default=None, compare=False, repr=False)  # "为什么?"
    more: Localized[Source] | None = field(default=None, compare=False, repr=False)  # "详细点"
    # A safety topic's short reply to a turn that only acknowledges it ("好的", "嗯", "ok") right
    # after it: still here, help in view, never the whole reply again word for word (ans14).
    again: Localized[Source] | None = field(default=None, compare=False, repr=False)
    label: Localized[str] | None = None  # a short name, shown when one reply answers several topics

    def examples(self, lang: str | None = None) -> tuple[str, ...]:
        """Example questions in one language, or in both when ``lang`` is None."""
        if lang is None:
            return self.examples_zh + self.examples_en
        return self.examples_zh if lang == "zh" else self.examples_en

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary: id, kind, titles and example questions per language."""
        return {"id": self.id, "kind": self.kind,
                "title": {"zh": self.title.zh, "en": self.title.en},
                "question": {"zh": self.question.zh, "en": self.question.en},
                "examples": {"zh": list(self.examples_zh), "en": list(self.examples_en)}}


@dataclass(frozen=True)
class Frame:
    """Lines the engine puts around every answer: before (the borrower's details, the product
    caveat) and after (the cited sections, the not-legal-advice note)."""

    before: Localized[Source]
    after: Localized[Source]
    clarify: Localized[Source]  # asks which topic was meant (variable ``choices``)
    truncated: Localized[Source]  # notes that a long message was cut (variable ``limit``)
    concern: Localized[Source]  # names a fear the article is silent on, above another topic's answer
    did_you_mean: Localized[Source]  # a best guess was answered (``guess``, ``alternatives``)
    product_switch: Localized[Source]  # "花呗呢?": what changes for another product (``topic_label``)
    number: Localized[Source]  # "你说的12356是什么": what an outside number is (``number``), above the reply
    figure: Localized[Source]  # "芝麻分会掉多少": the article gives no such figure (``figure``), above the answer; optional
    calm: Localized[Source]  # "我好害怕，会被起诉吗": one calm line above a loan answer to a frightened message; optional


@dataclass(frozen=True)
class Knowledge:
    """A loaded, checked knowledge folder."""

    path: Path
    article: Article
    frame: Frame
    topics: tuple[Topic, ...]
    digest: str = ""  # sha256 of the folder's JSON files (model.json aside)
    lexicon: Lexicon | None = None  # lexicon.json, when the folder has one (bot.lexicon)
    # Concept id -> the topic owning it (bot.owners.concept_owners), as `jiebei-bot train` saved
    # it for this folder; None: computed when first needed.
    concept_owners: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)
