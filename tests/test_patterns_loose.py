"""The engine's own regular expressions come from bot/patterns.marshal (bot.patterns.regex), not from
``re.compile`` at every start: five did (dialect, safety.examples, safety.farewell_turns), ~3.4 ms of
each Engine.load compiling them (PERF_LOG part 29). Servers' and the terminal's small ASCII ones
are compiled as usual."""

from __future__ import annotations

import re
import sys
import types

from bot import patterns
from bot.engine import Engine

_AS_USUAL = ("bot.server", "bot.terminal")


def _loose(modules: dict[str, types.ModuleType]) -> list[str]:
    """Module-level compiled patterns of the engine's modules that ``regex`` never handed out."""
    handed = {pattern for pattern, _flags in patterns._used}
    return [f"{name}.{attr}" for name, module in modules.items()
            if name.startswith("bot.") and not name.startswith(_AS_USUAL)
            for attr, value in vars(module).items()
            if isinstance(value, re.Pattern) and value.pattern not in handed]


def test_the_engine_compiles_no_pattern_of_its_own_at_load(engine: Engine) -> None:
    assert "bot.safety.farewell_turns" in sys.modules and "bot.dialect" in sys.modules
    assert _loose(dict(sys.modules)) == []
    # The other side: a module's own re.compile is found.
    stray = types.ModuleType("bot.stray_for_test")
    stray.PATTERN = re.compile("借呗(?#only here)")  # type: ignore[attr-defined]
    assert _loose({"bot.stray_for_test": stray}) == ["bot.stray_for_test.PATTERN"]
