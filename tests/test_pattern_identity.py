"""No module tells its own patterns apart by identity (PERF_LOG parts 44-45): bot.patterns_lazy rebinds a module's
name to the real pattern at its first search unless the pattern stays a guarded stand-in, so ``x is NAME`` beside
a tuple made before that search compares the stand-in with the real pattern and is False once. bot.safety.impostors
and relayed did so; which patterns are guarded can change with any build of patterns.marshal."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from bot.patterns_lazy import PatternStandIn


def test_no_module_compares_a_pattern_of_its_own_by_identity() -> None:
    root = Path(__file__).resolve().parent.parent / "bot"
    found = []
    for path in sorted(root.rglob("*.py")):
        name = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        if name.endswith("__main__") or name in ("bot.web", "bot.server.gunicorn_conf"):
            continue
        module = importlib.import_module(name)
        names = {key for key, value in vars(module).items() if isinstance(value, (re.Pattern, PatternStandIn))}
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            code = line.split("#")[0]
            found += [f"{path.name}:{number} {hit}" for hit in re.findall(r"\bis\s+(?:not\s+)?(\w+)", code) if hit in names]
    assert found == []
