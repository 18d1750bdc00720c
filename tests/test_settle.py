"""bot.server.settle: a server's loaded engine is frozen out of the collector's way."""

from __future__ import annotations

import gc

import pytest

from bot.server.settle import settle


def test_settle_freezes_what_is_loaded_and_keeps_the_collector_on() -> None:
    try:
        settle()
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()


def test_servers_hash_with_the_interpreters_own_modules_and_the_same_digests() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom bot.server.settle import builtin_hashes\nbuiltin_hashes()\n"
            "import hashlib, hmac, jinja2\nassert sys.modules['_hashlib'] is None\n"
            "print(hashlib.sha256(b'x').hexdigest(), hashlib.sha1(b'x').hexdigest(), "
            "hmac.new(b'k', b'x', 'sha256').hexdigest())")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    import hashlib
    import hmac

    assert found == [hashlib.sha256(b"x").hexdigest(), hashlib.sha1(b"x").hexdigest(),
                     hmac.new(b"k", b"x", "sha256").hexdigest()]
    before = sys.modules.get("_hashlib")
    from bot.server.settle import builtin_hashes

    builtin_hashes()  # hashlib is imported here already: nothing changes
    assert sys.modules.get("_hashlib") is before


_WARM_THEN_ASK = """
import sys
import bot
from bot import patterns
from bot.patterns_lazy import LazyPattern
from bot.server.settle import warm
engine = bot.Engine.load()
waiting = sum(isinstance(found, LazyPattern) for found in patterns._compiled.values())
if sys.argv[1] == "warm":
    warm(engine)
left = sum(isinstance(found, LazyPattern) for found in patterns._compiled.values())
print(waiting, left)
for question in ("借呗逾期会上门吗", "借唄逾期會上門嗎", "will they call my parents?", "我不想活了"):
    print(repr(engine.ask(question).text))
"""


def test_warm_builds_every_pattern_and_answers_as_before() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    import bot

    env = {**os.environ, "PYTHONPATH": str(Path(bot.__file__).parent.parent)}
    warmed, cold = (subprocess.run([sys.executable, "-c", _WARM_THEN_ASK, how], capture_output=True, text=True,
                                   check=True, env=env).stdout.splitlines() for how in ("warm", "cold"))
    waiting, left = map(int, warmed[0].split())
    assert waiting > 500 and left == 0  # every stand-in built by warm()
    assert int(cold[0].split()[1]) > 500  # and none without it (nothing else builds them at a load)
    assert warmed[1:] == cold[1:] and len(warmed) == 5


def test_warm_preloaded_warms_only_an_app_loaded_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from bot.server import settle as module

    warmed: list[object] = []
    monkeypatch.setattr(module, "warm", warmed.append)
    monkeypatch.delitem(sys.modules, "bot.web", raising=False)
    assert module.warm_preloaded() is False and warmed == []  # a worker that loads its own app
    engine = object()
    web = types.SimpleNamespace(app=types.SimpleNamespace(dispatcher=types.SimpleNamespace(engine=engine)))
    monkeypatch.setitem(sys.modules, "bot.web", web)
    assert module.warm_preloaded() is True and warmed == [engine]
