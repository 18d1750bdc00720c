"""What is wrong with a knowledge file that is not JSON, or not the JSON its schema asks for, said
so that it can be fixed without a debugger: where (line and column; a JSON pointer), what was
expected and what was found.

    invalid JSON at line 12, column 5: Missing a comma or '}' after an object member
    invalid JSON: empty file
    /kind: expected one of 'domain', 'conversation', 'safety', 'fallback', found 'domian' (did you mean 'domain'?)
    /answer: missing required 'en'

Only called once something is wrong: nothing here costs a correct folder anything.
"""

from __future__ import annotations

import re
from typing import Any

BOM = "\ufeff"
_RAPIDJSON_AT = re.compile(r"Parse error at offset (\d+): (.*?)\.?$", re.DOTALL)
_TYPES = {"object": "an object", "array": "an array", "string": "a string", "integer": "a whole number",
          "number": "a number", "boolean": "true or false", "null": "null"}


def json_problem(text: str, error: BaseException | None = None) -> str:
    """Why ``text`` is not JSON: an empty file, a UTF-8 byte-order mark, or the parser's reason
    at a line and column (from rapidjson's byte offset, or the standard library's position)."""
    if not text.strip():
        return "invalid JSON: empty file" if not text else "invalid JSON: empty file (only white space)"
    if text.startswith(BOM):
        return "invalid JSON: the file starts with a UTF-8 BOM (byte-order mark); save it as UTF-8 without BOM"
    if isinstance(error, RecursionError):
        return "invalid JSON: nested too deeply"
    lineno, colno, msg = getattr(error, "lineno", None), getattr(error, "colno", None), getattr(error, "msg", None)
    if isinstance(lineno, int) and isinstance(colno, int):  # the standard library's JSONDecodeError
        return f"invalid JSON at line {lineno}, column {colno}: {msg}"
    found = _RAPIDJSON_AT.match(str(error))
    if found is None:
        return f"invalid JSON: {error}"
    line, column = line_and_column(text, int(found.group(1)))
    return f"invalid JSON at line {line}, column {column}: {found.group(2)}"


def line_and_column(text: str, byte_offset: int) -> tuple[int, int]:
    """The line and column (both from 1, columns in characters) of a UTF-8 byte offset in ``text``."""
    before = text.encode("utf-8", "surrogatepass")[:byte_offset].decode("utf-8", "ignore")
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1


def schema_problem(rule: str, schema_pointer: str, pointer: str, data: Any, schema: Any) -> str:
    """What the schema rule that failed (rapidjson.ValidationError's arguments) expected at
    ``pointer`` in ``data``, and what is there."""
    node = _node(schema, schema_pointer)
    value = value_at(data, pointer)
    if rule == "required":
        missing = [name for name in node.get("required", ()) if not (isinstance(value, dict) and name in value)]
        return f"missing required {_listing(missing)}" if missing else "a required field is missing"
    if rule == "additionalProperties":
        name = _unescape(pointer.rsplit("/", 1)[-1])
        allowed: list[str] = list(node.get("properties", {}))
        if not allowed:
            return f"expected no other fields here, found {name!r}"
        return f"expected one of the fields {_listing(allowed)}, found {name!r}{_did_you_mean(name, allowed)}"
    if rule == "enum":
        choices = node.get("enum", [])
        return f"expected one of {_listing(choices)}, found {describe(value)}{_did_you_mean(value, choices)}"
    if rule == "type":
        kinds = node.get("type")
        names = [_TYPES.get(str(kind), str(kind)) for kind in (kinds if isinstance(kinds, list) else [kinds])]
        return f"expected {' or '.join(names)}, found {describe(value)}"
    if rule == "pattern":
        return f"expected text matching {node.get('pattern')}, found {describe(value)}"
    if rule == "minLength" and node.get(rule) == 1 and value == "":
        return "expected a non-empty string, found ''"
    if rule in ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"):
        bound = node.get(rule)
        unit = {"Length": "character", "Items": "item", "Properties": "field"}[rule[3:]]
        size = len(value) if isinstance(value, (str, list, dict)) else "?"
        least = "at least" if rule.startswith("min") else "at most"
        return f"expected {least} {bound} {unit}{'' if bound == 1 else 's'}, found {size}"
    if rule in ("minimum", "maximum"):
        return f"expected a number from {node.get('minimum', '-infinity')} to {node.get('maximum', 'infinity')}, " \
               f"found {describe(value)}"
    if rule == "uniqueItems":
        return "expected no item twice, found a repeated item"
    return f"does not match the schema's {rule} rule at {schema_pointer}, found {describe(value)}"


def describe(value: Any) -> str:
    """A value as a message names it: short scalars as themselves, the rest by their type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if len(repr(value)) <= 20 else f"a {len(repr(value))}-character number"
    if isinstance(value, str):
        return repr(value[:40]) + ("..." if len(value) > 40 else "")
    return "an object" if isinstance(value, dict) else "an array"


def value_at(data: Any, pointer: str) -> Any:
    """The value a JSON pointer ("#/answer/zh/0" or "/answer") names in ``data``; None if none."""
    value = data
    for part in pointer.lstrip("#").split("/")[1:]:
        key = _unescape(part)
        if isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return None
    return value


def _node(schema: Any, pointer: str) -> dict[str, Any]:
    """The schema node a validation error names, with a lone ``$ref`` followed."""
    node = value_at(schema, pointer)
    for _ in range(8):  # a few hops at most; a loop of references is the schema's own bug
        if not (isinstance(node, dict) and "$ref" in node and set(node) <= {"$ref", "description"}):
            break
        node = value_at(schema, node["$ref"])
    return node if isinstance(node, dict) else {}


def _listing(values: list[Any]) -> str:
    return ", ".join(repr(value) for value in values)


def _did_you_mean(found: Any, choices: list[Any]) -> str:
    if not isinstance(found, str):
        return ""
    import difflib  # only for a message

    close = difflib.get_close_matches(found, [c for c in choices if isinstance(c, str)], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


__all__ = ["describe", "json_problem", "line_and_column", "schema_problem", "value_at"]
