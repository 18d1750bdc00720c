"""The protocol's JSON, below the requests' meaning (``bot.server.protocol``): one request's text
parsed (``parse``, with errors that say where), the id a response may echo (``request_id``), the
error shape with its stable codes (ERROR_CODES, ``ProtocolError``, ``error_response``) and a
response as one JSON line (``dumps``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from ..errors import BotError
from ..lines import describe_decode_error


ERROR_CODES = {
    "bad_json": "the request is not valid JSON",
    "bad_request": "the request is not a JSON object, or is malformed (not UTF-8, nested too deeply, a bad id, a field this server does not offer)",
    "missing_field": "a required field is missing",
    "wrong_type": "a field has the wrong type or value",
    "bad_state": "the conversation state sent back is not one this service wrote",
    "too_long": "the question (over MAX_REQUEST_QUESTION_CHARS), line or body is longer than the limit",
    "unknown_op": "the op is not one of ask, topics, health",
    "unknown_session": "no conversation with this session id (never issued, or expired)",
    "busy": "too many conversations or requests at once; try again",
    "store_unavailable": "the session store cannot be reached; nothing was changed",
    "not_found": "HTTP only: no such endpoint",
    "method_not_allowed": "HTTP only: the endpoint does not take this method (see the Allow header)",
    "internal": "an unexpected error; the request was not answered",
}
MAX_ID_CHARS = 200


class ProtocolError(BotError):
    """A request the protocol cannot answer; ``code`` is one of ERROR_CODES."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def parse(text: str | bytes) -> Any:
    """One JSON value from a request; ProtocolError("bad_json" or "bad_request") otherwise. A
    leading byte-order mark (which some editors and Windows tools write) is skipped."""
    if isinstance(text, bytes):
        text = text.removeprefix(b"\xef\xbb\xbf")
        nul = text.find(b"\0")
    else:
        text = text.removeprefix("\ufeff")
        nul = text.find("\0")
    if nul >= 0:
        # rapidjson would stop reading there: '{"question": "x"}\0junk' would pass as valid.
        raise ProtocolError("bad_json", f"invalid JSON at offset {nul}: expected JSON text, found a NUL "
                            "character (inside a string write \\u0000)")
    value = _standard(text)
    if value is not _DEFER:
        return value
    import rapidjson  # the rare request the standard library may not read as rapidjson does

    try:
        return rapidjson.loads(text, allow_nan=False)
    except RecursionError:
        raise ProtocolError("bad_request", "request nested too deeply") from None
    except UnicodeDecodeError as error:
        raise ProtocolError("bad_request", describe_decode_error(error)) from None
    except UnicodeEncodeError as error:
        raise ProtocolError("bad_json", f"invalid JSON at offset {error.start}: expected text, found an unpaired "
                            "surrogate character") from None
    except (rapidjson.JSONDecodeError, ValueError) as error:
        raise ProtocolError("bad_json", describe_json_error(text, error)) from None


# Requests are read by the standard library's parser, and by rapidjson only when that parser
# refuses the text or may read it otherwise: importing rapidjson (with decimal, datetime and uuid)
# costs a server ~2.5 MiB for good (PERF_LOG part 25). Both read the same values from valid JSON
# except where rapidjson refuses what the standard library reads: NaN and Infinity, numbers too big
# for a double (1e400), unpaired surrogates (escaped or raw), nesting past rapidjson's 1,000 levels
# (the standard library's own limit is lower unless the recursion limit is raised). Those, and every
# text the standard library refuses, go to rapidjson, so every error is rapidjson's as before.
_DEFER = object()
_SURROGATES = re.compile("[\ud800-\udfff]|\\\\u[dD][89a-fA-F]")
_MAX_OPENINGS = 900  # brackets and braces, in strings too: a deep request goes to rapidjson


def _refuse(_: str) -> Any:
    raise ValueError("not finite")


def _finite(digits: str) -> float:
    value = float(digits)
    if not math.isfinite(value):
        raise ValueError("not finite")
    return value


_DECODE = json.JSONDecoder(parse_float=_finite, parse_constant=_refuse).decode


def _standard(text: str | bytes) -> Any:
    """What the standard library reads in ``text`` when rapidjson reads the same; _DEFER when it
    refuses the text or when rapidjson might read it otherwise."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return _DEFER
    if text.count("[") + text.count("{") > _MAX_OPENINGS or _SURROGATES.search(text) is not None:
        return _DEFER
    try:
        return _DECODE(text)
    except (ValueError, RecursionError):
        return _DEFER


def describe_json_error(text: str | bytes, error: Exception) -> str:
    """"invalid JSON at offset N: what was wrong", from rapidjson's message ("Parse error at offset
    N: ...") or, when it names no place, from the standard library's parser, which does."""
    message = str(error)
    if message.startswith("Parse error at offset "):
        return "invalid JSON at offset " + message.removeprefix("Parse error at offset ").rstrip(".")
    import json

    try:
        json.loads(text)
    except json.JSONDecodeError as located:
        return f"invalid JSON at offset {located.pos} (line {located.lineno}, column {located.colno}): {located.msg}"
    except (RecursionError, ValueError, TypeError):
        pass
    return f"invalid JSON: {message}" + ("" if "offset" in message else " (no position known)")


def request_id(request: Any) -> Any:
    """The id to echo: scalars only (no NaN or infinity), strings at most MAX_ID_CHARS."""
    value = request.get("id") if isinstance(request, dict) else None
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, str) and len(value) <= MAX_ID_CHARS:
        return value
    return None


def error_response(rid: Any, code: str, message: str) -> dict[str, Any]:
    """An error object in the protocol's shape."""
    return {"id": rid, "ok": False, "error": {"code": code, "message": message}}


# Responses are written by the standard library's encoder, set to write what rapidjson wrote: rapidjson
# keeps a UTF-8 copy on every non-ASCII string it writes (PyUnicode_AsUTF8AndSize), and the reply texts
# a server hands out again and again (knowledge, remembered renders) are long-lived: a server held
# ~0.3 MiB more after 4,000 requests, growing (PERF_LOG part 22). The two differ only in a control
# character's escape (\u001f here, \u001F there) and in unpaired surrogates (written here, refused
# there): a line holding either is written by rapidjson itself. (A key that is not a str, which no
# response has, would be written as text here where rapidjson refused it.)
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False).encode
_UNLIKE_RAPIDJSON = re.compile("\\\\u00|[\ud800-\udfff]")


def dumps(response: dict[str, Any]) -> str:
    """One response as a JSON line (no newline inside). Always valid JSON: a response that
    cannot be encoded (a non-finite number, an unpaired surrogate) becomes an internal error."""
    try:
        text = _ENCODE(response)
        if _UNLIKE_RAPIDJSON.search(text) is None:
            return text
        import rapidjson

        return str(rapidjson.dumps(response, ensure_ascii=False, allow_nan=False))
    except (ValueError, UnicodeError, RecursionError, OverflowError, TypeError) as error:
        import rapidjson

        fallback = error_response(request_id(response), "internal", f"internal error ({type(error).__name__})")
        return str(rapidjson.dumps(fallback, ensure_ascii=False))
