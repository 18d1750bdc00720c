"""Server-side conversation stores, for clients that cannot hold the state themselves.

A store answers one turn of a conversation at a time per session (``turn``), under a lock
per session, so two requests of one conversation never run at once. Session ids are random
(144 bits) and issued by the server when a conversation starts; a client can never choose one.

``MemoryStore`` keeps sessions in this process (the stdio server; one HTTP process);
``RedisStore`` (bot.server.redis_store) shares them between workers and hosts, with a TTL.
"""

from __future__ import annotations

import base64
import os
import re
import threading
import time
from collections import OrderedDict
from ..records import dataclass, field
from typing import TYPE_CHECKING, Callable, Protocol, TypeVar

from ..errors import BotError, UsageError

if TYPE_CHECKING:
    from ..engine import Engine
    from ..session import Session

T = TypeVar("T")
SESSION_ID_RE = re.compile(r"[A-Za-z0-9_-]{24}")
MAX_SESSIONS = 10_000
IDLE_SECONDS = 1800.0


class StoreError(BotError):
    """The store could not answer: ``code`` is "store_unavailable" or "busy"; nothing was changed."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class UnknownSession(BotError):
    """No conversation has this id: never issued by this service, or expired."""


class Store(Protocol):
    """What the protocol needs from a session store."""

    kind: str

    def turn(self, session_id: str | None, answer: Callable[["Session"], T]) -> tuple[str, T]:
        """Run ``answer`` on the session with this id (a new one when None), save it, and return
        the session's id with the answer. Raises UnknownSession or StoreError."""
        ...

    def ping(self) -> bool:
        """Whether the store can be reached now."""
        ...


def new_session_id() -> str:
    """A fresh random session id: 144 bits from the system's CSPRNG, 24 URL-safe characters."""
    # What secrets.token_urlsafe(18) does, without importing secrets: it imports hmac and so
    # hashlib, which maps OpenSSL's libcrypto (~3.5 MiB resident) into every server.
    return base64.urlsafe_b64encode(os.urandom(18)).rstrip(b"=").decode("ascii")


def check_session_id(session_id: str) -> str:
    """The id when it has the shape of one this server issues; UnknownSession otherwise."""
    if not SESSION_ID_RE.fullmatch(session_id):
        raise UnknownSession("session: not an id this service issued (start with \"session\": null)")
    return session_id


@dataclass
class _Entry:
    session: "Session"
    used: float
    lock: threading.Lock = field(default_factory=threading.Lock)


class MemoryStore:
    """Sessions in this process's memory: at most ``max_sessions``, each forgotten after
    ``idle_seconds`` without a request. When full, new conversations are refused ("busy")
    rather than dropping someone else's. Thread-safe."""

    kind = "memory"

    def __init__(self, engine: "Engine", max_sessions: int = MAX_SESSIONS,
                 idle_seconds: float = IDLE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._max = max_sessions
        self._idle = idle_seconds
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._guard = threading.Lock()

    def turn(self, session_id: str | None, answer: Callable[["Session"], T]) -> tuple[str, T]:
        """See Store.turn."""
        if session_id is None:
            return self._start(answer)
        check_session_id(session_id)
        with self._guard:
            self._expire(self._clock())
            entry = self._entries.get(session_id)
            if entry is None:
                raise UnknownSession("session: no conversation with this id (expired or never started)")
            entry.used = self._clock()
            self._entries.move_to_end(session_id)
        with entry.lock:  # one request of a conversation at a time; other conversations go on
            result = answer(entry.session)
            entry.used = self._clock()
        return session_id, result

    def _start(self, answer: Callable[["Session"], T]) -> tuple[str, T]:
        with self._guard:
            self._expire(self._clock())
            if len(self._entries) >= self._max:
                raise StoreError("busy", f"too many conversations in progress ({self._max}); "
                                 "try again later, or hold the state on the client")
        session = self._engine.session()
        result = answer(session)
        session_id = new_session_id()
        with self._guard:
            self._entries[session_id] = _Entry(session, self._clock())
        return session_id, result

    def _expire(self, now: float) -> None:
        while self._entries:
            oldest_id, oldest = next(iter(self._entries.items()))
            if now - oldest.used <= self._idle:
                break
            del self._entries[oldest_id]

    def ping(self) -> bool:
        """Always reachable."""
        return True

    def __len__(self) -> int:
        return len(self._entries)


def open_store(spec: str | None, engine: "Engine", ttl: int | None = None) -> Store | None:
    """The store named by JIEBEI_SESSION_STORE: unset or "" for none (client-held state only),
    "memory", or a redis://, rediss:// or unix:// URL. UsageError for anything else. ``ttl``:
    seconds a conversation is kept after its last question (default: JIEBEI_SESSION_TTL, else
    IDLE_SECONDS)."""
    if not spec:
        return None
    if ttl is None:
        from .settings import read_settings

        ttl = read_settings({"JIEBEI_SESSION_TTL": os.environ.get("JIEBEI_SESSION_TTL", "")}).ttl
    if spec == "memory":
        return MemoryStore(engine, idle_seconds=ttl)
    if spec.startswith(("redis://", "rediss://", "unix://")):
        from .redis_store import RedisStore

        return RedisStore(engine, spec, ttl=ttl)
    raise UsageError(f"JIEBEI_SESSION_STORE: expected 'memory' or a redis:// URL, found {spec[:40]!r}")
