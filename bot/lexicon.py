"""The concept lexicon (``knowledge/lexicon.json``): words that mean the same thing to a borrower.

Character n-grams do not know that 打官司 means 起诉, that 人行 is the credit bureau or that "take
legal action" means suing. The lexicon says so, as reviewed data: each concept (``sue``,
``credit_record``, ``visit``...) lists its surface forms in Chinese and English. The classifier
adds one feature per concept a message mentions (``k:sue``) beside its n-grams, so what it
learns from 起诉 in one example carries over to 告上法庭 in another.

Matching is on normalised text (``bot.text.normalize``: simplified, lower case, aliases fixed):
Chinese forms anywhere in the message, English forms as whole words after the classifier's light
stemming ("lawsuits" finds "lawsuit"). It costs one dictionary lookup per character and form
length, a few microseconds per message. Pure and deterministic.
"""

from __future__ import annotations

from .records import dataclass, field
from typing import Any, Iterator, Mapping

from .digest import sha256
from .errors import Problem
from .patterns import regex
from .text import normalize, stem

LEXICON_FILE = "lexicon.json"
CONCEPT_PREFIX = "k:"  # feature names of concepts; n-gram and word features never contain ":"
MAX_CHINESE_CHARS = 8  # longer forms are sentences, not words...
MAX_ENGLISH_WORDS = 5  # ...in either language
# Through bot.patterns (stored engine code), as bot.text compiles the same two: a CJK range
# compiled by re.compile costs ~1 ms at every start.
_LATIN_WORD_RE = regex(r"[a-z][a-z']*")
_CJK_RE = regex(r"[\u3400-\u9fff]")
NEGATED = "!"  # prefix of a concept mentioned in the negative
# Right before a Chinese form: "没有逾期", "从未逾期", "不是罚息". Not the questions "有没有逾期",
# "是不是逾期" (they ask, they do not deny), and not a bare 不 ("会不会起诉" asks too).
_CHINESE_NEGATORS = ("没有", "没", "未", "无", "不是", "并非")
_CHINESE_QUESTIONS = ("有没有", "有没", "是不是", "有无")
# Up to two words before an English form: "not late", "never been late", "haven't missed" (the
# apostrophe is punctuation, so that is "haven t"), and the same typed without the apostrophe,
# as people do on phones ("havent missed", "isnt paid", "dont pay").
_ENGLISH_NEGATORS = frozenset(("not", "never", "no", "t", "without", "isnt", "arent", "wasnt", "werent",
                               "dont", "doesnt", "didnt", "cant", "cannot", "couldnt", "wont", "wouldnt",
                               "havent", "hasnt", "hadnt", "shouldnt", "aint"))


@dataclass(frozen=True)
class Concept:
    """One concept and its surface forms, as written in the file."""

    id: str
    zh: tuple[str, ...]
    en: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Concepts and the lookup tables that find them in a normalised message. Immutable."""

    concepts: tuple[Concept, ...]
    _chinese: dict[str, tuple[str, ...]] = field(repr=False, compare=False)  # form -> concept ids
    _lengths: dict[str, tuple[int, ...]] = field(repr=False, compare=False)  # first char -> form lengths
    _english: dict[tuple[str, ...], tuple[str, ...]] = field(repr=False, compare=False)  # stems -> ids
    _longest_english: int = field(repr=False, compare=False)

    @classmethod
    def build(cls, concepts: tuple[Concept, ...], keys: Mapping[str, Any] | None = None) -> "Lexicon":
        """Compile the lookup tables (a form listed under two concepts finds both). ``keys``:
        what ``form_keys`` gave for these concepts, saved by ``jiebei-bot train`` (normalising
        ~1,350 forms is ~20% of a start); used only when it has one key per form."""
        zh_keys, en_keys = _saved_keys(concepts, keys) if keys is not None else (None, None)
        if zh_keys is None or en_keys is None:
            zh_keys = [chinese_key(form) for concept in concepts for form in concept.zh]
            en_keys = [english_key(form) for concept in concepts for form in concept.en]
        zh_ids = (concept.id for concept in concepts for _ in concept.zh)
        en_ids = (concept.id for concept in concepts for _ in concept.en)
        chinese: dict[str, list[str]] = {}
        english: dict[tuple[str, ...], list[str]] = {}
        for key, concept_id in zip(zh_keys, zh_ids):
            chinese.setdefault(key, []).append(concept_id)
        for words, concept_id in zip(en_keys, en_ids):
            english.setdefault(words, []).append(concept_id)
        chinese.pop("", None)
        english.pop((), None)
        lengths: dict[str, set[int]] = {}
        for form in chinese:
            lengths.setdefault(form[0], set()).add(len(form))
        return cls(concepts, {k: tuple(v) for k, v in chinese.items()},
                   {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                   {k: tuple(v) for k, v in english.items()}, max(map(len, english), default=0))

    def form_keys(self) -> dict[str, Any]:
        """Each form's lookup key, in file order (Chinese: the normalised text; English: the
        stemmed words): what ``jiebei-bot train`` saves for ``build``."""
        return {"zh": [chinese_key(form) for concept in self.concepts for form in concept.zh],
                "en": [list(english_key(form)) for concept in self.concepts for form in concept.en]}

    @property
    def digest(self) -> str:
        """A digest of the concepts and their forms (a model's fingerprint covers it)."""
        text = "\n".join(f"{c.id}\t{'|'.join(c.zh)}\t{'|'.join(c.en)}" for c in self.concepts)
        return sha256(text.encode("utf-8")).hexdigest()

    def find(self, normalized: str) -> list[str]:
        """The ids of the concepts a normalised message mentions, sorted, each once; a negated
        mention counts as ``!<id>`` ("没有逾期", "never been late": not overdue, a different
        question from "逾期了")."""
        found: set[str] = set()
        chinese, lengths = self._chinese, self._lengths
        end = len(normalized)
        for i, char in enumerate(normalized):
            for n in lengths.get(char, ()):
                if i + n <= end:
                    ids = chinese.get(normalized[i:i + n])
                    if ids:
                        negated = _negated_chinese(normalized[max(0, i - 3):i])
                        found.update(NEGATED + concept if negated else concept for concept in ids)
        if self._english:
            words = [stem(w) for w in _LATIN_WORD_RE.findall(normalized)]
            for i in range(len(words)):
                for n in range(1, min(self._longest_english, len(words) - i) + 1):
                    ids = self._english.get(tuple(words[i:i + n]))
                    if ids:
                        negated = not _ENGLISH_NEGATORS.isdisjoint(words[max(0, i - 2):i])
                        found.update(NEGATED + concept if negated else concept for concept in ids)
        return sorted(found)

    def features(self, normalized: str) -> dict[str, float]:
        """The concept features of a normalised message (``k:<id>`` -> 1.0)."""
        return {CONCEPT_PREFIX + concept: 1.0 for concept in self.find(normalized)}


def _negated_chinese(before: str) -> bool:
    return before.endswith(_CHINESE_NEGATORS) and not before.endswith(_CHINESE_QUESTIONS)


def chinese_key(form: str) -> str:
    """How a Chinese form is looked for: normalised, without spaces."""
    return normalize(form).replace(" ", "")


def english_key(form: str) -> tuple[str, ...]:
    """How an English form is looked for: its normalised words, stemmed as the classifier does."""
    return tuple(stem(word) for word in _LATIN_WORD_RE.findall(normalize(form)))


def from_data(data: dict[str, Any], keys: Mapping[str, Any] | None = None) -> Lexicon:
    """The lexicon of a schema-valid ``lexicon.json`` content (``keys``: see ``Lexicon.build``)."""
    return Lexicon.build(tuple(Concept(c["id"], tuple(c["zh"]), tuple(c["en"])) for c in data["concepts"]), keys)


def _saved_keys(concepts: tuple[Concept, ...], keys: Mapping[str, Any]
                ) -> tuple[list[str], list[tuple[str, ...]]] | tuple[None, None]:
    """Saved form keys when they fit these concepts (one string per Chinese form, a list of
    strings per English form), else (None, None): the keys are then computed."""
    zh, en = keys.get("zh"), keys.get("en")
    if not isinstance(zh, list) or not isinstance(en, list):
        return None, None
    if len(zh) != sum(len(c.zh) for c in concepts) or len(en) != sum(len(c.en) for c in concepts):
        return None, None
    if not all(type(key) is str for key in zh) or not all(
            type(words) is list and all(type(word) is str for word in words) for words in en):
        return None, None
    return zh, [tuple(words) for words in en]


def check_lexicon(lexicon: Lexicon, file: str) -> Iterator[Problem]:
    """Content problems the schema cannot see: duplicate ids, forms that normalise to nothing or
    to a number mask, forms in the wrong script or too long, and a form listed twice."""
    ids: set[str] = set()
    owner: dict[str, str] = {}
    for index, concept in enumerate(lexicon.concepts):
        if concept.id in ids:
            yield Problem(file, f"/concepts/{index}/id", f"duplicate concept id {concept.id!r}")
        ids.add(concept.id)
        for lang, forms in (("zh", concept.zh), ("en", concept.en)):
            for position, form in enumerate(forms):
                pointer = f"/concepts/{index}/{lang}/{position}"
                problem = _form_problem(form, lang)
                if problem:
                    yield Problem(file, pointer, problem)
                    continue
                key = f"{lang}:{chinese_key(form) if lang == 'zh' else ' '.join(english_key(form))}"
                if key in owner:
                    yield Problem(file, pointer, f"expected each form once, found {form!r} again "
                                                 f"(already under {owner[key]})")
                owner.setdefault(key, f"{concept.id}/{lang}")


def _form_problem(form: str, lang: str) -> str | None:
    """Why a surface form cannot be matched as written, or None."""
    folded = normalize(form)
    if not folded:
        return f"expected a word or phrase, found {form!r} (punctuation alone matches nothing)"
    if "#" in folded:
        return f"expected a form without digits (numbers are masked before matching), found {form!r}"
    has_chinese = bool(_CJK_RE.search(folded))
    if lang == "zh":
        if not has_chinese or " " in folded:
            return f"expected a Chinese word without spaces, found {form!r}"
        if len(folded) > MAX_CHINESE_CHARS:
            return f"expected at most {MAX_CHINESE_CHARS} characters (a word, not a sentence), found {form!r}"
        return None
    if has_chinese or not english_key(form):
        return f"expected English words, found {form!r}"
    if len(english_key(form)) > MAX_ENGLISH_WORDS:
        return f"expected at most {MAX_ENGLISH_WORDS} words (a phrase, not a sentence), found {form!r}"
    return None
