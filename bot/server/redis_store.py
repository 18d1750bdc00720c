"""Conversations in Redis, shared by every worker on every host (``JIEBEI_SESSION_STORE=redis://...``).

Each session is one key holding its ``Session.to_dict()`` JSON, expiring ``ttl`` seconds after
its last turn (JIEBEI_SESSION_TTL, default 1800). A turn takes a Redis lock on the session
(redis-py's ``Lock``), reads, answers, writes and releases, so two requests of one conversation
never interleave, whichever workers they reach. When Redis cannot be reached the turn fails
with StoreError("store_unavailable") and nothing is changed: never a fresh conversation that
would give a wrong answer to "那会起诉吗". Needs redis-py: the ``redis`` extra (``pip install '.[redis]'`` in the jiebei-bot folder).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, TypeVar

import rapidjson

from ..errors import BotError, UsageError
from .stores import StoreError, UnknownSession, check_session_id, new_session_id

if TYPE_CHECKING:
    from ..engine import Engine
    from ..session import Session

T = TypeVar("T")
PREFIX = "jiebei:"
LOCK_SECONDS = 10.0  # a turn takes milliseconds; a lock left by a crashed worker frees itself
WAIT_SECONDS = 5.0  # how long a request waits for another request of its conversation


class RedisStore:
    """Sessions in Redis with a TTL. Thread-safe (redis-py pools its connections)."""

    kind = "redis"

    def __init__(self, engine: "Engine", url: str, ttl: int | None = None) -> None:
        try:
            import redis
        except ImportError:
            raise UsageError("JIEBEI_SESSION_STORE: a redis:// store needs redis-py: "
                             "pip install 'redis>=5' (or pip install '.[redis]' in the jiebei-bot folder)") from None
        self._redis = redis
        self._engine = engine
        self.ttl = ttl if ttl is not None else _ttl_from_environment()
        from redis.backoff import ExponentialBackoff
        from redis.retry import Retry

        try:
            # Two quick retries ride out a blip; a Redis that is down fails the request within a
            # second or so, rather than after redis-py's default backoff of several seconds.
            self._client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=1.0,
                                                retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 2))
        except ValueError as error:
            raise UsageError(f"JIEBEI_SESSION_STORE: {error}") from None
        kwargs = self._client.connection_pool.connection_kwargs
        # Where, for messages: never the URL itself, which may hold a password.
        self.where = str(kwargs.get("path") or f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}")

    def turn(self, session_id: str | None, answer: Callable[["Session"], T]) -> tuple[str, T]:
        """See Store.turn."""
        try:
            if session_id is None:
                session = self._engine.session()
                result = answer(session)
                session_id = new_session_id()
                self._save(session_id, session)
                return session_id, result
            check_session_id(session_id)
            lock = self._client.lock(f"{PREFIX}lock:{session_id}", timeout=LOCK_SECONDS,
                                     blocking_timeout=WAIT_SECONDS)
            if not lock.acquire():
                raise StoreError("busy", "another request of this conversation is still being answered; try again")
            try:
                session = self._load(session_id)
                result = answer(session)
                self._save(session_id, session)
            finally:
                _release(lock)
            return session_id, result
        except self._redis.RedisError as error:
            raise StoreError("store_unavailable", f"session store unavailable (Redis at {self.where}: "
                             f"{type(error).__name__}); nothing was changed, try again") from None

    def _load(self, session_id: str) -> "Session":
        from ..session import Session

        raw = self._client.get(_key(session_id))
        if raw is None:
            raise UnknownSession("session: no conversation with this id (expired or never started)")
        try:
            return Session.from_dict(self._engine, rapidjson.loads(raw))
        except (BotError, ValueError) as error:  # written by another version, or tampered with
            raise StoreError("store_unavailable", f"stored conversation unreadable: {error}") from None

    def _save(self, session_id: str, session: "Session") -> None:
        self._client.set(_key(session_id), rapidjson.dumps(session.to_dict(), ensure_ascii=False), ex=self.ttl)

    def ping(self) -> bool:
        """Whether Redis answers now."""
        try:
            return bool(self._client.ping())
        except self._redis.RedisError:
            return False

    def forget(self, session_id: str) -> None:
        """Delete one conversation now (a borrower asked to start over, or to be forgotten)."""
        self._client.delete(_key(check_session_id(session_id)))


def _key(session_id: str) -> str:
    return f"{PREFIX}session:{session_id}"


def _release(lock: Any) -> None:
    try:
        lock.release()
    except Exception:  # the lock expired meanwhile: it is free already
        pass


def _ttl_from_environment() -> int:
    from .settings import read_settings

    return read_settings({"JIEBEI_SESSION_TTL": os.environ.get("JIEBEI_SESSION_TTL", "")}).ttl
