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
    # `import bot`, with the cyclic collector paused meanwhile: the import makes ~60,000 objects and no
    # cycles worth collecting (the collector would scan the growing heap ~30 times); its previous state
    # is restored. `jiebei-bot ask` imports them with the collector off until it freezes what the load
    # made (bot.cli._load_engine): imported by `import bot` itself, the collector's first pass after
    # the import scanned them all once more just before that freeze (~9 M instructions, PERF_LOG
    # part 34). A library's `Engine.load()` scans them once either way (then with the load's objects).
    # Session (with follow-ups and state checks) is imported on first use too: a one-shot answer never
    # needs it.
    if name in ("Engine", "Reply"):
        from .engine_load import no_cyclic_gc  # (Engine.load's pause; the engine imports it anyway)

        with no_cyclic_gc():
            from .engine import Engine
            from .reply import Reply
        globals().update(Engine=Engine, Reply=Reply)  # (later reads find them without this function)
        return Engine if name == "Engine" else Reply
    if name == "Session":
        from .session import Session

        return Session
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
