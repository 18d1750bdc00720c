"""Whether a state of mind told in a message is the writer's own (mend147; review142 #1).

bot.routing_meant reads a state of mind told with nothing asked (bot.feeling_words.STATES: 压抑, 难受, 没人可以说,
"no one to talk to") as the writer's worry, whose reply opens "听起来你现在很害怕". Said of a relative ("我妈借呗逾期了
她最近特别压抑", "my husband ... he has no one to talk to") it is not the writer's, and mend51's rule forbids giving
the relative's feeling to the writer. So each hit is read in its clause with bot.feeling_owner.owned (not denied,
not someone else's), and a clause that names no one carries on the person of the clause before it when that was
he or she ("我老公借呗逾期了 他很难受 没人可以说": the last clause is still his). A clause naming the writer, or
naming no one after one that did not name he or she, is the writer's ("我妈借呗逾期了 心好累" stays the writer's).
"""

from __future__ import annotations

import re

from .feeling_owner import owned
from .patterns import regex

_CLAUSE_BREAK = regex(r"[,，。！？!?；;、…~]+|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")
# He or she as the clause's person (not 他们/她们, the collectors); the writer named.
_THIRD = regex(r"他(?!们)|她(?!们)|\b(?:he|she|he s|she s)\b")
_WRITER = regex(r"我|自己|\b(?:i|i m|im|me)\b")


def states_owned(folded: str, states: re.Pattern[str]) -> bool:
    """Whether some ``states`` hit in the folded message is the writer's own, felt now (see the module doc).
    (Searched on the whole message, so that a hit's lookahead sees the clauses after it: "好烦 明天发工资就还".)"""
    hits = [match for match in states.finditer(folded) if match.group()]
    if not hits:
        return False
    spans, position = [], 0
    for brk in _CLAUSE_BREAK.finditer(folded):
        spans.append((position, brk.start()))
        position = brk.end()
    spans.append((position, len(folded)))
    clauses = [(start, end) for start, end in spans if folded[start:end].strip()]
    carried = False  # (the clause before named he or she and not the writer)
    for index, (start, end) in enumerate(clauses):
        clause = folded[start:end]
        after = folded[clauses[index + 1][0]:clauses[index + 1][1]] if index + 1 < len(clauses) else ""
        for match in hits:
            if not start <= match.start() < end:
                continue
            before = clause[:match.start() - start]
            unnamed = not _THIRD.search(before) and not _WRITER.search(before)
            if owned(clause, match.start() - start, min(match.end(), end) - start, after) and not (carried and unnamed):
                return True
        if _THIRD.search(clause) and not _WRITER.search(clause):
            carried = True
        elif _WRITER.search(clause):
            carried = False
    return False

__all__ = ["states_owned"]
