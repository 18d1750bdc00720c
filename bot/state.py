"""Validation of a saved conversation state (``Session.to_dict()``) before it is trusted again.

A state may come back from anywhere: a browser's sessionStorage, another app, a shared store.
``check_state`` refuses anything ``Session.to_dict`` could not have written, so that a hostile
or corrupted state gives one clear ``UsageError`` instead of a crash or a huge answer later:
the whole state is bounded in size (MAX_STATE_BYTES, counted as compact UTF-8 JSON) and in
depth, it must match ``bot/schemas/session.schema.json`` (known fields, value types, bounded
lists and strings), and its topic and product ids must be ones the engine knows.
"""

from __future__ import annotations

import functools
from typing import Any, Iterable

import rapidjson

from .errors import UsageError

MAX_STATE_BYTES = 16 * 1024  # a real state is under 1 kB; the bound allows the longest slot texts
_RULES = {
    "type": "has the wrong type", "required": "lacks a required field",
    "additionalProperties": "has a field the state does not have", "enum": "is not an allowed value",
    "maxItems": "has too many items", "uniqueItems": "repeats an item", "maxLength": "is too long", "pattern": "is not a valid id",
    "minimum": "is negative", "oneOf": "has the wrong type or value",
}


def check_state(data: object, topics: Iterable[str], products: Iterable[str]) -> dict[str, Any]:
    """Return ``data`` when it is a well-formed state for an engine with these topic and product
    ids; otherwise raise UsageError("session state: <pointer>: <what is wrong>")."""
    if not isinstance(data, dict):
        raise UsageError(f"session state: expected a JSON object, found {type(data).__name__}")
    try:
        text = rapidjson.dumps(data, ensure_ascii=False, allow_nan=False)
    except (RecursionError, OverflowError):
        raise UsageError("session state: nested too deeply") from None
    except (ValueError, TypeError) as error:
        raise UsageError(f"session state: not JSON data ({error})") from None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_STATE_BYTES:
        raise UsageError(f"session state: expected at most {MAX_STATE_BYTES} bytes, found {size}")
    try:
        _validator()(text)
    except rapidjson.ValidationError as error:
        rule, _schema_pointer, pointer = error.args
        raise UsageError(f"session state: {pointer.lstrip('#') or '/'}: "
                         f"{_RULES.get(rule, f'breaks the {rule} rule')}") from None
    known = set(topics)
    for field in ("last_topics", "offered", "answered"):
        unknown = [topic for topic in data[field] if topic not in known]
        if unknown:
            raise UsageError(f"session state: /{field}: unknown topics {unknown}")
    product = data["slots"].get("product")
    if product is not None and product["value"] not in set(products):
        raise UsageError(f"session state: /slots/product/value: unknown product {product['value']!r}")
    return data


@functools.lru_cache(maxsize=1)
def _validator() -> rapidjson.Validator:
    import importlib.resources  # ~5 ms of imports: only for a state sent back by a client

    text = importlib.resources.files("bot").joinpath("schemas", "session.schema.json").read_text(encoding="utf-8")
    return rapidjson.Validator(text)


__all__ = ["MAX_STATE_BYTES", "check_state"]
