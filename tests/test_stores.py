"""Session stores: ids issued by the server, one request per conversation at a time, bounds and
expiry in memory, and Redis (a real redis-server on loopback): shared between workers, TTL,
a clear error when Redis goes away, nothing lost when a worker restarts."""

from __future__ import annotations

import subprocess
import threading
import time
from typing import Any

import pytest

from bot import Engine, Session
from bot.server.protocol import Dispatcher
from bot.server.stores import MemoryStore, StoreError, UnknownSession, open_store
from netutil import free_port, wait_for_port

redis = pytest.importorskip("redis", reason="redis-py is not installed: pip install '.[test]'")


def test_memory_store_issues_random_ids_and_refuses_unknown_ones(engine: Engine) -> None:
    store = MemoryStore(engine)
    issued = {store.turn(None, lambda s: None)[0] for _ in range(100)}
    assert len(issued) == 100
    for made_up in ("web-demo", "x" * 24, "", "a" * 1000):
        with pytest.raises(UnknownSession):
            store.turn(made_up, lambda s: None)


def test_one_request_per_conversation_even_after_thousands_of_others(engine: Engine) -> None:
    # The old dispatcher forgot its per-session locks after 4,000 sessions, so a second request
    # of a conversation could run while the first still did.
    store = MemoryStore(engine)
    session_id, _ = store.turn(None, lambda s: None)
    inside, release = threading.Event(), threading.Event()
    overlap: list[int] = []
    running = [0]

    def slow(session: Session) -> None:
        running[0] += 1
        overlap.append(running[0])
        inside.set()
        release.wait(10)
        running[0] -= 1

    first = threading.Thread(target=store.turn, args=(session_id, slow))
    first.start()
    assert inside.wait(10)
    for _ in range(4100):
        store.turn(None, lambda s: None)
    second = threading.Thread(target=store.turn, args=(session_id, slow))
    second.start()
    time.sleep(0.2)
    assert overlap == [1]  # the second request waits
    release.set()
    first.join(10)
    second.join(10)
    assert overlap == [1, 1]


def test_memory_store_is_bounded_and_forgets_idle_conversations(engine: Engine) -> None:
    now = [0.0]
    store = MemoryStore(engine, max_sessions=2, idle_seconds=10, clock=lambda: now[0])
    first, _ = store.turn(None, lambda s: s.ask("逾期两个月了会上门吗"))
    store.turn(None, lambda s: None)
    with pytest.raises(StoreError) as busy:  # full: a new conversation waits, nobody's is dropped
        store.turn(None, lambda s: None)
    assert busy.value.code == "busy"
    assert store.turn(first, lambda s: s.slots["days"].value)[1] == 60
    now[0] = 100.0
    with pytest.raises(UnknownSession):
        store.turn(first, lambda s: None)
    assert len(store) == 0


def test_open_store_names(engine: Engine) -> None:
    assert open_store(None, engine) is None and open_store("", engine) is None
    assert open_store("memory", engine).kind == "memory"  # type: ignore[union-attr]
    with pytest.raises(Exception, match="JIEBEI_SESSION_STORE"):
        open_store("postgres://x", engine)


def _ask(dispatcher: Dispatcher, question: str, session: str | None) -> dict[str, Any]:
    return dispatcher.handle({"id": 1, "question": question, "session": session})


def test_redis_conversation_continues_on_another_worker_with_a_ttl(engine: Engine, redis_url: str) -> None:
    worker_a = Dispatcher(engine, open_store(redis_url, engine))
    worker_b = Dispatcher(engine, open_store(redis_url, engine))  # another process, another host
    first = _ask(worker_a, "逾期两个月了，欠了一万五，会上门吗", None)
    second = _ask(worker_b, "那会起诉吗", first["session"])
    assert second["reply"]["topic"] == "lawsuit" and second["reply"]["slots"]["days"]["value"] == 60
    restarted = Dispatcher(engine, open_store(redis_url, engine))  # a worker restart loses nothing
    third = _ask(restarted, "花呗呢", first["session"])
    assert third["reply"]["slots"]["product"]["value"] == "huabei"
    client = redis.Redis.from_url(redis_url)
    ttl = client.ttl(f"jiebei:session:{first['session']}")
    assert 0 < ttl <= 1800
    assert worker_a.handle({"op": "health"})["store_ok"] is True


def test_redis_refuses_ids_it_never_issued(engine: Engine, redis_url: str) -> None:
    dispatcher = Dispatcher(engine, open_store(redis_url, engine))
    assert _ask(dispatcher, "那会起诉吗", "A" * 24)["error"]["code"] == "unknown_session"


def test_redis_serialises_requests_of_one_conversation(engine: Engine, redis_url: str) -> None:
    store_a, store_b = open_store(redis_url, engine), open_store(redis_url, engine)
    assert store_a is not None and store_b is not None
    session_id, _ = store_a.turn(None, lambda s: s.ask("逾期两个月了会上门吗"))
    active, most = [0], [0]
    guard = threading.Lock()

    def turn(store: Any) -> None:
        def answer(session: Session) -> None:
            with guard:
                active[0] += 1
                most[0] = max(most[0], active[0])
            time.sleep(0.05)
            session.ask("那会起诉吗")
            with guard:
                active[0] -= 1
        store.turn(session_id, answer)

    threads = [threading.Thread(target=turn, args=(store,)) for store in (store_a, store_b) * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert most[0] == 1


def test_redis_going_away_mid_conversation_is_a_clear_error(engine: Engine, tmp_path: Any) -> None:
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for_port(port, server)
        dispatcher = Dispatcher(engine, open_store(f"redis://127.0.0.1:{port}/0", engine))
        first = _ask(dispatcher, "逾期两个月了，欠了一万五，会上门吗", None)
        assert first["ok"]
    finally:
        server.terminate()
        server.wait(timeout=10)
    response = _ask(dispatcher, "那会起诉吗", first["session"])
    assert response["ok"] is False and response["error"]["code"] == "store_unavailable"
    assert "reply" not in response and f"127.0.0.1:{port}" in response["error"]["message"]
    health = dispatcher.handle({"op": "health"})
    assert health["status"] == "degraded" and health["store_ok"] is False
