"""Load a knowledge folder into frozen dataclasses, after JSON Schema validation and content checks.

No other module touches the raw JSON. Every problem found is reported with its file and JSON
pointer, all at once, in a KnowledgeError.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import rapidjson
from jinja2 import Template, TemplateError

from .errors import KnowledgeError, Problem
from .templates import compile_lines

LANGS = ("zh", "en")
DOMAIN_TOPICS = ("home_visit", "contact_family", "collection_process", "credit_report", "lawsuit",
                 "penalty_costs", "negotiate", "going_dark", "abusive_collection",
                 "collection_trend", "about_jiebei", "prevention", "after_repayment")
CONVERSATION_TOPICS = ("greeting", "thanks", "goodbye", "capabilities")
OUT_OF_SCOPE = "out_of_scope"
REQUIRED_TOPICS = DOMAIN_TOPICS + CONVERSATION_TOPICS + ("crisis", OUT_OF_SCOPE)


@dataclass(frozen=True)
class Localized:
    """A text in both languages."""

    zh: str
    en: str

    def __getitem__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Section:
    """A section of the source article: an id answers cite, its number and title (never its text)."""

    id: str
    number: str
    title: Localized


@dataclass(frozen=True)
class Article:
    """The structure of the one source article."""

    id: str
    title: Localized
    note: Localized
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section:
        """The section with this id (KeyError if none)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


@dataclass(frozen=True)
class Topic:
    """One thing the bot can answer: its examples (training data) and answer templates."""

    id: str
    kind: str
    title: Localized
    question: Localized
    examples_zh: tuple[str, ...]
    examples_en: tuple[str, ...]
    followups: tuple[str, ...]
    sources: tuple[str, ...]
    file: str
    answer_zh: Template = field(compare=False, repr=False)
    answer_en: Template = field(compare=False, repr=False)
    why_zh: Template | None = field(default=None, compare=False, repr=False)
    why_en: Template | None = field(default=None, compare=False, repr=False)
    more_zh: Template | None = field(default=None, compare=False, repr=False)
    more_en: Template | None = field(default=None, compare=False, repr=False)

    def examples(self, lang: str | None = None) -> tuple[str, ...]:
        """Example questions in one language, or in both when ``lang`` is None."""
        if lang is None:
            return self.examples_zh + self.examples_en
        return self.examples_zh if lang == "zh" else self.examples_en

    def answer(self, lang: str) -> Template:
        """The compiled answer template for a language."""
        return self.answer_zh if lang == "zh" else self.answer_en

    def why(self, lang: str) -> Template | None:
        """The template explaining the reasoning behind the answer, if the topic has one."""
        return self.why_zh if lang == "zh" else self.why_en

    def more(self, lang: str) -> Template | None:
        """Extra points for a longer answer ("tell me more"), if the topic has them."""
        return self.more_zh if lang == "zh" else self.more_en

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

    before_zh: Template = field(compare=False)
    before_en: Template = field(compare=False)
    after_zh: Template = field(compare=False)
    after_en: Template = field(compare=False)
    clarify_zh: Template = field(compare=False)
    clarify_en: Template = field(compare=False)
    truncated_zh: Template = field(compare=False)
    truncated_en: Template = field(compare=False)

    def before(self, lang: str) -> Template:
        return self.before_zh if lang == "zh" else self.before_en

    def after(self, lang: str) -> Template:
        return self.after_zh if lang == "zh" else self.after_en

    def clarify(self, lang: str) -> Template:
        """The question asked when a message could mean several topics (variable ``choices``)."""
        return self.clarify_zh if lang == "zh" else self.clarify_en

    def truncated(self, lang: str) -> Template:
        """The note put before an answer to a message cut to the length limit (variable ``limit``)."""
        return self.truncated_zh if lang == "zh" else self.truncated_en


@dataclass(frozen=True)
class Knowledge:
    """A loaded, checked knowledge folder."""

    path: Path
    article: Article
    frame: Frame
    topics: tuple[Topic, ...]

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (KeyError if none)."""
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


def default_path() -> Path:
    """The knowledge folder shipped inside the package (``bot/data`` once installed), or the
    repository's ``knowledge/`` when running from a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    if (packaged / "article.json").is_file():
        return packaged
    return here.parent / "knowledge"


def load(path: str | Path | None = None) -> Knowledge:
    """Read, validate and check a knowledge folder. Raises KnowledgeError listing every problem."""
    from .checks import check_content  # checks import this module's dataclasses

    folder = Path(path) if path is not None else default_path()
    problems: list[Problem] = []
    if not folder.is_dir():
        raise KnowledgeError([Problem(str(folder), "", "expected a knowledge folder, found none")])
    article = _load_article(folder, problems)
    frame = _load_frame(folder, problems)
    topics = tuple(_load_topics(folder, problems))
    if article is None or frame is None:
        raise KnowledgeError(problems)
    knowledge = Knowledge(folder, article, frame, topics)
    problems.extend(check_content(knowledge))
    if problems:
        raise KnowledgeError(problems)
    return knowledge


def _schema_validator(name: str) -> rapidjson.Validator:
    text = importlib.resources.files("bot").joinpath("schemas", name).read_text(encoding="utf-8")
    return rapidjson.Validator(text)


def _read_json(path: Path, schema: str, problems: list[Problem]) -> Any | None:
    """Parse and schema-validate one file; on failure record a problem and return None."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(str(path), "", f"cannot read file: {error}"))
        return None
    try:
        _schema_validator(schema)(text)
    except rapidjson.JSONDecodeError as error:
        problems.append(Problem(str(path), "", f"invalid JSON: {error}"))
        return None
    except rapidjson.ValidationError as error:
        kind, schema_pointer, pointer = error.args
        problems.append(Problem(str(path), pointer.lstrip("#"),
                                f"does not match the schema ({kind} rule at {schema_pointer})"))
        return None
    return rapidjson.loads(text)


def _localized(data: dict[str, str]) -> Localized:
    return Localized(zh=data["zh"], en=data["en"])


def _compile(lines: list[str], file: Path, pointer: str, problems: list[Problem]) -> Template:
    try:
        return compile_lines(lines)
    except TemplateError as error:
        problems.append(Problem(str(file), pointer, f"template syntax error: {error}"))
        return compile_lines([""])


def _load_article(folder: Path, problems: list[Problem]) -> Article | None:
    path = folder / "article.json"
    data = _read_json(path, "article.schema.json", problems)
    if data is None:
        return None
    sections = tuple(Section(s["id"], s["number"], _localized(s["title"])) for s in data["sections"])
    return Article(data["id"], _localized(data["title"]), _localized(data["note"]), sections)


def _load_frame(folder: Path, problems: list[Problem]) -> Frame | None:
    path = folder / "frame.json"
    data = _read_json(path, "frame.schema.json", problems)
    if data is None:
        return None
    parts = {f"{part}_{lang}": _compile(data[part][lang], path, f"/{part}/{lang}", problems)
             for part in ("before", "after", "clarify", "truncated") for lang in LANGS}
    return Frame(**parts)


def _load_topics(folder: Path, problems: list[Problem]) -> Iterator[Topic]:
    files = sorted((folder / "topics").glob("*.json"))
    if not files:
        problems.append(Problem(str(folder / "topics"), "", "expected topic files (*.json), found none"))
    for path in files:
        data = _read_json(path, "topic.schema.json", problems)
        if data is None:
            continue
        yield Topic(
            id=data["id"], kind=data["kind"], title=_localized(data["title"]),
            question=_localized(data["question"]),
            examples_zh=tuple(data["examples"]["zh"]), examples_en=tuple(data["examples"]["en"]),
            followups=tuple(data["followups"]), sources=tuple(data["sources"]), file=str(path),
            answer_zh=_compile(data["answer"]["zh"], path, "/answer/zh", problems),
            answer_en=_compile(data["answer"]["en"], path, "/answer/en", problems),
            **{f"{part}_{lang}": _compile(data[part][lang], path, f"/{part}/{lang}", problems)
               for part in ("why", "more") if part in data for lang in LANGS},
        )
