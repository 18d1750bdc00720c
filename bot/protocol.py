"""The request/response protocol shared by the stdio server and the HTTP service.

A request is a JSON object: ``{"id": any, "question": str, "session": str?, "lang": "zh"|"en"?}``
to ask, or ``{"id": any, "op": "topics"|"health"}``. Every response carries the request's
``id`` (when it could be read) and ``ok``; a reply is ``reply.to_dict()`` exactly as the Python
API gives it; an error is ``{"code": ..., "message": ...}`` with a stable code (ERROR_CODES).

Sessions are kept by id, at most ``max_sessions`` (the least recently used is dropped first) and
each forgotten after ``idle_seconds`` without a request.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable

import rapidjson

from .engine import MAX_QUESTION_CHARS, Engine
from .errors import BotError
from .session import Session

ERROR_CODES = {
    "bad_json": "the request is not valid JSON",
    "bad_request": "the request is not a JSON object",
    "missing_field": "a required field is missing",
    "wrong_type": "a field has the wrong type or value",
    "too_long": "the question is longer than the limit",
    "unknown_op": "the op is not one of ask, topics, health",
    "internal": "an unexpected error; the request was not answered",
}
MAX_SESSIONS = 1000
IDLE_SECONDS = 1800.0


class ProtocolError(BotError):
    """A request the protocol cannot answer; ``code`` is one of ERROR_CODES."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class SessionStore:
    """Sessions by id, bounded in number and idle time. Thread-safe."""

    def __init__(self, engine: Engine, max_sessions: int = MAX_SESSIONS,
                 idle_seconds: float = IDLE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._max = max_sessions
        self._idle = idle_seconds
        self._clock = clock
        self._sessions: OrderedDict[str, tuple[Session, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> Session:
        """The session with this id, created when new or expired."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            session = self._sessions.pop(session_id, (None, 0.0))[0] or self._engine.session()
            self._sessions[session_id] = (session, now)
            while len(self._sessions) > self._max:
                self._sessions.popitem(last=False)
            return session

    def _expire(self, now: float) -> None:
        while self._sessions:
            oldest_id, (_, used) = next(iter(self._sessions.items()))
            if now - used <= self._idle:
                break
            del self._sessions[oldest_id]

    def __len__(self) -> int:
        return len(self._sessions)


class Dispatcher:
    """Answers protocol requests with an engine; one per server, shared by its threads."""

    def __init__(self, engine: Engine, sessions: SessionStore | None = None) -> None:
        self.engine = engine
        self.sessions = sessions or SessionStore(engine)
        self._session_locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def handle_text(self, text: str | bytes) -> dict[str, Any]:
        """Parse one JSON request and answer it; never raises."""
        try:
            request = rapidjson.loads(text)
        except (rapidjson.JSONDecodeError, UnicodeDecodeError, ValueError) as error:
            return error_response(None, "bad_json", f"invalid JSON: {error}")
        return self.handle(request)

    def handle(self, request: Any) -> dict[str, Any]:
        """Answer one parsed request; never raises."""
        request_id = request.get("id") if isinstance(request, dict) else None
        try:
            if not isinstance(request, dict):
                raise ProtocolError("bad_request", f"expected a JSON object, found {type(request).__name__}")
            return {"id": request_id, "ok": True, **self._dispatch(request)}
        except ProtocolError as error:
            return error_response(request_id, error.code, str(error))
        except Exception as error:  # a bug: the server must go on and the client hear of it
            return error_response(request_id, "internal", f"internal error ({type(error).__name__})")

    def _dispatch(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op", "ask")
        if op == "health":
            return {"status": "ok", "topic_count": len(self.engine.topics), "sessions": len(self.sessions)}
        if op == "topics":
            return {"topics": [topic.to_dict() for topic in self.engine.topics]}
        if op != "ask":
            raise ProtocolError("unknown_op", f"op: expected 'ask', 'topics' or 'health', found {op!r}")
        return self._ask(request)

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        question = _field(request, "question", str, required=True)
        if len(question) > MAX_QUESTION_CHARS:
            raise ProtocolError("too_long", f"question: expected at most {MAX_QUESTION_CHARS} characters, found {len(question)}")
        lang = _field(request, "lang", str)
        if lang not in (None, "zh", "en"):
            raise ProtocolError("wrong_type", f"lang: expected 'zh' or 'en', found {lang!r}")
        session_id = _field(request, "session", str)
        if session_id is None:
            return {"reply": self.engine.ask(question, lang=lang).to_dict()}
        with self._lock_for(session_id):
            session = self.sessions.get(session_id)
            if lang:
                session.set_language(lang)
            return {"session": session_id, "reply": session.ask(question).to_dict()}

    def _lock_for(self, session_id: str) -> threading.Lock:
        # Requests of one session are answered one at a time; different sessions in parallel.
        with self._guard:
            if len(self._session_locks) > 4 * MAX_SESSIONS:
                self._session_locks.clear()
            return self._session_locks.setdefault(session_id, threading.Lock())


def _field(request: dict[str, Any], name: str, kind: type, required: bool = False) -> Any:
    if name not in request or request[name] is None:
        if required:
            raise ProtocolError("missing_field", f"{name}: required field is missing")
        return None
    value = request[name]
    if not isinstance(value, kind):
        raise ProtocolError("wrong_type", f"{name}: expected {kind.__name__}, found {type(value).__name__}")
    return value


def error_response(request_id: Any, code: str, message: str) -> dict[str, Any]:
    """An error object in the protocol's shape."""
    return {"id": request_id, "ok": False, "error": {"code": code, "message": message}}


def dumps(response: dict[str, Any]) -> str:
    """One response as a JSON line (no newline inside)."""
    return str(rapidjson.dumps(response, ensure_ascii=False))
