"""The engine's own regular expressions come from bot/patterns.marshal (bot.patterns.regex), not from
``re.compile`` at every start: five did (dialect, safety.examples, safety.farewell_turns), ~3.4 ms of
each Engine.load compiling them (PERF_LOG part 29). Servers' and the terminal's small ASCII ones
are compiled as usual."""

from __future__ import annotations

import importlib
import re
import types

from bot import patterns
from bot.patterns_lazy import PatternStandIn

_AS_USUAL = ("bot.server", "bot.terminal")
# Imported by every Engine.load, each compiled its patterns with re.compile until PERF_LOG part 29.
_MOVED = {"bot.dialect": ("_PARENTS_RE",), "bot.safety.examples": ("_STAMP",),
          "bot.safety.farewell_turns": ("_PIECE", "_GAP", "_BETTER_PIECE")}


def _loose(modules: dict[str, types.ModuleType]) -> list[str]:
    """Module-level compiled patterns of the engine's modules that ``regex`` never handed out."""
    handed = {pattern for pattern, _flags in patterns._used}
    return [f"{name}.{attr}" for name, module in modules.items()
            if name.startswith("bot.") and not name.startswith(_AS_USUAL)
            for attr, value in vars(module).items()
            if isinstance(value, (re.Pattern, PatternStandIn)) and value.pattern not in handed]


def test_the_load_path_s_patterns_come_from_the_stored_file() -> None:
    # (the modules this was measured on; other modules, imported by sessions and tools, are not checked here)
    modules = {name: importlib.import_module(name) for name in _MOVED}
    assert _loose(modules) == []
    assert all(isinstance(vars(modules[name])[attr], (re.Pattern, PatternStandIn)) for name, attrs in _MOVED.items() for attr in attrs)
    # The other side: a module's own re.compile is found.
    stray = types.ModuleType("bot.stray_for_test")
    stray.PATTERN = re.compile("借呗(?#only here)")  # type: ignore[attr-defined]
    assert _loose({"bot.stray_for_test": stray}) == ["bot.stray_for_test.PATTERN"]
