"""jiebei-bot: calm, correct answers for borrowers who are late on an Alipay 借呗 (Jiebei) loan.

    >>> from bot import Engine
    >>> engine = Engine.load()
    >>> engine.ask("借呗逾期会走访户籍地吗？").topic
    'home_visit'
"""

import gc as _gc

# typing's import alone would run the cyclic collector ~7 times: paused meanwhile (as while the engine's
# modules are imported, in __getattr__ below), its previous state restored at once.
_collecting = _gc.isenabled()
_gc.disable()
try:
    from typing import TYPE_CHECKING, Any

    from .errors import BotError, KnowledgeError, UsageError
finally:
    if _collecting:
        _gc.enable()

if TYPE_CHECKING:
    from .engine import Engine
    from .reply import Reply
    from .session import Session

__all__ = ["Engine", "Session", "Reply", "BotError", "KnowledgeError", "UsageError"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Engine and Reply (with the ~180 modules they import) are imported at their first use, not by
    # `import bot`: importing them makes ~60,000 objects and no cycles worth collecting, so the cyclic
    # collector is paused meanwhile (it would scan the growing heap ~30 times), and its previous state
    # restored. Imported by `import bot` itself, its first pass after the import (~14 M instructions,
    # PERF_LOG part 34) scanned them all once more just before `jiebei-bot ask` froze them (bot.cli
    # imports the engine with the collector off, loads it and freezes what it made); imported here, a
    # library's `Engine.load()` pays for one pass over what the import and the load made, not two.
    # Session (with follow-ups and state checks) is imported on first use too: a one-shot answer never
    # needs it.
    if name in ("Engine", "Reply"):
        collecting = _gc.isenabled()
        _gc.disable()
        try:
            from .engine import Engine
            from .reply import Reply
        finally:
            if collecting:
                _gc.enable()
        globals().update(Engine=Engine, Reply=Reply)  # (later reads find them without this function)
        return Engine if name == "Engine" else Reply
    if name == "Session":
        from .session import Session

        return Session
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
