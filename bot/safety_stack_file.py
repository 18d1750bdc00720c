"""knowledge/safety_stack.json, the promote-only safety stacker's weights (bot.safety_stack; docs/safety.md Round 82):
read, checked against its JSON Schema (bot/schemas/safety_stack.schema.json) and for what a schema cannot say (every
weight a finite number, ``bias`` among them), and turned into a frozen ``Stacker``. A folder without the file has no
stacker; a broken file is a KnowledgeError naming the file and the JSON pointer, as every knowledge file's problems
are. Written by ``python benchmarks/safety_stack.py fit --write`` (the refit after the readers change)."""

from __future__ import annotations

import math
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import KnowledgeError, Problem
from .files import parse_json, read_model_text
from .knowledge import is_packaged
from .safety_stack import Stacker

if TYPE_CHECKING:
    import rapidjson

STACK_FILE = "safety_stack.json"
_SCHEMA = "safety_stack.schema.json"


def _escaped(name: str) -> str:
    """A key as a JSON pointer's reference token (RFC 6901)."""
    return name.replace("~", "~0").replace("/", "~1")


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def problems(data: object, file: str) -> list[Problem]:
    """What is wrong with the file's content, each with a JSON pointer (none: valid): what the schema says of the
    weights and the threshold, checked in Python (the packaged file is read without the schema validator), and what
    no schema can say (every weight a finite number)."""
    if not isinstance(data, dict):
        return [Problem(file, "", f"expected an object, found {type(data).__name__}")]
    found: list[Problem] = []
    threshold = data.get("threshold")
    if not _number(threshold) or not 0.5 < float(threshold) < 1:  # type: ignore[arg-type]
        found.append(Problem(file, "/threshold", f"expected a number above 0.5 and below 1, found {threshold!r:.40}"))
    weights = data.get("weights")
    if not isinstance(weights, dict) or "bias" not in weights:
        found.append(Problem(file, "/weights", "expected an object of numbers with 'bias' among them"))
        return found
    found += [Problem(file, f"/weights/{_escaped(name)}", f"expected a finite number, found {value!r:.40}")
              for name, value in weights.items() if not _number(value)]
    return found


def read_stacker(folder: Path, strict: bool = False) -> Stacker | None:
    """The stacker of a knowledge folder, or None when it has no safety_stack.json; KnowledgeError (file, pointer,
    message) when the file cannot be read, is not JSON, is off the schema or holds a weight that is no number.

    The packaged folder's file is parsed by the standard library and checked in Python (``problems``): the schema
    validator (rapidjson, ~1.8 MB once imported) would cost every start that memory; any other folder, and
    ``jiebei-bot check``, is validated against the schema too (``strict``)."""
    path = folder / STACK_FILE
    if not os.path.lexists(path):
        return None
    text = read_model_text(path, folder)
    data = _validated(text, path) if strict or not is_packaged(folder) else _parsed(text, path)
    found = problems(data, str(path))
    if found:
        raise KnowledgeError(found)
    return Stacker({str(name): float(value) for name, value in data["weights"].items()}, float(data["threshold"]))


def _parsed(text: str, path: Path) -> Any:
    try:
        return parse_json(text)
    except (ValueError, RecursionError) as error:
        from .knowledge_errors import json_problem  # only for a broken file, as knowledge.py does

        raise KnowledgeError([Problem(str(path), "", json_problem(text, error))]) from None


def _validated(text: str, path: Path) -> Any:
    import rapidjson

    try:
        _validator()(text)
        return rapidjson.loads(text)
    except rapidjson.JSONDecodeError as error:
        from .knowledge_errors import json_problem

        raise KnowledgeError([Problem(str(path), "", json_problem(text, error))]) from None
    except rapidjson.ValidationError as error:
        from .knowledge_errors import schema_problem

        from urllib.parse import unquote

        rule, schema_pointer, pointer = error.args
        pointer = unquote(pointer)  # (rapidjson writes a URI fragment: "ng:ab" as "ng%3Aab")
        problem = schema_problem(rule, schema_pointer, pointer, rapidjson.loads(text), rapidjson.loads(_schema_text()))
        raise KnowledgeError([Problem(str(path), pointer.lstrip("#"), problem)]) from None


def stack_status(folder: Path) -> str:
    """One line for ``jiebei-bot check``: the stacker's size and threshold, or that the folder has none."""
    stacker = read_stacker(folder, strict=True)
    if stacker is None:
        return f"no {STACK_FILE} (no safety stacker)"
    return f"{STACK_FILE}: {len(stacker.weights)} weights, promote at >= {stacker.threshold:g}"


def _schema_text() -> str:
    import importlib.resources

    return importlib.resources.files("bot").joinpath("schemas", _SCHEMA).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _validator() -> "rapidjson.Validator":
    import rapidjson

    return rapidjson.Validator(_schema_text())


__all__ = ["STACK_FILE", "problems", "read_stacker", "stack_status"]
