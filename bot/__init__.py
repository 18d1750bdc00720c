"""jiebei-bot: calm, correct answers for borrowers who are late on an Alipay 借呗 (Jiebei) loan.

    >>> from bot import Engine
    >>> engine = Engine.load()
    >>> engine.ask("借呗逾期会走访户籍地吗？").topic
    'home_visit'
"""

from .engine import Engine
from .errors import BotError, KnowledgeError, UsageError
from .reply import Reply
from .session import Session

__all__ = ["Engine", "Session", "Reply", "BotError", "KnowledgeError", "UsageError"]
__version__ = "0.1.0"
