"""bot.server.settle: a server's loaded engine is frozen out of the collector's way."""

from __future__ import annotations

import gc

import pytest

from bot.server.settle import settle


def test_settle_freezes_what_is_loaded_and_keeps_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import patterns, records

    # (not what the builders and other tests read dropped from this process: a subprocess checks it, below)
    monkeypatch.setattr(patterns, "release", lambda: None)
    monkeypatch.setattr(records, "release", lambda: None)
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
from bot import patterns_filter, records
from bot.safety.idioms import _GUARDED_IDIOMS
from bot.server.settle import settle, warm
engine = bot.Engine.load()
waiting = sum(isinstance(found, LazyPattern) for found in patterns._compiled.values())
held = len(patterns_filter._needs), len(patterns._used), len(records.made)
if sys.argv[1] == "warm":
    warm(engine)
else:  # settled before any search: every guard and filter is made after the needs were dropped
    settle()
left = sum(isinstance(found, LazyPattern) for found in patterns._compiled.values())
print(waiting, left, *held, len(patterns_filter._needs), len(patterns._used), len(records.made), len(patterns._stored))
for question in ("借呗逾期会上门吗", "借唄逾期會上門嗎", "will they call my parents?", "我不想活了",
                 "催收说要去我老家找我爸妈，我真的撑不下去了，活着没意思"):
    print(repr(engine.ask(question).text))
print(repr(_GUARDED_IDIOMS._filter and sorted(_GUARDED_IDIOMS._filter._indexed())), _GUARDED_IDIOMS.may_match("今天天气"))
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
    waiting, left, *_ = map(int, warmed[0].split())
    assert waiting > 500 and left == 0  # every stand-in built by warm()
    _, left, needs, used, made, needs_after, used_after, made_after, _ = map(int, cold[0].split())
    assert left > 500  # and none without it (nothing else builds them at a load)
    # settle() drops what only the builders and tests read (bot.patterns.release, bot.records.release)...
    assert needs > 1000 and used > 1000 and made > 20 and needs_after == used_after == made_after == 0
    # ...and a settled server answers as one that kept it, its guards still skipping texts (not always searched)
    assert warmed[1:] == cold[1:] and len(warmed) == 7
    assert cold[-1] == "[] False"


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
