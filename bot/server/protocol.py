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

This module answers requests (``Dispatcher``); their JSON, the error shape and the ids echoed
are ``bot.server.protocol_json``'s.
"""

from __future__ import annotations

import re
from typing import Any

from ..engine import Engine
from ..errors import BotError
from ..safety import ABUSE, CRISIS
from ..session import Session
from .protocol_json import ERROR_CODES, MAX_ID_CHARS, ProtocolError, describe_json_error, dumps, error_response, parse, request_id
from .stores import SESSION_ID_RE, Store, StoreError, UnknownSession

FIELDS = frozenset({"id", "op", "question", "lang", "state", "session"})
URGENT_TOPICS = {CRISIS, ABUSE}
CHECK_IN_NUMBER = "12356"  # the psychological assistance line, in the crisis reply and the check-in
# The longest question accepted: the engine reads a longer-than-MAX_QUESTION_CHARS message by its
# opening and its end, so a crisis written at the end of a long story still reaches it. 6,000
# characters escaped as \uXXXX (36 kB) beside a full state (16 kB) still fit the default body
# limit (64 KiB) and a stdio line (64 KiB). The web page sends every message whole and lets this decide.
MAX_REQUEST_QUESTION_CHARS = 6000


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
            # One clear line, as the web page says it (ans61): what was wrong, that nothing was answered, what to do.
            raise ProtocolError("too_long", f"question: too long ({len(question)} characters; at most {MAX_REQUEST_QUESTION_CHARS:,}): "
                                "it was not answered; please send it again shorter, in one or more messages")
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
        # it was answered: no "try again" nor "it was not answered; send it shorter" beside it (one consistent line;
        # mend71, review82 #8)
        cause = re.sub(r"(?:[;,]\s*try again|:\s*it was not answered;[^.]*)$", "", str(error))
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


# The JSON layer's names (bot.server.protocol_json), importable from here as before.
__all__ = ["CHECK_IN_NUMBER", "ERROR_CODES", "FIELDS", "MAX_ID_CHARS", "MAX_REQUEST_QUESTION_CHARS", "URGENT_TOPICS",
           "Dispatcher", "ProtocolError", "describe_json_error", "dumps", "error_response", "parse", "request_id"]
