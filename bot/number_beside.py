"""A loan question asked beside the replies' numbers weighed against each other ("95188和12378有什么区别？
逾期三个月会被起诉吗", "打95188还是12378？我想申请分期"; answer171, newuser161 follow-up): the loan question
is answered, and each number's line follows the answer (bot.answer), where the numbers alone had been the
whole reply (fix164's capabilities reply) and the loan question was dropped.

The rest is the message's clauses that neither name one of the numbers nor only ask which number to call
("Which number do I call, 95188 or 12378, and…"). A rest that only tells the lateness ("花呗逾期了，打95188
还是12378？") asks nothing of its own: the numbers reply stays (bot.routing reads that).
"""

from __future__ import annotations

from .number_pairs import names_number, numbers_compared
from .patterns import regex
from .questions import is_question
from .text import fold

# Clauses: Chinese and English punctuation, and an English clause opened by and/also.
_BETWEEN = regex(r"[，。,.!?！？；;\n]|\b(?:and|also|plus)\b")
# A clause that only asks which number (or line) to call, with no number named in it.
# A wish said without a question mark ("我想申请分期", "I want to pay in parts").
_WANTED = regex(r"我?(?:想|想要|希望|打算|准备)|\bi (?:want|would like|need|wish|hope)\b")
_WHICH_LINE = regex(r"(?:哪个|哪一个|什么)(?:电话|号码|热线)|打哪个|该打哪|\bwhich (?:number|one|line|hotline)\b")


def beside_numbers(question: str) -> str | None:
    """The clauses of a message that weighs numbers, without those naming or choosing a number, or None
    (no numbers weighed, or nothing else said)."""
    if not numbers_compared(fold(question)):
        return None
    kept = [c.strip() for c in _BETWEEN.split(question)
            if c.strip() and not names_number(fold(c)) and not _WHICH_LINE.search(fold(c))]
    rest = "，".join(kept)
    asks = any(is_question(c) or _WANTED.search(fold(c)) for c in kept)
    return rest if asks else None  # (lateness told alone asks nothing)


__all__ = ["beside_numbers"]
