"""The learned safety detector's training data, and the check-in line: ``safety.json`` in a knowledge folder.

Examples are grouped by class (crisis, abuse, benign), then by kind (method, farewell, hearsay…,
for review and for stratified cross-validation), then by language. The file is validated by
``bot/schemas/safety.schema.json`` and by content checks (no example twice, no example under two
classes); every problem names the file and its JSON pointer, as for the rest of the knowledge.
"""

from __future__ import annotations

from ..records import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..digest import sha256
from ..errors import KnowledgeError, Problem
from ..files import describe, nesting_error, parse_json, read_text
from ..knowledge import is_packaged
from ..patterns import regex
from ..text import normalize

if TYPE_CHECKING:
    import rapidjson

SAFETY_FILE = "safety.json"
CLASSES = ("crisis", "abuse", "benign")
# The team's own labelled sets (tests/data/safety*.tsv but the held-out ones), generated into the
# knowledge by benchmarks/safety_sets_build.py clause by clause: every clause of a benign message,
# and of each crisis or abuse message the one clause the reader itself finds most crisis-like
# (abuse-like), chosen again over rounds (multiple-instance learning, round 13); read by the learned
# detectors at training only. A window may be a crisis and abuse at once ("crisis+abuse"). Not
# shipped yet (round 13, docs/safety.md: better in grouped CV, but 13 probe tests fail): a folder
# without the file trains on safety.json and the topics alone, as before.
SETS_FILE = "safety_sets.json"
SET_LABELS = ("crisis", "abuse", "crisis+abuse", "benign")
# The file opens with its own digest, so that a load can tell it from another without reading
# the 600-odd kB after it (see ``sets_stamp``).
_STAMP = regex(r'\{\s*"digest": ?"([0-9a-f]{64})"')


@dataclass(frozen=True)
class Example:
    """One training example: its class, kind, language and text."""

    label: str
    kind: str
    lang: str
    text: str


@dataclass(frozen=True)
class SafetyFile:
    """safety.json: the examples in file order, and the check-in line per language (said after
    a decline when a message carries signs of distress that no reader was sure of)."""

    # The file's "classes" as read: ``examples`` makes the records from them when asked. Only
    # training (and a load whose saved detectors do not fit) reads them: making the ~1,500
    # records at every start cost ~2% of a load (PERF_LOG part 42).
    classes: dict[str, Any]
    check_in: dict[str, str]
    # Said instead of a decline when the message asks nothing about loans (empty: decline + line).
    check_in_alone: dict[str, str]
    # file_digest of the text these came from, when read_safety computed it to compare with a
    # trusted one, else "" (bot.safety.learned.inputs_digest takes it instead of reading and
    # hashing the file again: ~4.5 M instructions a start, PERF_LOG part 16).
    digest: str = ""

    @property
    def examples(self) -> tuple[Example, ...]:
        """The examples in file order (class, then kind, then language), made afresh at each read."""
        return tuple(Example(label, kind, lang, example)
                     for label in CLASSES for kind, langs in self.classes[label].items()
                     for lang in ("zh", "en") for example in langs[lang])


def read_examples(folder: Path) -> tuple[Example, ...]:
    """The examples of a knowledge folder's safety.json (see ``read_safety``)."""
    return read_safety(folder).examples


def read_safety(folder: Path, trusted_digest: str | None = None) -> SafetyFile:
    """A knowledge folder's safety.json. Raises KnowledgeError (file, pointer, message) when it
    is missing, unreadable, off the schema or repeats an example.

    ``trusted_digest``: the ``file_digest`` that ``jiebei-bot train`` recorded after checking the
    file (in safety_model.json). As for the rest of the knowledge (``bot.knowledge.load``) it is
    honoured for the packaged folder only: when the file still has that digest, the schema and
    the repeats check are skipped (normalising all 937 examples loaded OpenCC at every start)."""
    path = folder / SAFETY_FILE
    try:
        text = read_text(path, folder.resolve())
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    digest = "" if trusted_digest is None else file_digest(text)  # ("": learned.inputs_digest hashes it)
    if trusted_digest is not None and digest == trusted_digest and is_packaged(folder):
        return _safety_file(parse_json(text), digest)  # checked in full at train: no rapidjson import
    import rapidjson  # the schema validator: a full check only

    too_deep = nesting_error(text)
    if too_deep:  # before rapidjson's validator, which recurses on the C stack
        raise KnowledgeError([Problem(str(path), "", too_deep)])
    try:
        _validator()(text)
        data: dict[str, Any] = rapidjson.loads(text)
    except rapidjson.JSONDecodeError as error:  # (an empty file, a BOM, or a line and column)
        from ..knowledge_errors import json_problem  # only for a broken file, as knowledge.py does
        raise KnowledgeError([Problem(str(path), "", json_problem(text, _parse_error(text) or error))]) from None
    except rapidjson.ValidationError as error:  # what the rule expected, and what is there
        from ..knowledge_errors import schema_problem
        rule, schema_pointer, pointer = error.args
        problem = schema_problem(rule, schema_pointer, pointer, rapidjson.loads(text), rapidjson.loads(_schema_text()))
        raise KnowledgeError([Problem(str(path), pointer.lstrip("#"), problem)]) from None
    safety = _safety_file(data, digest)
    problems = _repeats(list(safety.examples), path)
    if problems:
        raise KnowledgeError(problems)
    return safety


def file_digest(text: str) -> str:
    """The digest of safety.json's text that ``read_safety`` compares with a trusted one."""
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def folder_digest(folder: Path) -> str:
    """``file_digest`` of a folder's safety.json as it is now (for ``jiebei-bot train``)."""
    return file_digest(read_text(folder / SAFETY_FILE, folder.resolve()))


def _safety_file(data: dict[str, Any], digest: str = "") -> SafetyFile:
    alone = data.get("check_in_alone", {})
    return SafetyFile(data["classes"], {lang: str(data["check_in"][lang]) for lang in ("zh", "en")},
                      {lang: str(alone[lang]) for lang in ("zh", "en") if lang in alone}, digest)


def _repeats(examples: list[Example], path: Path) -> list[Problem]:
    """An example written twice (after normalising) would weigh double; under two classes it
    would teach the detector nothing but noise."""
    seen: dict[str, Example] = {}
    problems = []
    for example in examples:
        key = normalize(example.text)
        first = seen.setdefault(key, example)
        if first is not example:
            pointer = f"/classes/{example.label}/{example.kind}/{example.lang}"
            problems.append(Problem(str(path), pointer, f"expected each example once, found {example.text!r} "
                                                        f"again (first under {first.label}/{first.kind})"))
    return problems


def read_sets(folder: Path, examples: Sequence[Example] = ()) -> tuple[Example, ...]:
    """The examples of a knowledge folder's safety_sets.json (none when it has none), checked in
    full: the schema, the digest it opens with (that of its rows, so a hand edit without
    regenerating is caught), every span inside its message, and no example twice, nor one already
    in ``examples`` (safety.json's). Each row is one of the team's messages and the spans of it
    that teach the detectors (a clause or two, with their label): the messages are stored whole, as
    written in tests/data, and the clauses are cut from them. Raises KnowledgeError (file,
    pointer, message)."""
    path = folder / SETS_FILE
    if not path.exists():
        return ()
    import rapidjson

    try:
        text = read_text(path, folder.resolve())
        data: dict[str, Any] = rapidjson.loads(text)
        _sets_validator()(text)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    except rapidjson.JSONDecodeError as error:
        raise KnowledgeError([Problem(str(path), "", f"expected JSON: {error}")]) from None
    except rapidjson.ValidationError as error:
        rule, _, pointer = error.args
        raise KnowledgeError([Problem(str(path), pointer.lstrip("#"), f"expected the sets' schema ({rule})")]) from None
    rows = data["examples"]
    if data["digest"] != sets_digest(rows):
        raise KnowledgeError([Problem(str(path), "/digest", "expected the digest of its examples (regenerate it: "
                                                            "python benchmarks/safety_sets_build.py)")])
    seen = {normalize(e.text): e for e in examples}
    found, problems = [], []
    for index, (kind, lang, message, spans) in enumerate(rows):
        for number, (label, start, end) in enumerate(spans):
            if not 0 <= start < end <= len(message):
                problems.append(Problem(str(path), f"/examples/{index}/3/{number}",
                                        f"expected a span inside the message's {len(message)} characters, found {start}-{end}"))
                continue
            example = Example(label, kind, lang, message[start:end])
            first = seen.setdefault(normalize(example.text), example)
            if first is not example:
                problems.append(Problem(str(path), f"/examples/{index}/3/{number}", f"expected each example once, found "
                                                                                   f"{example.text!r} again (first under {first.label}/{first.kind})"))
            found.append(example)
    if problems:
        raise KnowledgeError(problems)
    return tuple(found)


def sets_digest(rows: list[list[Any]]) -> str:
    """The digest safety_sets.json opens with: that of its rows (set, language, message, spans), in order."""
    lines = ["\t".join([kind, lang, message, *(f"{label}:{start}:{end}" for label, start, end in spans)])
             for kind, lang, message, spans in rows]
    return sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def sets_stamp(folder: Path) -> str:
    """What a load knows of safety_sets.json without reading it: the digest it opens with ("" when
    there is none; the whole file's digest when it does not open with one)."""
    path = folder / SETS_FILE
    try:
        with path.open("rb") as handle:
            head = handle.read(96).decode("utf-8", "replace")
    except FileNotFoundError:
        return ""
    found = _STAMP.match(head)
    return found.group(1) if found else file_digest(read_text(path, folder.resolve()))


@lru_cache(maxsize=1)
def _sets_validator() -> rapidjson.Validator:
    import importlib.resources
    import rapidjson

    schema = importlib.resources.files("bot").joinpath("schemas", "safety_sets.schema.json").read_text(encoding="utf-8")
    return rapidjson.Validator(schema)


@lru_cache(maxsize=1)
def _validator() -> rapidjson.Validator:
    import rapidjson

    return rapidjson.Validator(_schema_text())


def _parse_error(text: str) -> Exception | None:
    """The parser's own error, which has the byte offset the validator's does not."""
    import rapidjson

    try:
        rapidjson.loads(text)
    except rapidjson.JSONDecodeError as error:
        return error
    return None


def _schema_text() -> str:
    import importlib.resources  # ~5 ms of imports (tempfile, shutil...): only once the file is read

    return importlib.resources.files("bot").joinpath("schemas", "safety.schema.json").read_text(encoding="utf-8")
