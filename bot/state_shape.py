"""A conversation state checked in Python when it plainly has the shape ``Session.to_dict`` writes.

Why: ``bot.state.check_state`` writes the state with rapidjson and validates it against
``bot/schemas/session.schema.json`` with rapidjson's Validator; importing rapidjson (with decimal,
datetime and uuid) cost a stdio server ~2 MiB for good, and every conversation turn sends a state
back (PERF_LOG part 25). ``plainly_valid`` accepts only states that the schema accepts, well under
the size bound: every rule is checked at least as strictly as the schema checks it (exact types,
no control characters or surrogates in strings, texts at half their limit, the size with a margin).
Anything else, valid or not, goes to the Validator as before, so every refusal and its message
are unchanged. The topic and product ids are checked afterwards by ``check_state`` either way.
"""

from __future__ import annotations

import json
import re
from typing import Any

# The schema's rules (bot/schemas/session.schema.json), written out; tests/test_state_shape.py
# compares them with the schema file.
_TOPIC = re.compile("[a-z][a-z0-9_]{0,39}")
_PLAIN_TEXT = re.compile("[^\x00-\x1f\ud800-\udfff]*")  # no escape whose spelling may differ, no surrogate
_TEXT_CHARS = 1000  # the schema allows 2000: half, whatever rapidjson counts (code points or UTF-16 units)
_SIZE_MARGIN = 1024  # bytes under MAX_STATE_BYTES: a number rapidjson may spell longer than Python does
_LANGS = ("zh", "en", None)
_MODES = ("answer", "more", "why", "product", "rest", "again")
_ACTS = ("", "parcel", "school", "work", "post", "contacts", "sent", "home")
_WEIGHTS = ("", "grave", "joked")  # bot.turn_refers.crisis_weight
_OCCASION_CHARS = 16  # as the schema and bot.turn_refers.MAX_OCCASION (mend229: they agree)
_RISK_KINDS = ("alone", "bereaved", "death_debt", "denied_other", "if_gone", "means", "no_way", "place", "sole_parent", "starving")  # bot.risk_memory.KINDS
_REQUIRED = frozenset({"version", "slots", "last_topics", "lang", "lang_choice", "offered", "pending_choice", "answered"})
_FIELDS = _REQUIRED | {"traditional", "last_mode", "products", "relatives_loan", "asked_act", "hardship_told", "crisis_helper", "crisis_held", "crisis_settled", "crisis_closing", "risk_told",
                        "crisis_weight", "occasion"}
_SLOT_FIELDS = frozenset({"name", "value", "text"})
_LIMIT = 10 ** 18
_SIZE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False).encode


def plainly_valid(data: dict[str, Any], max_bytes: int) -> bool:
    """True when ``data`` passes the session schema and the size bound (``max_bytes`` of compact
    UTF-8 JSON) beyond doubt; False means only "ask the Validator", never "invalid"."""
    # A plain dict with plain str keys only: a subclass may read otherwise than it stores, and a key
    # may compare equal to a field's name without being one (review68); those go to the Validator.
    if type(data) is not dict or not _plain_keys(data):
        return False
    keys = data.keys()
    if not (_REQUIRED <= keys <= _FIELDS) or type(data["version"]) is not int or data["version"] != 1:
        return False
    slots = data["slots"]
    if type(slots) is not dict or not all(_slot(name, slot) for name, slot in slots.items()):
        return False
    if not (_topics(data["last_topics"], 64) and _topics(data["answered"], 64) and _topics(data["offered"], 8)
            and _one_of(data["lang"], _LANGS) and _one_of(data["lang_choice"], _LANGS)
            and type(data["pending_choice"]) is bool):
        return False
    if ("traditional" in data and type(data["traditional"]) is not bool) or \
            ("relatives_loan" in data and type(data["relatives_loan"]) is not bool) or \
            ("hardship_told" in data and type(data["hardship_told"]) is not bool) or \
            ("crisis_helper" in data and type(data["crisis_helper"]) is not bool) or \
            ("crisis_held" in data and type(data["crisis_held"]) is not bool) or \
            ("crisis_settled" in data and type(data["crisis_settled"]) is not bool) or \
            ("crisis_closing" in data and type(data["crisis_closing"]) is not bool):
        return False
    if ("last_mode" in data and not _one_of(data["last_mode"], _MODES)) or \
            ("asked_act" in data and not _one_of(data["asked_act"], _ACTS)) or \
            ("products" in data and not _topics(data["products"], 8)) or \
            ("risk_told" in data and not _kinds(data["risk_told"])) or \
            ("crisis_weight" in data and not _one_of(data["crisis_weight"], _WEIGHTS)) or \
            ("occasion" in data and not (_text(data["occasion"]) and len(data["occasion"]) <= _OCCASION_CHARS)):
        return False
    return len(_SIZE(data).encode("utf-8")) <= max_bytes - _SIZE_MARGIN


def _kinds(kinds: object) -> bool:
    """A sorted list of distinct risk kinds (bot.risk_memory.KINDS), as the schema's enum allows."""
    return type(kinds) is list and len(kinds) <= len(_RISK_KINDS) and all(type(kind) is str and kind in _RISK_KINDS for kind in kinds) \
        and len(set(kinds)) == len(kinds)


def _plain_keys(mapping: dict[Any, Any]) -> bool:
    return all(type(key) is str for key in mapping)


def _slot(name: object, slot: object) -> bool:
    if type(slot) is not dict or not _plain_keys(slot) or slot.keys() != _SLOT_FIELDS or type(name) is not str or slot["name"] != name \
            or type(slot["name"]) is not str or not _text(slot["text"]):
        return False
    value = slot["value"]
    if name == "days":
        return value is None or (type(value) is int and 0 <= value <= _LIMIT)
    if name == "amount":  # (a float here is finite: a NaN fails the comparison)
        return value is None or (type(value) in (int, float) and 0 <= value <= _LIMIT)
    if name == "product":
        return _topic(value)
    return name == "concern" and (value is None or _topic(value))


def _topics(items: object, most: int) -> bool:
    return type(items) is list and len(items) <= most and all(_topic(item) for item in items) \
        and len(set(items)) == len(items)


def _topic(value: object) -> bool:
    return type(value) is str and _TOPIC.fullmatch(value) is not None


def _text(value: object) -> bool:
    return type(value) is str and len(value) <= _TEXT_CHARS and _PLAIN_TEXT.fullmatch(value) is not None


def _one_of(value: object, allowed: tuple[str | None, ...]) -> bool:
    return (value is None or type(value) is str) and value in allowed


__all__ = ["plainly_valid"]
