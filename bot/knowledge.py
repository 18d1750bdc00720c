"""Load a knowledge folder into frozen dataclasses, after JSON Schema validation and content checks.

No other module touches the raw JSON. Every problem found is reported with its file and JSON
pointer, all at once, in a KnowledgeError.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .digest import blake2b
from .errors import KnowledgeError, Problem
from .files import MAX_FOLDER_BYTES, RefusedError, describe, nesting_error, parse_json, read_bytes
from .templates import Prerendered, Source, compile_lines, describe_error
from .lexicon import LEXICON_FILE, Lexicon, from_data
from .knowledge_types import (  # the data classes, re-exported: modules use kb.Topic etc.
    LANGS as LANGS,
    DOMAIN_TOPICS as DOMAIN_TOPICS,
    CONVERSATION_TOPICS as CONVERSATION_TOPICS,
    OUT_OF_SCOPE as OUT_OF_SCOPE,
    UNCOVERED as UNCOVERED,
    REQUIRED_TOPICS as REQUIRED_TOPICS,
    FRAME_PARTS as FRAME_PARTS,
    OPTIONAL_FRAME_PARTS as OPTIONAL_FRAME_PARTS,
    Localized as Localized,
    Section as Section,
    Article as Article,
    Topic as Topic,
    Frame as Frame,
    Knowledge as Knowledge,
)

if TYPE_CHECKING:
    import rapidjson

def default_path() -> Path:
    """The knowledge folder shipped inside the package (``bot/data`` once installed), or the
    repository's ``knowledge/`` when running from a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    if (packaged / "article.json").is_file():
        return packaged
    return here.parent / "knowledge"


def load(path: str | Path | None = None, *, trusted_digest: str | None = None,
         derived: dict[str, Any] | None = None) -> Knowledge:
    """Read, validate and check a knowledge folder. Raises KnowledgeError listing every problem.

    ``trusted_digest`` is the digest a model file recorded when ``jiebei-bot train`` checked the
    folder. It is no proof (anyone can compute a digest), so it is honoured only for the packaged
    folder, installed with the code: whoever can edit that folder can edit the code too. When its
    files still have that digest, the schema and content checks (about 45 ms, mostly compiling
    every template) are skipped. Any other folder is always checked in full, and the bounds on
    reading (bot.files) apply to every folder. ``derived``: what ``jiebei-bot train`` saved with
    that digest (bot.model.derived: the lexicon's form keys, the concepts' owning topics), used
    only when the digest is honoured.
    """
    folder = Path(path) if path is not None else default_path()
    if not folder.is_dir():
        raise KnowledgeError([Problem(str(folder), "", "expected a knowledge folder, found none")])
    reader = _Reader(*_read_texts(folder))
    reader.strict = not (reader.digest == trusted_digest and is_packaged(folder))
    if not reader.strict:  # checked when trained: its answers may have been rendered then too
        from .prerender import read_prerendered

        reader.prerendered = read_prerendered(folder, reader.digest)
    article = _load_article(folder, reader)
    frame = _load_frame(folder, reader)
    topics = tuple(_load_topics(folder, reader))
    saved = derived if derived is not None and not reader.strict else {}
    lexicon = _load_lexicon(folder, reader, saved.get("lexicon_keys"))
    if article is None or frame is None:
        raise KnowledgeError(reader.problems)
    owners = saved.get("concept_owners")
    if not (isinstance(owners, dict) and all(type(k) is str and type(v) is str for k, v in owners.items())):
        owners = None
    knowledge = Knowledge(folder, article, frame, topics, reader.digest, lexicon, owners)
    if reader.strict:
        from .checks import check_content  # only for folders not trusted by digest (templates compiled)

        reader.problems.extend(check_content(knowledge, unloaded=reader.unloaded_topics()))
    if reader.problems:
        raise KnowledgeError(reader.problems)
    return knowledge


def is_packaged(folder: Path) -> bool:
    """True when ``folder`` is the knowledge folder shipped with the code (default_path())."""
    try:
        return folder.resolve() == default_path().resolve()
    except (OSError, RuntimeError):
        return False


def _json_files(folder: Path) -> list[Path]:
    """``sorted(folder.glob("*.json"))``, the same paths (every entry whose name ends in .json,
    none when ``folder`` is no directory or may not be listed), without pathlib's glob: it imported
    fnmatch and compiled a pattern at every start (PERF_LOG part 42)."""
    if not folder.is_dir():
        return []
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries]
    except PermissionError:
        return []
    return sorted(folder / name for name in names if name.endswith(".json"))


def _read_texts(folder: Path) -> tuple[dict[Path, str | OSError | UnicodeDecodeError], str]:
    """Every JSON file of the folder (model.json aside), or why it could not be read, and the
    folder's digest: BLAKE2b (32 bytes) over each file's name, a NUL, its bytes (or why it could
    not be read), a NUL. The bytes as read are hashed (the same bytes as the decoded text encoded
    again, without making them again); BLAKE2b is ~3.5x fewer instructions than the built-in
    SHA-256 on these ~250 kB (~3 M against ~12 M at every start). The lexicon is optional: it is
    read when anything (a FIFO, a link) goes by its name."""
    optional = [folder / LEXICON_FILE] if os.path.lexists(folder / LEXICON_FILE) else []
    paths = [folder / "article.json", folder / "frame.json", *_json_files(folder / "topics"), *optional]
    real_folder = folder.resolve()
    total = 0
    texts: dict[Path, str | OSError | UnicodeDecodeError] = {}
    digest = blake2b(digest_size=32)
    for path in paths:
        digest.update(path.name.encode("utf-8", "surrogatepass") + b"\0")
        try:
            if total > MAX_FOLDER_BYTES:
                raise RefusedError(f"refused: the folder's files together pass the {MAX_FOLDER_BYTES}-byte limit")
            raw = read_bytes(path, real_folder)
            texts[path] = raw.decode("utf-8")
            total += len(raw)
            digest.update(raw)
        except (OSError, UnicodeDecodeError) as error:
            texts[path] = error
            digest.update(str(error).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return texts, digest.hexdigest()


class _Reader:
    """The files of one folder, their digest, and the problems found while reading them."""

    def __init__(self, texts: dict[Path, str | OSError | UnicodeDecodeError], digest: str) -> None:
        self.texts = texts
        self.problems: list[Problem] = []
        self.strict = True
        self.prerendered: Prerendered = {}
        self.digest = digest  # of the files as read (_read_texts)
        self.broken: set[Path] = set()  # files there that could not be loaded

    def json(self, path: Path, schema: str) -> Any | None:
        """Parse (and, when strict, schema-validate) one file; None after recording a problem."""
        text = self.texts.get(path)
        if text is None:
            text = FileNotFoundError(f"no such file: {path.name}")
        if not isinstance(text, str):
            if isinstance(text, FileNotFoundError) and path not in self.texts:
                self.problems.append(Problem(str(path), "", describe(text)))
                return None
            self._broken(path, "", describe(text))
            return None
        # Found before rapidjson's validator, which recurses on the C stack. Files with the digest
        # that `jiebei-bot train` recorded after checking them (not strict) passed this already.
        too_deep = nesting_error(text) if self.strict else None
        if too_deep:
            self._broken(path, "", too_deep)
            return None
        if not self.strict:
            # Checked in full when `jiebei-bot train` recorded the digest: parsed by the standard
            # library (same data), and rapidjson (~3.6 MiB, ~50 M instructions) not even imported.
            try:
                return parse_json(text)
            except (ValueError, RecursionError) as error:
                from .knowledge_errors import json_problem  # only for a broken file

                self._broken(path, "", json_problem(text, error))
                return None
        import rapidjson  # the schema validator: a full check only

        from .knowledge_errors import BOM, json_problem, schema_problem  # a full check only, as rapidjson

        if not text.strip() or text.startswith(BOM):  # said as such, not as "Invalid value" at 1:1
            self._broken(path, "", json_problem(text))
            return None
        try:
            # Parsed first: rapidjson.loads tells where the JSON breaks (the validator does not).
            data = rapidjson.loads(text, allow_nan=False)
            _schema_validator(schema)(text)
            return data
        except (rapidjson.JSONDecodeError, RecursionError) as error:
            self._broken(path, "", json_problem(text, error))
            return None
        except rapidjson.ValidationError as error:
            rule, schema_pointer, pointer = error.args
            self._broken(path, pointer.lstrip("#"), schema_problem(rule, schema_pointer, pointer, data, _schema_data(schema)))
            return None

    def _broken(self, path: Path, pointer: str, message: str) -> None:
        """Record the one problem that kept ``path`` from loading (its root cause: what other
        files then miss of it is not reported again, see ``unloaded_topics``)."""
        self.problems.append(Problem(str(path), pointer, message))
        self.broken.add(path)

    def unloaded_topics(self) -> frozenset[str]:
        """Ids (file names) of the topic files that exist but could not be loaded."""
        return frozenset(path.stem for path in self.broken if path.parent.name == "topics")

    def localized(self, data: dict[str, list[str]], file: Path, pointer: str) -> Localized[Source]:
        """The zh and en templates under ``pointer``."""
        return Localized(self.template(data["zh"], file, f"{pointer}/zh"),
                         self.template(data["en"], file, f"{pointer}/en"))

    def template(self, lines: list[str], file: Path, pointer: str) -> Source:
        """A template; when strict, compiled now so that syntax errors are reported with a pointer."""
        if not self.strict:  # compiled on first use, if ever (Jinja2 is not even imported here)
            return compile_lines(lines, check=False, prerendered=self.prerendered)
        from jinja2 import TemplateError

        try:
            return compile_lines(lines)
        except TemplateError as error:
            self.problems.append(Problem(str(file), pointer, f"template syntax error: {describe_error(error)}"))
            return compile_lines([""])


@functools.lru_cache(maxsize=None)
def _schema_validator(name: str) -> rapidjson.Validator:
    import rapidjson

    return rapidjson.Validator(_schema_text(name))


@functools.lru_cache(maxsize=None)
def _schema_text(name: str) -> str:
    import importlib.resources  # ~5 ms of imports: only a full check validates

    return importlib.resources.files("bot").joinpath("schemas", name).read_text(encoding="utf-8")


def _schema_data(name: str) -> Any:
    """The schema as data, to say what a rule that failed expected (only after a failure)."""
    import rapidjson

    return rapidjson.loads(_schema_text(name))


def _localized(data: dict[str, str]) -> Localized[str]:
    return Localized(zh=data["zh"], en=data["en"])


def _load_article(folder: Path, reader: _Reader) -> Article | None:
    path = folder / "article.json"
    data = reader.json(path, "article.schema.json")
    if data is None:
        return None
    sections = tuple(Section(s["id"], _localized(s["heading"]),
                             *(_localized(s[part]) if part in s else None for part in ("item", "where")))
                     for s in data["sections"])
    return Article(data["id"], _localized(data["title"]), _localized(data["note"]), sections)


def _load_frame(folder: Path, reader: _Reader) -> Frame | None:
    path = folder / "frame.json"
    data = reader.json(path, "frame.schema.json")
    if data is None:
        return None
    empty = {"zh": [""], "en": [""]}  # an optional part left out says nothing
    return Frame(**{part: reader.localized(data.get(part, empty) if part in OPTIONAL_FRAME_PARTS else data[part],
                                           path, f"/{part}")
                    for part in FRAME_PARTS})


def _load_lexicon(folder: Path, reader: _Reader, keys: Any) -> Lexicon | None:
    path = folder / LEXICON_FILE
    data = reader.json(path, "lexicon.schema.json") if path in reader.texts else None
    return from_data(data, keys if isinstance(keys, dict) else None) if data is not None else None


def _load_topics(folder: Path, reader: _Reader) -> Iterator[Topic]:
    files = [path for path in reader.texts if path.parent.name == "topics"]
    if not files:
        reader.problems.append(Problem(str(folder / "topics"), "", "expected topic files (*.json), found none"))
    for path in files:
        data = reader.json(path, "topic.schema.json")
        if data is None:
            continue
        yield Topic(
            id=data["id"], kind=data["kind"], title=_localized(data["title"]),
            question=_localized(data["question"]),
            examples_zh=tuple(data["examples"]["zh"]), examples_en=tuple(data["examples"]["en"]),
            followups=tuple(data["followups"]), sources=tuple(data["sources"]), file=str(path),
            answer=reader.localized(data["answer"], path, "/answer"),
            **{part: reader.localized(data[part], path, f"/{part}") for part in ("why", "more", "again") if part in data},
            label=_localized(data["label"]) if "label" in data else None,
        )
