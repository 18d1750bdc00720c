"""The request/response protocol shared by the stdio server and the HTTP API.

A request is one JSON object. ``{"id": ..., "question": "...", "lang": "zh"|"en"?, "state": {...}?}``
asks within a conversation held by the client: the response carries the reply and the new
``state`` (``Session.to_dict()``), which the client sends back with its next question. Nothing
about the borrower stays on the server. ``{"id": ..., "question": "...", "session": null|"<id>"}``
uses a server-side store instead (stdio: in memory; HTTP: ``JIEBEI_SESSION_STORE``): ``null``
starts a conversation and the response carries the random ``session`` id the server issued.
``{"id": ..., "op": "topics"|"health"}`` asks for the topics or the service's health.

Every response carries the request's ``id`` (a string, number, boolean or null; anything else
is refused and answered with ``null``) and ``ok``; an error is ``{"code", "message"}`` with a
stable code from ERROR_CODES, and the server goes on with the next request. One exception: a
message that may be urgent (the engine answers it with the crisis or abusive-collection reply,
or the 12356 line) is answered whatever else is wrong with its request, as the start of a new
conversation, and the error comes beside the reply as ``"warning": {"code", "message"}``.

A question may be up to MAX_REQUEST_QUESTION_CHARS long; the engine reads a message over
MAX_QUESTION_CHARS by its opening and its end (bot.inputs) and its reply says so.
"""

from __future__ import annotations

import math
import re
from typing import Any

import rapidjson

from ..engine import Engine
from ..errors import BotError
from ..lines import describe_decode_error
from ..safety import ABUSE, CRISIS
from ..session import Session
from .stores import SESSION_ID_RE, Store, StoreError, UnknownSession

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
FIELDS = frozenset({"id", "op", "question", "lang", "state", "session"})
URGENT_TOPICS = {CRISIS, ABUSE}
CHECK_IN_NUMBER = "12356"  # the psychological assistance line, in the crisis reply and the check-in
# The longest question accepted: the engine reads a longer-than-MAX_QUESTION_CHARS message by its
# opening and its end, so a crisis written at the end of a long story still reaches it. 6,000
# characters escaped as \uXXXX (36 kB) beside a full state (16 kB) still fit the default body
# limit (64 KiB) and a stdio line (64 KiB). The web page sends every message whole and lets this decide.
MAX_REQUEST_QUESTION_CHARS = 6000


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


class Dispatcher:
    """Answers protocol requests with one engine and, optionally, a session store. One per
    server, shared by its threads: the engine is immutable and each store locks per session."""

    def __init__(self, engine: Engine, store: Store | None = None) -> None:
        self.engine = engine
        self.store = store

    def handle_text(self, text: str | bytes) -> dict[str, Any]:
        """Parse one JSON request and answer it; never raises."""
        try:
            request = parse(text)
        except ProtocolError as error:
            return error_response(None, error.code, str(error))
        return self.handle(request)

    def handle(self, request: Any) -> dict[str, Any]:
        """Answer one parsed request; never raises."""
        rid = request_id(request)
        try:
            if not isinstance(request, dict):
                raise ProtocolError("bad_request", f"expected a JSON object, found {_kind(request)}")
            unknown = sorted(set(request) - FIELDS)
            if unknown:  # a typo ("Lang", "States") would silently start a new conversation
                raise ProtocolError("bad_request", f"{unknown[0][:40]!r}: expected one of the fields "
                                    f"{', '.join(sorted(FIELDS))}, found a field this server does not know" + _did_you_mean(unknown[0]))
            if "id" in request and request["id"] is not None and rid is None:
                raise ProtocolError("bad_request", "id: expected a string (at most "
                                    f"{MAX_ID_CHARS} characters), a finite number, a boolean or null, found {_id_kind(request['id'])}")
            return {"id": rid, "ok": True, **self._dispatch(request)}
        except ProtocolError as error:
            try:
                answered = self.answer_urgent(request, error)
            except Exception as bug:  # the error stands; the bug is reported as for any request
                return error_response(rid, "internal", f"internal error ({type(bug).__name__})")
            if answered is not None:
                return {"id": rid, "ok": True, **answered}
            return error_response(rid, error.code, str(error))
        except Exception as error:  # a bug: the server must go on and the client hear of it
            return error_response(rid, "internal", f"internal error ({type(error).__name__})")

    def health(self) -> dict[str, Any]:
        """Whether the engine is loaded, which knowledge it serves, and the store's state."""
        store_ok = self.store.ping() if self.store else True
        return {"status": "ok" if store_ok else "degraded", "loaded": True,
                "knowledge": self.engine.knowledge.digest, "topic_count": len(self.engine.topics),
                "store": self.store.kind if self.store else "none", "store_ok": store_ok}

    def _dispatch(self, request: dict[str, Any]) -> dict[str, Any]:
        op = "ask" if request.get("op") is None else request["op"]  # null counts as absent, as everywhere
        if op == "health":
            return self.health()
        if op == "topics":
            return {"topics": [topic.to_dict() for topic in self.engine.topics]}
        if op != "ask":
            raise ProtocolError("unknown_op", f"op: expected 'ask', 'topics' or 'health', found {_kind(op)}")
        return self._ask(request)

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        question = _field(request, "question", str, required=True)
        if len(question) > MAX_REQUEST_QUESTION_CHARS:
            raise ProtocolError("too_long", f"question: expected at most {MAX_REQUEST_QUESTION_CHARS} characters, found {len(question)}")
        lang = _field(request, "lang", str)
        if lang not in (None, "zh", "en"):
            raise ProtocolError("wrong_type", f"lang: expected 'zh' or 'en', found {lang[:20]!r}")
        if "session" in request:  # "session": null starts a stored conversation; "state": null is no state
            if request.get("state") is not None:
                raise ProtocolError("bad_request", "send either state or session, not both")
            return self._ask_stored(_field(request, "session", str), question, lang)
        state = _field(request, "state", dict)
        session = self._restore(state) if state is not None else self.engine.session()
        reply = _turn(session, question, lang)
        return {"reply": reply, "state": session.to_dict()}

    def _ask_stored(self, session_id: str | None, question: str, lang: str | None) -> dict[str, Any]:
        if self.store is None:
            raise ProtocolError("bad_request", "session: this server keeps no conversations "
                                "(JIEBEI_SESSION_STORE is unset); send the state from the last response instead")
        try:
            issued, reply = self.store.turn(session_id, lambda session: _turn(session, question, lang))
        except (UnknownSession, StoreError) as error:
            # An urgent message is answered without its conversation (Dispatcher.handle). Any
            # other keeps the error: a follow-up answered without its context would be a silent
            # new conversation.
            code = error.code if isinstance(error, StoreError) else "unknown_session"
            raise ProtocolError(code, str(error)) from None
        return {"reply": reply, "session": issued}

    def answer_urgent(self, request: Any, error: ProtocolError) -> dict[str, Any] | None:
        """A borrower in crisis, or reporting threats, must never hear an error (review30, front5):
        when ``request`` carries a question whose reply alone is urgent, that reply, as the start
        of a new conversation, with ``error`` as a warning beside it; None otherwise. A stored
        conversation is left as it was (nothing stored; a well-formed session id echoed)."""
        question = request.get("question") if isinstance(request, dict) else None
        if not isinstance(question, str) or not question.strip():
            return None
        lang = request.get("lang") if request.get("lang") in ("zh", "en") else None
        fresh = self.engine.session()
        reply = self._urgent(question, lang, fresh)
        if reply is None:
            return None
        stored = "session" in request
        where = "without the conversation, and nothing was stored" if stored else "as the start of a new conversation"
        cause = re.sub(r"[;,]\s*try again$", "", str(error))  # it was answered: no "try again" beside it
        answered = {"reply": reply, "warning": {"code": error.code, "message": f"{cause}. Because this message may "
                                                f"be urgent, it was answered anyway, {where}"}}
        if not stored:
            return answered | {"state": fresh.to_dict()}
        session_id = request["session"]
        well_formed = isinstance(session_id, str) and SESSION_ID_RE.fullmatch(session_id) is not None
        return answered | ({"session": session_id} if well_formed else {})  # never echo a malformed id (review)

    def _urgent(self, question: str, lang: str | None, session: Session | None = None) -> dict[str, Any] | None:
        """The reply to a message alone (in ``session``, a new one by default) when it is a safety
        reply (crisis, abusive collection) or carries the 12356 check-in line; None otherwise."""
        reply = _turn(session or self.engine.session(), question, lang)
        urgent = set(reply["topics"]) & URGENT_TOPICS or CHECK_IN_NUMBER in reply["text"]
        return reply if urgent else None

    def _restore(self, state: dict[str, Any]) -> Session:
        try:
            return Session.from_dict(self.engine, state)
        except BotError as error:
            raise ProtocolError("bad_state", str(error)) from None


def _id_kind(value: Any) -> str:
    """What a refused id was, in words, without the value (front7: the message said only what was expected)."""
    if isinstance(value, str):
        return f"a string of {len(value)} characters"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "a number that is not finite"


def _did_you_mean(name: str) -> str:
    known = next((field for field in sorted(FIELDS) if field == name.strip().lower().rstrip("s")), None)
    return f" (did you mean {known!r}?)" if known else ""


def _turn(session: Session, question: str, lang: str | None) -> dict[str, Any]:
    if lang:
        session.set_language(lang)
    return session.ask(question).to_dict()


def _field(request: dict[str, Any], name: str, kind: type, required: bool = False) -> Any:
    value = request.get(name)
    if value is None:
        if required:
            raise ProtocolError("missing_field", f"{name}: required field is missing")
        return None
    if not isinstance(value, kind):
        raise ProtocolError("wrong_type", f"{name}: expected {_KINDS.get(kind, kind.__name__)}, found {_kind(value)}")
    return value


_KINDS = {str: "a string", dict: "an object", list: "an array", bool: "a boolean", int: "an integer",
          float: "a number", type(None): "null"}


def _kind(value: Any) -> str:
    """A JSON name for a value's type (never the value itself: it may be huge or nested)."""
    if isinstance(value, str):
        return repr(value[:40]) + ("..." if len(value) > 40 else "")
    return _KINDS.get(type(value), type(value).__name__)


def error_response(rid: Any, code: str, message: str) -> dict[str, Any]:
    """An error object in the protocol's shape."""
    return {"id": rid, "ok": False, "error": {"code": code, "message": message}}


def dumps(response: dict[str, Any]) -> str:
    """One response as a JSON line (no newline inside). Always valid JSON: a response that
    cannot be encoded (a non-finite number, an unpaired surrogate) becomes an internal error."""
    try:
        return str(rapidjson.dumps(response, ensure_ascii=False, allow_nan=False))
    except (ValueError, UnicodeError, RecursionError, OverflowError, TypeError) as error:
        fallback = error_response(request_id(response), "internal", f"internal error ({type(error).__name__})")
        return str(rapidjson.dumps(fallback, ensure_ascii=False))
