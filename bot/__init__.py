"""jiebei-bot: calm, correct answers for borrowers who are late on an Alipay 借呗 (Jiebei) loan.

    >>> from bot import Engine
    >>> engine = Engine.load()
    >>> engine.ask("借呗逾期会走访户籍地吗？").topic
    'home_visit'
"""

import gc as _gc

# Importing the package creates ~60,000 objects and no cycles worth collecting: without the
# cyclic collector meanwhile (it would scan the growing heap ~30 times), a cold start is ~4%
# shorter. Its previous state is restored at once (Engine.load pauses it the same way). typing
# too is imported after this (its import alone ran the collector 7 times).
_collecting = _gc.isenabled()
_gc.disable()
try:
    from typing import TYPE_CHECKING, Any

    from .engine import Engine
    from .errors import BotError, KnowledgeError, UsageError
    from .reply import Reply
finally:
    if _collecting:
        _gc.enable()

if TYPE_CHECKING:
    from .session import Session

__all__ = ["Engine", "Session", "Reply", "BotError", "KnowledgeError", "UsageError"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Session (with follow-ups and state checks) is imported on first use: a one-shot answer
    # (`jiebei-bot ask`) never needs it, and every module costs start-up time.
    if name == "Session":
        from .session import Session

        return Session
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
