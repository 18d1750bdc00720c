"""bot.server.protocol_json: a request's text parsed (errors that say where), the ids a response
may echo, and responses that are always valid JSON lines."""

from __future__ import annotations

import json

import pytest

from bot.server.protocol_json import ProtocolError, describe_json_error, dumps, parse, request_id


@pytest.mark.parametrize("text, code", [
    ('{"a": NaN}', "bad_json"), ('{"a": 1} x', "bad_json"), ('{"a": "x"}\x00', "bad_json"),
    ("[" * 1001 + "]" * 1001, "bad_request"), (b'{"a": "\xff"}', "bad_request"),
])
def test_a_request_that_is_not_json_is_refused_with_its_code(text: str | bytes, code: str) -> None:
    with pytest.raises(ProtocolError) as refused:
        parse(text)
    assert refused.value.code == code


def test_a_byte_order_mark_is_skipped_and_json_parsed_as_is() -> None:
    assert parse('\ufeff{"id": 1, "question": "会上门吗"}') == {"id": 1, "question": "会上门吗"}
    assert parse(b'\xef\xbb\xbf[1, 2.5, null]') == [1, 2.5, None]


def test_only_scalar_ids_are_echoed() -> None:
    for rid in ["a", "x" * 200, 3, 2.5, True, None]:
        assert request_id({"id": rid}) == rid
    for refused in ["x" * 201, float("nan"), float("inf"), [1], {"a": 1}]:
        assert request_id({"id": refused}) is None
    assert request_id(["not", "an", "object"]) is None


def test_a_json_error_without_a_place_is_located() -> None:
    # rapidjson sometimes says only "Invalid JSON": the standard library's parser then says where.
    assert describe_json_error('{"a" 1}', ValueError("Invalid JSON")) == \
        "invalid JSON at offset 5 (line 1, column 6): Expecting ':' delimiter"


def test_a_response_that_cannot_be_json_becomes_an_internal_error() -> None:
    text = dumps({"id": 1, "ok": True, "reply": {"slots": {"amount": {"value": float("inf")}}}})
    assert json.loads(text)["error"]["code"] == "internal"


def test_a_written_reply_keeps_no_utf8_copy_on_its_long_lived_texts() -> None:
    # The texts a server hands out again (knowledge, remembered renders) live on: writing them
    # must not hang a UTF-8 copy on each (rapidjson did: +120% on a Chinese text).
    text = "".join(["借呗逾期了会上门吗"] * 20)
    size = text.__sizeof__()
    line = dumps({"id": 1, "ok": True, "reply": {"text": text, "suggestions": [text]}})
    assert json.loads(line)["reply"]["text"] == text and text.__sizeof__() == size


@pytest.mark.parametrize("response", [
    {"id": 1, "ok": True, "reply": {"text": "逾期了？\n1. 先联系\t借唄 😀 \u2028 \"q\" \\ /", "score": 0.1, "n": 10 ** 20,
                                    "none": None, "flags": [True, False], "pair": ("a", -0.0), "tiny": 1e-07}},
    {"id": "x", "ok": True, "reply": {"text": "a\x01b\x1f\x7f"}},  # control characters: rapidjson's \u001F
    {"id": None, "ok": True, "reply": {"text": "a\\u001f is not one"}},  # a backslash-u written as text
])
def test_a_response_line_is_what_rapidjson_wrote(response: dict[str, object]) -> None:
    import rapidjson

    assert dumps(response) == rapidjson.dumps(response, ensure_ascii=False, allow_nan=False)


def test_an_unpaired_surrogate_still_becomes_an_internal_error() -> None:
    text = dumps({"id": 7, "ok": True, "reply": {"text": "a\ud800b"}})
    assert json.loads(text) == {"id": 7, "ok": False, "error": {"code": "internal", "message": "internal error (UnicodeEncodeError)"}}


# The standard library reads requests first (PERF_LOG part 25); these must read, or be refused,
# exactly as rapidjson read or refused them: the value with its types, or the same error.
_SAME_AS_RAPIDJSON = [
    '{"id": 1, "question": "借呗逾期会上门吗"}', '{"id": -0}', '{"id": -0.0}', '{"id": 2.5e-3}', '{"id": 1E5}',
    '{"id": 0.30000000000000004}', '{"id": 9007199254740993}', '{"id": 18446744073709551616}', '{"id": ' + "9" * 4300 + "}",
    '{"question": "a", "question": "b"}', '{"question": "\\ud83d\\ude00 \\u00e9 \\/"}', ' \t\r\n{"a": [1, {"b": null}]} ',
    '[' * 899 + ']' * 899, "true", '"s"',
    # refused by rapidjson though the standard library reads them: they must go to rapidjson
    "NaN", '{"id": Infinity}', '{"id": -Infinity}', '{"id": 1e400}', '{"id": -1e400}', '{"question": "\\ud800"}',
    '{"question": "x\\uDC00"}', '{"question": "\ud800"}', "[" * 1000 + "]" * 1000, "[" * 1001 + "]" * 1001,
    # refused by both
    '{"id": ' + "9" * 4301 + "}", '{"question": "a\tb"}', '{"a": 1,}', "01", "1.", ".5", "\ufeff\ufeff{}", "\x0c1", "",
    b'{"question": "\xed\xa0\x80"}', b'\xff\xfe{\x00}\x00', b'{"q\xc3\xa9": 1.25}', b'{"question": "\xc3"}',
]


def _shape(value: object) -> list[object]:
    """Every value with its type, in order (without recursion: some requests nest ~1,000 deep)."""
    flat: list[object] = []
    waiting = [value]
    while waiting:
        item = waiting.pop()
        if isinstance(item, dict):
            flat.append(("dict", list(item)))
            waiting.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            flat.append(("list", len(item)))
            waiting.extend(reversed(item))
        else:
            flat.append((type(item).__name__, repr(item)))
    return flat


def _outcome(text: str | bytes, standard: bool) -> object:
    import bot.server.protocol_json as protocol_json

    real = protocol_json._standard
    if not standard:  # every text to rapidjson, as before
        protocol_json._standard = lambda _text: protocol_json._DEFER
    try:
        return ("read", _shape(parse(text)))
    except ProtocolError as refused:
        return ("refused", refused.code, str(refused))
    finally:
        protocol_json._standard = real


@pytest.mark.parametrize("text", _SAME_AS_RAPIDJSON)
def test_a_request_reads_as_rapidjson_read_it(text: str | bytes) -> None:
    assert _outcome(text, standard=True) == _outcome(text, standard=False)


def test_the_standard_library_reads_plain_requests_and_leaves_the_doubtful_ones() -> None:
    from bot.server.protocol_json import _DEFER, _standard

    assert _standard('{"id": 1.5, "question": "借呗逾期会上门吗"}') == {"id": 1.5, "question": "借呗逾期会上门吗"}
    assert _standard(b'{"question": "\xe5\x80\x9f"}') == {"question": "借"}
    for doubtful in ("NaN", '{"id": 1e400}', '"\\ud800"', '"\\uD83D\\uDE00"', "[" * 901 + "]" * 901, b"\xff"):
        assert _standard(doubtful) is _DEFER
