"""`import bot` imports no engine module; Engine and Reply come at their first use with the cyclic
collector's state as it was (PERF_LOG part 34)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FRESH = """
import gc, sys
import bot
loaded = sorted(name for name in sys.modules if name.startswith("bot"))
assert "bot.engine" not in sys.modules and len(loaded) <= 4, loaded
assert gc.isenabled()
gc.disable()  # a caller's own choice is kept
# No module of the engine calls compile() at import (typing compiles a quoted type inside a subscript, e.g.
# Callable[..., "str | None"]; a process's first compile() builds the AST types, ~9 M instructions: PERF_LOG part 43).
import builtins
_compile, compiled = builtins.compile, []
def _recording(source, filename, *args, **kwargs):
    if not sys._getframe(1).f_code.co_filename.startswith("<frozen importlib"):  # (a module's source without bytecode)
        compiled.append(sys._getframe(1).f_code.co_filename)
    return _compile(source, filename, *args, **kwargs)
builtins.compile = _recording
from bot import Engine
builtins.compile = _compile
assert not compiled, compiled
assert not gc.isenabled() and "bot.engine" in sys.modules
gc.enable()
from bot import *  # noqa: F403 (every name of __all__, the lazy ones included)
import bot.engine, bot.reply
assert Engine is bot.engine.Engine and Reply is bot.reply.Reply and bot.Session.__name__ == "Session"  # noqa: F405
assert "Engine" in vars(bot) and "Reply" in vars(bot)  # (kept: later reads are plain attribute reads)
try:
    bot.no_such_name
except AttributeError:
    pass
else:
    raise AssertionError("bot.no_such_name")
print("ok")
"""


def test_import_bot_imports_no_engine_module_and_the_engine_comes_at_first_use() -> None:
    done = subprocess.run([sys.executable, "-c", _FRESH], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
