"""Bounded reading of a knowledge folder's files: what an operator's mistake (or a hostile folder)
could make the loader do is refused before it happens, and the refusal names the file.

- Only regular files are read: a FIFO would block forever, ``/dev/zero`` never ends.
- A file must resolve inside the folder: a link to ``/etc/passwd`` or to another folder is
  refused (links that stay inside the folder are followed).
- Sizes are checked before reading: MAX_FILE_BYTES for article, frame and topic files,
  MAX_MODEL_BYTES for model.json, MAX_FOLDER_BYTES for all the JSON files together.
- JSON nesting is checked before parsing (MAX_DEPTH): rapidjson's schema validator recurses on
  the C stack and crashes the process on a file nested 200,000 deep.

Each check costs a few system calls or one pass of ``str.count``, so the packaged folder pays
about a millisecond for them.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from .errors import KnowledgeError, Problem
from .patterns import regex

MAX_FILE_BYTES = 1 << 20  # 1 MiB per article, frame or topic file; today's largest is 30 kB
MAX_FOLDER_BYTES = 8 << 20  # article, frame and topic files together; today ~330 kB
MAX_MODEL_BYTES = 64 << 20  # model.json; today 2.7 MB
MAX_DEPTH = 64  # JSON nesting; knowledge files nest 4 deep, model.json 3
_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
# A JSON string, or a bracket outside strings (compiled on first use: rarely needed).
_STRING_OR_BRACKET = r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]'


class RefusedError(OSError):
    """A knowledge file that was not read: where it leads, what kind of file it is, or its size."""


def read_text(path: Path, folder: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of ``path``, a file that must resolve inside ``folder`` (already resolved),
    be a regular file and hold at most ``limit`` bytes. Raises RefusedError, OSError or
    UnicodeDecodeError."""
    return read_bytes(path, folder, limit).decode("utf-8")


class StampMismatch(ValueError):
    """A file that does not start with the stamp it must start with (``read_bytes(start=...)``)."""


def read_bytes(path: Path, folder: Path, limit: int = MAX_FILE_BYTES, start: bytes = b"") -> bytes:
    """The bytes of ``path``, within the same bounds as ``read_text``: for a large file that a
    parser reads as bytes, skipping a decoded copy (for model.json, ~6 MB of peak memory).
    ``start``: the bytes the file must begin with (else StampMismatch), left out of the result
    without copying the rest to cut them off."""
    try:
        real = path.resolve(strict=True)
    except RuntimeError as error:  # a loop of links (Python < 3.13)
        raise RefusedError(f"refused: {error}") from None
    if not real.is_relative_to(folder):
        raise RefusedError(f"refused: a link to {real}, outside the knowledge folder {folder}")
    # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
    descriptor = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    # Checked on the descriptor before it becomes a file object: of the file opened, so no swap
    # after a check can fool it, and a directory is refused here by name (fdopen would raise
    # IsADirectoryError naming the descriptor's number instead of the path).
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "a special file")
        raise RefusedError(f"refused: not a regular file ({kind})")
    with os.fdopen(descriptor, "rb") as file:
        if info.st_size > limit:
            raise RefusedError(f"refused: {info.st_size} bytes, over the {limit}-byte limit for this file")
        if start and file.read(len(start)) != start:
            raise StampMismatch(f"expected a file starting with {start!r}")
        data = file.read(limit + 1 - len(start))  # a file growing while read is cut off here
    if len(data) + len(start) > limit:
        raise RefusedError(f"refused: grew past the {limit}-byte limit for this file while read")
    return data


def nesting_error(text: str | bytes, limit: int = MAX_DEPTH) -> str | None:
    """Why ``text`` nests JSON arrays and objects too deep, or None when it does not.

    Brackets inside strings do not count. Cheap when the text holds few brackets at all: then it
    cannot nest deeper than their number, and counting them is enough."""
    if isinstance(text, bytes):
        if text.count(b"[") + text.count(b"{") <= limit:
            return None
        text = text.decode("utf-8", "replace")  # rare: a file with many brackets is scanned as text
    if text.count("[") + text.count("{") <= limit:
        return None
    if _shallow(text, limit):
        return None
    depth = 0
    for match in re.finditer(_STRING_OR_BRACKET, text):
        bracket = match.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > limit:
                return f"expected JSON nested at most {limit} deep, found deeper nesting at character {match.start()}"
        elif bracket in ("]", "}"):
            depth -= 1
    return None


# The same strings the scan below skips (found left to right, as its alternation finds them: a
# bracket never starts a string), and what is not a bracket.
_STRING = regex(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = regex(r"[^\[\]{}]+")
_AS_PARENTHESES = str.maketrans("[{]}", "(())")


def _shallow(text: str, limit: int) -> bool:
    """True when the brackets outside strings are balanced and nest at most ``limit`` deep, found
    by passes in C (speed only: model.json's ~870 brackets took the scan ~0.8 ms at every load).
    Each pass drops the innermost pairs; after ``limit`` passes a balanced text of that depth is
    empty. False means nothing: the exact scan then decides (and says where)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).translate(_AS_PARENTHESES)
    for _ in range(limit):
        if not brackets:
            return True
        inner = brackets.replace("()", "")
        if len(inner) == len(brackets):
            return False
        brackets = inner
    return not brackets


def deeper_than(data: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether parsed JSON nests arrays and objects more than ``limit`` deep: for a text that
    parsed, the same answer as ``nesting_error`` on it (its brackets outside strings are the
    containers), found over the parsed values, ~50x fewer instructions than scanning model.json's
    text (~8 M, ~2% of a start: PERF_LOG part 16)."""
    level, depth = [data] if isinstance(data, (list, dict)) else [], 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [value for container in level for value in (container.values() if isinstance(container, dict)
                                                            else container) if isinstance(value, (list, dict))]
    return False


def parse_json(text: str) -> Any:
    """Standard JSON, parsed by the standard library, refusing NaN and Infinity as rapidjson does.
    Deep nesting raises RecursionError (rapidjson would exhaust the C stack instead); other
    mistakes raise ValueError."""
    return json.loads(text, parse_constant=_refuse_constant)


def read_saved_json(path: Path) -> Any:
    """A file that ``jiebei-bot train`` writes beside the knowledge (safety_model.json,
    rendered.json): None when there is none, else its JSON, read within MAX_MODEL_BYTES inside
    its folder and parsed by ``parse_json`` (deep nesting is a RecursionError there, not a
    C-stack crash, so no nesting scan is needed first). A file that cannot be read or parsed
    is a KnowledgeError naming it."""
    if not os.path.lexists(path):  # a FIFO or a dangling link by that name is refused below
        return None
    try:
        text = read_text(path, path.parent.resolve(), limit=MAX_MODEL_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    try:
        return parse_json(text)
    except (ValueError, RecursionError) as error:
        raise KnowledgeError([Problem(str(path), "", f"invalid JSON: {error}")]) from None


def read_model_text(path: Path, folder: Path) -> str:
    """A model file of a knowledge folder (semantic.json, safety_semantic.json) as text, read within
    MAX_MODEL_BYTES inside ``folder`` and checked for deep nesting before any parser sees it; a
    KnowledgeError naming the file when it cannot be read or nests too deep."""
    try:  # bounded like every knowledge file: a regular file inside the folder
        text = read_text(path, folder.resolve(), limit=MAX_MODEL_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    too_deep = nesting_error(text)
    if too_deep:
        raise KnowledgeError([Problem(str(path), "", too_deep)])
    return text


def read_after_stamp(path: Path, stamp: bytes, names: str) -> bytes:
    """What ``read_stamped`` reads, less the stamp, with no copy of the rest made to cut it off
    (model.bin: 3 MB less copied, and less peak memory, at every start)."""
    try:
        return read_bytes(path, path.parent.resolve(), limit=MAX_MODEL_BYTES, start=stamp)
    except StampMismatch:
        raise KnowledgeError([Problem(str(path), "", f"expected the tables of {names}, found others: run jiebei-bot train")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None


def read_stamped(path: Path, stamp: bytes, names: str) -> bytes:
    """A binary file that ``jiebei-bot train`` writes beside the knowledge (model.bin,
    safety_model.bin), read within MAX_MODEL_BYTES inside its folder, whole and stamp included,
    once it begins with ``stamp`` (the fingerprint of the JSON file that ``names`` it): tables
    from another training, say after a merge, are a problem, not a model."""
    try:
        data = read_bytes(path, path.parent.resolve(), limit=MAX_MODEL_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError([Problem(str(path), "", describe(error))]) from None
    if not data.startswith(stamp):
        raise KnowledgeError([Problem(str(path), "", f"expected the tables of {names}, found others: run jiebei-bot train")])
    return data


def canonical_json(data: Any) -> str:
    """The text a fingerprint hashes: keys sorted, no spaces, characters as they are. The same
    text rapidjson.dumps(sort_keys=True, ensure_ascii=False) gives for the fingerprints' data
    (strings, whole numbers, short decimals; checked when this replaced it), without importing
    rapidjson (~50 M instructions and ~3.6 MiB at every start)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def describe(error: OSError | UnicodeDecodeError) -> str:
    """The message for a file that could not be read."""
    return str(error) if isinstance(error, RefusedError) else f"cannot read file: {error}"
