"""Validation of a saved conversation state (``Session.to_dict()``) before it is trusted again.

A state may come back from anywhere: a browser's sessionStorage, another app, a shared store.
``check_state`` refuses anything ``Session.to_dict`` could not have written, so that a hostile
or corrupted state gives one clear ``UsageError`` instead of a crash or a huge answer later:
the whole state is bounded in size (MAX_STATE_BYTES, counted as compact UTF-8 JSON) and in
depth, it must match ``bot/schemas/session.schema.json`` (known fields, value types, bounded
lists, strings and numbers), and its topic and product ids must be ones the engine knows.
Each refusal says where (a JSON pointer), what was expected and what was found:
``session state: /slots/days/value: expected an integer from 0 to 1000000000000000000, found a
31-digit number``.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, Iterable

from .errors import UsageError
from .knowledge_errors import value_at
from .products import NEVER_KEPT, PRODUCT_NAMES, PRODUCTS, lender_name
from .state_shape import plainly_valid

if TYPE_CHECKING:
    import rapidjson

    from .engine import Engine

MAX_STATE_BYTES = 16 * 1024  # a real state is under 1 kB; the bound allows the longest slot texts
_TYPES = {"object": "an object", "array": "an array", "string": "a string", "integer": "an integer",
          "number": "a number", "boolean": "true or false", "null": "null"}


def check_session_state(engine: "Engine", data: object, products: Iterable[str]) -> dict[str, Any]:
    """``check_state`` for ``engine``'s topics; UsageError when ``engine`` is not an Engine."""
    try:
        topics = [topic.id for topic in engine.topics]
    except (AttributeError, TypeError):
        raise UsageError("Session.from_dict: expected an Engine (from Engine.load()) as the first argument, "
                         f"found {'None' if engine is None else type(engine).__name__}") from None  # Python's words: a Python caller (front5)
    return check_state(data, topics, products)


def check_state(data: object, topics: Iterable[str], products: Iterable[str]) -> dict[str, Any]:
    """Return ``data`` when it is a well-formed state for an engine with these topic and product
    ids; otherwise raise UsageError("session state: <pointer>: expected ..., found ...")."""
    if not isinstance(data, dict):
        raise UsageError(f"session state: expected a JSON object (Session.to_dict()), found {_kind(data)}")
    # What is stored, as a plain dict: a subclass's reads could pass the checks below while its
    # storage, which {**data} copies into the returned state, holds something else (review68).
    data = {**data}
    if not plainly_valid(data, MAX_STATE_BYTES):  # (the states a server gets back: no rapidjson import)
        _check_schema(data)
    known = set(topics)
    for field in ("last_topics", "offered", "answered"):
        unknown = [topic for topic in data[field] if topic not in known]
        if unknown:
            raise UsageError(f"session state: /{field}: expected topic ids this engine knows, found unknown topics {unknown}")
    products = set(products) - NEVER_KEPT  # ("其他几家" ids are for one reply: a session never stores them; review28)
    unknown = [product for product in data.get("products", ()) if product not in products]
    if unknown:  # (optional: states saved before ans11 hold no products)
        raise UsageError(f"session state: /products: expected product ids this engine knows, found unknown products {unknown}")
    product = data["slots"].get("product")
    if product is not None and product["value"] not in products:
        raise UsageError(f"session state: /slots/product/value: expected a product id this engine knows, "
                         f"found {product['value']!r}")
    return {**data, "slots": _settled_slots(data["slots"])}


def _check_schema(data: dict[str, Any]) -> None:
    """UsageError unless ``data`` is JSON data of at most MAX_STATE_BYTES that the session schema
    accepts (rapidjson's Validator, whose error says where and which rule)."""
    import rapidjson  # only for a state bot.state_shape cannot pass at a glance

    try:
        text = rapidjson.dumps(data, ensure_ascii=False, allow_nan=False)
    except (RecursionError, OverflowError):
        raise UsageError("session state: nested too deeply (a state is at most 4 levels deep)") from None
    except (ValueError, TypeError) as error:
        where, found = _not_json(data)
        raise UsageError(f"session state: {where}: expected JSON data, found {found or error}") from None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_STATE_BYTES:
        raise UsageError(f"session state: expected at most {MAX_STATE_BYTES} bytes, found {size}")
    try:
        _validator()(text)
    except rapidjson.ValidationError as error:
        rule, schema_pointer, pointer = error.args
        raise UsageError(f"session state: {pointer.lstrip('#') or '/'}: "
                         f"{_describe(rule, _schema_at(schema_pointer), pointer, data)}") from None


# Where a slot's words are read again: a bare number of days or money is a detail only beside an
# overdue or owing cue ("几个月", "3 months" alone are not), in either language.
_READ_AGAIN_IN = {"days": ("{}", "逾期{}了", "overdue {}", "{} overdue"), "amount": ("{}", "欠{}", "owe {}")}


def _settled_slots(slots: dict[str, Any]) -> dict[str, Any]:
    """The slots with words a reply may echo. Answers repeat a slot's ``text`` ("你提到逾期两个月"),
    so a state whose text a client wrote (a forged "official notice" with a phone number) would put
    the client's line into the bot's reply (front4). A state is never refused for its words: that
    would answer a borrower in crisis with an error (review30). Days and sums keep words that read
    again as a detail of their own kind; otherwise the detail's own words inside them, or the
    detail is dropped. A product keeps one of its names, else its usual name. A fear's words are
    not echoed by any reply (``concern_text`` only explains) and stay as sent."""
    settled = {}
    for name, slot in slots.items():
        if name in _READ_AGAIN_IN:
            text = _words_read_again(name, slot["text"], slot["value"])
            if text is None:
                continue
            slot = {**slot, "text": text}
        elif name == "product" and slot["text"] not in _product_names(slot["value"]):
            slot = {**slot, "text": PRODUCT_NAMES[slot["value"]]["zh"]}
        settled[name] = slot
    return settled


def _words_read_again(name: str, text: str, value: Any) -> str | None:
    """``text`` when the extractor, reading it again, keeps it whole as a detail ``name``; else the
    words it keeps inside it for the same ``value``; else None."""
    from .slots import extract_slots  # (already imported by the engine: no cost at load)

    inside = None
    for context in _READ_AGAIN_IN[name]:
        read = extract_slots(context.format(text)).get(name)
        if read is not None and read.text == text:
            return text
        if read is not None and inside is None and read.value == value and read.text in text:
            inside = read.text
    return inside


def _product_names(product: str) -> frozenset[str]:
    """Every way a state may write ``product``: its listed spellings, usual and lender names."""
    names = {name for listed, spellings in PRODUCTS if listed == product for name in spellings}
    names.update(PRODUCT_NAMES[product].values())
    names.update(lender_name(product, lang) for lang in ("zh", "en"))
    return frozenset(names)


def _describe(rule: str, schema: dict[str, Any], pointer: str, data: Any) -> str:
    """What a schema rule expected at ``pointer`` and what the state holds there."""
    value = value_at(data, pointer)
    if rule == "required":
        missing = [name for name in schema.get("required", ()) if not (isinstance(value, dict) and name in value)]
        return f"expected the field {missing[0]!r} (required), found no such field" if missing \
            else "lacks a required field"
    if rule == "additionalProperties":
        name = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        allowed = ", ".join(schema.get("properties", {}))
        return f"expected only the fields {allowed} here, found a field {name[:40]!r}"
    if rule in ("type", "minimum", "maximum") and _is_number(value) and "maximum" in schema:
        kind = "an integer" if "integer" in _listed(schema.get("type")) else "a number"
        return f"expected {kind} from {schema.get('minimum', 0)} to {schema['maximum']}, found {_number(value)}"
    if rule == "type":
        return f"expected {' or '.join(_TYPES.get(t, t) for t in _listed(schema.get('type')))}, found {_kind(value)}"
    if rule == "enum":
        return f"expected {' or '.join(_json(v) for v in schema['enum'])}, found {_kind(value)}"
    if rule == "maxItems":
        return f"expected at most {schema['maxItems']} items, found {len(value) if isinstance(value, list) else '?'}"
    if rule == "uniqueItems":
        return f"expected no item twice, found {_kind(value)} again"
    if rule == "maxLength":
        return f"expected at most {schema['maxLength']} characters, found {len(value) if isinstance(value, str) else '?'}"
    if rule in ("pattern", "oneOf") or (rule == "type" and "$ref" in schema):
        return f"expected a topic id (lowercase letters, digits and _){' or null' if rule == 'oneOf' else ''}, found {_kind(value)}"
    return f"breaks the schema's {rule} rule, found {_kind(value)}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _number(value: int | float) -> str:
    """A number as a message shows it: a huge integer by its number of digits, not 30 nines."""
    if isinstance(value, int) and len(str(abs(value))) > 20:
        return f"a {len(str(abs(value)))}-digit {'negative ' if value < 0 else ''}number"
    return repr(value)


def _listed(kinds: Any) -> list[str]:
    return list(kinds) if isinstance(kinds, list) else [str(kinds)]


def _json(value: Any) -> str:
    return "null" if value is None else repr(value)


def _kind(value: Any) -> str:
    """A value as a message names it: short scalars as themselves, the rest by type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if _is_number(value):
        return _number(value)
    if isinstance(value, str):
        return repr(value[:40]) + ("..." if len(value) > 40 else "")
    if isinstance(value, dict):
        return "an object"
    return "an array" if isinstance(value, list) else f"a {type(value).__name__}"


def _not_json(data: Any, where: str = "", depth: int = 0) -> tuple[str, str]:
    """Where a value that JSON cannot hold sits (a NaN or infinite number, a non-string key,
    an object of another type), and what it is; ("/", "") when it cannot be told."""
    if depth > 8:
        return where or "/", ""
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        here = f"{where}/{key}"
        if isinstance(data, dict) and not isinstance(key, str):
            return where or "/", f"a key that is not a string ({_kind(key)})"
        if isinstance(value, float) and not math.isfinite(value):
            return here, f"{value!r} (JSON numbers are finite)"
        if not isinstance(value, (dict, list, str, int, float, bool, type(None))):
            return here, _kind(value)
        if isinstance(value, (dict, list)):
            found = _not_json(value, here, depth + 1)
            if found[1]:
                return found
    return where or "/", ""


def _schema_at(pointer: str) -> dict[str, Any]:
    """The schema node a validation error names, with a ``$ref`` followed once."""
    node = value_at(_schema(), pointer)
    if isinstance(node, dict) and "$ref" in node and len(node) == 1:
        node = value_at(_schema(), node["$ref"])
    return node if isinstance(node, dict) else {}


@functools.lru_cache(maxsize=1)
def _schema_text() -> str:
    # Read beside this module, as the knowledge folder is (bot.knowledge.default_path): through
    # importlib.resources it imported tempfile, shutil, zipfile, random, bz2 and lzma, ~0.9 MiB
    # in every server that gets a state back.
    from pathlib import Path

    return (Path(__file__).resolve().parent / "schemas" / "session.schema.json").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    import rapidjson

    schema: dict[str, Any] = rapidjson.loads(_schema_text())
    return schema


@functools.lru_cache(maxsize=1)
def _validator() -> rapidjson.Validator:
    import rapidjson

    return rapidjson.Validator(_schema_text())


__all__ = ["MAX_STATE_BYTES", "check_session_state", "check_state"]
