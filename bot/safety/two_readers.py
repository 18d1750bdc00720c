"""``assess``: the rules (rules.py) and, when given, the learned detectors read a message together (split out of
bot/safety/__init__.py, split159). Either reader raising a signal raises it; the remainder is the message without the
clauses that carried one, so that the loan question is still answered.
"""

from __future__ import annotations

from .agreement import learned_abuse, learned_crisis
from .clauses import fold_clause, split_clauses, without
from .idioms import masked, masked_whole
from .leaning import life_decisions
from .net import paid_then_done
from .learned import Detectors
from .signal import Signal
from .presence import presence_only  # mend146
from .rules import read_rules


def assess(message: str, detectors: Detectors | None = None, abuse_beside: bool = False) -> Signal:
    """Read a message clause by clause for signs of crisis and of abusive collection, by the
    rules and, when ``detectors`` are given, by the learned detectors too (cue name "learned").
    ``abuse_beside``: the message is the rest of one whose other clauses report abuse (beside.py)."""
    crisis_rules, crisis_at_rules, stages, abuse_rules, abuse_at_rules, story = read_rules(message)
    crisis, crisis_at, abuse, abuse_at = list(crisis_rules), set(crisis_at_rules), list(abuse_rules), set(abuse_at_rules)
    clauses = split_clauses(message)
    if detectors is not None:
        # The learned crisis reader's concept gate opens (Round 64, agreement.learned_crisis; a word of distress stays
        # required, gate91) only where no rule reads
        # abuse, here or beside (the abuse report told with despair stays abuse-led), no paying off is told with
        # nothing left after it (net.paid_then_done: relief), and never on a clause deciding something everyday.
        # (An abuse read by presence.py alone does not close it, mend146: "借了三千，催收要还一万二。想从这个世界下线了".)
        ruled = bool(abuse_rules) and not presence_only(abuse_rules)
        closed = None if abuse_beside or ruled or paid_then_done(masked(fold_clause(message))) \
            else life_decisions(clauses)
        read = learned_crisis(message, clauses, detectors, masked_whole(message), closed)
        stages += bool(read)
        more = read - crisis_at
        crisis += ["learned"] * bool(more)
        crisis_at |= more
        if not story:  # whose story it is, the model cannot tell; the rules can
            more = learned_abuse(message, clauses, detectors) - abuse_at
            abuse += ["learned"] * bool(more)
            abuse_at |= more
    remainder = without(message, clauses, crisis_at | abuse_at) if crisis or abuse else message
    return Signal(tuple(dict.fromkeys(crisis)), tuple(dict.fromkeys(abuse)), remainder, frozenset(crisis_at), stages >= 2,
                  frozenset(abuse_at))




def mentions_crisis(message: str) -> bool:
    """True when the message shows despair or thoughts of self-harm (hyperbole excluded)."""
    return bool(assess(message).crisis)


def mentions_abuse(message: str) -> bool:
    """True when the message reports threats, insults, shaming or harassment by collectors."""
    return bool(assess(message).abuse)


__all__ = ["assess", "mentions_abuse", "mentions_crisis"]
